// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/reviewrecord.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace galley {

/// Why a page is rejected or needs attention: a short list of the usual reasons plus free text.
/// The reason saved is "<listed reason>: <text>", the listed reason alone, or the text alone ("Other").
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    /// `current` is the page's reason so far (pre-selected when it starts with a listed reason).
    ReasonDialog(ReviewStatus status, const QString &current, QWidget *parent = nullptr);

    QString reason() const;
    /// The listed reasons for a status (the last is "Other").
    static QStringList reasonsFor(ReviewStatus status);

private:
    QComboBox *m_choice;
    QLineEdit *m_text;
};

} // namespace galley
