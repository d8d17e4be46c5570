// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/html/htmldocument.h"
#include "record/record.h"

namespace galley {

/// The span of `element` in the capture, tagged with `via`.
SourceSpan elementSpan(const HtmlNode &element, const QString &via);

/// The span of `value` as printed inside `element`: the exact characters when one text node holds the
/// value verbatim, else the element's span.
SourceSpan locateText(const HtmlNode &element, const QString &value, const QString &via);

/// Records `span` under `field` in the article's provenance when it is valid.
void addSpan(Article *article, const QString &field, const SourceSpan &span);

/// Replaces every tag of an HTML source excerpt by `fill` (a space, or a line break to keep elements on
/// lines of their own), so text searches in it keep source offsets.
void blankTags(QString *html, QChar fill = QLatin1Char(' '));

/// Whitespace folded, as the record keeps every value.
QString foldSpace(const QString &text);

} // namespace galley
