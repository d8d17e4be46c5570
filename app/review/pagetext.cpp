// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/pagetext.h"

#include "extract/html/htmldocument.h"

#include <algorithm>
#include <numeric>

namespace galley {

TextMap TextMap::identity(const QString &text)
{
    TextMap map;
    map.text = text;
    map.sourceAt.resize(text.size() + 1);
    std::iota(map.sourceAt.begin(), map.sourceAt.end(), qsizetype(0));
    map.sourceEnd.resize(text.size());
    std::iota(map.sourceEnd.begin(), map.sourceEnd.end(), qsizetype(1));
    return map;
}

qsizetype TextMap::toShown(qsizetype source) const
{
    return std::lower_bound(sourceAt.cbegin(), sourceAt.cend(), source) - sourceAt.cbegin();
}

qsizetype TextMap::toSource(qsizetype shown) const
{
    if (sourceAt.isEmpty())
        return 0;
    return sourceAt.at(std::clamp<qsizetype>(shown, 0, sourceAt.size() - 1));
}

std::pair<qsizetype, qsizetype> TextMap::sourceRange(qsizetype shownStart, qsizetype shownEnd) const
{
    const qsizetype start = toSource(shownStart);
    qsizetype end = start;
    for (qsizetype i = std::max<qsizetype>(shownStart, 0); i < std::min(shownEnd, sourceEnd.size()); ++i)
        end = std::max(end, sourceEnd.at(i));
    return {start, end};
}

bool TextMap::shownRange(qsizetype start, qsizetype end, qsizetype *shownStart, qsizetype *shownEnd) const
{
    *shownStart = std::min(toShown(start), text.size());
    *shownEnd = std::min(toShown(end), text.size());
    return *shownEnd > *shownStart;
}

namespace {

bool oneOf(QLatin1StringView name, std::initializer_list<const char *> tags)
{
    return std::any_of(tags.begin(), tags.end(),
                       [&](const char *tag) { return name == QLatin1StringView(tag); });
}

bool isBlock(QLatin1StringView name)
{
    return oneOf(name, {"address", "article",  "aside",      "blockquote", "dd",     "div",     "dl",
                        "dt",      "fieldset", "figcaption", "figure",     "footer", "form",    "header",
                        "hr",      "li",       "main",       "nav",        "ol",     "section", "table",
                        "tr",      "ul",       "caption",    "time"});
}

bool isParagraph(QLatin1StringView name)
{
    return oneOf(name, {"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "title"});
}

/// Elements whose content is never shown.
bool isHidden(QLatin1StringView name)
{
    return oneOf(name, {"head", "script", "style", "noscript", "template", "svg", "iframe"});
}

class Renderer
{
public:
    explicit Renderer(const QString &html) : m_html(html), m_document(html) {}

    TextMap run()
    {
        for (HtmlNode n = m_document.root(); n; n = n.nextSibling())
            node(n);
        while (!m_map.text.isEmpty() && m_map.text.back().isSpace()) {
            m_map.text.chop(1);
            m_map.sourceAt.removeLast();
            m_map.sourceEnd.removeLast();
        }
        m_map.sourceAt.append(m_html.size());
        return std::move(m_map);
    }

private:
    /// Shows `c`, which stands for source [source, sourceEnd); a made-up character has no extent. A node
    /// the parser moved (misnested tables) never makes offsets go back.
    void put(QChar c, qsizetype source, qsizetype sourceEnd = -1)
    {
        source = std::clamp<qsizetype>(source, m_map.sourceAt.isEmpty() ? 0 : m_map.sourceAt.back(),
                                       m_html.size());
        m_map.text.append(c);
        m_map.sourceAt.append(source);
        m_map.sourceEnd.append(std::clamp<qsizetype>(sourceEnd, source, m_html.size()));
    }

    /// Ends the current line; `blank` asks for an empty line after it (paragraphs, headings).
    void breakLine(bool blank, qsizetype source)
    {
        if (m_map.text.isEmpty())
            return;
        while (m_map.text.back() == QLatin1Char(' ')) {
            m_map.text.chop(1);
            m_map.sourceAt.removeLast();
            m_map.sourceEnd.removeLast();
        }
        if (!m_map.text.endsWith(QLatin1Char('\n')))
            put(QLatin1Char('\n'), source);
        if (blank && !m_map.text.endsWith(QLatin1String("\n\n")))
            put(QLatin1Char('\n'), source);
    }

    void shown(QChar c, qsizetype source, qsizetype sourceEnd)
    {
        if (m_preDepth == 0 && c.isSpace() && c != QChar(0x00a0)) {
            if (!m_map.text.isEmpty() && !m_map.text.back().isSpace())
                put(QLatin1Char(' '), source, sourceEnd);
            return;
        }
        put(c, source, sourceEnd);
    }

    void node(const HtmlNode &n)
    {
        if (n.isText()) {
            text(n);
            return;
        }
        if (!n.isElement())
            return; // comments, processing instructions
        const QLatin1StringView name = n.name();
        if (isHidden(name))
            return;
        const SourceSpan span = n.span();
        const qsizetype start = span.isValid() ? span.start : lastSource();
        if (name == QLatin1StringView("br")) {
            breakLine(false, start);
            return;
        }
        if (name == QLatin1StringView("img")) {
            image(n, start);
            return;
        }
        const bool pre = name == QLatin1StringView("pre");
        const bool paragraph = isParagraph(name);
        const bool block = isBlock(name);
        if (paragraph || block)
            breakLine(paragraph, start);
        else if ((name == QLatin1StringView("td") || name == QLatin1StringView("th")) &&
                 !m_map.text.isEmpty() && !m_map.text.endsWith(QLatin1Char('\n')))
            put(QLatin1Char('\t'), start);
        m_preDepth += pre ? 1 : 0;
        for (HtmlNode child = n.firstChild(); child; child = child.nextSibling())
            node(child);
        m_preDepth -= pre ? 1 : 0;
        if (paragraph || block)
            breakLine(paragraph, span.isValid() ? span.end : lastSource());
    }

    qsizetype lastSource() const { return m_map.sourceAt.isEmpty() ? 0 : m_map.sourceAt.back(); }

    /// A text node: the parser's decoded characters, each with the source characters it came from (one
    /// for a plain character, the whole reference for "&amp;" or "&bdquo;").
    void text(const HtmlNode &n)
    {
        const QString decoded = n.text();
        const SourceSpan span = n.span();
        if (!span.isValid()) {
            for (QChar c : decoded)
                shown(c, lastSource(), lastSource());
            return;
        }
        const QStringView raw = QStringView(m_html).mid(span.start, span.end - span.start);
        qsizetype j = 0;
        for (qsizetype k = 0; k < decoded.size();) {
            const qsizetype at = span.start + j;
            if (j >= raw.size()) {
                shown(decoded.at(k++), span.end, span.end);
                continue;
            }
            if (raw.at(j) == QLatin1Char('&')) {
                const qsizetype length = referenceLength(raw, j);
                // A reference the parser left as written ("&foo;") is shown character by character.
                if (length > 1 && decoded.mid(k, length) != raw.mid(j, length)) {
                    const qsizetype units = decoded.at(k).isHighSurrogate() && k + 1 < decoded.size() ? 2 : 1;
                    for (qsizetype u = 0; u < units; ++u)
                        shown(decoded.at(k + u), at, at + length);
                    k += units;
                    j += length;
                    continue;
                }
            }
            if (raw.at(j) == decoded.at(k)) {
                shown(decoded.at(k++), at, at + 1);
                ++j;
                continue;
            }
            ++j; // a source character the parser dropped (a carriage return): skip it
        }
    }

    /// The length of a character reference at raw[j] ("&amp;", "&#8222;", "&nbsp" without its
    /// semicolon), 1 when none starts there.
    static qsizetype referenceLength(QStringView raw, qsizetype j)
    {
        qsizetype e = j + 1;
        if (e < raw.size() && raw.at(e) == QLatin1Char('#'))
            ++e;
        while (e < raw.size() && e - j < 40 && raw.at(e).isLetterOrNumber() && raw.at(e).unicode() < 128)
            ++e;
        if (e == j + 1)
            return 1;
        return e < raw.size() && raw.at(e) == QLatin1Char(';') ? e + 1 - j : e - j;
    }

    void image(const HtmlNode &img, qsizetype tagStart)
    {
        const QString label = QStringLiteral("[image");
        for (QChar c : label)
            put(c, tagStart);
        const QString alt = img.attribute("alt");
        qsizetype tagEnd = m_html.indexOf(QLatin1Char('>'), tagStart);
        tagEnd = tagEnd < 0 ? m_html.size() : tagEnd;
        if (!alt.isEmpty()) {
            put(QLatin1Char(':'), tagStart);
            put(QLatin1Char(' '), tagStart);
            // The alt text where it is printed in the tag, character for character when it is written
            // plainly; otherwise it stands for the whole tag.
            const qsizetype printed = QStringView(m_html).mid(tagStart, tagEnd - tagStart).indexOf(alt);
            for (qsizetype k = 0; k < alt.size(); ++k) {
                if (printed >= 0)
                    put(alt.at(k), tagStart + printed + k, tagStart + printed + k + 1);
                else
                    put(alt.at(k), tagStart, tagEnd);
            }
        }
        put(QLatin1Char(']'), tagEnd);
        put(QLatin1Char(' '), tagEnd);
    }

    const QString &m_html;
    HtmlDocument m_document;
    TextMap m_map;
    int m_preDepth = 0;
};

} // namespace

TextMap renderHtmlAsText(const QString &html)
{
    return Renderer(html).run();
}

} // namespace galley
