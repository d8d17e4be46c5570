// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace galley {

class TextPage;

/// The standfirst: the sentence or two between the headline and the body run that sums the story up
/// ("Blue Tomato presents the third edition ..."). The body selector leaves it out, since the header's
/// chrome (byline, time stamp, share buttons, the lead picture) separates it from the paragraphs.
///
/// Returns the indices (into TextPage::lines(), in page order) of the unclaimed lines below the header's
/// last byline or time stamp (else below `headline`), at most a header block above `bodyFirst`, that
/// read like a sentence: enough words, as many stop words as prose has (or clause marks on a page of no
/// known language), few figures, no list bullet, printed once. Empty without a headline above the body.
QList<int> findStandfirst(const TextPage &page, int headline, int bodyFirst);

} // namespace galley
