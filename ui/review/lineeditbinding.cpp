// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/lineeditbinding.h"

#include "editing/articleedits.h"
#include "review/multilinefield.h"

#include <QLineEdit>

namespace galley::lineedits {

void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    QSignalBlocker blocker(edit);
    const int cursor = edit->cursorPosition();
    edit->setText(text);
    edit->setCursorPosition(std::min(cursor, int(text.size())));
}

namespace {

template<typename TextField>
void bindField(TextField *edit, QObject *context, std::function<RecordDocument *()> document,
               std::function<FieldPath()> path)
{
    QObject::connect(edit, &TextField::textEdited, context, [document, path](const QString &text) {
        RecordDocument *doc = document();
        const FieldPath field = doc ? path() : FieldPath();
        if (field.isValid())
            edits::setText(doc, field, text);
    });
    QObject::connect(edit, &TextField::editingFinished, context, [document, path] {
        RecordDocument *doc = document();
        const FieldPath field = doc ? path() : FieldPath();
        if (field.isValid())
            edits::finishTyping(doc, field);
    });
}

} // namespace

void bind(QLineEdit *edit, QObject *context, std::function<RecordDocument *()> document,
          std::function<FieldPath()> path)
{
    bindField(edit, context, std::move(document), std::move(path));
}

void bind(MultiLineField *edit, QObject *context, std::function<RecordDocument *()> document,
          std::function<FieldPath()> path)
{
    bindField(edit, context, std::move(document), std::move(path));
}

} // namespace galley::lineedits
