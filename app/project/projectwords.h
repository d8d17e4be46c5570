// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projecterror.h"

#include <QStringList>

namespace galley {

/// The project's own spelling words: `dictionary.txt` in the project folder, one word a line (UTF-8,
/// sorted), the words an editor told the spell checker to accept ("Add to Dictionary"). It travels with
/// the project, and nothing is ever written outside the project folder.
inline constexpr char kProjectWordsFile[] = "dictionary.txt";

/// Reads the project's words; a project without the file has none (true, empty list).
bool readProjectWords(const QString &projectDir, QStringList *words, ProjectError *error);

/// Adds `word` to the project's words (written atomically; a word already there changes nothing). A word
/// that is empty or holds a line break or surrounding spaces is refused (Invalid).
bool addProjectWord(const QString &projectDir, const QString &word, ProjectError *error);

} // namespace galley
