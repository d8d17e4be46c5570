// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/htmlextractor.h"

#include "extract/html/bodyextractor.h"
#include "extract/html/htmldocument.h"

namespace galley {

// The page is parsed once; each extractor reads the same tree and fills its own fields.
Article extractHtmlArticle(const Capture &capture)
{
    Article article;
    const HtmlDocument document(capture.text());
    extractHtmlBody(document, &article);
    return article;
}

} // namespace galley
