// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/pagenotebar.h"

#include "browser/pagetablemodel.h"
#include "editing/recorddocument.h"
#include "review/lineeditbinding.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace galley {

PageNoteBar::PageNoteBar(QWidget *parent) : QWidget(parent), m_note(new QLineEdit), m_reason(new QLabel)
{
    setObjectName(QStringLiteral("pageNoteBar"));
    m_note->setObjectName(QStringLiteral("pageNoteEdit"));
    m_note->setAccessibleName(tr("Note on this page"));
    m_note->setPlaceholderText(tr("A note on this page, saved with it (e.g. ask the desk about the byline)"));
    m_reason->setObjectName(QStringLiteral("pageReason"));
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *label = new QLabel(tr("&Note"));
    label->setBuddy(m_note);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reason);
    layout->addWidget(label);
    layout->addWidget(m_note, 1);
    connect(m_note, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_document)
            m_document->setNote(text);
    });
    setDocument(nullptr);
}

void PageNoteBar::setDocument(RecordDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    setVisible(document);
    if (document) {
        connect(document, &RecordDocument::marksChanged, this, &PageNoteBar::refresh);
        connect(document, &RecordDocument::statusChanged, this, &PageNoteBar::refresh);
    }
    refresh();
}

void PageNoteBar::setEditable(bool editable)
{
    m_note->setReadOnly(!editable);
}

void PageNoteBar::refresh()
{
    lineedits::setTextKeepingCursor(m_note, m_document ? m_document->note() : QString());
    const bool reason =
        m_document && statusTakesReason(m_document->status()) && !m_document->reason().isEmpty();
    m_reason->setVisible(reason);
    m_reason->setText(
        reason ? tr("%1: %2").arg(PageTableModel::statusText(m_document->status()), m_document->reason())
               : QString());
}

} // namespace galley
