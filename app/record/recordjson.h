// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/record.h"

#include <QJsonObject>

namespace galley {

/// The JSON shape of a record: the `galley extract` contract (docs/record-format.md).
///
/// Missing values become null, lists are always present. QJsonObject keeps keys sorted, which gives
/// the stable key order that makes record files diff well.
QJsonObject recordToJson(const Record &record);
QJsonObject articleToJson(const Article &article); ///< every key but `source`
QJsonObject sourceToJson(const RecordSource &source);

/// Reads a record back. Unknown keys are ignored; a wrongly typed value sets *error to a message naming
/// the key and returns false.
bool recordFromJson(const QJsonObject &object, Record *record, QString *error);
bool articleFromJson(const QJsonObject &object, Article *article, QString *error);

} // namespace galley
