// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/itemlisteditor.h"

#include "editing/articleedits.h"
#include "editing/recorddocument.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListWidget>
#include <QScopedValueRollback>
#include <QToolButton>
#include <QVBoxLayout>

namespace galley {

ItemListEditor::ItemListEditor(Field list, const QString &noun, QWidget *parent)
    : QWidget(parent), m_field(list), m_list(FieldPath::fieldName(list)), m_listWidget(new QListWidget),
      m_layout(new QVBoxLayout(this)), m_buttons(new QHBoxLayout)
{
    setObjectName(m_list + QLatin1String("Editor"));
    m_listWidget->setObjectName(m_list + QLatin1String("List"));
    m_listWidget->setProperty("galleyField", m_list);
    // A printable key must never replace an entry's text: F2 and Return (the Edit action) start editing.
    m_listWidget->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    // Where the keyboard is must show: a focused list gets a highlighted frame (the same width either
    // way, so focus never shifts the entries).
    m_listWidget->setStyleSheet(
        QStringLiteral("QListWidget { border: 1px solid palette(mid); padding: 1px; }"
                       "QListWidget:focus { border: 2px solid palette(highlight); padding: 0px; }"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    m_layout->addWidget(m_listWidget);
    m_layout->addLayout(m_buttons);
    m_buttons->setContentsMargins(0, 0, 0, 0);

    addListAction(QStringLiteral("Add"), tr("Add %1").arg(noun), tr("Add"), QKeySequence(Qt::Key_Insert),
                  [this] {
                      const qsizetype index = addEntry();
                      setCurrentRow(int(index));
                      if (QListWidgetItem *item = m_listWidget->item(int(index));
                          item && (item->flags() & Qt::ItemIsEditable))
                          m_listWidget->editItem(item);
                  });
    addListAction(QStringLiteral("Remove"), tr("Remove %1").arg(noun), tr("Remove"),
                  QKeySequence(Qt::Key_Delete), [this] {
                      const int row = currentRow();
                      if (m_document && row >= 0)
                          edits::removeItem(m_document, m_field, row);
                  });
    addListAction(QStringLiteral("Up"), tr("Move %1 up").arg(noun), tr("↑"),
                  QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveCurrent(-1); });
    addListAction(QStringLiteral("Down"), tr("Move %1 down").arg(noun), tr("↓"),
                  QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveCurrent(1); });
    m_buttons->addStretch(1);
    addKeyAction(QStringLiteral("Edit"), tr("Edit %1").arg(noun),
                 {QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                 [this] {
                     if (QListWidgetItem *item = m_listWidget->currentItem();
                         item && (item->flags() & Qt::ItemIsEditable))
                         m_listWidget->editItem(item);
                 });

    connect(m_listWidget, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_refreshing && m_document)
            itemEdited(item, m_listWidget->row(item));
    });
    connect(m_listWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        m_listWidget->setProperty("galleyField", currentPath());
        if (!m_refreshing) {
            currentEntryChanged(row);
            Q_EMIT currentPathChanged(currentPath());
        }
    });
}

QAction *ItemListEditor::addKeyAction(const QString &name, const QString &text,
                                      const QList<QKeySequence> &keys, const std::function<void()> &slot)
{
    auto *action = new QAction(text, this);
    action->setObjectName(m_list + name);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetShortcut);
    action->setToolTip(keys.isEmpty() ? text
                                      : QStringLiteral("%1 (%2)").arg(
                                            text, keys.first().toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    m_listWidget->addAction(action); // the key works while the list has focus
    return action;
}

QAction *ItemListEditor::addListAction(const QString &name, const QString &text, const QString &label,
                                       const QKeySequence &key, const std::function<void()> &slot)
{
    QAction *action =
        addKeyAction(name, text, key.isEmpty() ? QList<QKeySequence>() : QList<QKeySequence>{key}, slot);
    auto *button = new QToolButton;
    button->setObjectName(m_list + name + QLatin1String("Button"));
    button->setText(label);
    button->setToolTip(action->toolTip());
    button->setAccessibleName(text);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus); // the list's keys do the same; Tab stays on the fields
    connect(button, &QToolButton::clicked, action, &QAction::trigger);
    m_buttons->addWidget(button);
    return action;
}

void ItemListEditor::setDocument(RecordDocument *document)
{
    m_document = document;
    refresh();
    setCurrentRow(m_listWidget->count() > 0 ? 0 : -1);
    currentEntryChanged(currentRow());
}

void ItemListEditor::refresh()
{
    QScopedValueRollback guard(m_refreshing, true);
    const int row = currentRow();
    const qsizetype n = m_document ? draftlist::size(m_document->draft(), m_field) : 0;
    while (m_listWidget->count() > n)
        delete m_listWidget->takeItem(m_listWidget->count() - 1);
    while (m_listWidget->count() < n)
        m_listWidget->addItem(new QListWidgetItem);
    for (qsizetype i = 0; i < n; ++i)
        fillItem(m_listWidget->item(int(i)), i);
    m_listWidget->setCurrentRow(std::min(row, m_listWidget->count() - 1));
    m_listWidget->setProperty("galleyField", currentPath());
    currentEntryChanged(currentRow());
}

int ItemListEditor::currentRow() const
{
    return m_listWidget->currentRow();
}

void ItemListEditor::setCurrentRow(int row)
{
    m_listWidget->setCurrentRow(row);
}

QString ItemListEditor::currentPath() const
{
    const int row = currentRow();
    return (row < 0 ? FieldPath(m_field) : FieldPath::item(m_field, row)).toString();
}

void ItemListEditor::focusPath(const QString &path)
{
    setCurrentRow(int(std::max<qsizetype>(0, FieldPath::parse(path).index())));
    m_listWidget->setFocus();
}

void ItemListEditor::itemEdited(QListWidgetItem *item, qsizetype index)
{
    edits::setValue(m_document, FieldPath::item(m_field, index), item->text());
}

qsizetype ItemListEditor::addEntry()
{
    if (!m_document)
        return -1;
    return edits::addEmpty(m_document, m_field);
}

void ItemListEditor::currentEntryChanged(qsizetype) {}

void ItemListEditor::moveCurrent(int delta)
{
    const int row = currentRow();
    const int to = row + delta;
    if (!m_document || row < 0 || to < 0 || to >= m_listWidget->count())
        return;
    edits::moveItem(m_document, m_field, row, to);
    setCurrentRow(to);
}

} // namespace galley
