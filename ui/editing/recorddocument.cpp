// SPDX-License-Identifier: GPL-3.0-or-later
#include "editing/recorddocument.h"

#include "editing/editcommand.h"
#include "review/correctionhistory.h"

#include <QUndoStack>

namespace galley {

RecordDocument::RecordDocument(const ReviewRecord &record, const Capture &capture,
                               const Vocabulary &vocabulary, QObject *parent)
    : QObject(parent), m_record(record), m_capture(capture), m_vocabulary(vocabulary),
      m_draft(ArticleDraft::fromRecord(record.corrected, record.extracted)), m_status(record.status),
      m_reason(record.reason), m_note(record.note), m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &RecordDocument::emitModified);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &RecordDocument::emitModified);
}

RecordDocument::~RecordDocument() = default;

void RecordDocument::edit(const FieldPath &field, const QString &text,
                          const std::function<void(ArticleDraft *)> &change, bool mergeable)
{
    if (m_readOnly)
        return;
    ArticleDraft after = m_draft;
    change(&after);
    if (after == m_draft)
        return;
    m_undoStack->push(new EditCommand(this, field, m_draft, after, text, mergeable));
}

void RecordDocument::beginMacro(const QString &text)
{
    m_undoStack->beginMacro(text);
}

void RecordDocument::endMacro()
{
    m_undoStack->endMacro();
}

void RecordDocument::applyDraft(const ArticleDraft &draft, const FieldPath &field, Reason reason)
{
    m_draft = draft;
    Q_EMIT fieldChanged(field, reason);
}

void RecordDocument::setStatus(ReviewStatus status)
{
    if (m_readOnly)
        return;
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
    emitModified();
}

void RecordDocument::setReason(const QString &reason)
{
    if (m_readOnly)
        return;
    if (reason == m_reason)
        return;
    m_reason = reason;
    Q_EMIT marksChanged();
    emitModified();
}

void RecordDocument::setNote(const QString &note)
{
    if (m_readOnly)
        return;
    if (note == m_note)
        return;
    m_note = note;
    Q_EMIT marksChanged();
    emitModified();
}

bool RecordDocument::isModified() const
{
    return !m_undoStack->isClean() || m_status != m_record.status || m_reason != m_record.reason ||
           m_note != m_record.note;
}

void RecordDocument::emitModified()
{
    const bool modified = isModified();
    if (modified != m_lastModified) {
        m_lastModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

ReviewRecord RecordDocument::recordForSave(const QString &reviewer, const QDateTime &now) const
{
    return recordWithCorrections(m_record, m_draft, ReviewMarks{m_status, m_reason, m_note}, reviewer, now);
}

void RecordDocument::markSaved(const ReviewRecord &saved)
{
    m_record = saved;
    // The saved marks are the engine's (a reason is dropped with a status that takes none).
    if (m_reason != saved.reason || m_note != saved.note) {
        m_reason = saved.reason;
        m_note = saved.note;
        Q_EMIT marksChanged();
    }
    if (const int top = m_undoStack->index() - 1; top >= 0) {
        // The command is ours (pushed by edit()); sealing it stops the next keystroke merging into it.
        if (auto *command =
                const_cast<EditCommand *>(dynamic_cast<const EditCommand *>(m_undoStack->command(top))))
            command->seal();
    }
    m_undoStack->setClean();
    emitModified();
}

} // namespace galley
