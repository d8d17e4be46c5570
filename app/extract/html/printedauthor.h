// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace galley {

/// The author a page declares in its metadata (a JSON-LD author, <meta name="author">, an SEO plugin's
/// "Written by" label), as printed: a handle ("newsfan42"), a desk ("Redaktion", "Newsdesk") or a
/// person. Only a leading "By"-word is dropped. Empty when the value is no author's name at all: a
/// link, an e-mail address, a placeholder ("null", "admin"), a sentence, or a list of several names
/// (a list is for the byline parser to split).
QString printedAuthor(QStringView value);

} // namespace galley
