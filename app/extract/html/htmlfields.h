// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capture.h"
#include "extract/common/vocabulary.h"
#include "extract/html/htmldocument.h"
#include "record/record.h"

#include <QList>
#include <QSet>

namespace galley {

/// The elements the field extractor took headline, bylines, dates, captions and photo credits from.
/// The body extractor skips them (and what they contain), so a caption or byline never becomes body text.
class HtmlFieldElements
{
public:
    void add(const HtmlNode &element);
    /// Whether `element` is one of the claimed elements (not its descendants; a walker that skips a
    /// claimed element skips its subtree anyway).
    bool contains(const HtmlNode &element) const;
    const QList<HtmlNode> &elements() const { return m_elements; }
    /// Pictures past MaxImagesPerArticle that the article does not keep (htmlimages.h).
    qsizetype imagesLeftOut = 0;

private:
    QList<HtmlNode> m_elements; // in the order claimed
    QSet<HtmlNode> m_set;       // the same, for contains(): a page may claim 100,000 captions
};

/// Fills the editorial fields of `article` from a parsed HTML page: headline, bylines, contributors,
/// published, dateline, credit, publisher and images (with captions and photo credits), each with
/// provenance spans naming the signal ("json-ld", "meta:og:title", "h1", "byline", "figcaption", ...).
/// Leaves the body alone. Returns the elements it read fields from, for the body extractor to skip.
HtmlFieldElements extractHtmlFields(const HtmlDocument &document, const Capture &capture,
                                    const Vocabulary &vocabulary, Article *article);

} // namespace galley
