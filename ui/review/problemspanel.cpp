// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/problemspanel.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace galley {

namespace {

constexpr int kProblemRole = Qt::UserRole; ///< index into problems() of a row; -1 on a group

} // namespace

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent), m_tree(new QTreeWidget), m_reveal(new QAction(tr("&Reveal File"), this))
{
    setObjectName(QStringLiteral("problemsPanel"));
    m_tree->setObjectName(QStringLiteral("problemsTree"));
    m_tree->setAccessibleName(tr("Problems"));
    m_tree->setHeaderLabels({tr("File"), tr("Place"), tr("Reason")});
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_reveal->setObjectName(QStringLiteral("problemsReveal"));
    m_reveal->setToolTip(tr("Open the folder holding this file"));
    m_reveal->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_reveal->setShortcutContext(Qt::WidgetShortcut);
    m_reveal->setEnabled(false);
    m_tree->addAction(m_reveal);
    connect(m_reveal, &QAction::triggered, this, &ProblemsPanel::revealCurrent);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, &ProblemsPanel::revealCurrent);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_reveal->setEnabled(item && item->data(0, kProblemRole).toInt() >= 0);
    });

    auto *button = new QToolButton;
    button->setObjectName(QStringLiteral("problemsRevealButton"));
    button->setDefaultAction(m_reveal);
    button->setFocusPolicy(Qt::NoFocus); // Return on a row does the same
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_tree, 1);
    layout->addWidget(button, 0, Qt::AlignLeft);
    rebuild();
}

void ProblemsPanel::setProblems(Problem::Origin origin, const QList<Problem> &problems)
{
    (origin == Problem::Import ? m_import : m_records) = problems;
    rebuild();
}

QList<Problem> ProblemsPanel::problems() const
{
    return m_import + m_records;
}

void ProblemsPanel::rebuild()
{
    m_tree->clear();
    const QList<Problem> all = problems();
    const auto addGroup = [&](const QString &title, Problem::Origin origin) {
        auto *group = new QTreeWidgetItem(m_tree, {title});
        group->setData(0, kProblemRole, -1);
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        int shown = 0;
        for (int i = 0; i < all.size(); ++i) {
            const Problem &p = all.at(i);
            if (p.origin != origin)
                continue;
            // The file's name fits the dock; its folder is in the tooltip and what Reveal File opens.
            auto *item =
                new QTreeWidgetItem(group, {QFileInfo(p.path).fileName(),
                                            p.where.isEmpty() ? tr("whole file") : p.where, p.reason});
            item->setData(0, kProblemRole, i);
            item->setToolTip(0, QDir::toNativeSeparators(p.path));
            item->setToolTip(2, p.reason);
            ++shown;
        }
        group->setText(0, QStringLiteral("%1 (%2)").arg(title).arg(shown));
        group->setHidden(shown == 0);
    };
    addGroup(tr("Import"), Problem::Import);
    addGroup(tr("Records that could not be read"), Problem::Record);
    m_tree->expandAll();
    m_tree->resizeColumnToContents(1);
    m_reveal->setEnabled(false);
    Q_EMIT countChanged(int(all.size()));
}

void ProblemsPanel::revealCurrent()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const int index = item ? item->data(0, kProblemRole).toInt() : -1;
    const QList<Problem> all = problems();
    if (index < 0 || index >= all.size())
        return;
    // The folder, not the file: opening a damaged record or a capture in its default application is not
    // what the editor asked for.
    const QFileInfo file(all.at(index).path);
    QDesktopServices::openUrl(
        QUrl::fromLocalFile(file.isDir() ? file.absoluteFilePath() : file.absolutePath()));
}

} // namespace galley
