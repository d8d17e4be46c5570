// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/textmap.h"

#include <QHash>
#include <QSet>
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

const QSet<QString> &blockTags()
{
    static const QSet<QString> tags{
        QStringLiteral("address"),    QStringLiteral("article"), QStringLiteral("aside"),
        QStringLiteral("blockquote"), QStringLiteral("dd"),      QStringLiteral("div"),
        QStringLiteral("dl"),         QStringLiteral("dt"),      QStringLiteral("fieldset"),
        QStringLiteral("figcaption"), QStringLiteral("figure"),  QStringLiteral("footer"),
        QStringLiteral("form"),       QStringLiteral("header"),  QStringLiteral("hr"),
        QStringLiteral("li"),         QStringLiteral("main"),    QStringLiteral("nav"),
        QStringLiteral("ol"),         QStringLiteral("section"), QStringLiteral("table"),
        QStringLiteral("tr"),         QStringLiteral("ul"),      QStringLiteral("caption"),
        QStringLiteral("time")};
    return tags;
}

const QSet<QString> &paragraphTags()
{
    static const QSet<QString> tags{QStringLiteral("p"),  QStringLiteral("h1"),  QStringLiteral("h2"),
                                    QStringLiteral("h3"), QStringLiteral("h4"),  QStringLiteral("h5"),
                                    QStringLiteral("h6"), QStringLiteral("pre"), QStringLiteral("title")};
    return tags;
}

/// Elements whose content is never shown.
const QSet<QString> &hiddenTags()
{
    static const QSet<QString> tags{QStringLiteral("script"),   QStringLiteral("style"),
                                    QStringLiteral("noscript"), QStringLiteral("template"),
                                    QStringLiteral("svg"),      QStringLiteral("iframe"),
                                    QStringLiteral("head")};
    return tags;
}

QChar namedEntity(QStringView name)
{
    static const QHash<QString, QChar> entities{
        {QStringLiteral("amp"), QLatin1Char('&')},   {QStringLiteral("lt"), QLatin1Char('<')},
        {QStringLiteral("gt"), QLatin1Char('>')},    {QStringLiteral("quot"), QLatin1Char('"')},
        {QStringLiteral("apos"), QLatin1Char('\'')}, {QStringLiteral("nbsp"), QChar(0x00a0)},
        {QStringLiteral("mdash"), QChar(0x2014)},    {QStringLiteral("ndash"), QChar(0x2013)},
        {QStringLiteral("hellip"), QChar(0x2026)},   {QStringLiteral("lsquo"), QChar(0x2018)},
        {QStringLiteral("rsquo"), QChar(0x2019)},    {QStringLiteral("ldquo"), QChar(0x201c)},
        {QStringLiteral("rdquo"), QChar(0x201d)},    {QStringLiteral("copy"), QChar(0x00a9)},
        {QStringLiteral("middot"), QChar(0x00b7)},   {QStringLiteral("bull"), QChar(0x2022)},
        {QStringLiteral("eacute"), QChar(0x00e9)},   {QStringLiteral("laquo"), QChar(0x00ab)},
        {QStringLiteral("raquo"), QChar(0x00bb)}};
    return entities.value(name.toString());
}

class Renderer
{
public:
    explicit Renderer(const QString &html) : m_html(html) {}

    TextMap run()
    {
        const qsizetype n = m_html.size();
        qsizetype i = 0;
        while (i < n) {
            if (m_html.at(i) == QLatin1Char('<'))
                i = tag(i);
            else
                i = character(i);
        }
        while (!m_map.text.isEmpty() && m_map.text.back().isSpace()) {
            m_map.text.chop(1);
            m_map.sourceAt.removeLast();
            m_map.sourceEnd.removeLast();
        }
        m_map.sourceAt.append(n);
        return std::move(m_map);
    }

private:
    /// Shows `c`, which stands for source [source, sourceEnd); a made-up character has no extent.
    void put(QChar c, qsizetype source, qsizetype sourceEnd = -1)
    {
        m_map.text.append(c);
        m_map.sourceAt.append(source);
        m_map.sourceEnd.append(sourceEnd < 0 ? source : sourceEnd);
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
        const bool endsLine = m_map.text.endsWith(QLatin1Char('\n'));
        if (!endsLine)
            put(QLatin1Char('\n'), source);
        if (blank && !m_map.text.endsWith(QLatin1String("\n\n")))
            put(QLatin1Char('\n'), source);
    }

    qsizetype character(qsizetype i)
    {
        QChar c = m_html.at(i);
        qsizetype next = i + 1;
        if (c == QLatin1Char('&'))
            next = entity(i, &c);
        if (m_hiddenDepth > 0)
            return next;
        if (m_preDepth == 0 && (c.isSpace() && c != QChar(0x00a0))) {
            if (!m_map.text.isEmpty() && !m_map.text.back().isSpace())
                put(QLatin1Char(' '), i, next);
            return next;
        }
        put(c, i, next);
        return next;
    }

    qsizetype entity(qsizetype i, QChar *out)
    {
        const qsizetype semi = m_html.indexOf(QLatin1Char(';'), i + 1);
        if (semi < 0 || semi - i > 10)
            return i + 1;
        const QStringView name = QStringView(m_html).mid(i + 1, semi - i - 1);
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
                                  ? name.mid(2).toUInt(&ok, 16)
                                  : name.mid(1).toUInt(&ok);
            // Outside the BMP a single QChar cannot hold it; show a replacement rather than break offsets.
            if (ok)
                *out = code <= 0xffff ? QChar(char16_t(code)) : QChar(QChar::ReplacementCharacter);
            return ok ? semi + 1 : i + 1;
        }
        const QChar c = namedEntity(name);
        if (c.isNull())
            return i + 1;
        *out = c;
        return semi + 1;
    }

    qsizetype tag(qsizetype i)
    {
        if (m_html.mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype end = m_html.indexOf(QLatin1String("-->"), i + 4);
            return end < 0 ? m_html.size() : end + 3;
        }
        const qsizetype close = m_html.indexOf(QLatin1Char('>'), i + 1);
        if (close < 0)
            return m_html.size();
        const QStringView inner = QStringView(m_html).mid(i + 1, close - i - 1);
        const bool closing = inner.startsWith(QLatin1Char('/'));
        qsizetype nameEnd = closing ? 1 : 0;
        while (nameEnd < inner.size() &&
               (inner.at(nameEnd).isLetterOrNumber() || inner.at(nameEnd) == QLatin1Char('-')))
            ++nameEnd;
        const QString name = inner.mid(closing ? 1 : 0, nameEnd - (closing ? 1 : 0)).toString().toLower();
        if (name.isEmpty())
            return close + 1; // <!DOCTYPE>, <?xml?>: not shown

        if (hiddenTags().contains(name)) {
            if (name == QLatin1String("head") || name == QLatin1String("svg")) {
                m_hiddenDepth = std::max(0, m_hiddenDepth + (closing ? -1 : 1));
                return close + 1;
            }
            if (closing)
                return close + 1;
            // Raw-text elements: skip straight to their end tag, whatever it contains.
            const qsizetype end = m_html.indexOf(QLatin1String("</") + name, close + 1, Qt::CaseInsensitive);
            if (end < 0)
                return m_html.size();
            const qsizetype endClose = m_html.indexOf(QLatin1Char('>'), end);
            return endClose < 0 ? m_html.size() : endClose + 1;
        }
        if (m_hiddenDepth > 0)
            return close + 1;

        if (name == QLatin1String("br")) {
            breakLine(false, i);
        } else if (name == QLatin1String("pre")) {
            m_preDepth = std::max(0, m_preDepth + (closing ? -1 : 1));
            breakLine(true, i);
        } else if (paragraphTags().contains(name)) {
            breakLine(true, i);
        } else if (blockTags().contains(name)) {
            breakLine(false, i);
        } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
            if (!closing && !m_map.text.isEmpty() && !m_map.text.endsWith(QLatin1Char('\n')))
                put(QLatin1Char('\t'), i);
        } else if (name == QLatin1String("img") && !closing) {
            image(i, inner);
        }
        return close + 1;
    }

    void image(qsizetype tagStart, QStringView inner)
    {
        const qsizetype altAt = inner.indexOf(QLatin1String("alt="), 0, Qt::CaseInsensitive);
        const QString label = QStringLiteral("[image");
        for (QChar c : label)
            put(c, tagStart);
        if (altAt >= 0 && altAt + 4 < inner.size()) {
            const QChar quote = inner.at(altAt + 4);
            const qsizetype from = altAt + 5;
            const qsizetype to =
                (quote == QLatin1Char('"') || quote == QLatin1Char('\'')) ? inner.indexOf(quote, from) : -1;
            if (to > from) {
                put(QLatin1Char(':'), tagStart);
                put(QLatin1Char(' '), tagStart);
                for (qsizetype k = from; k < to; ++k)
                    put(inner.at(k), tagStart + 1 + k, tagStart + 2 + k); // +1: inner starts after '<'
            }
        }
        const qsizetype tagEnd = tagStart + 1 + inner.size(); // the '>'
        put(QLatin1Char(']'), tagEnd);
        put(QLatin1Char(' '), tagEnd);
    }

    const QString &m_html;
    TextMap m_map;
    int m_hiddenDepth = 0;
    int m_preDepth = 0;
};

} // namespace

TextMap renderHtmlAsText(const QString &html)
{
    return Renderer(html).run();
}

} // namespace galley
