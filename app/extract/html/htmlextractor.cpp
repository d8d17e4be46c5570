// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/htmlextractor.h"

#include "extract/html/bodyextractor.h"
#include "extract/html/htmldocument.h"
#include "extract/html/htmlfields.h"

namespace galley {

// Parse once; the field extractor and the body extractor both read the same document.
Article extractHtmlArticle(const Capture &capture)
{
    Article article;
    const HtmlDocument document(capture.text());
    extractHtmlFields(document, capture, &article);
    extractHtmlBody(document, &article);
    return article;
}

} // namespace galley
