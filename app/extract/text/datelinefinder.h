// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/sourcespan.h"

#include <QString>
#include <QStringView>

namespace galley {

class AgencyTable;

/// The wire-style opening of a story: "WASHINGTON (Reuters) - ...", "BUFFALO, N.Y. — ...",
/// "(AP) — ...". Offsets are relative to the paragraph.
struct DatelineResult
{
    QString dateline; ///< "WASHINGTON", "BUFFALO, N.Y."
    qsizetype datelineStart = -1;
    qsizetype datelineEnd = -1;
    QString agency; ///< canonical agency in the parentheses
    qsizetype agencyStart = -1;
    qsizetype agencyEnd = -1;
};

/// Parses the dateline at the start of the first body paragraph. Place names must be printed in
/// capitals (the wire convention), which keeps ordinary sentences out.
DatelineResult parseDateline(QStringView paragraph, const AgencyTable &agencies);

} // namespace galley
