// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/reviewrecord.h"
#include "review/articledraft.h"

#include <QDateTime>
#include <QString>

namespace galley {

/// The record to save after an editor's corrections: `saved` (the record as last saved) with the
/// draft's corrected article and `status`. When anything changed, the reviewer and modification time are
/// set, reviewedAt when the status became reviewed or rejected, and one FieldChange per top-level field
/// whose value differs from the last save is appended to the history: the field, who, when, the value
/// before and after this save, and what the extractor said (the input learning from corrections needs).
/// The window (RecordDocument) and CorrectionSession both save through this.
ReviewRecord recordWithCorrections(const ReviewRecord &saved, const ArticleDraft &draft, ReviewStatus status,
                                   const QString &reviewer, const QDateTime &now);

/// The review state an editor sets beside the article: the status, the reason for it (kept only for a
/// status that takes one, statusTakesReason()) and the page's note.
struct ReviewMarks
{
    ReviewStatus status = ReviewStatus::New;
    QString reason;
    QString note;
    static ReviewMarks of(const ReviewRecord &record) { return {record.status, record.reason, record.note}; }
    bool operator==(const ReviewMarks &) const = default;
};

/// As above, with the reason and note: a changed reason or note alone is a change (reviewer and time
/// set). A reason given for a status that takes none is dropped.
ReviewRecord recordWithCorrections(const ReviewRecord &saved, const ArticleDraft &draft,
                                   const ReviewMarks &marks, const QString &reviewer, const QDateTime &now);
/// The record with only its review marks changed (setting the status of several pages at once).
ReviewRecord recordWithMarks(const ReviewRecord &saved, const ReviewMarks &marks, const QString &reviewer,
                             const QDateTime &now);

} // namespace galley
