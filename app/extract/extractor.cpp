// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/extractor.h"

#include "extract/html/htmlextractor.h"
#include "extract/text/textextractor.h"

namespace galley {

Article extractArticle(const Capture &capture, const Vocabulary &vocabulary, QStringList *warnings)
{
    return capture.kind() == ContentKind::Html ? extractHtmlArticle(capture, vocabulary, warnings)
                                               : extractTextArticle(capture, vocabulary);
}

Record extractRecord(const Capture &capture, const Vocabulary &vocabulary, QStringList *warnings)
{
    return Record{capture.recordSource(), extractArticle(capture, vocabulary, warnings)};
}

} // namespace galley
