// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/reasondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace galley {

QStringList ReasonDialog::reasonsFor(ReviewStatus status)
{
    if (status == ReviewStatus::Rejected)
        return {tr("Not an article"),
                tr("Duplicate of another page"),
                tr("Capture broken or incomplete"),
                tr("Behind a paywall"),
                tr("Out of scope"),
                tr("Other")};
    return {tr("Byline wrong or missing"),  tr("Date wrong or missing"), tr("Body incomplete"),
            tr("Images or captions wrong"), tr("Check with the desk"),   tr("Other")};
}

ReasonDialog::ReasonDialog(ReviewStatus status, const QString &current, QWidget *parent)
    : QDialog(parent), m_choice(new QComboBox), m_text(new QLineEdit)
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(status == ReviewStatus::Rejected ? tr("Reject Page") : tr("Needs Attention"));
    m_choice->setObjectName(QStringLiteral("reasonChoice"));
    m_choice->setAccessibleName(tr("Reason"));
    m_choice->addItems(reasonsFor(status));
    m_text->setObjectName(QStringLiteral("reasonText"));
    m_text->setAccessibleName(tr("Details"));
    m_text->setPlaceholderText(tr("Details (optional)"));
    // An earlier reason comes back as it was saved: its listed part chosen, the rest as text.
    const QStringList listed = reasonsFor(status);
    m_choice->setCurrentIndex(0);
    m_text->setText(current);
    for (int i = 0; i + 1 < listed.size(); ++i) {
        if (current == listed.at(i) || current.startsWith(listed.at(i) + QStringLiteral(": "))) {
            m_choice->setCurrentIndex(i);
            m_text->setText(current.mid(listed.at(i).size() + 2));
            break;
        }
    }
    if (!current.isEmpty() && m_text->text() == current)
        m_choice->setCurrentIndex(int(listed.size()) - 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(status == ReviewStatus::Rejected ? tr("&Reject") : tr("&Flag"));
    auto *form = new QFormLayout(this);
    auto *choiceLabel = new QLabel(tr("&Reason"));
    choiceLabel->setBuddy(m_choice);
    auto *textLabel = new QLabel(tr("&Details"));
    textLabel->setBuddy(m_text);
    form->addRow(choiceLabel, m_choice);
    form->addRow(textLabel, m_text);
    form->addRow(buttons);
    setMinimumWidth(420);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ReasonDialog::reason() const
{
    const QString text = m_text->text().simplified();
    const bool other = m_choice->currentIndex() == m_choice->count() - 1;
    if (other)
        return text.isEmpty() ? m_choice->currentText() : text;
    return text.isEmpty() ? m_choice->currentText() : m_choice->currentText() + QStringLiteral(": ") + text;
}

} // namespace galley
