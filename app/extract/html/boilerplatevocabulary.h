// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace galley {

class HtmlNode;

/// What an element's own names (class, id, role, itemprop) say about its content.
enum class NameHint {
    Neutral,
    Boilerplate,     ///< navigation, sharing, related links, newsletter, comments, bylines, captions, ads...
    SoftBoilerplate, ///< a header, teaser or media box: short lines are furniture, prose may be the lead
    Content,         ///< "article-body", "story", "entry-content", role=main, itemprop=articleBody...
    ArticleBody,     ///< itemprop=articleBody or an equally explicit name: the strongest content hint
};

/// Judges an element by the vocabularies publishers use for page furniture. Names are split into words
/// ("ArticleSocialShare", "article__share-bar" -> article, social, share / share, bar) and a single
/// furniture word marks the element, except in modifier classes ("has-sidebar", "no-comments") that
/// describe the page layout rather than the element itself.
NameHint nameHint(const HtmlNode &element);

/// A whole block that is page furniture when it stands alone: "Advertisement", "Read more",
/// "Lesen Sie auch: ...", "Share this article", "Sign up for our newsletter", ...
bool isBoilerplatePhrase(QStringView text);

/// A short line that only carries a byline, a dateline-less date/time stamp or an update note
/// ("By Jane Doe", "November 20, 2019", "Updated 3:45 PM ET", "Stand: 12.03.2021 14:10 Uhr").
bool isBylineOrDateLine(QStringView text);

} // namespace galley
