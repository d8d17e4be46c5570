// SPDX-License-Identifier: GPL-3.0-or-later
#include "editing/editcommand.h"

#include "editing/recorddocument.h"

#include <QHash>

namespace galley {

EditCommand::EditCommand(RecordDocument *document, const FieldPath &field, const ArticleDraft &before,
                         const ArticleDraft &after, const QString &text, bool mergeable, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_field(field), m_before(before), m_after(after),
      m_mergeable(mergeable)
{}

void EditCommand::undo()
{
    m_document->applyDraft(m_before, m_field, RecordDocument::Reason::Undo);
}

void EditCommand::redo()
{
    m_document->applyDraft(m_after, m_field, RecordDocument::Reason::Redo);
}

int EditCommand::id() const
{
    // QUndoStack only compares ids of commands of one stack; mergeWith() checks the field itself, so a
    // hash collision between two fields can never merge them.
    return m_mergeable ? int(qHash(m_field) & 0x3fffffff) + 1 : -1;
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditCommand *>(other);
    if (!next || m_sealed || !m_mergeable || !next->m_mergeable || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace galley
