// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capture.h"
#include "record/record.h"

#include <QString>

namespace galley {

/// The host of an address as a site key: lower case, ASCII (IDNA), without a leading "www."; empty
/// when the address has no host.
QString hostSiteKey(const QString &url);

/// A text dump carries no address: its site is recognised by its template, the chrome lines around
/// the article (before the first and after the last span the general extractor read), without the
/// lines holding digits (dates, counters) or long ones (teasers). "text-" plus 8 hex digits of their
/// hash, or empty when fewer than two such lines exist (nothing to recognise a site by).
QString templateSiteKey(const QString &text, const Article &generalExtraction);

/// The site a page belongs to: the host of its address (the capture's, or for an HTML page without
/// one, its canonical or og:url link), else its template key. `generalExtraction` must be the general
/// extractor's article (without rules), so the key never depends on the rules it selects.
QString siteKey(const Capture &capture, const Article &generalExtraction);

/// Whether `key` can name a rules file: lower-case letters, digits, dots and hyphens.
bool isValidSiteKey(const QString &key);

} // namespace galley
