// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/sourcespan.h"

#include <QHashFunctions>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <memory>
#include <utility>

struct _xmlNode;

namespace galley {

class HtmlDocument;

/// A handle to one node (element or text) of an HtmlDocument: two pointers, cheap to copy, valid while
/// the document lives. Extractors walk the tree through this class and never see libxml2.
class HtmlNode
{
public:
    HtmlNode() = default;

    bool isNull() const { return !m_node; }
    explicit operator bool() const { return m_node != nullptr; }
    bool isElement() const;
    bool isText() const;

    /// Lower-case tag name of an element (libxml2 folds HTML names), empty for other nodes.
    QLatin1StringView name() const;
    /// Whether this is an element named `tag` (lower case).
    bool is(const char *tag) const;

    QString attribute(const char *name) const;
    bool hasAttribute(const char *name) const;
    /// The value of attribute `name` as the parser holds it, UTF-8 without a copy (empty when the
    /// attribute is absent or has no value), for hot paths that only compare it. Returns false when
    /// the value is not held in one piece (an HTML parse always holds it so): then ask attribute().
    bool attributeUtf8(const char *name, QByteArrayView *value) const;
    /// All attributes in source order, names lower case.
    QList<std::pair<QString, QString>> attributes() const;

    HtmlNode parent() const;
    HtmlNode firstChild() const;
    HtmlNode nextSibling() const;
    HtmlNode previousSibling() const;
    HtmlNode firstElementChild() const;
    HtmlNode nextElementSibling() const;

    /// The text of a text node, or the concatenated text of an element's descendants, skipping
    /// <script>, <style> and <template> (their content is never reader-visible). Whitespace is kept as
    /// in the source; callers normalise.
    QString text() const;
    /// Appends text() to `out` (UTF-8), for walkers that gather many nodes without temporaries.
    void appendTextUtf8(QByteArray *out) const;
    /// Raw UTF-8 content of a text node (no copy), empty for elements. The text of a <style> or of a
    /// non-JSON <script> holds only its first ~1000 bytes (the parser skips the rest, see
    /// htmldocument.cpp); JSON scripts are whole.
    QByteArrayView textUtf8() const;

    /// Where the node is in Capture::text(): UTF-16 offsets, half-open; from the '<' of the start tag
    /// to just after the end tag for elements (to the start of the next tag when the end tag is
    /// implied), the raw characters for text nodes. Invalid for nodes the parser invented without
    /// source (rare). `via` is left empty for the caller to fill.
    SourceSpan span() const;

    const HtmlDocument *document() const { return m_doc; }
    bool operator==(const HtmlNode &other) const { return m_node == other.m_node; }
    /// Nodes are hashed by identity, so sets of claimed elements answer in constant time.
    friend size_t qHash(const HtmlNode &node, size_t seed = 0) noexcept
    {
        return ::qHash(static_cast<const void *>(node.m_node), seed);
    }

private:
    friend class HtmlDocument;
    HtmlNode(const HtmlDocument *doc, _xmlNode *node) : m_doc(doc), m_node(node) {}

    const HtmlDocument *m_doc = nullptr;
    _xmlNode *m_node = nullptr;
};

/// An HTML page parsed once with libxml2's HTML parser (error-recovering, like browsers), remembering
/// for every element and text node where it came from in the decoded capture text.
///
/// libxml2 2.9 records line numbers only, so parsing goes through SAX callbacks that wrap the default
/// tree builders and note the parser's byte position in the UTF-8 buffer; spans convert those byte
/// offsets to the UTF-16 offsets of the source QString on demand (a prefix-count table, 1/64 of the
/// page's size, built once).
/// The tree is bounded: libxml2 spends several hundred bytes per node, so a page of millions of
/// tiny elements would cost gigabytes (issue 18). After MaxTreeNodes elements, comments and processing
/// instructions, and below MaxTreeDepth open elements (libxml2 itself stops the whole parse at 256),
/// elements are left out of the tree: their text still reaches the nearest element kept, as plain
/// text, so nothing is lost but their structure. No news page comes near either bound (the corpus's
/// largest has under 5,000 elements and nests about 110 levels deep).
class HtmlDocument
{
public:
    static constexpr qsizetype MaxTreeNodes = 100000;
    static constexpr int MaxTreeDepth = 200;
    /// What the bounds left out of the tree, for the warning the user sees.
    struct Limits
    {
        qsizetype elementsOverBudget = 0; ///< elements after the first MaxTreeNodes nodes
        qsizetype elementsTooDeep = 0;    ///< elements MaxTreeDepth levels deep, and those inside them
    };

    /// Which attributes the tree keeps. ReadByExtractors leaves out those no extractor reads
    /// (isUnreadByExtractors: SVG path data, event handlers, most data attributes), which saves libxml2
    /// reading them byte by byte; a document for rules or the window keeps All.
    enum class Attributes { All, ReadByExtractors };

    /// Parses `source` (the decoded page, e.g. Capture::text()). Never fails: an empty or hopeless page
    /// gives a document whose root() is null.
    explicit HtmlDocument(const QString &source);
    /// The same, given `source` in UTF-8 too (captureTextUtf8(), usually the page's own bytes): the
    /// page is then not encoded again, which for a page near the size limit is 64 MB less. libxml2 copies
    /// the buffer, except for pages of 16 MB and more whose tags are all short: those it reads a window
    /// at a time (htmldocument.cpp, PageFeed), another 64 MB less for the hostile pages of issue 18.
    HtmlDocument(const QString &source, QByteArray sourceUtf8, Attributes attributes = Attributes::All);
    ~HtmlDocument();
    HtmlDocument(const HtmlDocument &) = delete;
    HtmlDocument &operator=(const HtmlDocument &) = delete;

    const QString &source() const { return m_source; }
    HtmlNode root() const;
    HtmlNode head() const;
    HtmlNode body() const;

    const Limits &limits() const;

    /// UTF-16 offset in source() of a byte offset in the UTF-8 buffer that was parsed.
    qsizetype utf16Offset(qsizetype byteOffset) const;

private:
    friend class HtmlNode;
    struct Parsed;

    QString m_source;
    std::unique_ptr<Parsed> m_parsed;
};

} // namespace galley
