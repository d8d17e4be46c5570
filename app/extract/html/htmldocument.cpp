// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/htmldocument.h"

#include "extract/html/attributecap.h"
#include "extract/html/unreadattributes.h"

#include <cstdlib>
#include <cstring>
#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>
#include <malloc.h>
#include <mutex>
#include <vector>

namespace galley {

namespace {

constexpr qsizetype BlockShift = 6; // one prefix count per 64 bytes
// Far above any real tag (data-* heavy markup stays under a hundred); see attributecap.h.
constexpr int maxAttributesPerTag = 128;

// The parse is synchronous, so the SAX wrappers find their recorder through a thread-local pointer
// rather than ctxt->_private (which the tree builder owns).
// libxml2 reads the page through this callback, a few kilobytes at a time, rather than from a memory
// buffer: htmlCreateMemoryParserCtxt copies the whole buffer first (64 MB more for a page near the size
// limit, issue 18), while an I/O input keeps only a window that the parser shrinks as it goes.
// (libxml2 2.9.14's static memory buffers would avoid the copy too, but its HTML parser then delivers
// some text twice.) Byte positions stay those of the whole page: in->consumed counts what was shrunk.
struct PageFeed
{
    const char *data = nullptr;
    qsizetype size = 0;
    qsizetype position = 0; // the next byte handed to libxml2
};

int readFeed(void *context, char *buffer, int length)
{
    auto *feed = static_cast<PageFeed *>(context);
    const qsizetype n = qMin(qsizetype(qMax(length, 0)), feed->size - feed->position);
    std::memcpy(buffer, feed->data + feed->position, std::size_t(n));
    feed->position += n;
    return int(n);
}

int closeFeed(void *)
{
    return 0;
}

// libxml2 2.9.14 reads an attribute value without refilling its window: a value that crosses the
// window's end is cut there and the rest read as text (a 40 KB JSON attribute on a corpus page came
// out so). It refills to at least 250 bytes before each tag and each attribute, so a page whose tags are
// all shorter than that parses the same either way. The page is fed in windows only when it is that
// large and every tag ('<' to the '>' outside quotes, or a comment, or script text up to its next '>')
// is that short: news pages stay on the memory buffer, the hostile pages of issue 18 do not.
constexpr qsizetype WindowedFeedFrom = qsizetype(16) << 20;
constexpr qsizetype MaxWindowedTag = 200;

// libxml2 2.9's attribute reader (htmlParseHTMLAttribute) allocates a 100-byte buffer for every
// attribute value and grows it to 200 bytes when the second byte arrives: a realloc into another size
// class, which moves the block, for nearly every attribute of a page (~4 % of an HTML extraction's
// instructions). libxml2's requests of exactly that size get room for the growth, and a realloc that
// still fits the block (and keeps at least half of it) stays where it is. Only libxml2 allocates
// through these; they hand everything else to the C allocator unchanged.
constexpr std::size_t LibxmlAttributeBuffer = 100;

void *libxmlMalloc(std::size_t size)
{
    return std::malloc(size == LibxmlAttributeBuffer ? 2 * LibxmlAttributeBuffer : size);
}

void *libxmlRealloc(void *block, std::size_t size)
{
    if (block) {
        const std::size_t usable = malloc_usable_size(block);
        if (size <= usable && size > usable / 2)
            return block;
    }
    return std::realloc(block, size);
}

char *libxmlStrdup(const char *text)
{
    return strdup(text);
}

void setUpLibxml()
{
    xmlMemSetup(std::free, libxmlMalloc, libxmlRealloc, libxmlStrdup);
    xmlInitParser();
}

bool tagsFitTheWindow(QByteArrayView page)
{
    qsizetype tagStart = -1;
    char quote = 0;
    for (qsizetype i = 0; i < page.size(); ++i) {
        const char c = page[i];
        if (tagStart < 0) {
            if (c == '<')
                tagStart = i;
            continue;
        }
        if (i - tagStart > MaxWindowedTag)
            return false;
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            tagStart = -1;
        }
    }
    return true;
}

struct Recorder
{
    PageFeed *feed = nullptr;
    const char *buffer = nullptr;
    qsizetype size = 0;
    std::vector<std::pair<qsizetype, qsizetype>> *spans = nullptr; // byte offsets, index+1 in _private
    startElementSAXFunc startElement = nullptr;
    endElementSAXFunc endElement = nullptr;
    charactersSAXFunc characters = nullptr;
    ignorableWhitespaceSAXFunc whitespace = nullptr;
    cdataBlockSAXFunc cdataBlock = nullptr;
    commentSAXFunc comment = nullptr;
    processingInstructionSAXFunc instruction = nullptr;
    qsizetype lastEvent = 0;  // byte position after the previous event's markup
    bool skipRawText = false; // inside a <script> or <style> whose content nothing reads
    // The tree budget (htmldocument.h): nodes built so far, and how many elements left out of the tree
    // are open now. Left-out elements are always the top of the parser's element stack (they are pushed
    // after every built one that is still open, and the stack only pops from the top), so their end
    // events are the next `droppedOpen` ones.
    qsizetype nodes = 0;
    qsizetype droppedOpen = 0;
    HtmlDocument::Limits *limits = nullptr;
    qsizetype *dropCount = nullptr; // the counter of the reason the outermost open one was left out
};
thread_local Recorder *t_recorder = nullptr;

// --- Skipping the content of scripts and stylesheets ---
//
// Half the bytes of a typical news page are inline JavaScript and CSS, and libxml2 reads that raw text
// one character at a time, copying it into text nodes 1000 bytes per callback. Nothing reads it (text()
// skips it; only JSON data scripts are read, and those are kept whole), so after the first block the
// parser's cursor is moved straight to the element's end tag, found the way libxml2 finds it: the
// first "</" followed by the element's name, in any case. Positions stay true (the cursor moves within
// the same buffer), the tree is the same; the element's text node keeps only its first block.
//
// libxml2 versions differ in whether the cursor is already past the block's last character when the
// block callback comes; a probe parse finds out once, and skipping stays off if it sees anything else.
enum class CursorAtBlock { Unknown, OnLastChar, PastLastChar };

CursorAtBlock probeCursor()
{
    static const CursorAtBlock probed = [] {
        const QByteArray page = "<script>" + QByteArray(1500, 'a') + "</script>";
        htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(page.constData(), int(page.size()));
        if (!ctxt)
            return CursorAtBlock::Unknown;
        htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                     HTML_PARSE_NONET | HTML_PARSE_COMPACT);
        thread_local qsizetype t_firstBlockAt = -1;
        t_firstBlockAt = -1;
        ctxt->sax->cdataBlock = [](void *ctx, const xmlChar *, int len) {
            const xmlParserInputPtr in = static_cast<xmlParserCtxtPtr>(ctx)->input;
            if (t_firstBlockAt < 0 && len == 1000 && in && in->cur && in->base)
                t_firstBlockAt = qsizetype(in->consumed) + (in->cur - in->base);
        };
        ctxt->sax->characters = nullptr;
        htmlParseDocument(ctxt);
        if (ctxt->myDoc)
            xmlFreeDoc(ctxt->myDoc);
        htmlFreeParserCtxt(ctxt);
        constexpr qsizetype lastChar = 8 + 999; // after "<script>", the block's 1000th character
        return t_firstBlockAt == lastChar       ? CursorAtBlock::OnLastChar
               : t_firstBlockAt == lastChar + 1 ? CursorAtBlock::PastLastChar
                                                : CursorAtBlock::Unknown;
    }();
    return probed;
}

// Scripts whose text is data (JSON-LD, other JSON) are read; all other scripts and stylesheets are not.
bool isUnreadRawText(const xmlChar *name, const xmlChar **atts)
{
    const auto *tag = reinterpret_cast<const char *>(name);
    if (std::strcmp(tag, "style") == 0)
        return true;
    if (std::strcmp(tag, "script") != 0)
        return false;
    for (const xmlChar **a = atts; a && a[0]; a += 2) {
        if (std::strcmp(reinterpret_cast<const char *>(a[0]), "type") == 0 && a[1] &&
            QByteArrayView(reinterpret_cast<const char *>(a[1])).toByteArray().toLower().contains("json"))
            return false;
    }
    return true;
}

// The end tag is looked for in the whole page (the recorder's buffer), not in the parser's window.
// When it lies past the window, the window is taken as read up to it: the parser's cursor goes to the
// window's end, and the input's count of consumed bytes and the feed move on by the bytes skipped, so
// byte positions stay those of the page.
void skipToEndTag(xmlParserCtxtPtr ctxt)
{
    const CursorAtBlock mode = probeCursor();
    const xmlParserInputPtr in = ctxt->input;
    const Recorder &r = *t_recorder;
    if (mode == CursorAtBlock::Unknown || !in || !in->cur || !in->base || !in->end || !ctxt->name ||
        in->cur >= in->end)
        return;
    const qsizetype windowStart = qsizetype(in->consumed);
    const qsizetype windowEnd = windowStart + (in->end - in->base);
    const qsizetype cur = windowStart + (in->cur - in->base);
    if (cur < 0 || cur >= r.size)
        return;
    const char *name = reinterpret_cast<const char *>(ctxt->name);
    const qsizetype nameLength = qsizetype(std::strlen(name));
    auto isEndTag = [&](qsizetype at) {
        return at + 2 + nameLength <= r.size && r.buffer[at] == '<' && r.buffer[at + 1] == '/' &&
               qstrnicmp(name, r.buffer + at + 2, std::size_t(nameLength)) == 0;
    };
    // On the last character: the parser still steps over it (its UTF-8 length) after the callback.
    qsizetype step = 0;
    if (mode == CursorAtBlock::OnLastChar) {
        const uchar lead = uchar(r.buffer[cur]);
        step = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    }
    if (mode == CursorAtBlock::PastLastChar && isEndTag(cur))
        return; // the final block: the parser is already at the end tag
    const qsizetype from = cur + step;
    for (qsizetype at = from; at < r.size; ++at) {
        const auto *lt = static_cast<const char *>(std::memchr(r.buffer + at, '<', std::size_t(r.size - at)));
        if (!lt)
            return; // no end tag: the parser reads to the end of the page
        at = lt - r.buffer;
        if (!isEndTag(at))
            continue;
        if (std::memchr(r.buffer + from, 0, std::size_t(at - from)))
            return; // a NUL byte: leave odd input to the parser
        if (at - step < windowEnd) {
            in->cur = in->base + (at - step - windowStart);
        } else if (windowEnd == r.feed->position && in->end - step >= in->cur) {
            in->consumed += std::size_t(at - windowEnd);
            r.feed->position = at;
            in->cur = in->end - step;
        }
        return;
    }
}

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

// Whether the element starting now stays out of the tree: past the node budget, nested deeper than
// the depth cap, or inside an element already left out (its text still reaches the nearest element
// built, as plain text).
// Every element left out counts for the reason that left out the outermost one.
bool leaveOut(Recorder &r, xmlParserCtxtPtr ctxt)
{
    if (r.droppedOpen == 0) {
        if (r.nodes >= HtmlDocument::MaxTreeNodes)
            r.dropCount = &r.limits->elementsOverBudget;
        else if (ctxt->nodeNr >= HtmlDocument::MaxTreeDepth)
            r.dropCount = &r.limits->elementsTooDeep;
        else
            return false;
    }
    ++*r.dropCount;
    return true;
}

// After the budget, comments and processing instructions (never read) are not kept either.
void onComment(void *ctx, const xmlChar *value)
{
    Recorder &r = *t_recorder;
    if (r.nodes < HtmlDocument::MaxTreeNodes && r.droppedOpen == 0) {
        ++r.nodes;
        r.comment(ctx, value);
    }
}

void onInstruction(void *ctx, const xmlChar *target, const xmlChar *data)
{
    Recorder &r = *t_recorder;
    if (r.nodes < HtmlDocument::MaxTreeNodes && r.droppedOpen == 0) {
        ++r.nodes;
        r.instruction(ctx, target, data);
    }
}

void onStartElement(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    Recorder &r = *t_recorder;
    auto *ctxt = static_cast<xmlParserCtxtPtr>(ctx);
    r.skipRawText = isUnreadRawText(name, atts);
    if (leaveOut(r, ctxt)) {
        ++r.droppedOpen;
        const qsizetype cur = bytePosition(ctxt);
        qsizetype after = cur;
        if (after < r.size && r.buffer[after] == '>')
            after += 1;
        else if (after + 1 < r.size && r.buffer[after] == '/' && r.buffer[after + 1] == '>')
            after += 2;
        r.lastEvent = qMax(r.lastEvent, after);
        return;
    }
    ++r.nodes;
    r.startElement(ctx, name, atts);
    // The callback comes after the attributes, with the parser on the closing '>' (or "/>"). Back up
    // to this tag's "<name"; elements the parser implied (html, body, an omitted <p>) find no such
    // tag since the previous event and start where the parser is.
    const qsizetype cur = bytePosition(ctxt);
    qsizetype start = cur;
    // The last '<' from here back to the previous event (memrchr: this crosses every attribute).
    const qsizetype high = qMin(cur, r.size - 1);
    const qsizetype low = qMax(r.lastEvent, qsizetype(0));
    if (high >= low) {
        if (const void *lt = memrchr(r.buffer + low, '<', std::size_t(high - low + 1))) {
            const qsizetype at = static_cast<const char *>(lt) - r.buffer;
            if (matchesNameAt(r, at, name))
                start = at;
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
    r.skipRawText = false;
    if (r.droppedOpen > 0) {
        --r.droppedOpen;
        return;
    }
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

// libxml2 stops the whole parse when one text node would pass 10,000,000 bytes ("huge text node",
// without XML_PARSE_HUGE, which would lift its other limits too): the rest of the page was silently
// lost. A run of text that long (one enormous paragraph, or the text of elements left out of the tree)
// goes on in a new text node every MaxTextNodeBytes of source instead. Readers join adjacent text
// nodes (text()), so nothing changes for them.
constexpr qsizetype MaxTextNodeBytes = 1 << 20;

bool textNodeIsFull(xmlNodePtr last)
{
    if (!last || last->type != XML_TEXT_NODE || !last->_private)
        return false;
    const auto &[start, end] = (*t_recorder->spans)[quintptr(last->_private) - 1];
    return end - start >= MaxTextNodeBytes;
}

// Appends a new text node to the current element, linked by hand: xmlAddChild would merge it into the
// full one before it. The parser's notes on the last text node are set as libxml2 sets them for a
// node it creates, so the next characters are appended to this one.
void startTextNode(xmlParserCtxtPtr ctxt, const xmlChar *ch, int len)
{
    xmlNodePtr text = xmlNewDocTextLen(ctxt->myDoc, ch, len);
    if (!text)
        return;
    xmlNodePtr parent = ctxt->node;
    text->parent = parent;
    text->doc = parent->doc;
    text->prev = parent->last;
    parent->last->next = text;
    parent->last = text;
    ctxt->nodelen = len;
    ctxt->nodemem = len + 1;
}

void onText(void *ctx, const xmlChar *ch, int len, charactersSAXFunc forward)
{
    auto *ctxt = static_cast<xmlParserCtxtPtr>(ctx);
    xmlNodePtr before = ctxt->node ? ctxt->node->last : nullptr;
    if (textNodeIsFull(before))
        startTextNode(ctxt, ch, len);
    else
        forward(ctx, ch, len);
    recordText(ctxt, before);
}

void onCharacters(void *ctx, const xmlChar *ch, int len)
{
    onText(ctx, ch, len, t_recorder->characters);
}

void onWhitespace(void *ctx, const xmlChar *ch, int len)
{
    onText(ctx, ch, len, t_recorder->whitespace);
}

void onCdataBlock(void *ctx, const xmlChar *value, int len)
{
    Recorder &r = *t_recorder;
    // The content of a script or style left out of the tree must not become text of its parent.
    if (r.droppedOpen == 0)
        r.cdataBlock(ctx, value, len);
    if (r.skipRawText && len >= 1000) {
        r.skipRawText = false; // once per element
        skipToEndTag(static_cast<xmlParserCtxtPtr>(ctx));
    }
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

// The attribute named `name` (lower case, as the HTML parser stores names). Unlike xmlHasProp this
// does not go on to look for defaults in the DTD: an HTML parse loads none, but xmlHasProp still hashes
// into the doctype's (empty) tables on every miss, and most lookups (class, id, hidden, role) miss.
xmlAttrPtr findAttribute(xmlNodePtr node, const char *name)
{
    for (xmlAttrPtr a = node->properties; a; a = a->next) {
        if (a->name[0] == uchar(name[0]) && std::strcmp(reinterpret_cast<const char *>(a->name), name) == 0)
            return a;
    }
    return nullptr;
}

QString attributeValue(xmlNodePtr node, xmlAttrPtr attr)
{
    if (!attr || !attr->children)
        return {};
    if (!attr->children->next && attr->children->type == XML_TEXT_NODE)
        return QString::fromUtf8(reinterpret_cast<const char *>(attr->children->content));
    xmlChar *value = xmlNodeListGetString(node->doc, attr->children, 1);
    const QString result = QString::fromUtf8(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return result;
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
    Limits limits;
    bool unreadLeftOut = false; // Attributes::ReadByExtractors: the parse blanked isUnreadByExtractors names
};

HtmlDocument::HtmlDocument(const QString &source) : HtmlDocument(source, source.toUtf8()) {}

HtmlDocument::HtmlDocument(const QString &source, QByteArray sourceUtf8, Attributes attributes)
    : m_source(source), m_parsed(std::make_unique<Parsed>())
{
    Parsed &p = *m_parsed;
    p.utf8 = std::move(sourceUtf8);
    if (p.utf8.size() != source.size()) {
        // UTF-16 units per UTF-8 byte: every lead byte starts one unit, a 4-byte lead two.
        const auto *bytes = reinterpret_cast<const uchar *>(p.utf8.constData());
        const qsizetype n = p.utf8.size();
        p.prefix.reserve(std::size_t(n >> BlockShift) + 2);
        // Whole blocks in a fixed-length inner loop the compiler vectorises; the tail byte by byte.
        constexpr qsizetype Block = qsizetype(1) << BlockShift;
        qsizetype units = 0;
        qsizetype i = 0;
        for (; i + Block <= n; i += Block) {
            p.prefix.push_back(units);
            unsigned count = 0;
            for (qsizetype j = 0; j < Block; ++j) {
                const uchar b = bytes[i + j];
                count += unsigned((b & 0xC0) != 0x80) + unsigned(b >= 0xF0);
            }
            units += count;
        }
        if (i < n) {
            p.prefix.push_back(units);
            for (; i < n; ++i)
                units += qsizetype((bytes[i] & 0xC0) != 0x80) + qsizetype(bytes[i] >= 0xF0);
        }
        p.prefix.push_back(units);
    }
    if (p.utf8.isEmpty() || p.utf8.size() > INT_MAX)
        return;
    // libxml2 ends the document at a NUL byte (some pages carry runs of them after an image tag);
    // a space keeps every byte offset and reads as the whitespace a browser makes of it.
    if (p.utf8.contains('\0'))
        p.utf8.replace('\0', ' ');
    // Pages fed in windows (the huge ones) keep every attribute: blanking would copy the page's bytes
    // when they are shared, 64 MB more near the size limit.
    p.unreadLeftOut = attributes == Attributes::ReadByExtractors && p.utf8.size() < WindowedFeedFrom;
    capAttributesPerTag(&p.utf8, maxAttributesPerTag, p.unreadLeftOut ? isUnreadByExtractors : nullptr);

    // libxml2 sets up its global state (mutexes, the dictionary's random seed) on first use unless
    // xmlInitParser() ran before: two threads parsing their first pages at once (galley extract --jobs)
    // can deadlock inside that lazy set-up. It runs once here, before any parser of any thread, with
    // the allocation functions above.
    static std::once_flag libxmlReady;
    std::call_once(libxmlReady, setUpLibxml);
    PageFeed feed{p.utf8.constData(), p.utf8.size(), 0};
    htmlParserCtxtPtr ctxt = nullptr;
    if (p.utf8.size() >= WindowedFeedFrom && tagsFitTheWindow(p.utf8)) {
        ctxt = htmlNewParserCtxt();
        xmlParserInputBufferPtr input =
            ctxt ? xmlParserInputBufferCreateIO(readFeed, closeFeed, &feed, XML_CHAR_ENCODING_NONE) : nullptr;
        xmlParserInputPtr stream = input ? xmlNewIOInputStream(ctxt, input, XML_CHAR_ENCODING_NONE) : nullptr;
        if (stream) {
            inputPush(ctxt, stream);
        } else {
            if (input)
                xmlFreeParserInputBuffer(input);
            if (ctxt)
                htmlFreeParserCtxt(ctxt);
            ctxt = nullptr;
        }
    }
    if (!ctxt)
        ctxt = htmlCreateMemoryParserCtxt(p.utf8.constData(), int(p.utf8.size()));
    if (!ctxt)
        return;
    htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                 HTML_PARSE_NONET | HTML_PARSE_COMPACT);
    // Nothing looks elements up by id through libxml2 (HtmlNode reads attributes itself): without
    // this, every id= and name= attribute is copied into the document's ID hash table on creation and
    // taken out again when the document is freed.
    ctxt->loadsubset |= XML_SKIP_IDS;
    // The buffer is UTF-8 whatever the page's <meta charset> claims (the capture reader already
    // decoded it): no converter, and a named input encoding stops the parser from switching.
    xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
    if (ctxt->input->encoding)
        xmlFree(const_cast<xmlChar *>(ctxt->input->encoding));
    ctxt->input->encoding = xmlStrdup(reinterpret_cast<const xmlChar *>("UTF-8"));

    probeCursor(); // once per process, before this parse starts rather than nested inside it
    Recorder recorder;
    recorder.feed = &feed;
    recorder.buffer = p.utf8.constData();
    recorder.size = p.utf8.size();
    recorder.spans = &p.spans;
    p.spans.reserve(std::size_t(p.utf8.size() / 40));
    xmlSAXHandler *sax = ctxt->sax;
    recorder.startElement = sax->startElement;
    recorder.endElement = sax->endElement;
    recorder.characters = sax->characters;
    recorder.whitespace = sax->ignorableWhitespace;
    recorder.cdataBlock = sax->cdataBlock;
    recorder.comment = sax->comment;
    recorder.instruction = sax->processingInstruction;
    recorder.limits = &p.limits;
    if (recorder.comment)
        sax->comment = onComment;
    if (recorder.instruction)
        sax->processingInstruction = onInstruction;
    sax->startElement = onStartElement;
    sax->endElement = onEndElement;
    sax->characters = onCharacters;
    sax->ignorableWhitespace = onWhitespace;
    if (recorder.cdataBlock)
        sax->cdataBlock = onCdataBlock;
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

const HtmlDocument::Limits &HtmlDocument::limits() const
{
    return m_parsed->limits;
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
    // The first byte settles most tests without a call (walkers ask several names per element).
    return isElement() && m_node->name[0] == uchar(tag[0]) &&
           std::strcmp(reinterpret_cast<const char *>(m_node->name), tag) == 0;
}

// An extractor asking for an attribute its parse left out would silently get nothing: Debug builds
// (the sanitizer suite) stop there instead.
#define GALLEY_ASSERT_ATTRIBUTE_KEPT(doc, name)                                                              \
    Q_ASSERT_X(!((doc) && (doc)->m_parsed->unreadLeftOut && isUnreadByExtractors(name)), "HtmlNode",         \
               "attribute left out by Attributes::ReadByExtractors (unreadattributes.cpp)")

QString HtmlNode::attribute(const char *name) const
{
    GALLEY_ASSERT_ATTRIBUTE_KEPT(m_doc, name);
    return isElement() ? attributeValue(m_node, findAttribute(m_node, name)) : QString();
}

bool HtmlNode::attributeUtf8(const char *name, QByteArrayView *value) const
{
    GALLEY_ASSERT_ATTRIBUTE_KEPT(m_doc, name);
    *value = {};
    xmlAttrPtr attr = isElement() ? findAttribute(m_node, name) : nullptr;
    if (!attr || !attr->children)
        return true;
    if (attr->children->next || attr->children->type != XML_TEXT_NODE)
        return false;
    *value = QByteArrayView(reinterpret_cast<const char *>(attr->children->content));
    return true;
}

bool HtmlNode::hasAttribute(const char *name) const
{
    GALLEY_ASSERT_ATTRIBUTE_KEPT(m_doc, name);
    return isElement() && findAttribute(m_node, name);
}

QList<std::pair<QString, QString>> HtmlNode::attributes() const
{
    QList<std::pair<QString, QString>> result;
    if (!isElement())
        return result;
    for (xmlAttrPtr a = m_node->properties; a; a = a->next) {
        const char *attrName = reinterpret_cast<const char *>(a->name);
        result.append({QString::fromUtf8(attrName), attributeValue(m_node, a)});
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
