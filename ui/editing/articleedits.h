// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/record.h"

#include <QString>

namespace galley {

class RecordDocument;

/// Reads a text field by its path: "headline", "published", "dateline", "credit", "publisher",
/// "bylines/<i>", "images/<i>/caption", "images/<i>/credit", "images/<i>/src", "body/<i>",
/// "contributors/<i>/name", "contributors/<i>/role". Empty for an unknown path.
QString fieldText(const Article &article, const QString &path);
/// Writes one; false (and nothing changed) for an unknown path or an index out of range.
bool setFieldText(Article *article, const QString &path, const QString &value);

/// The editing operations of the review window, each one undo step on the document. The article pane,
/// the raw pane's "use selection as" actions and the tests all go through these.
namespace edits {

/// Typing into a field: consecutive calls on the same field merge into one undo step.
void setText(RecordDocument *doc, const QString &path, const QString &value);
/// A field set from a capture selection: the value and its provenance (`span`, via "editor").
void setFromSource(RecordDocument *doc, const QString &path, const QString &value, const SourceSpan &span);

/// Appends an entry (optionally with its source span) and returns its index.
qsizetype addByline(RecordDocument *doc, const QString &name, const SourceSpan &span = {});
qsizetype addImage(RecordDocument *doc);
qsizetype addContributor(RecordDocument *doc, const QString &name = {}, const QString &role = {});
qsizetype addBodyBlock(RecordDocument *doc, const QString &text, const SourceSpan &span = {});
void removeItem(RecordDocument *doc, const QString &list, qsizetype index);
void moveItem(RecordDocument *doc, const QString &list, qsizetype from, qsizetype to);
/// Replaces bylines/<index> by the names splitByline() finds in it (a macro: remove, then insert each).
/// Returns how many names it became.
qsizetype splitByline(RecordDocument *doc, qsizetype index);
void setBodyIncluded(RecordDocument *doc, qsizetype index, bool included);

/// "Not part of the article": every body block whose source lies inside `span` is excluded, and every
/// byline, image caption, photo credit or contributor fed only from inside it is removed or cleared.
/// Returns the number of values affected.
int markNotArticle(RecordDocument *doc, const SourceSpan &span);

} // namespace edits

} // namespace galley
