// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QAction;

namespace galley {

/// Lists every action of the window with its shortcut, grouped by menu, filterable. Non-modal.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    /// `groups`: a title ("File", "Review", ...) and its actions, in menu order.
    explicit ShortcutsDialog(const QList<std::pair<QString, QList<QAction *>>> &groups,
                             QWidget *parent = nullptr);
};

} // namespace galley
