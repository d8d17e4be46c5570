// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/recordsummary.h"

#include "project/pagetwins.h"
#include "project/recordfile.h"
#include "record/reviewrecordjson.h"

#include <QJsonArray>
#include <QUrl>

namespace galley {

namespace {

// The URL's host without "www.", else the publisher.
QString siteOf(const QString &url, const QString &publisher)
{
    QString host = QUrl(url).host();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host.isEmpty() ? publisher : host;
}

} // namespace

bool summarizeRecordObject(const QJsonObject &o, const QString &path, RecordSummary *summary,
                           ProjectError *error)
{
    int version = 0;
    RecordSummary s;
    if (!checkRecordObject(o, path, &version, &s.id, error))
        return false;
    QString problem;
    const auto string = [&problem](const QJsonObject &in, const char *key, const char *where) {
        const QJsonValue v = in.value(QLatin1String(key));
        if (!v.isString() && !v.isNull() && !v.isUndefined() && problem.isEmpty())
            problem =
                QStringLiteral("\"%1%2\" should be a string").arg(QLatin1String(where), QLatin1String(key));
        return v.toString();
    };
    const auto object = [&problem](const QJsonObject &in, const char *key) {
        const QJsonValue v = in.value(QLatin1String(key));
        if (!v.isObject() && !v.isNull() && !v.isUndefined() && problem.isEmpty())
            problem = QStringLiteral("\"%1\" should be an object").arg(QLatin1String(key));
        return v.toObject();
    };

    s.headline = string(o, "headline", "");
    s.credit = string(o, "credit", "");
    s.published = string(o, "published", "");
    const QString publisher = string(o, "publisher", "");
    const QJsonValue bylines = o.value(QStringLiteral("bylines"));
    for (const QJsonValue &v : bylines.toArray()) {
        if (!v.isString() && problem.isEmpty())
            problem = QStringLiteral("\"bylines\" should be a list of strings");
        s.bylines.append(v.toString());
    }
    const QJsonObject source = o.value(QStringLiteral("source")).toObject();
    s.url = string(source, "url", "source.");
    s.site = siteOf(s.url, publisher);

    const QJsonObject review = object(o, "review");
    const QJsonValue status = review.value(QStringLiteral("status"));
    if (!status.isUndefined() && !status.isNull() && !parseReviewStatus(status.toString(), &s.status) &&
        problem.isEmpty())
        problem = QStringLiteral("\"review.status\" is not a review status");
    s.reviewer = string(review, "reviewer", "review.");
    s.reason = string(review, "reason", "review.");
    s.note = string(review, "note", "review.");
    s.created = timestampFromJson(review.value(QStringLiteral("created")));
    s.modified = timestampFromJson(review.value(QStringLiteral("modified")));

    // "extracted" holds only what the editor changed (reviewRecordToJson), so any key there is a correction.
    s.flags.setFlag(RecordSummary::Corrected, !object(o, "extracted").isEmpty());
    if (!problem.isEmpty())
        return fail(error, {ProjectError::Corrupt, path, {}, problem});
    s.flags.setFlag(RecordSummary::NoHeadline, s.headline.isEmpty());
    s.flags.setFlag(RecordSummary::NoBylines, s.bylines.isEmpty());
    s.flags.setFlag(RecordSummary::NoDate, s.published.isEmpty());
    const QJsonArray body = o.value(QStringLiteral("body")).toArray();
    s.flags.setFlag(RecordSummary::NoBody, body.isEmpty());
    QStringList bodyTexts;
    bodyTexts.reserve(body.size());
    for (const QJsonValue &block : body)
        bodyTexts.append(block.toObject().value(QStringLiteral("text")).toString());
    s.textKey = articleTextKey(s.headline, bodyTexts);
    s.flags.setFlag(RecordSummary::OldFormat, version < kRecordFormatVersion);
    *summary = std::move(s);
    return true;
}

RecordSummary summarize(const ReviewRecord &record, int formatVersion)
{
    // The same values summarizeRecordObject() reads from the file this record is saved as
    // (test_recordsummary checks that both agree), taken from the record without building its JSON.
    RecordSummary s;
    const Article &a = record.corrected;
    s.id = record.source.id;
    s.status = record.status;
    s.url = record.source.url;
    s.site = siteOf(s.url, a.publisher);
    s.headline = a.headline;
    s.bylines = a.bylines;
    s.credit = a.credit;
    s.published = a.published;
    s.reviewer = record.reviewer;
    s.reason = record.reason;
    s.note = record.note;
    s.created = timestampFromJson(timestampToJson(record.created));
    s.modified = timestampFromJson(timestampToJson(record.modified));
    s.flags.setFlag(RecordSummary::Corrected, record.extracted != record.corrected);
    s.flags.setFlag(RecordSummary::NoHeadline, s.headline.isEmpty());
    s.flags.setFlag(RecordSummary::NoBylines, s.bylines.isEmpty());
    s.flags.setFlag(RecordSummary::NoDate, s.published.isEmpty());
    s.flags.setFlag(RecordSummary::NoBody, a.body.isEmpty());
    QStringList bodyTexts;
    bodyTexts.reserve(a.body.size());
    for (const BodyBlock &block : a.body)
        bodyTexts.append(block.text);
    s.textKey = articleTextKey(s.headline, bodyTexts);
    s.flags.setFlag(RecordSummary::OldFormat, formatVersion < kRecordFormatVersion);
    return s;
}

QDataStream &operator<<(QDataStream &out, const RecordSummary &s)
{
    return out << s.id << static_cast<qint32>(s.status) << s.url << s.site << s.headline << s.bylines
               << s.credit << s.published << s.reviewer << s.reason << s.note << s.created << s.modified
               << static_cast<quint32>(s.flags.toInt()) << s.textKey;
}

QDataStream &operator>>(QDataStream &in, RecordSummary &s)
{
    qint32 status = 0;
    quint32 flags = 0;
    in >> s.id >> status >> s.url >> s.site >> s.headline >> s.bylines >> s.credit >> s.published >>
        s.reviewer >> s.reason >> s.note >> s.created >> s.modified >> flags >> s.textKey;
    if (status < 0 || status > static_cast<qint32>(ReviewStatus::NeedsAttention))
        in.setStatus(QDataStream::ReadCorruptData);
    s.status = static_cast<ReviewStatus>(status);
    s.flags = RecordSummary::Flags::fromInt(flags);
    return in;
}

} // namespace galley
