// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/record.h"

#include <QByteArray>

namespace galley {

/// Appends the record as one line of compact JSON (no newline): the same bytes as
/// QJsonDocument(recordToJson(record)).toJson(QJsonDocument::Compact), written straight from the record
/// without building a QJsonObject first. `galley extract` prints records this way.
void appendRecordJson(const Record &record, QByteArray *out);

} // namespace galley
