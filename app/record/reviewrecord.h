// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/record.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace galley {

enum class ReviewStatus { New, InReview, Reviewed, Rejected, NeedsAttention };

/// "new", "in-review", "reviewed", "rejected", "needs-attention": the names used in files and on the
/// command line.
QString reviewStatusName(ReviewStatus status);
bool parseReviewStatus(const QString &name, ReviewStatus *status);
/// Whether a page with this status carries a reason (rejected, needs attention); a page that leaves
/// these statuses drops its reason.
bool statusTakesReason(ReviewStatus status);

/// One entry of a record's history of corrections: which field, who, when, its value before and after
/// the save, and what the extractor said (the input learning from corrections needs). Values are in the
/// JSON form of the record file (docs/record-format.md).
struct FieldChange
{
    QString field; ///< a field path (review/fieldpath.h) of a top-level field: "headline", "bylines"
    QString reviewer;
    QDateTime at; ///< UTC
    QJsonValue before;
    QJsonValue after;
    QJsonValue extracted; ///< the extractor's value of the field
    bool operator==(const FieldChange &) const = default;
};

/// A page of a project: what the extractor produced, what the editor made of it, and the review state.
///
/// `corrected` starts as a copy of `extracted`; the editor only ever changes `corrected`, so the UI and
/// the history can always show what was corrected.
struct ReviewRecord
{
    RecordSource source;
    Article extracted;
    Article corrected;
    ReviewStatus status = ReviewStatus::New;
    QString reviewer;     ///< who last changed the status or a field
    QDateTime created;    ///< UTC, when the page was imported
    QDateTime modified;   ///< UTC, last change of anything
    QDateTime reviewedAt; ///< UTC, when the status last became reviewed or rejected
    /// Why the page was rejected or needs attention ("Not an article: a live blog index"); empty for
    /// other statuses (statusTakesReason()).
    QString reason;
    /// The editor's note on the page, whatever its status ("ask the desk about the second byline").
    QString note;
    QList<FieldChange> history;

    /// The record as exported: the source plus the corrected article.
    Record correctedRecord() const { return Record{source, corrected}; }
    bool operator==(const ReviewRecord &) const = default;
};

} // namespace galley
