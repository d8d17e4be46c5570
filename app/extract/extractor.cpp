// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/extractor.h"

#include "extract/html/htmlextractor.h"
#include "extract/text/textextractor.h"

namespace galley {

Article extractArticle(const Capture &capture, const Vocabulary &vocabulary)
{
    return capture.kind() == ContentKind::Html ? extractHtmlArticle(capture, vocabulary)
                                               : extractTextArticle(capture, vocabulary);
}

Record extractRecord(const Capture &capture, const Vocabulary &vocabulary)
{
    return Record{capture.recordSource(), extractArticle(capture, vocabulary)};
}

} // namespace galley
