// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/htmlexporter.h"

#include "export/exportfields.h"

#include <QStringList>

namespace galley {

using namespace exportfields;

namespace {

QString lines(const QString &text)
{
    return htmlEscaped(text).replace(QLatin1Char('\n'), QStringLiteral("<br>\n"));
}

QString element(const QString &tag, const QString &cls, const QString &content)
{
    return QStringLiteral("<%1 class=\"%2\">%3</%1>\n").arg(tag, cls, content);
}

// Kept short and inline so that a single exported file displays well on its own.
const QString kStyle = QStringLiteral(
    "body{font-family:Georgia,serif;max-width:40em;margin:2em auto;padding:0 1em;line-height:1.5}"
    ".byline,.dateline{font-family:sans-serif;color:#444;margin:.2em 0}"
    "figure{margin:1.5em 0}figure img{max-width:100%}figcaption{font-size:.9em;color:#444}"
    ".photo-credit{font-size:.8em;text-transform:uppercase;color:#666}"
    "footer{border-top:1px solid #ccc;margin-top:2em;font-size:.9em;color:#444}");

} // namespace

QString HtmlExporter::articleHtml(const ReviewRecord &record)
{
    const Article &a = record.corrected;
    QString html = QStringLiteral("<article id=\"%1\">\n<header>\n").arg(articleId(record));
    html += QStringLiteral("<h1>%1</h1>\n").arg(lines(a.headline));
    if (!a.bylines.isEmpty())
        html += element(QStringLiteral("p"), QStringLiteral("byline"),
                        QStringLiteral("By ") + lines(bylineText(a.bylines)));
    if (!a.dateline.isEmpty() || !a.published.isEmpty()) {
        QStringList parts;
        if (!a.dateline.isEmpty())
            parts.append(QStringLiteral("<span class=\"place\">%1</span>").arg(lines(a.dateline)));
        if (!a.published.isEmpty())
            parts.append(QStringLiteral("<time datetime=\"%1\">%1</time>").arg(htmlEscaped(a.published)));
        html += element(QStringLiteral("p"), QStringLiteral("dateline"), parts.join(QStringLiteral(" · ")));
    }
    html += QStringLiteral("</header>\n");
    for (const Image &image : a.images) {
        html += QStringLiteral("<figure>\n");
        // Only an http(s) or relative source is shown: a javascript: or data: URL never reaches the page.
        if (const QString src = linkUrl(image.src); !src.isEmpty())
            html += QStringLiteral("<img src=\"%1\" alt=\"%2\">\n")
                        .arg(htmlEscaped(src), htmlEscaped(image.caption));
        if (!image.caption.isEmpty() || !image.credit.isEmpty()) {
            QString caption = lines(image.caption);
            if (!image.credit.isEmpty())
                caption += QStringLiteral(" <span class=\"photo-credit\">%1</span>")
                               .arg(lines(photoCreditLine(image.credit)));
            html += QStringLiteral("<figcaption>%1</figcaption>\n").arg(caption.trimmed());
        }
        html += QStringLiteral("</figure>\n");
    }
    html += bodyHtml(a.body);
    html += QStringLiteral("<footer>\n");
    if (!a.credit.isEmpty())
        html += element(QStringLiteral("p"), QStringLiteral("credit"),
                        QStringLiteral("Credit: ") + lines(a.credit));
    for (const Contributor &c : a.contributors)
        html += element(QStringLiteral("p"), QStringLiteral("contributor"), lines(contributorText(c)));
    if (!a.publisher.isEmpty())
        html += element(QStringLiteral("p"), QStringLiteral("publisher"),
                        QStringLiteral("Publisher: ") + lines(a.publisher));
    if (!record.source.url.isEmpty()) {
        // A URL of any other scheme is shown as text, not as a link that would run when clicked.
        const QString link = linkUrl(record.source.url);
        html +=
            element(QStringLiteral("p"), QStringLiteral("source"),
                    link.isEmpty() ? QStringLiteral("Source: ") + lines(record.source.url)
                                   : QStringLiteral("Source: <a href=\"%1\">%1</a>").arg(htmlEscaped(link)));
    }
    html += element(QStringLiteral("p"), QStringLiteral("review"),
                    QStringLiteral("Review: ") + lines(reviewSummary(record)));
    html += QStringLiteral("</footer>\n</article>\n");
    return html;
}

bool HtmlExporter::write(const QList<ReviewRecord> &records, QIODevice *device, QString *error,
                         const ExportMonitor &monitor) const
{
    const QString title =
        records.size() == 1 ? records.first().corrected.headline : QStringLiteral("Galley export");
    QString head =
        QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"generator\" content=\"Galley\">\n<title>%1</title>\n<style>%2</style>\n"
                       "</head>\n<body>\n")
            .arg(htmlEscaped(title).replace(QLatin1Char('\n'), QLatin1Char(' ')), kStyle);
    if (!writeAll(device, head.toUtf8(), error))
        return false;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!monitor.proceed(error))
            return false;
        if (!writeAll(device, articleHtml(records.at(i)).toUtf8(), error))
            return false;
        monitor.report(i + 1, records.size());
    }
    return writeAll(device, QByteArrayLiteral("</body>\n</html>\n"), error);
}

} // namespace galley
