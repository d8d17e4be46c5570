// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/articledraft.h"
#include "review/fieldpath.h"

#include <QUndoCommand>

namespace galley {

class RecordDocument;

/// One change to a record's draft, stored as the draft before and after (the values are implicitly
/// shared, so a snapshot costs little).
///
/// Commands on the same field merge while `mergeable` (a burst of typing in the headline is one undo
/// step); a command is sealed when the record is saved, so the first keystroke after a save starts a new
/// step and undo never silently crosses the save. A command that ends where it started is obsolete.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(RecordDocument *document, const FieldPath &field, const ArticleDraft &before,
                const ArticleDraft &after, const QString &text, bool mergeable,
                QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const FieldPath &field() const { return m_field; }
    void seal() { m_sealed = true; }

private:
    RecordDocument *m_document;
    FieldPath m_field;
    ArticleDraft m_before;
    ArticleDraft m_after;
    bool m_mergeable;
    bool m_sealed = false;
};

} // namespace galley
