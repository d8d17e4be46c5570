// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/common/vocabulary.h"

#include <QString>
#include <QStringView>

namespace galley {

/// The dateline that opens a story: "BRUSSELS —", "BRUSSELS (Reuters) -", "WASHINGTON, June 5 (AP) —",
/// "Berlin (dpa) -". Offsets are into the parsed paragraph.
struct Dateline
{
    QString place;  ///< as printed, e.g. "WASHINGTON" or "SAN FRANCISCO, Calif."
    QString credit; ///< the agency in parentheses, canonical when known ("The Associated Press")
    qsizetype placeStart = -1;
    qsizetype placeEnd = -1;
    qsizetype creditStart = -1; ///< of the text inside the parentheses
    qsizetype creditEnd = -1;
    qsizetype end = -1; ///< where the story's own text starts, after the dash
    bool isValid() const { return placeStart >= 0; }
};

/// Parses the dateline at the start of `paragraph`. A place in capitals needs a dash or colon after
/// it; a place in ordinary case needs a credit in parentheses as well, so "Trump — who ..." is prose.
Dateline parseDateline(const Vocabulary &vocabulary, QStringView paragraph);

} // namespace galley
