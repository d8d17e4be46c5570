// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/siterule.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace galley {

/// Edit a proposed rule before accepting it: what it sets (a field or "not part of the article"), its
/// pattern, its layout context (text dumps) or element path (HTML) and its description. The engine
/// reads the edited rule (siteRuleFromJson) and says what is wrong; OK stays off until it reads. The
/// edited rule gets the id of its new content.
class RuleEditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RuleEditDialog(const SiteRule &rule, QWidget *parent = nullptr);

    /// The rule as edited; valid only while isAcceptable().
    SiteRule rule() const { return m_edited; }
    bool isAcceptable() const { return m_valid; }

private:
    void refresh();

    SiteRule m_original;
    SiteRule m_edited;
    bool m_valid = false;
    QComboBox *m_target;
    QLineEdit *m_pattern;
    QLineEdit *m_context; ///< `after` of a text rule, `path` of an HTML rule
    QLineEdit *m_description;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace galley
