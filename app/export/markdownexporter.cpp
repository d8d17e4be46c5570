// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/markdownexporter.h"

#include "export/exportfields.h"

#include <QRegularExpression>
#include <QStringList>

namespace galley {

using namespace exportfields;

namespace {

QString escapedLine(const QString &line)
{
    // Everywhere: characters that start emphasis, code, links, HTML or tables.
    QString out;
    for (const QChar c : line) {
        if (QStringView(u"\\`*_{}[]<>|!").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    // An ampersand only where it would start an entity reference ("&amp;", "&#38;").
    static const QRegularExpression entity(QStringLiteral(R"(&(?=#?[A-Za-z0-9]+;))"));
    out.replace(entity, QStringLiteral("\\&"));
    // At the start of a line only: headings, quotes, list markers, ordered-list numbers.
    static const QRegularExpression leading(QStringLiteral(R"(^(\s*)([#>+\-=~]|\d+(?=[.)])))"));
    const QRegularExpressionMatch m = leading.match(out);
    if (m.hasMatch()) {
        const qsizetype at = m.capturedEnd(2);
        if (m.captured(2).front().isDigit())
            out.insert(at, QLatin1Char('\\')); // "2024." -> "2024\." (escape the dot, not the digits)
        else
            out.insert(m.capturedStart(2), QLatin1Char('\\'));
    }
    return out;
}

/// `text` as Markdown may hold it: without control characters, and with every CR or CRLF turned into
/// LF (a lone CR ends a line in CommonMark, so it would start a line that escapedLine() never saw).
QString markdownText(const QString &text)
{
    return textSafe(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
}

/// A link destination in angle brackets (they allow spaces and parentheses), for a URL linkUrl()
/// accepted. Backslashes and ampersands are escaped so that CommonMark's escapes and entity
/// references ("&#106;avascript:") cannot turn the written URL into another one.
QString destination(const QString &link)
{
    QString s;
    for (const QChar c : link) {
        if (c == u'<')
            s += QStringLiteral("%3C");
        else if (c == u'>')
            s += QStringLiteral("%3E");
        else if (c == u'\\' || c == u'&')
            s += QLatin1Char('\\') + c;
        else
            s += c;
    }
    return QLatin1Char('<') + s + QLatin1Char('>');
}

/// The source URL: an autolink for an absolute http(s) URL (space and angle brackets percent-encoded,
/// since an autolink cannot hold them), escaped text for anything else.
QString sourceLink(const QString &url)
{
    if (!isAbsoluteWebUrl(url))
        return MarkdownExporter::escaped(url);
    QString s = linkUrl(url);
    s.replace(u' ', QStringLiteral("%20"))
        .replace(u'<', QStringLiteral("%3C"))
        .replace(u'>', QStringLiteral("%3E"));
    return QLatin1Char('<') + s + QLatin1Char('>');
}

QString blockMarkdown(const BodyBlock &block)
{
    switch (block.kind) {
    case BlockKind::Paragraph:
        return MarkdownExporter::escaped(block.text);
    case BlockKind::Heading:
        return QStringLiteral("## ") +
               MarkdownExporter::escaped(block.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case BlockKind::ListItem:
        return QStringLiteral("- ") +
               MarkdownExporter::escaped(block.text).replace(QLatin1Char('\n'), QStringLiteral("\n  "));
    case BlockKind::Quote:
        return QStringLiteral("> ") +
               MarkdownExporter::escaped(block.text).replace(QLatin1Char('\n'), QStringLiteral("\n> "));
    case BlockKind::Preformatted:
    case BlockKind::Table: {
        // A fence longer than any backtick run inside keeps the text verbatim.
        qsizetype longest = 0, run = 0;
        for (const QChar c : block.text) {
            run = c == QLatin1Char('`') ? run + 1 : 0;
            longest = std::max(longest, run);
        }
        const QString fence(std::max<qsizetype>(3, longest + 1), QLatin1Char('`'));
        return fence + QLatin1Char('\n') + markdownText(block.text) + QLatin1Char('\n') + fence;
    }
    }
    return {};
}

} // namespace

QString MarkdownExporter::escaped(const QString &text)
{
    QStringList lines = markdownText(text).split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = escapedLine(line);
    return lines.join(QStringLiteral("\\\n")); // backslash + newline: a CommonMark hard line break
}

QString MarkdownExporter::toMarkdown(const ReviewRecord &record)
{
    const Article &a = record.corrected;
    QStringList blocks;
    blocks.append(QStringLiteral("# ") +
                  (a.headline.isEmpty() ? QStringLiteral("(no headline)")
                                        : escaped(a.headline).replace(QLatin1Char('\n'), QLatin1Char(' '))));
    if (!a.bylines.isEmpty())
        blocks.append(QStringLiteral("By ") + escaped(bylineText(a.bylines)));
    QStringList when;
    if (!a.dateline.isEmpty())
        when.append(escaped(a.dateline));
    if (!a.published.isEmpty())
        when.append(escaped(a.published));
    if (!when.isEmpty())
        blocks.append(QLatin1Char('*') + when.join(QStringLiteral(" · ")) + QLatin1Char('*'));

    for (const Image &image : a.images) {
        QStringList figure;
        // Only an http(s) or relative source becomes an image: never a javascript: or data: URL.
        if (const QString src = linkUrl(image.src); !src.isEmpty()) {
            const QString alt = escaped(image.caption).replace(QStringLiteral("\\\n"), QStringLiteral(" "));
            figure.append(QStringLiteral("![%1](%2)").arg(alt, destination(src)));
        }
        QString caption = escaped(image.caption);
        if (!image.credit.isEmpty())
            caption += (caption.isEmpty() ? QString() : QStringLiteral(" ")) + QLatin1Char('(') +
                       escaped(photoCreditLine(image.credit)) + QLatin1Char(')');
        if (!caption.isEmpty())
            figure.append(QLatin1Char('*') + caption + QLatin1Char('*'));
        if (!figure.isEmpty())
            blocks.append(figure.join(QStringLiteral("\\\n")));
    }
    for (qsizetype i = 0; i < a.body.size(); ++i) {
        // Consecutive list items form one tight list rather than one list per item.
        if (i > 0 && a.body.at(i).kind == BlockKind::ListItem && a.body.at(i - 1).kind == BlockKind::ListItem)
            blocks.last() += QLatin1Char('\n') + blockMarkdown(a.body.at(i));
        else
            blocks.append(blockMarkdown(a.body.at(i)));
    }

    QStringList notes;
    if (!a.credit.isEmpty())
        notes.append(QStringLiteral("Credit: ") + escaped(a.credit));
    for (const Contributor &c : a.contributors)
        notes.append(QStringLiteral("Contributor: ") + escaped(contributorText(c)));
    if (!a.publisher.isEmpty())
        notes.append(QStringLiteral("Publisher: ") + escaped(a.publisher));
    if (!record.source.url.isEmpty())
        notes.append(QStringLiteral("Source: ") + sourceLink(record.source.url));
    notes.append(QStringLiteral("Review: ") + escaped(reviewSummary(record)));
    blocks.append(QStringLiteral("---"));
    blocks.append(notes.join(QStringLiteral("\\\n")));
    return blocks.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

bool MarkdownExporter::write(const QList<ReviewRecord> &records, QIODevice *device, QString *error,
                             const ExportMonitor &monitor) const
{
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!monitor.proceed(error))
            return false;
        QString text = toMarkdown(records.at(i));
        if (i + 1 < records.size())
            text += QStringLiteral("\n* * *\n\n");
        if (!writeAll(device, text.toUtf8(), error))
            return false;
        monitor.report(i + 1, records.size());
    }
    return true;
}

} // namespace galley
