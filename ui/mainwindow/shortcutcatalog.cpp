// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/shortcutcatalog.h"

#include "mainwindow/mainactions.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QMenuBar>
#include <QTabBar>

namespace galley {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("galley::ShortcutCatalog", text);
}

/// The keys of the lists in `parent`'s own window (not those of its dialogs).
void addListKeys(const QWidget *parent, QList<ShortcutGroup> *groups)
{
    for (const QAbstractItemView *list : parent->findChildren<QAbstractItemView *>()) {
        if (list->window() != parent->window())
            continue;
        QList<QAction *> keys;
        for (QAction *action : list->actions()) {
            if (action->shortcutContext() == Qt::WidgetShortcut)
                keys.append(action);
        }
        if (!keys.isEmpty())
            groups->append(ShortcutGroup::fromActions(tr("%1 list").arg(list->accessibleName()), keys));
    }
}

} // namespace

QList<ShortcutGroup> shortcutCatalog(const MainActions &actions, const QWidget *window,
                                     const QList<const QWidget *> &views)
{
    QList<ShortcutGroup> groups;
    for (const auto &[title, list] : actions.groups())
        groups.append(ShortcutGroup::fromActions(title, list));

    addListKeys(window, &groups);
    for (const QWidget *view : views) {
        if (view && !window->isAncestorOf(view)) // a view in the window is listed with it
            addListKeys(view, &groups);
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
    if (!tabs.entries.isEmpty())
        groups.append(tabs);
    return groups;
}

} // namespace galley
