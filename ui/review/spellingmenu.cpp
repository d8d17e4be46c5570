// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/spellingmenu.h"

#include "dialogs/dialogs.h"
#include "review/spellchecker.h"

#include <QCoreApplication>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace galley {

namespace {

constexpr int kMaxSuggestions = 6;

} // namespace

void addSpellingActions(QMenu *menu, QPlainTextEdit *edit, const QTextCursor &at, SpellChecker *checker)
{
    if (!checker || edit->isReadOnly())
        return;
    const QTextBlock block = at.block();
    const qsizetype inBlock = at.position() - block.position();
    for (const MisspeltWord &word : checker->misspelt(block.text())) {
        if (inBlock < word.start || inBlock > word.start + word.length)
            continue;
        const QString text = block.text().mid(word.start, word.length);
        const int start = block.position() + int(word.start);
        const int end = start + int(word.length);
        QAction *first = menu->actions().value(0);
        const QStringList suggestions = checker->suggestions(text).mid(0, kMaxSuggestions);
        for (const QString &suggestion : suggestions) {
            auto *action = new QAction(suggestion, menu);
            action->setObjectName(QStringLiteral("spellSuggestion"));
            QObject::connect(action, &QAction::triggered, edit, [edit, start, end, suggestion] {
                QTextCursor cursor(edit->document());
                cursor.setPosition(start);
                cursor.setPosition(end, QTextCursor::KeepAnchor);
                cursor.insertText(suggestion);
                edit->setTextCursor(cursor);
            });
            menu->insertAction(first, action);
        }
        if (suggestions.isEmpty()) {
            auto *none =
                new QAction(QCoreApplication::translate("SpellingMenu", "(no spelling suggestions)"), menu);
            none->setEnabled(false);
            menu->insertAction(first, none);
        }
        auto *add = new QAction(
            QCoreApplication::translate("SpellingMenu", "Add \"%1\" to Dictionary").arg(text), menu);
        add->setObjectName(QStringLiteral("spellAddWord"));
        add->setEnabled(checker->canAddWords());
        add->setToolTip(QCoreApplication::translate(
            "SpellingMenu", "Accept this word in every page of the project (its dictionary.txt)"));
        QObject::connect(add, &QAction::triggered, edit, [edit, checker, text] {
            QString error;
            if (!checker->addWord(text, &error))
                dialogs::message(edit, QMessageBox::Warning,
                                 QCoreApplication::translate("SpellingMenu", "Add to Dictionary"), error);
        });
        menu->insertAction(first, add);
        menu->insertSeparator(first);
        return;
    }
}

} // namespace galley
