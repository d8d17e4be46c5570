// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/lineeditbinding.h"

#include "editing/articleedits.h"

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

void bind(QLineEdit *edit, QObject *context, std::function<RecordDocument *()> document,
          std::function<QString()> path)
{
    QObject::connect(edit, &QLineEdit::textEdited, context,
                     [document = std::move(document), path = std::move(path)](const QString &text) {
                         RecordDocument *doc = document();
                         const QString field = doc ? path() : QString();
                         if (!field.isEmpty())
                             edits::setText(doc, field, text);
                     });
}

} // namespace galley::lineedits
