// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/html/htmlsignals.h"
#include "extract/html/jsonld.h"
#include "record/record.h"

namespace galley {

/// Picks the article's own headline. The visible <h1> (or itemprop="headline") wins when it agrees
/// with what the page declares (JSON-LD headline, og:title, twitter:title, <title> without its
/// " | Site" part), which rules out a logo or section name in an <h1>; otherwise the declared titles are
/// used, JSON-LD first, with the site name cut off.
void extractHtmlHeadline(const HtmlSignals &page, const JsonLdArticle &jsonLd, Article *article);

/// `title` without a leading or trailing site name or section ("Headline | Site", "Site - Headline",
/// "Headline - Section - Site"). `siteName` may be empty.
QString stripSiteName(const QString &title, const QString &siteName);

} // namespace galley
