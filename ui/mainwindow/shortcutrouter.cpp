// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/shortcutrouter.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace galley {

namespace {

bool hasKey(const QAction *action, const QKeySequence &key)
{
    return action && action->shortcuts().contains(key);
}

} // namespace

bool fieldCanUndo(const QWidget *widget, bool redo)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(widget))
        return !line->isReadOnly() && (redo ? line->isRedoAvailable() : line->isUndoAvailable());
    const QTextDocument *document = nullptr;
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget); plain && !plain->isReadOnly())
        document = plain->document();
    else if (const auto *rich = qobject_cast<const QTextEdit *>(widget); rich && !rich->isReadOnly())
        document = rich->document();
    return document && (redo ? document->isRedoAvailable() : document->isUndoAvailable());
}

ShortcutRouter::ShortcutRouter(QWidget *window, const QList<QAction *> &actions, QAction *undo, QAction *redo)
    : QObject(window), m_window(window), m_undo(undo), m_redo(redo)
{
    for (QAction *action : actions)
        m_actions.append(action);
    qApp->installEventFilter(this);
}

ShortcutRouter::~ShortcutRouter()
{
    qApp->removeEventFilter(this);
}

bool ShortcutRouter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !watched->isWidgetType() || !m_window)
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (widget->window() != m_window)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    // The override goes to the focus widget, then up its parents; decide once, for the focus widget.
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !windowTakes(focus, key))
        return false;
    // Not accepted, and kept from the field: the shortcut map tries the window's actions.
    key->ignore();
    return true;
}

bool ShortcutRouter::windowTakes(QWidget *focus, QKeyEvent *event) const
{
    if (event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut) ||
        event->matches(QKeySequence::Paste) || event->matches(QKeySequence::SelectAll))
        return false;
    const QKeySequence key(event->keyCombination());
    if (hasKey(m_undo, key))
        return !fieldCanUndo(focus, false);
    if (hasKey(m_redo, key))
        return !fieldCanUndo(focus, true);
    for (const QPointer<QAction> &action : m_actions) {
        if (hasKey(action, key) && action->isEnabled())
            return true;
    }
    return false;
}

} // namespace galley
