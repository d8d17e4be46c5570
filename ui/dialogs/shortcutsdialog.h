// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QKeySequence>

class QAction;

namespace galley {

/// One line of the shortcuts list: what a key does, and its keys.
struct ShortcutEntry
{
    QString text;
    QList<QKeySequence> keys;
};

/// A titled group of shortcuts ("File", "Bylines list", "Fields").
struct ShortcutGroup
{
    QString title;
    QList<ShortcutEntry> entries;
    /// The actions' texts (without the mnemonic &) and shortcuts; actions without a key are left out.
    static ShortcutGroup fromActions(const QString &title, const QList<QAction *> &actions);
};

/// Lists shortcuts with their keys, grouped, filterable. Non-modal.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<ShortcutGroup> &groups, QWidget *parent = nullptr);
};

} // namespace galley
