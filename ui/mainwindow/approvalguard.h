// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/fieldchecks.h"

#include <QCoreApplication>
#include <QSet>

class QWidget;

namespace galley {

/// Asks before a page with warnings is approved. "Approve Anyway" approves this page; "Always Approve"
/// also stops the question for those kinds of warning until the session ends (another project opens
/// or Galley quits). Questions go through dialogs::, so tests answer them without a dialog.
class ApprovalGuard
{
    Q_DECLARE_TR_FUNCTIONS(galley::ApprovalGuard)

public:
    /// True when the page may be approved: no warnings, only kinds already accepted, or the editor said so.
    bool confirm(QWidget *parent, const QList<FieldWarning> &warnings);
    /// A new session: ask again.
    void reset() { m_accepted.clear(); }

private:
    QSet<int> m_accepted; ///< WarningKind values
};

} // namespace galley
