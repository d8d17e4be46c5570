// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/record.h"
#include "review/fieldpath.h"

#include <QList>
#include <QString>

namespace galley {

/// The article while an editor works on it: the corrected Article plus the body blocks the editor
/// excluded, kept in place (unchecked) so they can be brought back.
///
/// `article.body` holds every block, included or not, and `article.provenance` is keyed by those
/// positions; corrected() drops the excluded blocks and renumbers "body/<i>". List edits go through the
/// helpers below so that provenance keys ("bylines/<i>", "images/<i>/caption") follow their items.
struct ArticleDraft
{
    Article article;
    QList<bool> bodyIncluded; ///< parallel to article.body
    /// The corrected article as it was when the draft was made (fromRecord): a field typed back to its
    /// value there gets its source back, so typing back to the start changes nothing.
    Article opened;

    /// The draft for a record: its corrected article, with the extracted blocks the editor removed put
    /// back (unchecked) after the block that preceded them in the extraction.
    static ArticleDraft fromRecord(const Article &corrected, const Article &extracted);
    /// The article to save: excluded blocks dropped, provenance renumbered.
    Article corrected() const;

    bool isIncluded(qsizetype block) const { return bodyIncluded.value(block, true); }

    bool operator==(const ArticleDraft &) const = default;
};

/// The text value a path names ("headline", "bylines/2", "images/0/caption", "contributors/1/role");
/// empty for a path that names no text or an item out of range.
QString fieldText(const Article &article, const FieldPath &path);
/// Writes one; false (and nothing changed) for a path that names no text or an item out of range.
bool setFieldText(Article *article, const FieldPath &path, const QString &value);

/// The list fields of a draft (Field::Bylines, Contributors, Images, Body), edited with their provenance.
namespace draftlist {

qsizetype size(const ArticleDraft &draft, Field list);
/// Removes item `index` of `list` with its provenance; later items' keys move down by one.
void remove(ArticleDraft *draft, Field list, qsizetype index);
/// Makes room at `index` (later keys move up by one) and inserts an empty item there.
void insertEmpty(ArticleDraft *draft, Field list, qsizetype index);
/// Moves an item and its provenance from `from` to `to`.
void move(ArticleDraft *draft, Field list, qsizetype from, qsizetype to);

} // namespace draftlist

/// Renumbers the provenance keys of `list` ("images/3", "images/3/caption"): keys with an index >= `from`
/// get `delta` added. Keys at exactly `from` are dropped first when `delta` is negative.
void shiftProvenance(Provenance *provenance, Field list, qsizetype from, qsizetype delta);

} // namespace galley
