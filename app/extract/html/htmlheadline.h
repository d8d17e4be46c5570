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
/// `pageUrl` (may be empty) names the site by its address.
void extractHtmlHeadline(const HtmlSignals &page, const JsonLdArticle &jsonLd, const QString &pageUrl,
                         Article *article);

/// `title` without a leading or trailing site name or section ("Headline | Site", "Site - Headline",
/// "Headline - Section - Site", "Headline - Site - Slogan", breadcrumbs "Site » Archive » Headline").
/// The site is recognised by `siteName` or by the main label of `url`'s host; both may be empty.
QString stripSiteName(const QString &title, const QString &siteName, const QString &url = {});

/// The part of a <title> that names the site by its address ("Vortex Cannon Entertainment" in "About
/// bugs – Vortex Cannon Entertainment" on vortexcannon.example), or empty.
QString siteNameInTitle(const QString &title, const QString &url);

/// The main label of a page address's host, without hyphens: "zeitungnord" for
/// https://www.zeitung-nord.de/a/b. Empty without a host.
QString hostLabel(const QString &url);

} // namespace galley
