// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/reextractcommand.h"

#include "rules/reextraction.h"

namespace galley {

ReextractCommand::ReextractCommand(const QString &text, ProjectStore *store,
                                   const QList<ReviewRecord> &before, const QList<ReviewRecord> &after,
                                   Around around)
    : QUndoCommand(text), m_store(store), m_before(before), m_after(after), m_around(std::move(around))
{}

void ReextractCommand::undo()
{
    m_around([this] {
        m_problems.clear();
        m_lastWritten = restoreRecords(*m_store, m_before, m_after, &m_problems);
    });
}

void ReextractCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    m_around([this] {
        m_problems.clear();
        m_lastWritten = restoreRecords(*m_store, m_after, m_before, &m_problems);
    });
}

} // namespace galley
