// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/fieldpath.h"

#include <QPointer>
#include <QScrollArea>

class QComboBox;
class QLabel;
class QLineEdit;

namespace galley {

class BodyEditor;
class BylinesEditor;
class ContributorsEditor;
class ImagesEditor;
class ItemListEditor;
class MultiLineField;
class RecordDocument;
class SpellChecker;

/// The article as editable fields: headline, bylines, date and dateline, credit and publisher, images,
/// contributors, body. Every widget carries the field path it edits (property "galleyField"), which is
/// how focus is linked to the raw pane.
class ArticlePane : public QScrollArea
{
    Q_OBJECT

public:
    explicit ArticlePane(QWidget *parent = nullptr);

    /// As narrow as the form can be: the pane never scrolls sideways, so a narrower pane would clip the
    /// fields (the window's docks give way instead).
    QSize minimumSizeHint() const override;

    void setDocument(RecordDocument *document);
    RecordDocument *document() const;

    /// Focuses the widget of `path` ("images/0/credit" selects image 1 and focuses its credit).
    void focusField(const QString &path);
    /// The field path of the focused widget, or empty.
    QString focusedField() const;
    /// The image the caption actions work on: the current one, -1 when there are none.
    int currentImage() const;
    BylinesEditor *bylinesEditor() const { return m_bylines; }
    ImagesEditor *imagesEditor() const { return m_images; }
    /// The spell checker of the headline, captions and body (its language follows the article).
    SpellChecker *spellChecker() const { return m_spelling; }

Q_SIGNALS:
    /// The editor moved to a field (focus or current entry); the raw pane scrolls to its source.
    void fieldFocused(const QString &path);

private:
    void refresh(const FieldPath &field);
    void bindLine(QLineEdit *edit, const FieldPath &field);
    void onFocusChanged(QWidget *now);

    QPointer<RecordDocument> m_document;
    SpellChecker *m_spelling;
    MultiLineField *m_headline;
    BylinesEditor *m_bylines;
    QLineEdit *m_published;
    QLineEdit *m_dateline;
    QComboBox *m_credit;
    QLineEdit *m_publisher;
    ImagesEditor *m_images;
    ContributorsEditor *m_contributors;
    BodyEditor *m_body;
    QLabel *m_empty;
    QWidget *m_form;
};

} // namespace galley
