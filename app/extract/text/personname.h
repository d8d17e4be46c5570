// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace galley {

/// Word-shape tests for people's names in bylines and cards. Interim: the shared byline parser
/// (extract/common) replaces these once it lands.
///
/// A name is 1..`maxWords` capitalised words (initials such as "E." allowed, particles such as "de",
/// "van", "bin" allowed inside), no digits, no sentence punctuation. Everything in capitals is
/// accepted too ("VICTOR TANGERMANN"), since some sites print bylines that way.
bool looksLikePersonName(QStringView text, int minWords = 2, int maxWords = 4);

/// The longest prefix of `text` that looks like a person's name, stopping at the first word that
/// cannot be part of one ("Regan September 15, 2014" gives "Regan"); empty when there is none.
QStringView leadingPersonName(QStringView text, int maxWords = 4);

/// "VICTOR TANGERMANN" -> "Victor Tangermann"; names in mixed case are returned unchanged.
QString normalizePersonName(QStringView name);

/// English and other month names and their abbreviations (a date, never a name).
bool isMonthName(QStringView word);

} // namespace galley
