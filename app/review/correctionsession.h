// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/common/vocabulary.h"
#include "record/reviewrecord.h"
#include "review/articledraft.h"

#include <QList>
#include <functional>

namespace galley {

/// One page corrected without a window: the record as saved, the draft, the vocabulary and a linear
/// undo history of whole drafts. The command line, tests and (next) learning from corrections drive the
/// correction operations (corrections.h) through it; the window does the same through RecordDocument,
/// whose undo stack is Qt's. Both save through recordWithCorrections().
class CorrectionSession
{
public:
    CorrectionSession(const ReviewRecord &record, const Vocabulary &vocabulary,
                      const QString &captureText = {});

    const ReviewRecord &savedRecord() const { return m_saved; }
    const ArticleDraft &draft() const { return m_draft; }
    const Vocabulary &vocabulary() const { return m_vocabulary; }
    const QString &captureText() const { return m_captureText; }

    /// Applies one correction (a call into corrections::) as one undo step; false when it changed
    /// nothing (no step is recorded then).
    bool apply(const std::function<void(ArticleDraft *)> &change);
    bool undo();
    bool redo();
    bool canUndo() const { return m_done > 0; }
    bool canRedo() const { return m_done < m_steps.size(); }

    ReviewStatus status() const { return m_status; }
    void setStatus(ReviewStatus status) { m_status = status; }

    /// The record to save (recordWithCorrections()); markSaved() makes it the new baseline.
    ReviewRecord recordForSave(const QString &reviewer, const QDateTime &now) const;
    void markSaved(const ReviewRecord &saved);

private:
    struct Step
    {
        ArticleDraft before;
        ArticleDraft after;
    };

    ReviewRecord m_saved;
    Vocabulary m_vocabulary;
    QString m_captureText;
    ArticleDraft m_draft;
    ReviewStatus m_status;
    QList<Step> m_steps;
    qsizetype m_done = 0; ///< steps applied; those after it can be redone
};

} // namespace galley
