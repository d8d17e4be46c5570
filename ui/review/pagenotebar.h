// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace galley {

class RecordDocument;

/// Below the article: the page's note (any status; saved with the page) and, for a rejected page or one
/// that needs attention, the reason given.
class PageNoteBar : public QWidget
{
    Q_OBJECT

public:
    explicit PageNoteBar(QWidget *parent = nullptr);

    void setDocument(RecordDocument *document);
    /// A read-only project: the note is shown, not edited.
    void setEditable(bool editable);
    QLineEdit *noteEdit() const { return m_note; }

private:
    void refresh();

    QPointer<RecordDocument> m_document;
    QLineEdit *m_note;
    QLabel *m_reason;
};

} // namespace galley
