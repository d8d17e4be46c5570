// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/htmlextractor.h"

#include "capture/capturetextutf8.h"
#include "extract/html/bodyextractor.h"
#include "extract/html/htmldocument.h"
#include "extract/html/htmlfields.h"
#include "extract/html/htmlimages.h"

namespace galley {

// The page is parsed once; the field extractor runs first and tells the body extractor which elements
// it read headline, bylines, dates and captions from, so those never become body text.
Article extractHtmlArticle(const Capture &capture, const Vocabulary &vocabulary, QStringList *warnings)
{
    Article article;
    const HtmlDocument document(capture.text(), captureTextUtf8(capture),
                                HtmlDocument::Attributes::ReadByExtractors);
    const HtmlFieldElements fieldElements = extractHtmlFields(document, capture, vocabulary, &article);
    extractHtmlBody(document, fieldElements.elements(), &article);
    if (warnings) {
        const HtmlDocument::Limits &limits = document.limits();
        if (limits.elementsOverBudget > 0)
            warnings->append(QStringLiteral("page has more than %1 elements: the last %2 were read as plain "
                                            "text (the limit of docs/security.md)")
                                 .arg(HtmlDocument::MaxTreeNodes)
                                 .arg(limits.elementsOverBudget));
        if (limits.elementsTooDeep > 0)
            warnings->append(QStringLiteral("markup nested more than %1 levels deep: %2 elements there were "
                                            "read as plain text (the limit of docs/security.md)")
                                 .arg(HtmlDocument::MaxTreeDepth)
                                 .arg(limits.elementsTooDeep));
        if (fieldElements.imagesLeftOut > 0)
            warnings->append(
                QStringLiteral("page shows more than %1 pictures: the last %2 were left out (the "
                               "limit of docs/security.md)")
                    .arg(MaxImagesPerArticle)
                    .arg(fieldElements.imagesLeftOut));
    }
    return article;
}

} // namespace galley
