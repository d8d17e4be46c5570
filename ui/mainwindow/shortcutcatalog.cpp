// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/shortcutcatalog.h"

#include "mainwindow/mainactions.h"

#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QTabBar>

namespace galley {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("galley::ShortcutCatalog", text);
}

} // namespace

QList<ShortcutGroup> shortcutCatalog(const MainActions &actions, const QWidget *window)
{
    QList<ShortcutGroup> groups;
    for (const auto &[title, list] : actions.groups())
        groups.append(ShortcutGroup::fromActions(title, list));

    for (const QListWidget *list : window->findChildren<QListWidget *>()) {
        QList<QAction *> keys;
        for (QAction *action : list->actions()) {
            if (action->shortcutContext() == Qt::WidgetShortcut)
                keys.append(action);
        }
        if (!keys.isEmpty())
            groups.append(ShortcutGroup::fromActions(tr("%1 list").arg(list->accessibleName()), keys));
    }

    const auto plain = [](QString text) { return text.remove(QLatin1Char('&')); };
    ShortcutGroup menus{tr("Menus"), {}};
    if (const QMenuBar *bar = window->findChild<QMenuBar *>()) {
        for (const QAction *menu : bar->actions()) {
            if (const QKeySequence key = QKeySequence::mnemonic(menu->text()); !key.isEmpty())
                menus.entries.append({plain(menu->text()), {key}});
        }
    }
    groups.append(menus);
    ShortcutGroup fields{tr("Go to field"), {}};
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        const QKeySequence key = QKeySequence::mnemonic(label->text());
        if (label->buddy() && !key.isEmpty() && label->window() == window) // not a dialog's
            fields.entries.append({plain(label->text()), {key}});
    }
    groups.append(fields);
    ShortcutGroup tabs{tr("Tabs"), {}};
    for (const QTabBar *bar : window->findChildren<QTabBar *>()) {
        if (bar->window() != window)
            continue;
        for (int i = 0; i < bar->count(); ++i) {
            if (const QKeySequence key = QKeySequence::mnemonic(bar->tabText(i)); !key.isEmpty())
                tabs.entries.append({plain(bar->tabText(i)), {key}});
        }
    }
    groups.append(tabs);
    return groups;
}

} // namespace galley
