// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/html/boilerplatevocabulary.h"
#include "extract/html/htmldocument.h"
#include "record/record.h"

#include <QList>
#include <QString>
#include <vector>

namespace galley {

/// One element of the page as the body extractor sees it (index into PageBlocks::elements).
struct ElementInfo
{
    HtmlNode node;
    int parent = -1; ///< index of the parent element, -1 for the root
    int depth = 0;
    NameHint hint = NameHint::Neutral;
    bool furnitureTag = false; ///< <nav>, <footer>, <aside>, <header>, <figure>, <form>...
    bool articleTag = false;   ///< <article> or <main>
};

/// A run of text a reader sees as one block: a paragraph, heading, list item, the text of a layout
/// <div>, a data table.
struct TextBlock
{
    BlockKind kind = BlockKind::Paragraph;
    QString text;            ///< whitespace-normalised (kept as is inside <pre>)
    int element = -1;        ///< the nearest block-level element holding the text
    qsizetype linkChars = 0; ///< characters inside <a>
    HtmlNode first;          ///< first and last text node, for the source span
    HtmlNode last;
    QLatin1StringView tag; ///< the holding element's tag, e.g. "p", "h2", "div"
    /// What a spaced script would need beyond the text's characters for the same content (Chinese and
    /// Japanese are denser: scriptmetrics::denseExtra). Length thresholds are in characters of spaced
    /// scripts, so they compare length().
    qsizetype denseExtra = 0;

    qsizetype length() const { return text.size() + denseExtra; }
};

/// The page cut into text blocks in reading order, with the element tree they hang from. Invisible
/// content (scripts, styles, hidden elements, form controls, media) is left out; furniture is kept
/// but marked through ElementInfo, so the extractor can overrule a name that lies.
struct PageBlocks
{
    std::vector<ElementInfo> elements;
    QList<TextBlock> blocks;
};

/// `skip`: elements whose text belongs to other fields (bylines, captions); skipped when short, since a
/// misjudged field element must not take the article with it.
PageBlocks collectBlocks(const HtmlDocument &document, const QList<HtmlNode> &skip = {});

} // namespace galley
