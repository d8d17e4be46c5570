// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/text/proseclassifier.h"

#include <QList>

namespace galley {

class TextPage;

/// The article body: the densest run of prose lines.
///
/// Good lines (after classifyProse) are grouped into runs that only a few non-prose lines may
/// interrupt; a page's article is the run carrying the most prose, the way boilerpipe keeps the
/// largest content block. Teasers, comment threads and footers are separate, weaker runs. Lines
/// already claimed (captions, bylines) neither join nor break a run.
struct BodySelection
{
    QList<int> lines; ///< indices into TextPage::lines(), in page order
    int first = -1;   ///< index of the first and last body line, -1 when no body was found
    int last = -1;
};

BodySelection selectBody(const TextPage &page, const QList<ProseClass> &classes);

} // namespace galley
