// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/datelinefinder.h"

#include "extract/text/agencytable.h"

#include <QRegularExpression>

namespace galley {

DatelineResult parseDateline(QStringView paragraph, const AgencyTable &agencies)
{
    // PLACE[, Region] [(Agency)] dash. The place has no lower-case letter in its first word.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(?:(\p{Lu}[\p{Lu}\p{M} .'’-]+(?:, [\p{L}. ]{2,30}?)?)\s*)?(?:\(([^()]{2,40})\)\s*)?[-—–]+\s)"));
    DatelineResult result;
    const QRegularExpressionMatch match =
        pattern.match(paragraph.first(qMin<qsizetype>(paragraph.size(), 120)));
    if (!match.hasMatch())
        return result;
    if (match.capturedLength(2) > 0) {
        result.agency = agencies.canonical(match.capturedView(2));
        if (!result.agency.isEmpty()) {
            result.agencyStart = match.capturedStart(2);
            result.agencyEnd = match.capturedEnd(2);
        }
    }
    if (match.capturedLength(1) > 1) {
        result.dateline = match.captured(1).trimmed();
        result.datelineStart = match.capturedStart(1);
        result.datelineEnd = result.datelineStart + result.dateline.size();
    }
    return result;
}

} // namespace galley
