// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projecterror.h"
#include "record/reviewrecord.h"

#include <QList>
#include <QUndoCommand>
#include <functional>

namespace galley {

class ProjectStore;

/// "Re-extract unreviewed pages of this site" as one step of the Rules view's undo stack. The
/// re-extraction itself is done by the engine before the command is pushed (reextractPages()); undo
/// saves the records as they were (restoreRecords()) and redo saves the re-extracted ones again. Either
/// way a record saved meanwhile by the editor is left alone (the engine checks the file still holds
/// what it wrote). `around` runs each step: it closes the open page first and reopens it after.
class ReextractCommand : public QUndoCommand
{
public:
    using Around = std::function<void(const std::function<void()> &step)>;

    ReextractCommand(const QString &text, ProjectStore *store, const QList<ReviewRecord> &before,
                     const QList<ReviewRecord> &after, Around around);

    void undo() override;
    void redo() override;

    /// How many records the last undo or redo wrote.
    int lastWritten() const { return m_lastWritten; }
    /// What the last undo or redo could not do (each naming the record file).
    const QList<ProjectError> &lastProblems() const { return m_problems; }

private:
    ProjectStore *m_store;
    QList<ReviewRecord> m_before;
    QList<ReviewRecord> m_after;
    Around m_around;
    bool m_done = true; ///< pushed after the engine re-extracted: the first redo has nothing to do
    int m_lastWritten = 0;
    QList<ProjectError> m_problems;
};

} // namespace galley
