// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/correctionsession.h"

#include "review/correctionhistory.h"

namespace galley {

CorrectionSession::CorrectionSession(const ReviewRecord &record, const Vocabulary &vocabulary,
                                     const QString &captureText)
    : m_saved(record), m_vocabulary(vocabulary), m_captureText(captureText),
      m_draft(ArticleDraft::fromRecord(record.corrected, record.extracted)), m_status(record.status)
{}

bool CorrectionSession::apply(const std::function<void(ArticleDraft *)> &change)
{
    ArticleDraft after = m_draft;
    change(&after);
    if (after == m_draft)
        return false;
    m_steps.resize(m_done); // a new step drops what could have been redone
    m_steps.append({m_draft, after});
    ++m_done;
    m_draft = std::move(after);
    return true;
}

bool CorrectionSession::undo()
{
    if (!canUndo())
        return false;
    m_draft = m_steps.at(--m_done).before;
    return true;
}

bool CorrectionSession::redo()
{
    if (!canRedo())
        return false;
    m_draft = m_steps.at(m_done++).after;
    return true;
}

ReviewRecord CorrectionSession::recordForSave(const QString &reviewer, const QDateTime &now) const
{
    return recordWithCorrections(m_saved, m_draft, m_status, reviewer, now);
}

void CorrectionSession::markSaved(const ReviewRecord &saved)
{
    m_saved = saved;
}

} // namespace galley
