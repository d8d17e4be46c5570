// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/correctionhistory.h"

#include "record/recordjson.h"

namespace galley {

ReviewRecord recordWithCorrections(const ReviewRecord &saved, const ArticleDraft &draft, ReviewStatus status,
                                   const QString &reviewer, const QDateTime &now)
{
    ReviewRecord out = saved;
    out.corrected = draft.corrected();
    out.status = status;
    if (out.corrected == saved.corrected && status == saved.status)
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

} // namespace galley
