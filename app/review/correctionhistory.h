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

} // namespace galley
