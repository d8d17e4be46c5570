// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/recordsummary.h"

#include "project/recordfile.h"

#include <QUrl>

namespace galley {

RecordSummary summarize(const ReviewRecord &record, int formatVersion)
{
    RecordSummary s;
    const Article &a = record.corrected;
    s.id = record.source.id;
    s.status = record.status;
    s.url = record.source.url;
    QString host = QUrl(s.url).host();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    s.site = host.isEmpty() ? a.publisher : host;
    s.headline = a.headline;
    s.bylines = a.bylines;
    s.credit = a.credit;
    s.published = a.published;
    s.reviewer = record.reviewer;
    s.created = record.created;
    s.modified = record.modified;
    s.flags.setFlag(RecordSummary::Corrected, record.corrected != record.extracted);
    s.flags.setFlag(RecordSummary::NoHeadline, a.headline.isEmpty());
    s.flags.setFlag(RecordSummary::NoBylines, a.bylines.isEmpty());
    s.flags.setFlag(RecordSummary::NoDate, a.published.isEmpty());
    s.flags.setFlag(RecordSummary::NoBody, a.body.isEmpty());
    s.flags.setFlag(RecordSummary::OldFormat, formatVersion < kRecordFormatVersion);
    return s;
}

QDataStream &operator<<(QDataStream &out, const RecordSummary &s)
{
    return out << s.id << static_cast<qint32>(s.status) << s.url << s.site << s.headline << s.bylines
               << s.credit << s.published << s.reviewer << s.created << s.modified
               << static_cast<quint32>(s.flags.toInt());
}

QDataStream &operator>>(QDataStream &in, RecordSummary &s)
{
    qint32 status = 0;
    quint32 flags = 0;
    in >> s.id >> status >> s.url >> s.site >> s.headline >> s.bylines >> s.credit >> s.published >>
        s.reviewer >> s.created >> s.modified >> flags;
    if (status < 0 || status > static_cast<qint32>(ReviewStatus::NeedsAttention))
        in.setStatus(QDataStream::ReadCorruptData);
    s.status = static_cast<ReviewStatus>(status);
    s.flags = RecordSummary::Flags::fromInt(flags);
    return in;
}

} // namespace galley
