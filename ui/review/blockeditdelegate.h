// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/spellchecker.h"

#include <QPointer>
#include <QStyledItemDelegate>

namespace galley {

/// Edits a body block in place in a multi-line field (the whole paragraph visible, wrapped) with the
/// spelling checked; Return finishes (commits), Escape cancels, Tab commits and moves on. Blocks not
/// being edited show their misspelt words underlined too, as the fields do.
class BlockEditDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit BlockEditDelegate(QObject *parent = nullptr);
    void setSpellChecker(SpellChecker *checker) { m_checker = checker; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    QPointer<SpellChecker> m_checker;
};

} // namespace galley
