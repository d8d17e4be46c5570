// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewconversion.h"

namespace galley {

ReviewRecord reviewRecordFromExtraction(const Record &extracted, const QDateTime &now)
{
    ReviewRecord record;
    record.source = extracted.source;
    record.extracted = extracted.article;
    record.corrected = extracted.article;
    record.created = now;
    record.modified = now;
    return record;
}

} // namespace galley
