// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/extractor.h"

#include "extract/html/htmlextractor.h"
#include "extract/text/textextractor.h"

namespace galley {

Article extractArticle(const Capture &capture)
{
    return capture.kind() == ContentKind::Html ? extractHtmlArticle(capture) : extractTextArticle(capture);
}

Record extractRecord(const Capture &capture) { return Record{capture.recordSource(), extractArticle(capture)}; }

} // namespace galley
