// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/sourcespan.h"
#include "review/fieldpath.h"

#include <QString>

namespace galley {

class RecordDocument;

/// The correction operations of app/review/corrections.h, each as one undo step on the document. The
/// article pane, the capture pane's "use selection as" actions and the tests all go through these; what
/// an operation does (normalising, provenance) is the engine's, only the undo step is made here.
namespace edits {

/// Typing into a field: the value is kept as typed, and consecutive calls on the same field merge into
/// one undo step.
void setText(RecordDocument *doc, const FieldPath &path, const QString &value);
/// The editor left a typed field: its value is normalised (part of the same undo step).
void finishTyping(RecordDocument *doc, const FieldPath &path);
/// A value chosen as a whole (a credit picked from the list, an entry edited inline): normalised now.
void setValue(RecordDocument *doc, const FieldPath &path, const QString &value);
/// A field set from a capture selection: the value and its provenance (`span`, via "editor").
void setFromSource(RecordDocument *doc, const FieldPath &path, const QString &value, const SourceSpan &span);

/// Adds the bylines named in `text` (a capture selection at `span`); returns how many.
qsizetype addBylines(RecordDocument *doc, const QString &text, const SourceSpan &span = {});
/// Appends an empty entry to a list and returns its index.
qsizetype addEmpty(RecordDocument *doc, Field list);
qsizetype addContributor(RecordDocument *doc, const QString &name = {}, const QString &role = {});
qsizetype addBodyBlock(RecordDocument *doc, const QString &text, const SourceSpan &span = {});
void removeItem(RecordDocument *doc, Field list, qsizetype index);
void moveItem(RecordDocument *doc, Field list, qsizetype from, qsizetype to);
/// Replaces bylines/<index> by the names it holds. Returns how many names it became.
qsizetype splitByline(RecordDocument *doc, qsizetype index);
void setBodyIncluded(RecordDocument *doc, qsizetype index, bool included);
/// "Not part of the article" (corrections::markNotArticle). Returns the number of values affected.
int markNotArticle(RecordDocument *doc, const SourceSpan &span);
/// Puts back the extracted value of the field `path` is marked on (app/review/extractedvalues.h).
bool resetToExtracted(RecordDocument *doc, const FieldPath &path);
/// Puts back the whole page as extracted (one undo step).
bool resetPage(RecordDocument *doc);

} // namespace edits

} // namespace galley
