// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/common/vocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace galley {

/// An agency name found in a text: the canonical credit and where it was printed.
struct AgencyMatch
{
    QString name;         ///< canonical, e.g. "The Associated Press"
    qsizetype start = -1; ///< of the printed alias in the searched text
    qsizetype end = -1;
    bool isValid() const { return start >= 0; }
};

// The news-agency table (resources/data/agencies.json) is asked through Vocabulary's member functions
// (canonicalAgency(), findAgency(), ...), so every decision names the vocabulary it was made with.

} // namespace galley
