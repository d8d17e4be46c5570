// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capture.h"
#include "extract/common/vocabulary.h"
#include "record/reviewrecord.h"
#include "review/articledraft.h"
#include "review/fieldchecks.h"
#include "review/fieldpath.h"

#include <QObject>
#include <functional>

class QUndoStack;

namespace galley {

/// One open page: its review record, the capture it came from, the editor's draft, the vocabulary its
/// corrections are normalised with, and the undo stack.
///
/// Every change goes through edit(), which pushes an EditCommand around one of the engine's correction
/// operations (app/review/corrections.h); views listen to fieldChanged() and redraw only the field named.
/// "Modified" means the stack is not clean or the status changed since the last save.
class RecordDocument : public QObject
{
    Q_OBJECT

public:
    enum class Reason { Edit, Undo, Redo, Reset };

    RecordDocument(const ReviewRecord &record, const Capture &capture, const Vocabulary &vocabulary,
                   QObject *parent = nullptr);
    ~RecordDocument() override;

    const ReviewRecord &savedRecord() const { return m_record; }
    const Capture &capture() const { return m_capture; }
    const Vocabulary &vocabulary() const { return m_vocabulary; }
    /// The capture's decoded text (empty without a capture): typed values are looked up in it.
    QString captureText() const { return m_capture.isNull() ? QString() : m_capture.text(); }
    const ArticleDraft &draft() const { return m_draft; }
    const Article &article() const { return m_draft.article; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /// The engine's field warnings for the draft as it stands (app/review/fieldchecks.h), in field order.
    QList<FieldWarning> warnings() const { return fieldWarnings(m_draft.corrected(), m_vocabulary); }

    /// Applies `change` to a copy of the draft and pushes it as one undo step named `text`. Nothing is
    /// pushed when the change changes nothing. `mergeable` edits of one field merge into one step.
    void edit(const FieldPath &field, const QString &text, const std::function<void(ArticleDraft *)> &change,
              bool mergeable = false);
    /// A read-only page (the project is locked by another Galley): edit() and the marks change nothing.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }
    /// Several edits as one undo step (a split byline removes one entry and inserts two).
    void beginMacro(const QString &text);
    void endMacro();

    ReviewStatus status() const { return m_status; }
    void setStatus(ReviewStatus status);
    /// Why the page is rejected or needs attention (kept only for those statuses when saved).
    QString reason() const { return m_reason; }
    void setReason(const QString &reason);
    /// The page's note (any status).
    QString note() const { return m_note; }
    void setNote(const QString &note);

    bool isModified() const;
    /// The record to save: the corrected article, status, reviewer, times and the change history
    /// (one FieldChange per top-level field that differs from the last save).
    ReviewRecord recordForSave(const QString &reviewer, const QDateTime &now) const;
    /// Marks the current state as saved: the undo stack becomes clean, the last step is sealed.
    void markSaved(const ReviewRecord &saved);

    /// Called by EditCommand only.
    void applyDraft(const ArticleDraft &draft, const FieldPath &field, Reason reason);

Q_SIGNALS:
    /// `field` is the value or list that changed ("headline", "bylines/1", "images/0/caption", "body").
    void fieldChanged(const galley::FieldPath &field, galley::RecordDocument::Reason reason);
    void statusChanged(galley::ReviewStatus status);
    void modifiedChanged(bool modified);
    /// The reason or the note changed.
    void marksChanged();

private:
    void emitModified();

    ReviewRecord m_record;
    Capture m_capture;
    Vocabulary m_vocabulary;
    ArticleDraft m_draft;
    ReviewStatus m_status;
    QString m_reason;
    QString m_note;
    QUndoStack *m_undoStack;
    bool m_lastModified = false;
    bool m_readOnly = false;
};

} // namespace galley
