// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/record.h"
#include "record/reviewrecord.h"

#include <QDateTime>

namespace galley {

/// The one conversion from an extracted record to a page under review (the importer and loose
/// captures both use it): the extraction is both `extracted` and, until the editor changes it,
/// `corrected`; created and modified are `now`, the status is new. The way back is
/// ReviewRecord::correctedRecord().
ReviewRecord reviewRecordFromExtraction(const Record &extracted, const QDateTime &now);

} // namespace galley
