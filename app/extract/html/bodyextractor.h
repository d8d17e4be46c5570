// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/html/htmldocument.h"
#include "record/record.h"

#include <QList>

namespace galley {

/// Finds the article's body blocks in a parsed page and fills `article->body` plus the "body/<i>"
/// provenance spans. `fieldElements` are the elements the field extractor read headline, bylines,
/// dates and captions from: short ones are skipped with their subtree.
///
/// How it decides, after the signals trafilatura, Readability and jusText use:
/// 1. The page is cut into text blocks (blockcollector.h) with the element tree they hang from.
/// 2. Furniture is recognised by tag (<nav>, <aside>, <footer>, <figure>...) and by the names
///    publishers give it (boilerplatevocabulary.h); a furniture name on an element that holds most of
///    the page's prose is overruled (a layout "app"/"has-sidebar" wrapper).
/// 3. "Good" blocks are long, sentence-like and low in link text. The region is found by descending
///    from <body> into the child that holds nearly all the good text, so a sidebar of teasers or a
///    comment thread does not pull the region up; content names, <article>/<main> and a JSON-LD
///    articleBody tip close calls.
/// 4. Inside the region, blocks are classified in context (jusText): link lists, furniture phrases,
///    byline and date lines and the repeated headline go; short blocks stay only between good ones.
/// 5. A nearly empty result is retried with furniture names relaxed (names only mark short lines),
///    as trafilatura and Readability retry when their first pass comes out too short.
void extractHtmlBody(const HtmlDocument &document, const QList<HtmlNode> &fieldElements, Article *article);

} // namespace galley
