// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/htmldocument.h"

#include <cstring>
#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <vector>

namespace galley {

namespace {

constexpr qsizetype BlockShift = 6; // one prefix count per 64 bytes

// The parse is synchronous, so the SAX wrappers find their recorder through a thread-local pointer
// rather than ctxt->_private (which the tree builder owns).
struct Recorder
{
    const char *buffer = nullptr;
    qsizetype size = 0;
    std::vector<std::pair<qsizetype, qsizetype>> *spans = nullptr; // byte offsets, index+1 in _private
    startElementSAXFunc startElement = nullptr;
    endElementSAXFunc endElement = nullptr;
    charactersSAXFunc characters = nullptr;
    ignorableWhitespaceSAXFunc whitespace = nullptr;
    qsizetype lastEvent = 0; // byte position after the previous event's markup
};
thread_local Recorder *t_recorder = nullptr;

qsizetype bytePosition(xmlParserCtxtPtr ctxt)
{
    const xmlParserInputPtr in = ctxt->input;
    if (!in || !in->cur || !in->base)
        return t_recorder->lastEvent;
    return qsizetype(in->consumed) + (in->cur - in->base);
}

bool matchesNameAt(const Recorder &r, qsizetype at, const xmlChar *name)
{
    const qsizetype n = qsizetype(std::strlen(reinterpret_cast<const char *>(name)));
    if (at + 1 + n > r.size)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        char c = r.buffer[at + 1 + i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != char(name[i]))
            return false;
    }
    return true;
}

qsizetype recordSpan(xmlNodePtr node, qsizetype start, qsizetype end)
{
    t_recorder->spans->emplace_back(start, end);
    node->_private = reinterpret_cast<void *>(quintptr(t_recorder->spans->size()));
    return qsizetype(t_recorder->spans->size()) - 1;
}

void onStartElement(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    Recorder &r = *t_recorder;
    auto *ctxt = static_cast<xmlParserCtxtPtr>(ctx);
    r.startElement(ctx, name, atts);
    // The callback comes after the attributes, with the parser on the closing '>' (or "/>"). Back up
    // to this tag's "<name"; elements the parser implied (html, body, an omitted <p>) find no such
    // tag since the previous event and start where the parser is.
    const qsizetype cur = bytePosition(ctxt);
    qsizetype start = cur;
    for (qsizetype at = qMin(cur, r.size - 1); at >= r.lastEvent && at >= 0; --at) {
        if (r.buffer[at] == '<') {
            if (matchesNameAt(r, at, name))
                start = at;
            break;
        }
    }
    if (ctxt->node && !ctxt->node->_private &&
        std::strcmp(reinterpret_cast<const char *>(ctxt->node->name), reinterpret_cast<const char *>(name)) ==
            0)
        recordSpan(ctxt->node, start, -1);
    qsizetype after = cur;
    if (after < r.size && r.buffer[after] == '>')
        after += 1;
    else if (after + 1 < r.size && r.buffer[after] == '/' && r.buffer[after + 1] == '>')
        after += 2;
    r.lastEvent = after;
}

void onEndElement(void *ctx, const xmlChar *name)
{
    Recorder &r = *t_recorder;
    auto *ctxt = static_cast<xmlParserCtxtPtr>(ctx);
    qsizetype end = bytePosition(ctxt);
    xmlNodePtr node = ctxt->node;
    // Its own end tag leaves the parser just after the '>'. An element closed by another tag (<p>a<p>b,
    // <li>a</ul>) ends where that tag begins.
    if (end > 0 && end <= r.size) {
        for (qsizetype at = end - 1; at >= r.lastEvent && at >= 0; --at) {
            if (r.buffer[at] == '<') {
                const bool ownEndTag = r.buffer[end - 1] == '>' && at + 1 < r.size &&
                                       r.buffer[at + 1] == '/' && matchesNameAt(r, at + 1, name);
                if (!ownEndTag)
                    end = at;
                break;
            }
        }
    }
    if (node && node->_private)
        (*r.spans)[quintptr(node->_private) - 1].second = end;
    r.endElement(ctx, name);
    r.lastEvent = qMax(r.lastEvent, end);
}

void recordText(xmlParserCtxtPtr ctxt, xmlNodePtr before)
{
    Recorder &r = *t_recorder;
    const qsizetype cur = bytePosition(ctxt);
    xmlNodePtr after = ctxt->node ? ctxt->node->last : nullptr;
    if (after && after->type == XML_TEXT_NODE) {
        if (after != before || !after->_private)
            recordSpan(after, r.lastEvent, cur);
        else
            (*r.spans)[quintptr(after->_private) - 1].second = cur;
    }
    r.lastEvent = cur;
}

void onCharacters(void *ctx, const xmlChar *ch, int len)
{
    auto *ctxt = static_cast<xmlParserCtxtPtr>(ctx);
    xmlNodePtr before = ctxt->node ? ctxt->node->last : nullptr;
    t_recorder->characters(ctx, ch, len);
    recordText(ctxt, before);
}

void onWhitespace(void *ctx, const xmlChar *ch, int len)
{
    auto *ctxt = static_cast<xmlParserCtxtPtr>(ctx);
    xmlNodePtr before = ctxt->node ? ctxt->node->last : nullptr;
    t_recorder->whitespace(ctx, ch, len);
    recordText(ctxt, before);
}

bool isHiddenContainer(xmlNodePtr n)
{
    const auto *name = reinterpret_cast<const char *>(n->name);
    return std::strcmp(name, "script") == 0 || std::strcmp(name, "style") == 0 ||
           std::strcmp(name, "template") == 0;
}

void appendText(xmlNodePtr node, QByteArray *out)
{
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        if (node->content)
            out->append(reinterpret_cast<const char *>(node->content));
        return;
    }
    if (node->type != XML_ELEMENT_NODE || isHiddenContainer(node))
        return;
    for (xmlNodePtr c = node->children; c; c = c->next)
        appendText(c, out);
}

xmlNodePtr childNamed(xmlNodePtr parent, const char *name)
{
    for (xmlNodePtr c = parent ? parent->children : nullptr; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char *>(c->name), name) == 0)
            return c;
    }
    return nullptr;
}

} // namespace

struct HtmlDocument::Parsed
{
    QByteArray utf8;
    xmlDocPtr doc = nullptr;
    std::vector<std::pair<qsizetype, qsizetype>> spans;
    std::vector<qsizetype> prefix; // UTF-16 units before byte (k << BlockShift); empty when ASCII
};

HtmlDocument::HtmlDocument(const QString &source) : m_source(source), m_parsed(std::make_unique<Parsed>())
{
    Parsed &p = *m_parsed;
    p.utf8 = source.toUtf8();
    if (p.utf8.size() != source.size()) {
        // UTF-16 units per UTF-8 byte: every lead byte starts one unit, a 4-byte lead two.
        const auto *bytes = reinterpret_cast<const uchar *>(p.utf8.constData());
        const qsizetype n = p.utf8.size();
        p.prefix.reserve(std::size_t(n >> BlockShift) + 2);
        qsizetype units = 0;
        for (qsizetype i = 0; i < n; ++i) {
            if ((i & ((1 << BlockShift) - 1)) == 0)
                p.prefix.push_back(units);
            const uchar b = bytes[i];
            units += (b & 0xC0) != 0x80;
            units += b >= 0xF0;
        }
        p.prefix.push_back(units);
    }
    if (p.utf8.isEmpty() || p.utf8.size() > INT_MAX)
        return;

    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(p.utf8.constData(), int(p.utf8.size()));
    if (!ctxt)
        return;
    htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                 HTML_PARSE_NONET | HTML_PARSE_COMPACT);
    // The buffer is UTF-8 whatever the page's <meta charset> claims (the capture reader already
    // decoded it): no converter, and a named input encoding stops the parser from switching.
    xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
    if (ctxt->input->encoding)
        xmlFree(const_cast<xmlChar *>(ctxt->input->encoding));
    ctxt->input->encoding = xmlStrdup(reinterpret_cast<const xmlChar *>("UTF-8"));

    Recorder recorder;
    recorder.buffer = p.utf8.constData();
    recorder.size = p.utf8.size();
    recorder.spans = &p.spans;
    p.spans.reserve(std::size_t(p.utf8.size() / 40));
    xmlSAXHandler *sax = ctxt->sax;
    recorder.startElement = sax->startElement;
    recorder.endElement = sax->endElement;
    recorder.characters = sax->characters;
    recorder.whitespace = sax->ignorableWhitespace;
    sax->startElement = onStartElement;
    sax->endElement = onEndElement;
    sax->characters = onCharacters;
    sax->ignorableWhitespace = onWhitespace;
    t_recorder = &recorder;
    htmlParseDocument(ctxt);
    t_recorder = nullptr;
    p.doc = ctxt->myDoc;
    ctxt->myDoc = nullptr;
    htmlFreeParserCtxt(ctxt);
}

HtmlDocument::~HtmlDocument()
{
    if (m_parsed && m_parsed->doc)
        xmlFreeDoc(m_parsed->doc);
}

HtmlNode HtmlDocument::root() const
{
    return HtmlNode(this, m_parsed->doc ? xmlDocGetRootElement(m_parsed->doc) : nullptr);
}

HtmlNode HtmlDocument::head() const
{
    xmlNodePtr r = root().m_node;
    if (r && std::strcmp(reinterpret_cast<const char *>(r->name), "head") == 0)
        return HtmlNode(this, r);
    return HtmlNode(this, childNamed(r, "head"));
}

HtmlNode HtmlDocument::body() const
{
    xmlNodePtr r = root().m_node;
    if (r && std::strcmp(reinterpret_cast<const char *>(r->name), "body") == 0)
        return HtmlNode(this, r);
    // A frameset page has no <body>: the root then stands for it.
    xmlNodePtr b = childNamed(r, "body");
    return HtmlNode(this, b ? b : r);
}

qsizetype HtmlDocument::utf16Offset(qsizetype byteOffset) const
{
    const Parsed &p = *m_parsed;
    byteOffset = qBound(qsizetype(0), byteOffset, qsizetype(p.utf8.size()));
    if (p.prefix.empty())
        return byteOffset;
    const qsizetype block = byteOffset >> BlockShift;
    qsizetype units = p.prefix[std::size_t(block)];
    const auto *bytes = reinterpret_cast<const uchar *>(p.utf8.constData());
    for (qsizetype i = block << BlockShift; i < byteOffset; ++i) {
        units += (bytes[i] & 0xC0) != 0x80;
        units += bytes[i] >= 0xF0;
    }
    return units;
}

// --- HtmlNode ---

bool HtmlNode::isElement() const
{
    return m_node && m_node->type == XML_ELEMENT_NODE;
}

bool HtmlNode::isText() const
{
    return m_node && (m_node->type == XML_TEXT_NODE || m_node->type == XML_CDATA_SECTION_NODE);
}

QLatin1StringView HtmlNode::name() const
{
    if (!isElement())
        return {};
    return QLatin1StringView(reinterpret_cast<const char *>(m_node->name));
}

bool HtmlNode::is(const char *tag) const
{
    return isElement() && std::strcmp(reinterpret_cast<const char *>(m_node->name), tag) == 0;
}

QString HtmlNode::attribute(const char *name) const
{
    if (!isElement())
        return {};
    xmlAttrPtr attr = xmlHasProp(m_node, reinterpret_cast<const xmlChar *>(name));
    if (!attr || !attr->children)
        return {};
    if (!attr->children->next && attr->children->type == XML_TEXT_NODE)
        return QString::fromUtf8(reinterpret_cast<const char *>(attr->children->content));
    xmlChar *value = xmlNodeListGetString(m_node->doc, attr->children, 1);
    const QString result = QString::fromUtf8(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return result;
}

bool HtmlNode::hasAttribute(const char *name) const
{
    return isElement() && xmlHasProp(m_node, reinterpret_cast<const xmlChar *>(name));
}

QList<std::pair<QString, QString>> HtmlNode::attributes() const
{
    QList<std::pair<QString, QString>> result;
    if (!isElement())
        return result;
    for (xmlAttrPtr a = m_node->properties; a; a = a->next) {
        const char *attrName = reinterpret_cast<const char *>(a->name);
        result.append({QString::fromUtf8(attrName), attribute(attrName)});
    }
    return result;
}

HtmlNode HtmlNode::parent() const
{
    if (!m_node || !m_node->parent || m_node->parent->type != XML_ELEMENT_NODE)
        return {};
    return HtmlNode(m_doc, m_node->parent);
}

HtmlNode HtmlNode::firstChild() const
{
    return HtmlNode(m_doc, m_node ? m_node->children : nullptr);
}
HtmlNode HtmlNode::nextSibling() const
{
    return HtmlNode(m_doc, m_node ? m_node->next : nullptr);
}
HtmlNode HtmlNode::previousSibling() const
{
    return HtmlNode(m_doc, m_node ? m_node->prev : nullptr);
}

HtmlNode HtmlNode::firstElementChild() const
{
    xmlNodePtr c = m_node ? m_node->children : nullptr;
    while (c && c->type != XML_ELEMENT_NODE)
        c = c->next;
    return HtmlNode(m_doc, c);
}

HtmlNode HtmlNode::nextElementSibling() const
{
    xmlNodePtr c = m_node ? m_node->next : nullptr;
    while (c && c->type != XML_ELEMENT_NODE)
        c = c->next;
    return HtmlNode(m_doc, c);
}

QString HtmlNode::text() const
{
    if (isText())
        return QString::fromUtf8(reinterpret_cast<const char *>(m_node->content));
    QByteArray utf8;
    appendTextUtf8(&utf8);
    return QString::fromUtf8(utf8);
}

void HtmlNode::appendTextUtf8(QByteArray *out) const
{
    if (m_node)
        appendText(m_node, out);
}

QByteArrayView HtmlNode::textUtf8() const
{
    if (!isText() || !m_node->content)
        return {};
    return QByteArrayView(reinterpret_cast<const char *>(m_node->content));
}

SourceSpan HtmlNode::span() const
{
    if (!m_node || !m_node->_private || !(isElement() || isText()))
        return {};
    const auto &[start, end] = m_doc->m_parsed->spans[quintptr(m_node->_private) - 1];
    const qsizetype realEnd = end < start ? qsizetype(m_doc->m_parsed->utf8.size()) : end;
    return {m_doc->utf16Offset(start), m_doc->utf16Offset(realEnd), {}};
}

} // namespace galley
