// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextCursor>

class QMenu;
class QPlainTextEdit;

namespace galley {

class SpellChecker;

/// When the word at `at` in `edit` is misspelt, puts its suggestions ("spellSuggestion" actions: choosing
/// one replaces the word, an edit of the field like typing, so undoable) and "Add to Dictionary"
/// (`spellAddWord`, the project's word list) at the top of `menu`.
void addSpellingActions(QMenu *menu, QPlainTextEdit *edit, const QTextCursor &at, SpellChecker *checker);

} // namespace galley
