// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/correctionhistory.h"

#include "record/recordjson.h"

namespace galley {

ReviewRecord recordWithCorrections(const ReviewRecord &saved, const ArticleDraft &draft, ReviewStatus status,
                                   const QString &reviewer, const QDateTime &now)
{
    return recordWithCorrections(saved, draft, ReviewMarks{status, saved.reason, saved.note}, reviewer, now);
}

ReviewRecord recordWithCorrections(const ReviewRecord &saved, const ArticleDraft &draft,
                                   const ReviewMarks &marks, const QString &reviewer, const QDateTime &now)
{
    const ReviewStatus status = marks.status;
    ReviewRecord out = saved;
    out.corrected = draft.corrected();
    out.status = status;
    out.reason = statusTakesReason(status) ? marks.reason.trimmed() : QString();
    out.note = marks.note.trimmed();
    if (out.corrected == saved.corrected && ReviewMarks::of(out) == ReviewMarks::of(saved))
        return out;
    out.modified = now;
    out.reviewer = reviewer;
    if (status != saved.status && (status == ReviewStatus::Reviewed || status == ReviewStatus::Rejected))
        out.reviewedAt = now;
    // One entry per top-level field that changed, in the JSON form the record file uses.
    const QJsonObject before = articleToJson(saved.corrected);
    const QJsonObject after = articleToJson(out.corrected);
    const QJsonObject extracted = articleToJson(saved.extracted);
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (it.key() == QLatin1String("provenance") || it.key() == QLatin1String("text"))
            continue;
        if (before.value(it.key()) != it.value())
            out.history.append(FieldChange{it.key(), reviewer, now, before.value(it.key()), it.value(),
                                           extracted.value(it.key())});
    }
    return out;
}

ReviewRecord recordWithMarks(const ReviewRecord &saved, const ReviewMarks &marks, const QString &reviewer,
                             const QDateTime &now)
{
    return recordWithCorrections(saved, ArticleDraft::fromRecord(saved.corrected, saved.extracted), marks,
                                 reviewer, now);
}

} // namespace galley
