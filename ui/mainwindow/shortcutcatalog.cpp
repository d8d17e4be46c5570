// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/shortcutcatalog.h"

#include "mainwindow/mainactions.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QLabel>

namespace galley {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("galley::ShortcutCatalog", text);
}

void addListKeys(const QWidget *parent, QList<ShortcutGroup> *groups)
{
    for (const QAbstractItemView *list : parent->findChildren<QAbstractItemView *>()) {
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

QList<ShortcutGroup> shortcutCatalog(const MainActions &actions, const QWidget *article,
                                     const QList<const QWidget *> &views)
{
    QList<ShortcutGroup> groups;
    for (const auto &[title, list] : actions.groups())
        groups.append(ShortcutGroup::fromActions(title, list));

    addListKeys(article, &groups);

    ShortcutGroup fields{tr("Go to field"), {}};
    for (const QLabel *label : article->findChildren<QLabel *>()) {
        const QKeySequence key = QKeySequence::mnemonic(label->text());
        if (label->buddy() && !key.isEmpty())
            fields.entries.append({QString(label->text()).remove(QLatin1Char('&')), {key}});
    }
    groups.append(fields);
    for (const QWidget *view : views)
        addListKeys(view, &groups);
    return groups;
}

} // namespace galley
