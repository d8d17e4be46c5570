// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/htmlspans.h"

namespace galley {

SourceSpan elementSpan(const HtmlNode &element, const QString &via)
{
    SourceSpan s = element.span();
    s.via = via;
    return s;
}

namespace {

SourceSpan findInTextNodes(const HtmlNode &node, const QString &value, const QString &via, int depth)
{
    if (depth > 12)
        return {};
    for (HtmlNode c = node.firstChild(); c; c = c.nextSibling()) {
        if (c.isText()) {
            const SourceSpan s = c.span();
            if (!s.isValid())
                continue;
            const QStringView raw = QStringView(node.document()->source()).mid(s.start, s.length());
            const qsizetype at = raw.indexOf(value);
            if (at >= 0)
                return {s.start + at, s.start + at + value.size(), via};
        } else if (c.isElement()) {
            const SourceSpan s = findInTextNodes(c, value, via, depth + 1);
            if (s.isValid())
                return s;
        }
    }
    return {};
}

} // namespace

SourceSpan locateText(const HtmlNode &element, const QString &value, const QString &via)
{
    if (!value.isEmpty()) {
        const SourceSpan s = findInTextNodes(element, value, via, 0);
        if (s.isValid())
            return s;
    }
    return elementSpan(element, via);
}

void addSpan(Article *article, const QString &field, const SourceSpan &span)
{
    if (span.isValid())
        article->provenance[field].append(span);
}

QString foldSpace(const QString &text)
{
    return text.simplified();
}

void blankTags(QString *html, QChar fill)
{
    // A tag runs from a '<' to the next '>', both blanked; text between tags is only scanned.
    if (html->isEmpty())
        return;
    QChar *const data = html->data();
    const qsizetype size = html->size();
    qsizetype i = 0;
    while (i < size) {
        while (i < size && data[i] != QLatin1Char('<'))
            ++i;
        while (i < size && data[i] != QLatin1Char('>'))
            data[i++] = fill;
        if (i < size)
            data[i++] = fill; // the '>'
    }
}

} // namespace galley
