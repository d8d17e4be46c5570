// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/record.h"
#include "review/articledraft.h"
#include "review/fieldpath.h"

#include <QList>
#include <QString>

namespace galley {

/// What the extractor said, beside what the editor made of it: which fields the editor changed, the
/// extracted value of each, and putting it back ("Reset to extracted"). The window marks changed fields
/// and offers the reset through these; nothing in the window compares values itself.
///
/// Fields are compared at the grain an editor sees them: each top-level text field; each image's caption
/// and photo credit (the image matched to the extracted one by its src, else by position); the bylines,
/// contributors, images and body as whole lists (a reordered or removed item changes the list).
namespace extractedvalues {

/// The field a change to `path` is marked on: itself for top-level fields and an image's caption or
/// credit; the whole list for bylines, contributors, body blocks, and an image itself.
FieldPath markedField(const FieldPath &path);
/// Whether the draft's value of markedField(path) differs from the extracted one.
bool isChanged(const ArticleDraft &draft, const Article &extracted, const FieldPath &path);
/// The extracted value of markedField(path) as text: a list one entry per line, empty when the
/// extractor found nothing (or the image was added by the editor).
QString extractedText(const ArticleDraft &draft, const Article &extracted, const FieldPath &path);
/// Every marked field the editor changed, top-level fields first, then lists.
QList<FieldPath> changedFields(const ArticleDraft &draft, const Article &extracted);

} // namespace extractedvalues

namespace corrections {

/// Puts back the extracted value of markedField(path), with the extractor's provenance. Returns whether
/// anything changed. A reset body includes every extracted block again.
bool resetToExtracted(ArticleDraft *draft, const Article &extracted, const FieldPath &path);
/// The whole page as extracted (the draft's `opened` article is kept). Returns whether anything changed.
bool resetAllToExtracted(ArticleDraft *draft, const Article &extracted);

} // namespace corrections

} // namespace galley
