// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QKeyEvent;
class QWidget;

namespace galley {

/// Makes the window's shortcuts work from every place in it, text fields included.
///
/// A QLineEdit or QPlainTextEdit claims many keys before shortcuts are tried (a ShortcutOverride it
/// accepts): Ctrl+Z/Ctrl+Shift+Z always, and on Linux Ctrl+E (end of line), Ctrl+K (delete to the end)
/// and others. This filter, installed on the application, decides instead:
/// - Undo and Redo go to the field while it has typing of its own to undo or redo, then to the window
///   (the page's undo history);
/// - any other key one of the window's actions has is the action's, except the clipboard and select-all
///   keys, which stay the field's.
class ShortcutRouter : public QObject
{
    Q_OBJECT

public:
    /// `window`: only key events for widgets in it are routed. `actions`: the window's actions.
    ShortcutRouter(QWidget *window, const QList<QAction *> &actions, QAction *undo, QAction *redo);
    ~ShortcutRouter() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool windowTakes(QWidget *focus, QKeyEvent *event) const;

    QPointer<QWidget> m_window;
    QList<QPointer<QAction>> m_actions;
    QPointer<QAction> m_undo;
    QPointer<QAction> m_redo;
};

/// Whether `widget` (a text field) has typing of its own to undo (`redo` false) or redo.
bool fieldCanUndo(const QWidget *widget, bool redo);

} // namespace galley
