// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/blockeditdelegate.h"

#include "review/multilinefield.h"
#include "review/spellchecker.h"

namespace galley {

BlockEditDelegate::BlockEditDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QWidget *BlockEditDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                         const QModelIndex &) const
{
    auto *editor = new MultiLineField(parent);
    editor->setObjectName(QStringLiteral("bodyBlockEdit"));
    editor->setSpellChecker(m_checker);
    // The field finishes on Return as well as when focus leaves; only Return is left to the delegate
    // (its event filter commits on focus loss itself).
    connect(editor, &MultiLineField::editingFinished, this, [this, editor] {
        if (editor->hasFocus()) {
            Q_EMIT const_cast<BlockEditDelegate *>(this)->commitData(editor);
            Q_EMIT const_cast<BlockEditDelegate *>(this)->closeEditor(editor);
        }
    });
    return editor;
}

void BlockEditDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *field = static_cast<MultiLineField *>(editor);
    field->setTextKeepingCursor(index.data(Qt::EditRole).toString());
    field->moveCursor(QTextCursor::End);
}

void BlockEditDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    model->setData(index, static_cast<MultiLineField *>(editor)->text(), Qt::EditRole);
}

void BlockEditDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                             const QModelIndex &) const
{
    // The field's height follows its text; the width is the entry's.
    editor->setGeometry(option.rect.x(), option.rect.y(), option.rect.width(), editor->height());
}

} // namespace galley
