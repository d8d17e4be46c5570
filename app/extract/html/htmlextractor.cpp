// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/htmlextractor.h"

#include "extract/html/bodyextractor.h"
#include "extract/html/htmldocument.h"
#include "extract/html/htmlfields.h"

namespace galley {

// The page is parsed once; the field extractor runs first and tells the body extractor which elements
// it read headline, bylines, dates and captions from, so those never become body text.
Article extractHtmlArticle(const Capture &capture, const Vocabulary &vocabulary)
{
    Article article;
    const HtmlDocument document(capture.text());
    const HtmlFieldElements fieldElements = extractHtmlFields(document, capture, vocabulary, &article);
    extractHtmlBody(document, fieldElements.elements(), &article);
    return article;
}

} // namespace galley
