// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/shortcutcatalog.h"

#include "mainwindow/mainactions.h"

#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>

namespace galley {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("galley::ShortcutCatalog", text);
}

} // namespace

QList<ShortcutGroup> shortcutCatalog(const MainActions &actions, const QWidget *article)
{
    QList<ShortcutGroup> groups;
    for (const auto &[title, list] : actions.groups())
        groups.append(ShortcutGroup::fromActions(title, list));

    for (const QListWidget *list : article->findChildren<QListWidget *>()) {
        QList<QAction *> keys;
        for (QAction *action : list->actions()) {
            if (action->shortcutContext() == Qt::WidgetShortcut)
                keys.append(action);
        }
        if (!keys.isEmpty())
            groups.append(ShortcutGroup::fromActions(tr("%1 list").arg(list->accessibleName()), keys));
    }

    ShortcutGroup fields{tr("Go to field"), {}};
    for (const QLabel *label : article->findChildren<QLabel *>()) {
        const QKeySequence key = QKeySequence::mnemonic(label->text());
        if (label->buddy() && !key.isEmpty())
            fields.entries.append({QString(label->text()).remove(QLatin1Char('&')), {key}});
    }
    groups.append(fields);
    return groups;
}

} // namespace galley
