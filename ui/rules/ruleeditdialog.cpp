// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/ruleeditdialog.h"

#include "review/corrections.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace galley {

namespace {

const Field kRuleFields[] = {Field::Headline, Field::Bylines, Field::Published,
                             Field::Dateline, Field::Credit,  Field::Publisher};

QLineEdit *lineEdit(const char *name, const QString &text)
{
    auto *edit = new QLineEdit(text);
    edit->setObjectName(QLatin1String(name));
    edit->setMinimumWidth(420);
    return edit;
}

} // namespace

RuleEditDialog::RuleEditDialog(const SiteRule &rule, QWidget *parent)
    : QDialog(parent), m_original(rule), m_edited(rule), m_target(new QComboBox),
      m_pattern(lineEdit("rulePatternEdit", rule.pattern)),
      m_context(lineEdit("ruleContextEdit", rule.isHtml() ? rule.path : rule.after)),
      m_description(lineEdit("ruleDescriptionEdit", rule.description)), m_error(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("ruleEditDialog"));
    setWindowTitle(tr("Edit Rule"));
    m_target->setObjectName(QStringLiteral("ruleTargetCombo"));
    if (rule.isCaption()) {
        // A caption rule reads the extractor's captions: it mends a caption or takes its photo credit.
        m_target->addItem(tr("Caption"), QStringLiteral("caption"));
        m_target->addItem(tr("Photo credit"), QStringLiteral("photo-credit"));
    } else {
        m_target->addItem(tr("Not part of the article"), QStringLiteral("not-article"));
        for (const Field field : kRuleFields)
            m_target->addItem(corrections::fieldLabel(FieldPath(field)), FieldPath::fieldName(field));
    }
    m_target->setCurrentIndex(m_target->findData(ruleTargetName(rule)));
    m_error->setObjectName(QStringLiteral("ruleEditError"));
    m_error->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Sets:"), m_target);
    form->addRow(tr("&Pattern:"), m_pattern);
    form->addRow(rule.isHtml() ? tr("&Element:") : tr("&After the line:"), m_context);
    form->setRowVisible(m_context, !rule.isCaption());
    form->addRow(tr("&Description:"), m_description);
    auto *help = new QLabel(
        rule.isHtml()      ? tr("The element is a chain of CSS child steps; the pattern, a regular "
                                     "expression its text must match (group 1 is the value).")
        : rule.isCaption() ? tr("The pattern is a regular expression matched in each caption (group 1 is "
                                "the value); a photo credit is cut out of the caption with what the "
                                "pattern matched.")
                           : tr("The pattern is a regular expression a whole line must match "
                                "(group 1 is the value); “after the line” one the line before "
                                "must match, or empty."));
    help->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_pattern, m_context, m_description})
        connect(edit, &QLineEdit::textChanged, this, &RuleEditDialog::refresh);
    connect(m_target, &QComboBox::currentIndexChanged, this, &RuleEditDialog::refresh);
    refresh();
}

void RuleEditDialog::refresh()
{
    // The engine reads the edited rule as it reads a rules file: the same checks, the same messages.
    QJsonObject object = siteRuleToJson(m_original);
    object.insert(QStringLiteral("field"), m_target->currentData().toString());
    object.insert(QStringLiteral("pattern"), m_pattern->text());
    if (!m_original.isCaption())
        object.insert(m_original.isHtml() ? QStringLiteral("path") : QStringLiteral("after"),
                      m_context->text());
    object.insert(QStringLiteral("description"), m_description->text().simplified());
    object.remove(QStringLiteral("id"));
    SiteRule edited;
    QString error;
    m_valid = siteRuleFromJson(object, m_original.site, &edited, &error);
    if (m_valid) {
        edited.examples = m_original.examples;
        edited.assignId();
        m_edited = edited;
    }
    m_error->setText(m_valid ? QString() : error);
    m_error->setVisible(!m_valid);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

} // namespace galley
