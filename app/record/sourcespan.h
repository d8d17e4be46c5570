// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace galley {

/// Where in a capture a value came from.
///
/// Offsets are UTF-16 code units into Capture::text(), the decoded capture (the HTML source for HTML
/// pages, the dump itself for text captures), half-open [start, end). `via` names the signal that
/// produced the value ("json-ld", "meta:og:title", "h1", "text:line", ...), so an editor can see why.
struct SourceSpan
{
    qsizetype start = -1;
    qsizetype end = -1;
    QString via;

    bool isValid() const { return start >= 0 && end >= start; }
    qsizetype length() const { return end - start; }
    bool operator==(const SourceSpan &) const = default;
};

/// Provenance of a record: field path -> the spans that fed it.
///
/// Field paths: "headline", "published", "dateline", "credit", "publisher", "bylines/<i>",
/// "contributors/<i>", "images/<i>", "images/<i>/caption", "images/<i>/credit", "body/<i>".
/// Indices are positions in the record's lists. A value may have several spans (a caption printed twice).
using Provenance = QMap<QString, QList<SourceSpan>>;

} // namespace galley
