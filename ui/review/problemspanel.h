// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/problem.h"

#include <QWidget>

class QAction;
class QTreeWidget;

namespace galley {

/// Every problem the engine reported that the editor must not miss: each failure of the last import or
/// loose open (all of them), and every record file of the project that could not be read (damaged, a
/// newer format version), which are otherwise missing from the page list without a word. Each row gives
/// the file, the place and the reason; "Reveal File" (Return, double-click) opens the file's folder.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    /// Replaces the problems of `origin` (the last import's, or the unreadable records).
    void setProblems(Problem::Origin origin, const QList<Problem> &problems);
    QList<Problem> problems() const;
    QTreeWidget *tree() const { return m_tree; }
    QAction *revealAction() const { return m_reveal; }

Q_SIGNALS:
    void countChanged(int count);

private:
    void rebuild();
    void revealCurrent();

    QList<Problem> m_import;
    QList<Problem> m_records;
    QTreeWidget *m_tree;
    QAction *m_reveal;
};

} // namespace galley
