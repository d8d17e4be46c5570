// SPDX-License-Identifier: GPL-3.0-or-later
#include "editing/recorddocument.h"

#include "editing/editcommand.h"
#include "record/recordjson.h"

#include <QUndoStack>

namespace galley {

RecordDocument::RecordDocument(const ReviewRecord &record, const Capture &capture, QObject *parent)
    : QObject(parent), m_record(record), m_capture(capture),
      m_draft(ArticleDraft::fromRecord(record.corrected, record.extracted)), m_status(record.status),
      m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &RecordDocument::emitModified);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &RecordDocument::emitModified);
}

RecordDocument::~RecordDocument() = default;

void RecordDocument::edit(const QString &field, const QString &text,
                          const std::function<void(ArticleDraft *)> &change, bool mergeable)
{
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

void RecordDocument::applyDraft(const ArticleDraft &draft, const QString &field, Reason reason)
{
    m_draft = draft;
    Q_EMIT fieldChanged(field, reason);
}

void RecordDocument::setStatus(ReviewStatus status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
    emitModified();
}

bool RecordDocument::isModified() const
{
    return !m_undoStack->isClean() || m_status != m_record.status;
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
    ReviewRecord saved = m_record;
    saved.corrected = m_draft.corrected();
    saved.status = m_status;
    if (!isModified())
        return saved;
    saved.modified = now;
    saved.reviewer = reviewer;
    if (m_status != m_record.status &&
        (m_status == ReviewStatus::Reviewed || m_status == ReviewStatus::Rejected))
        saved.reviewedAt = now;
    // One history entry per top-level key that changed, in the JSON form the record file uses.
    const QJsonObject before = articleToJson(m_record.corrected);
    const QJsonObject after = articleToJson(saved.corrected);
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (it.key() == QLatin1String("provenance") || it.key() == QLatin1String("text"))
            continue;
        if (before.value(it.key()) != it.value())
            saved.history.append(FieldChange{it.key(), reviewer, now, before.value(it.key()), it.value()});
    }
    return saved;
}

void RecordDocument::markSaved(const ReviewRecord &saved)
{
    m_record = saved;
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
