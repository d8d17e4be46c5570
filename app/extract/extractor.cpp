// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/extractor.h"

#include "extract/html/htmlextractor.h"
#include "extract/text/textextractor.h"

namespace galley {

Article extractArticle(const Capture &capture, const Vocabulary &vocabulary)
{
    // The parsers consult the vocabulary of this thread's scope: only for this call, only here.
    const VocabularyScope scope(vocabulary);
    return capture.kind() == ContentKind::Html ? extractHtmlArticle(capture) : extractTextArticle(capture);
}

Record extractRecord(const Capture &capture, const Vocabulary &vocabulary)
{
    return Record{capture.recordSource(), extractArticle(capture, vocabulary)};
}

} // namespace galley
