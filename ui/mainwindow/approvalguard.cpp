// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/approvalguard.h"

#include "dialogs/dialogs.h"

namespace galley {

bool ApprovalGuard::confirm(QWidget *parent, const QList<FieldWarning> &warnings)
{
    QStringList lines;
    QSet<int> kinds;
    for (const FieldWarning &warning : warnings) {
        if (m_accepted.contains(int(warning.kind)))
            continue;
        kinds.insert(int(warning.kind));
        lines.append(QStringLiteral("• ") + warning.message);
    }
    if (kinds.isEmpty())
        return true;
    if (lines.size() > 8)
        lines = lines.mid(0, 7) << tr("• and %1 more").arg(lines.size() - 7);
    const auto answer = dialogs::question(
        parent, tr("Approve with Warnings?"),
        tr("This page still has warnings:") + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')) +
            QStringLiteral("\n\n") +
            tr("“Always Approve” stops this question for these kinds of warning until the project is "
               "closed."),
        QMessageBox::Yes | QMessageBox::YesToAll | QMessageBox::Cancel, QMessageBox::Cancel,
        {{QMessageBox::Yes, tr("&Approve Anyway")}, {QMessageBox::YesToAll, tr("A&lways Approve")}});
    if (answer == QMessageBox::YesToAll)
        m_accepted.unite(kinds);
    return answer == QMessageBox::Yes || answer == QMessageBox::YesToAll;
}

} // namespace galley
