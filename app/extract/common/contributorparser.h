// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/common/bylineparser.h"
#include "extract/common/vocabulary.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace galley {

/// A person named in a contributor note, with the role the note gives.
struct ParsedContributor
{
    ParsedName person;
    QString
        role; ///< "reporting", "editing", "writing", "photography", ... (resources/data/contributors.json)
    bool lead = false; ///< "Reporting by"/"Writing by": the writers, when the page has no byline
};

/// Parses a contributor note: "Reporting by Will Dunham; Editing by Tom Brown", "Additional reporting
/// by Anna Lind", "Associated Press writers Alan Fram and Zeke Miller contributed to this report.",
/// "Mitarbeit: Jan Weber". Returns nothing for prose that merely contains "edited by" in a sentence:
/// a role phrase counts at the start of the text or after a sentence or clause boundary.
QList<ParsedContributor> parseContributorNote(const Vocabulary &vocabulary, QStringView text);

} // namespace galley
