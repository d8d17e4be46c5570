// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/common/dateparser.h"
#include "extract/html/htmlsignals.h"
#include "record/sourcespan.h"

namespace galley {

/// A date found in the page, as ISO 8601, and where it was printed or declared.
struct DateFound
{
    QString iso;
    SourceSpan span;
    bool isValid() const { return !iso.isEmpty(); }
};

/// The last resorts for a page whose date is neither in its metadata nor in a date element of the
/// article: the first date element in a region otherwise left out as furniture (an article's own
/// "footer" or "teaser" wrapper holds its date), then the first date printed in the page's text.
/// Callers try it after every better signal: it is right more often than not, and an empty date helps
/// no editor.
DateFound fallbackDate(const HtmlSignals &page, const HtmlNode &body, dates::Order order);

} // namespace galley
