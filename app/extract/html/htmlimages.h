// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/common/vocabulary.h"
#include "extract/html/htmlfields.h"
#include "extract/html/htmlsignals.h"
#include "extract/html/jsonld.h"

#include <QUrl>

namespace galley {

/// The article's images: <figure>s with their <figcaption>, caption-class elements beside an <img>,
/// and the lead image named by og:image or JSON-LD. Captions are split from photo credits (credit-class
/// elements first, else captionparser.h). Logos, avatars, icons, tiny and tracking images and anything
/// in related-story, promo or comment regions are left out. Claimed caption elements go to `claimed`.
/// Image addresses are resolved against `base` (the page's <base href> or address; relative ones stay
/// relative without it) and are always URI references (imageurl.h).
/// At most MaxImagesPerArticle pictures are kept, the first in page order; returns how many more there
/// were (a page of hundreds of thousands of pictures is no article, and each costs memory and time).
qsizetype extractHtmlImages(const Vocabulary &vocabulary, const HtmlSignals &page,
                            const JsonLdArticle &jsonLd, const QUrl &base, Article *article,
                            HtmlFieldElements *claimed);

/// Far above any article (the corpus's most illustrated page shows a few hundred).
constexpr qsizetype MaxImagesPerArticle = 1000;

} // namespace galley
