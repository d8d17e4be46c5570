// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/html/fallbackdate.h"
#include "extract/html/htmlsignals.h"
#include "extract/html/jsonld.h"

namespace galley {

/// The article's publication date as the page shows it, and where it came from.
///
/// Structured data (JSON-LD, then the meta tags in a priority order) is the first choice; a date
/// printed in the article (a <time> or date-class element) wins when it is the same day written in
/// the reader's time zone, or when the printed signals of the page agree on another day among
/// themselves and none of them confirms the metadata. Then, for pages without either: the date just
/// after the headline, a labelled date ("Datum: ..."), a date in the URL, the page's data scripts, the
/// modified date and the last resorts of fallbackDate().
DateFound publishedDate(const HtmlDocument &document, const HtmlSignals &page, const JsonLdArticle &jsonLd,
                        const QString &url);

/// How the page writes all-numeric dates ("03/04/2019"), from its declared language.
dates::Order pageDateOrder(const HtmlDocument &document);

} // namespace galley
