// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/choicelistdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace galley {

namespace {
constexpr int kKeyRole = Qt::UserRole;
}

ChoiceListDialog::ChoiceListDialog(const QString &title, const QString &label, const QList<Choice> &choices,
                                   bool several, QWidget *parent)
    : QDialog(parent), m_several(several), m_list(new QListWidget),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("choiceListDialog"));
    setWindowTitle(title);
    m_list->setObjectName(QStringLiteral("choiceList"));
    m_list->setAccessibleName(title);
    for (const Choice &choice : choices) {
        auto *item = new QListWidgetItem(choice.text, m_list);
        item->setData(kKeyRole, choice.key);
        item->setToolTip(choice.text);
        if (several)
            item->setCheckState(Qt::Unchecked);
    }
    m_list->setCurrentRow(0);
    auto *caption = new QLabel(label);
    caption->setWordWrap(true);
    caption->setBuddy(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caption);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &ChoiceListDialog::refresh);
    connect(m_list, &QListWidget::currentRowChanged, this, &ChoiceListDialog::refresh);
    m_list->setFocus();
    refresh();
}

QStringList ChoiceListDialog::chosen() const
{
    QStringList keys;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (m_several ? item->checkState() == Qt::Checked : item == m_list->currentItem())
            keys.append(item->data(kKeyRole).toString());
    }
    return keys;
}

void ChoiceListDialog::refresh()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosen().isEmpty());
}

} // namespace galley
