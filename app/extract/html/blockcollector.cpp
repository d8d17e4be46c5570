// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/blockcollector.h"

#include "extract/common/scriptmetrics.h"

#include <QSet>
#include <QStringDecoder>
#include <string_view>
#include <unordered_map>

namespace galley {

using namespace Qt::Literals::StringLiterals;

namespace {

enum class TagClass { Inline, Block, Skip, Break, Table, Pre, Quote, Link };

TagClass tagClass(QLatin1StringView name)
{
    static const std::unordered_map<std::string_view, TagClass> table = [] {
        std::unordered_map<std::string_view, TagClass> t;
        // Never reader-visible text, or text that is not prose (form controls, media fallbacks).
        for (const char *n :
             {"script", "style",  "noscript", "template", "svg",      "math",    "iframe",   "button",
              "select", "option", "input",    "textarea", "img",      "picture", "video",    "audio",
              "canvas", "object", "embed",    "map",      "head",     "title",   "meta",     "link",
              "source", "track",  "dialog",   "label",    "datalist", "output",  "progress", "meter"})
            t.emplace(n, TagClass::Skip);
        // Ruby annotations: the readings printed small above Japanese or Chinese characters (furigana,
        // pinyin) and the brackets shown where ruby is not supported. The text is the base characters.
        t.emplace("rt", TagClass::Skip);
        t.emplace("rp", TagClass::Skip);
        for (const char *n : {"p",       "div",     "section", "article",    "main",    "header",   "footer",
                              "nav",     "aside",   "figure",  "figcaption", "form",    "fieldset", "h1",
                              "h2",      "h3",      "h4",      "h5",         "h6",      "ul",       "ol",
                              "li",      "dl",      "dt",      "dd",         "tr",      "td",       "th",
                              "thead",   "tbody",   "tfoot",   "caption",    "address", "hr",       "center",
                              "details", "summary", "body",    "html",       "menu",    "hgroup",   "legend"})
            t.emplace(n, TagClass::Block);
        t.emplace("br", TagClass::Break);
        t.emplace("table", TagClass::Table);
        t.emplace("pre", TagClass::Pre);
        t.emplace("blockquote", TagClass::Quote);
        t.emplace("a", TagClass::Link);
        return t;
    }();
    const auto it = table.find(std::string_view(name.data(), std::size_t(name.size())));
    return it == table.end() ? TagClass::Inline : it->second;
}

// Whether UTF-8 decoded piece by piece reads as the pieces joined: each piece ends a character (ASCII,
// or a sequence as long as its lead byte says) and starts one, with no byte order mark at its start. The text
// nodes of a parse are so; this only guards the decoding.
bool decodesApart(const std::vector<QByteArrayView> &pieces)
{
    for (size_t i = 0; i < pieces.size(); ++i) {
        const QByteArrayView p = pieces[i];
        if (p.startsWith("\xEF\xBB\xBF") || (i > 0 && (uchar(p.front()) & 0xC0) == 0x80))
            return false;
        if (uchar(p.back()) < 0x80)
            continue;
        qsizetype lead = p.size() - 1;
        while (lead > 0 && p.size() - lead < 4 && (uchar(p[lead]) & 0xC0) == 0x80)
            --lead;
        const uchar b = uchar(p[lead]);
        const qsizetype length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
        if (length != p.size() - lead)
            return false;
    }
    return true;
}

// The UTF-16 length of UTF-8 text, the unit of TextBlock::text: link characters counted in bytes made
// a Chinese link three times, a Greek or Arabic one twice, as long as the text around it.
qsizetype utf16Length(QByteArrayView utf8)
{
    qsizetype n = 0;
    for (const char c : utf8) {
        const auto b = static_cast<unsigned char>(c);
        n += (b & 0xC0) != 0x80; // a character starts here
        n += b >= 0xF0;          // a four-byte sequence is a surrogate pair
    }
    return n;
}

bool isFurnitureTag(QLatin1StringView n)
{
    return n == "nav"_L1 || n == "footer"_L1 || n == "aside"_L1 || n == "header"_L1 || n == "figure"_L1 ||
           n == "figcaption"_L1 || n == "menu"_L1 || n == "address"_L1 || n == "form"_L1 ||
           n == "fieldset"_L1 || n == "details"_L1 || n == "caption"_L1;
}

// The same test on the attributes as text, for values the parser does not hold in one piece.
bool isHiddenAsText(const HtmlNode &e)
{
    if (e.hasAttribute("hidden") || e.attribute("aria-hidden") == u"true")
        return true;
    const QString style = e.attribute("style");
    if (!style.isEmpty()) {
        QString s = style.toLower();
        s.remove(u' ');
        if (s.contains(u"display:none") || s.contains(u"visibility:hidden"))
            return true;
    }
    const QString cls = e.attribute("class");
    // Utility classes of CSS frameworks that hide an element outright ("hidden-xs" only hides it on
    // small screens, "field--label-hidden" hides a label elsewhere).
    for (const QStringView c : QStringView(cls).tokenize(u' ', Qt::SkipEmptyParts)) {
        if (c == u"hidden" || c == u"hide" || c == u"is-hidden" || c == u"d-none" || c == u"invisible")
            return true;
    }
    return cls.contains(u"sr-only") || cls.contains(u"visually-hidden") || cls.contains(u"visuallyhidden") ||
           cls.contains(u"screen-reader") || cls.contains(u"screenreader");
}

bool isAsciiBytes(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

// Whether an inline style hides the element. ASCII styles (all but freak ones) are folded byte by byte;
// others go through QString::toLower as they always did.
bool styleHides(const HtmlNode &e, QByteArrayView style)
{
    if (!isAsciiBytes(style)) {
        QString s = e.attribute("style").toLower();
        s.remove(u' ');
        return s.contains(u"display:none") || s.contains(u"visibility:hidden");
    }
    std::string folded;
    folded.reserve(std::size_t(style.size()));
    for (char c : style) {
        if (c == ' ')
            continue;
        folded.push_back(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
    }
    return folded.find("display:none") != std::string::npos ||
           folded.find("visibility:hidden") != std::string::npos;
}

// Every element of the page is asked, so the attributes are read as the parser's UTF-8 bytes, without
// a QString each (the words tested are ASCII: byte and text comparisons agree).
bool isHidden(const HtmlNode &e)
{
    QByteArrayView ariaHidden, style, cls;
    if (!e.attributeUtf8("aria-hidden", &ariaHidden) || !e.attributeUtf8("style", &style) ||
        !e.attributeUtf8("class", &cls))
        return isHiddenAsText(e);
    if (e.hasAttribute("hidden") || ariaHidden == "true")
        return true;
    if (!style.isEmpty() && styleHides(e, style))
        return true;
    // Utility classes of CSS frameworks that hide an element outright ("hidden-xs" only hides it on
    // small screens, "field--label-hidden" hides a label elsewhere).
    for (qsizetype from = 0; from < cls.size();) {
        qsizetype to = cls.indexOf(' ', from);
        if (to < 0)
            to = cls.size();
        const QByteArrayView c = cls.sliced(from, to - from);
        if (c == "hidden" || c == "hide" || c == "is-hidden" || c == "d-none" || c == "invisible")
            return true;
        from = to + 1;
    }
    // std::string_view::find looks for the first byte with memchr; QByteArrayView::contains hashes
    // every position for needles this short.
    const std::string_view names(cls.data(), std::size_t(cls.size()));
    for (const std::string_view part :
         {"sr-only", "visually-hidden", "visuallyhidden", "screen-reader", "screenreader"}) {
        if (names.find(part) != std::string_view::npos)
            return true;
    }
    return false;
}

// A table whose cells hold paragraphs or other tables lays out the page; one whose cells hold short
// values is data.
bool isLayoutTable(const HtmlNode &table)
{
    int rows = 0;
    int maxCells = 0;
    std::vector<HtmlNode> stack{table};
    while (!stack.empty()) {
        const HtmlNode n = stack.back();
        stack.pop_back();
        for (HtmlNode c = n.firstElementChild(); c; c = c.nextElementSibling()) {
            const QLatin1StringView name = c.name();
            if (name == "table"_L1 || name == "p"_L1 || name == "div"_L1 || name == "ul"_L1 ||
                name == "ol"_L1 || name == "blockquote"_L1 || name == "h1"_L1 || name == "h2"_L1 ||
                name == "h3"_L1 || name == "h4"_L1 || name == "article"_L1 || name == "section"_L1)
                return true;
            if (name == "tr"_L1) {
                ++rows;
                int cells = 0;
                for (HtmlNode cell = c.firstElementChild(); cell; cell = cell.nextElementSibling())
                    cells += cell.is("td") || cell.is("th");
                maxCells = qMax(maxCells, cells);
            }
            stack.push_back(c);
        }
    }
    return rows < 2 || maxCells < 2;
}

bool textShorterThan(const HtmlNode &node, qsizetype limit)
{
    qsizetype seen = 0;
    std::vector<HtmlNode> stack{node};
    while (!stack.empty()) {
        const HtmlNode n = stack.back();
        stack.pop_back();
        for (HtmlNode c = n.firstChild(); c; c = c.nextSibling()) {
            if (c.isText()) {
                seen += c.textUtf8().size();
                if (seen >= limit)
                    return false;
            } else if (c.isElement()) {
                stack.push_back(c);
            }
        }
    }
    return true;
}

class Walker
{
public:
    Walker(PageBlocks *out, const QList<HtmlNode> &skip) : m_out(out), m_skip(skip.cbegin(), skip.cend()) {}

    void walk(const HtmlNode &root)
    {
        if (!root)
            return;
        const int index = addElement(root, -1);
        m_owner = index;
        visitChildren(root);
        flush();
    }

private:
    int addElement(const HtmlNode &node, int parent)
    {
        ElementInfo info;
        info.node = node;
        info.parent = parent;
        info.depth = parent < 0 ? 0 : m_out->elements[std::size_t(parent)].depth + 1;
        info.hint = nameHint(node);
        info.furnitureTag = isFurnitureTag(node.name());
        info.articleTag = node.is("article") || node.is("main");
        m_out->elements.push_back(info);
        return int(m_out->elements.size()) - 1;
    }

    void visitChildren(const HtmlNode &node)
    {
        for (HtmlNode c = node.firstChild(); c; c = c.nextSibling())
            visit(c);
    }

    void visit(const HtmlNode &node)
    {
        if (node.isText()) {
            appendText(node);
            return;
        }
        if (!node.isElement())
            return;
        const QLatin1StringView name = node.name();
        const TagClass cls = tagClass(name);
        if (cls == TagClass::Skip || isHidden(node))
            return;
        if (m_skip.contains(node) && textShorterThan(node, 400))
            return;
        switch (cls) {
        case TagClass::Break:
            if (m_lastWasBreak && m_pre == 0) {
                flush(); // <br><br> separates paragraphs in pages without <p>
            } else {
                appendToRun("\n");
                m_lastWasBreak = true;
            }
            return;
        case TagClass::Link:
            ++m_link;
            visitChildren(node);
            --m_link;
            return;
        case TagClass::Inline:
            // A caption, credit or share label set inline in a paragraph is still not body text.
            // Only short runs: an inline wrapper named "..._meta_field" may hold the whole article.
            if (name != "time"_L1 && nameHint(node) == NameHint::Boilerplate && textShorterThan(node, 200))
                return;
            visitChildren(node);
            return;
        case TagClass::Table:
            if (!isLayoutTable(node)) {
                dataTable(node);
                return;
            }
            break;
        default:
            break;
        }
        flush();
        const int saved = m_owner;
        m_owner = addElement(node, saved);
        m_pre += cls == TagClass::Pre;
        m_quote += cls == TagClass::Quote;
        visitChildren(node);
        flush();
        m_pre -= cls == TagClass::Pre;
        m_quote -= cls == TagClass::Quote;
        m_owner = saved;
    }

    void appendText(const HtmlNode &node)
    {
        const QByteArrayView text = node.textUtf8();
        if (text.isEmpty())
            return;
        bool blank = true;
        for (const char c : text) {
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
                blank = false;
                break;
            }
        }
        appendToRun(text);
        if (m_link > 0)
            m_runLink += utf16Length(text);
        if (!blank) {
            if (!m_first)
                m_first = node;
            m_last = node;
            m_lastWasBreak = false;
        }
    }

    void dataTable(const HtmlNode &table)
    {
        flush();
        const int saved = m_owner;
        m_owner = addElement(table, saved);
        QStringList rows;
        HtmlNode first;
        HtmlNode last;
        std::vector<HtmlNode> stack{table};
        // Rows in document order: depth-first, children pushed in reverse.
        while (!stack.empty()) {
            const HtmlNode n = stack.back();
            stack.pop_back();
            if (n.is("tr")) {
                QStringList cells;
                for (HtmlNode cell = n.firstElementChild(); cell; cell = cell.nextElementSibling()) {
                    const QString t = cell.text().simplified();
                    if (!t.isEmpty())
                        cells.append(t);
                }
                if (!cells.isEmpty())
                    rows.append(cells.join(QStringLiteral(" | ")));
                if (!first)
                    first = n;
                last = n;
                continue;
            }
            std::vector<HtmlNode> children;
            for (HtmlNode c = n.firstElementChild(); c; c = c.nextElementSibling())
                children.push_back(c);
            stack.insert(stack.end(), children.rbegin(), children.rend());
        }
        if (!rows.isEmpty()) {
            m_out->blocks.append({BlockKind::Table, rows.join(u'\n'), m_owner, 0, first, last, table.name()});
            m_out->blocks.last().denseExtra = scriptmetrics::denseExtra(m_out->blocks.last().text);
        }
        m_owner = saved;
    }

    void flush()
    {
        if (m_first) {
            // In place: for one 63 MB paragraph, two copies fewer (issue 18).
            QString text = runText();
            m_run.clear();
            text = m_pre > 0 ? std::move(text).trimmed() : std::move(text).simplified();
            if (!text.isEmpty()) {
                const QLatin1StringView tag = m_out->elements[std::size_t(m_owner)].node.name();
                m_out->blocks.append({kindOf(tag), text, m_owner, qMin(m_runLink, qsizetype(text.size())),
                                      m_first, m_last, tag});
                m_out->blocks.last().denseExtra = scriptmetrics::denseExtra(text);
            }
        }
        m_run.clear();
        m_runBytes = 0;
        m_runLink = 0;
        m_first = {};
        m_last = {};
        m_lastWasBreak = false;
    }

    // `text` lives in the tree (a text node) or is a literal: the run holds where it is, not a copy.
    void appendToRun(QByteArrayView text)
    {
        m_run.push_back(text);
        m_runBytes += text.size();
    }

    // The run's text, decoded from the text nodes straight into a string sized by the byte count (no
    // UTF-16 text is longer than its UTF-8): for one 63 MB paragraph no UTF-8 copy beside its text.
    QString runText() const
    {
        if (!decodesApart(m_run)) {
            QByteArray utf8;
            utf8.reserve(m_runBytes);
            for (const QByteArrayView piece : m_run)
                utf8.append(piece);
            return QString::fromUtf8(utf8);
        }
        QString text(m_runBytes, Qt::Uninitialized);
        QStringDecoder decoder(QStringDecoder::Utf8,
                               QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        QChar *end = text.data();
        for (const QByteArrayView piece : m_run)
            end = decoder.appendToBuffer(end, piece);
        text.truncate(end - text.constData());
        return text;
    }

    BlockKind kindOf(QLatin1StringView tag) const
    {
        if (m_pre > 0)
            return BlockKind::Preformatted;
        if (tag.size() == 2 && tag.front() == u'h' && tag.back() >= u'1' && tag.back() <= u'6')
            return BlockKind::Heading;
        if (tag == "li"_L1 || tag == "dd"_L1 || tag == "dt"_L1)
            return BlockKind::ListItem;
        return m_quote > 0 ? BlockKind::Quote : BlockKind::Paragraph;
    }

    PageBlocks *m_out;
    const QSet<HtmlNode> m_skip; // looked up for every element: a set, not the caller's list
    int m_owner = -1;
    int m_link = 0;
    int m_pre = 0;
    int m_quote = 0;
    bool m_lastWasBreak = false;
    std::vector<QByteArrayView> m_run; // the run's text, in the tree's text nodes
    qsizetype m_runBytes = 0;
    qsizetype m_runLink = 0;
    HtmlNode m_first;
    HtmlNode m_last;
};

} // namespace

PageBlocks collectBlocks(const HtmlDocument &document, const QList<HtmlNode> &skip)
{
    PageBlocks blocks;
    Walker(&blocks, skip).walk(document.body());
    return blocks;
}

} // namespace galley
