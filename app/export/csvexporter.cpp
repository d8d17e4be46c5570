// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/csvexporter.h"

#include "export/exportfields.h"

namespace galley {

using namespace exportfields;

namespace {
QByteArray line(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted.append(CsvExporter::field(f));
    return (quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
}
} // namespace

QStringList CsvExporter::header()
{
    // The first eight columns are the original ones, in their order, so existing sheets keep working; every
    // other field an editor can change follows.
    return {QStringLiteral("id"),          QStringLiteral("url"),          QStringLiteral("headline"),
            QStringLiteral("bylines"),     QStringLiteral("credit"),       QStringLiteral("date"),
            QStringLiteral("status"),      QStringLiteral("word count"),   QStringLiteral("dateline"),
            QStringLiteral("publisher"),   QStringLiteral("captions"),     QStringLiteral("photo credits"),
            QStringLiteral("image urls"),  QStringLiteral("contributors"), QStringLiteral("reviewer"),
            QStringLiteral("reviewed at"), QStringLiteral("reason"),       QStringLiteral("note")};
}

QStringList CsvExporter::row(const ReviewRecord &record)
{
    const Article &a = record.corrected;
    // One entry per image in each image column, in the same order, so column N's entries line up.
    QStringList captions, credits, urls, contributors;
    for (const Image &image : a.images) {
        captions.append(image.caption);
        credits.append(image.credit);
        urls.append(image.src);
    }
    for (const Contributor &c : a.contributors)
        contributors.append(c.role.isEmpty() ? c.name
                                             : c.name + QStringLiteral(" (") + c.role + QLatin1Char(')'));
    const QString separator = QStringLiteral("; ");
    const bool noImages = a.images.isEmpty();
    return {articleId(record),
            record.source.url,
            a.headline,
            a.bylines.join(QStringLiteral("; ")),
            a.credit,
            a.published,
            reviewStatusName(record.status),
            QString::number(wordCount(a.text())),
            a.dateline,
            a.publisher,
            noImages ? QString() : captions.join(separator),
            noImages ? QString() : credits.join(separator),
            noImages ? QString() : urls.join(separator),
            contributors.join(separator),
            record.reviewer,
            utcString(record.reviewedAt),
            record.reason,
            record.note};
}

QString CsvExporter::field(const QString &value)
{
    QString text = textSafe(value);
    // A spreadsheet reads a cell that starts with one of these as a formula (or, for TAB and CR, may drop
    // the character and then read one): the leading apostrophe makes it text (OWASP's CSV injection rule).
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

bool CsvExporter::write(const QList<ReviewRecord> &records, QIODevice *device, QString *error,
                        const ExportMonitor &monitor) const
{
    if (!writeAll(device, line(header()), error))
        return false;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!monitor.proceed(error))
            return false;
        if (!writeAll(device, line(row(records.at(i))), error))
            return false;
        monitor.report(i + 1, records.size());
    }
    return true;
}

} // namespace galley
