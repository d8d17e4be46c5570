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

/// The news-agency table (resources/data/agencies.json): canonical names and their printed aliases.
///
/// Short aliases (up to four letters: "AP", "PA", "dpa", "ANSA") match only as written, longer ones in
/// any case, always as whole words, so "Pa.", "tap" or an Italian "ansa" never become agencies. These
/// functions use the Vocabulary of the calling thread's VocabularyScope (the shipped table without one).
namespace agencies {

/// The canonical name when the whole of `text` (apart from "The", punctuation, "Photo"/"Staff"
/// tails and surrounding space) is an agency alias, else an empty string.
QString canonical(QStringView text);

/// The first agency alias in `text` at or after `from`.
AgencyMatch find(QStringView text, qsizetype from = 0);

/// The agency alias that opens `text`, if one does: find() tried at the start only, which costs a
/// fraction of a search through the whole line.
AgencyMatch findAtStart(QStringView text);

/// Whether `text` is a known agency name or picture source (agencies.json or photocredits.json).
bool isPictureSource(QStringView text);

} // namespace agencies
} // namespace galley
