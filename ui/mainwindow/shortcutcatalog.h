// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/shortcutsdialog.h"

namespace galley {

class MainActions;

/// Every key of the window, read from the widgets themselves (so the list cannot drift from them): the
/// window's actions by menu, the keys of each list in `window` and in each of `views` (another window's
/// lists, the Rules view's; their widget-shortcut actions: Insert, Delete, F2, ...), and every Alt+letter
/// key of `window`: the menus, the field labels, the tabs.
QList<ShortcutGroup> shortcutCatalog(const MainActions &actions, const QWidget *window,
                                     const QList<const QWidget *> &views = {});

} // namespace galley
