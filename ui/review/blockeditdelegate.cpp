// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/blockeditdelegate.h"

#include "review/multilinefield.h"
#include "review/spellchecker.h"
#include "review/spellhighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace galley {

BlockEditDelegate::BlockEditDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void BlockEditDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QList<MisspeltWord> misspelt = m_checker ? m_checker->misspelt(opt.text) : QList<MisspeltWord>();
    if (misspelt.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The item without its text (background, selection, check box, focus), then the text laid out as
    // the view wraps it, with the misspelt words in the fields' format.
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QTextDocument document;
    document.setDocumentMargin(0);
    document.setDefaultFont(opt.font);
    document.setTextWidth(rect.width() - 2 * margin);
    document.setPlainText(text);
    QTextCursor cursor(&document);
    for (const MisspeltWord &word : misspelt) {
        cursor.setPosition(int(word.start));
        cursor.setPosition(int(word.start + word.length), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(SpellHighlighter::misspeltFormat());
    }
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette.setColor(QPalette::Text,
                             opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    const int top = rect.top() + qMax(0, (rect.height() - int(document.size().height())) / 2);
    painter->translate(rect.left() + margin, top);
    painter->setClipRect(QRect(0, 0, rect.width() - 2 * margin, rect.height()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

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
