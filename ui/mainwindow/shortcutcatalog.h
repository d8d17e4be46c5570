// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/shortcutsdialog.h"

namespace galley {

class MainActions;

/// Every key of the window, read from the widgets themselves (so the list cannot drift from them): the
/// window's actions by menu, the keys of each list in `article` (its widget-shortcut actions: Insert,
/// Delete, F2, ...), and the Alt+letter keys of its field labels; then the keys of the lists in each of
/// `views` (the Rules view's list).
QList<ShortcutGroup> shortcutCatalog(const MainActions &actions, const QWidget *article,
                                     const QList<const QWidget *> &views = {});

} // namespace galley
