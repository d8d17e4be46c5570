// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/reviewrecord.h"

#include <QJsonObject>

namespace galley {

/// The JSON shape of a project page (docs/project-format.md, "Record files").
///
/// The top level is exactly what `galley extract` prints for the *corrected* record (source plus
/// article keys, via recordToJson), so any reader of the extract contract can read a record file; the
/// review state is added under "extracted", "review" and "history". formatVersion is not written here:
/// the record file layer (app/project/recordfile.h) owns versioning.
QJsonObject reviewRecordToJson(const ReviewRecord &record);

/// Reads a project page back. Unknown keys are ignored; a wrongly typed value sets *error to a message
/// naming the key and returns false. A missing "extracted" object means "same as corrected".
bool reviewRecordFromJson(const QJsonObject &object, ReviewRecord *record, QString *error);

/// Timestamps in record files: ISO 8601 UTC with milliseconds ("2026-11-28T06:07:23.123Z"), empty
/// (null) when invalid.
QJsonValue timestampToJson(const QDateTime &time);
QDateTime timestampFromJson(const QJsonValue &value);

} // namespace galley
