// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/fieldpath.h"

#include <QString>
#include <functional>

class QLineEdit;
class QObject;

namespace galley {

class MultiLineField;
class RecordDocument;

/// The two halves of a text field bound to the document, shared by the article pane's own fields and the
/// detail fields of its lists (caption, photo credit, contributor name).
namespace lineedits {

/// Shows `text` without emitting textEdited (it is the document's value, not an edit) and keeps the
/// cursor where it was, so a field refreshed by undo or by typing does not jump to its end.
void setTextKeepingCursor(QLineEdit *edit, const QString &text);

/// Typing in `edit` becomes edits::setText() on the field `path()` names in `document()` (one merged
/// undo step per field), and leaving it edits::finishTyping() (the engine normalises the value: "AFP"
/// becomes the agency's name); nothing happens while either is invalid/null. `context` owns the
/// connections.
void bind(QLineEdit *edit, QObject *context, std::function<RecordDocument *()> document,
          std::function<FieldPath()> path);
/// The same for a multi-line field (captions, photo credits).
void bind(MultiLineField *edit, QObject *context, std::function<RecordDocument *()> document,
          std::function<FieldPath()> path);

} // namespace lineedits

} // namespace galley
