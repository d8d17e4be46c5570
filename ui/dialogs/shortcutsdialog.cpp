// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace galley {

ShortcutGroup ShortcutGroup::fromActions(const QString &title, const QList<QAction *> &actions)
{
    ShortcutGroup group{title, {}};
    for (const QAction *action : actions) {
        if (!action->shortcuts().isEmpty())
            group.entries.append({action->text().remove(QLatin1Char('&')), action->shortcuts()});
    }
    return group;
}

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutGroup> &groups, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *filter = new QLineEdit;
    filter->setObjectName(QStringLiteral("shortcutsFilter"));
    filter->setPlaceholderText(tr("Filter"));
    filter->setAccessibleName(tr("Filter shortcuts"));
    filter->setClearButtonEnabled(true);
    auto *tree = new QTreeWidget;
    tree->setObjectName(QStringLiteral("shortcutsTree"));
    tree->setAccessibleName(tr("Shortcuts"));
    tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    tree->setRootIsDecorated(false);
    for (const auto &[title, entries] : groups) {
        if (entries.isEmpty())
            continue;
        auto *group = new QTreeWidgetItem(tree, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        for (const ShortcutEntry &entry : entries) {
            QStringList keys;
            for (const QKeySequence &key : entry.keys)
                keys.append(key.toString(QKeySequence::NativeText));
            new QTreeWidgetItem(group, {entry.text, keys.join(QStringLiteral(", "))});
        }
    }
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(filter, &QLineEdit::textChanged, tree, [tree](const QString &text) {
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = tree->topLevelItem(g);
            int shown = 0;
            for (int i = 0; i < group->childCount(); ++i) {
                QTreeWidgetItem *item = group->child(i);
                const bool match = item->text(0).contains(text, Qt::CaseInsensitive) ||
                                   item->text(1).contains(text, Qt::CaseInsensitive);
                item->setHidden(!match);
                shown += match;
            }
            group->setHidden(shown == 0);
        }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filter);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
    resize(520, 560);
}

} // namespace galley
