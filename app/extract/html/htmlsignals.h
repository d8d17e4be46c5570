// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/html/htmldocument.h"

#include <QList>
#include <QString>

namespace galley {

/// A <meta> tag's value: `key` is its lowercased name, property or itemprop ("og:title", "author").
struct MetaTag
{
    QString key;
    QString content;
    HtmlNode node;
};

/// Everything the field extractor looks at, gathered in one walk over the page.
///
/// "Outside" regions (related stories, comments, promos, navigation, page footer; see
/// resources/data/htmlclasses.json and the <nav>/<aside>/<footer> tags) are left out of the lists of
/// visible candidates, so a teaser's headline, byline or picture never competes with the article's.
struct HtmlSignals
{
    QList<MetaTag> metas;           ///< <meta name|property|itemprop content>, in page order
    QList<HtmlNode> jsonLd;         ///< <script type="application/ld+json">
    HtmlNode title;                 ///< <title>
    QList<HtmlNode> authorLinks;    ///< <a rel="author">, outside regions excluded
    QList<HtmlNode> headings;       ///< <h1> and itemprop="headline" elements
    QList<HtmlNode> bylines;        ///< outermost byline-class elements and itemprop="author"
    QList<HtmlNode> dates;          ///< <time>, itemprop="datePublished", date-class elements
    QList<HtmlNode> outsideDates;   ///< the same inside outside regions, for a last resort
    QList<HtmlNode> outsideBylines; ///< byline-class elements inside outside regions of an <article>
    QList<HtmlNode> figures;        ///< <figure> elements
    QList<HtmlNode> captions;       ///< caption-class elements outside any <figure>
    QList<HtmlNode> credits;        ///< credit-class elements outside any <figure> (up to 50)
    QList<HtmlNode> images;         ///< <img> outside any <figure>
    QList<HtmlNode> paragraphs;     ///< <p> elements (and <div>s of bare text) of the page
    QList<bool> paragraphOutside;   ///< per paragraph: inside an outside region

    /// The content of the first meta tag with one of `keys` (lowercase), and that tag.
    QString meta(std::initializer_list<const char *> keys, HtmlNode *node = nullptr) const;
};

HtmlSignals collectHtmlSignals(const HtmlDocument &document);

/// Class-name vocabularies (resources/data/htmlclasses.json) tested on an element's class and id.
namespace htmlclass {
enum Kind { Outside, Byline, Date, Caption, Credit, NotArticleImage };
bool matches(const HtmlNode &element, Kind kind);
} // namespace htmlclass

} // namespace galley
