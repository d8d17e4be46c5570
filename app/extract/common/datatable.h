// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace galley {

/// Reads the compiled-in data table ":/galley/data/<name>.json" (resources/data/).
///
/// The tables ship inside the binary, so a missing or broken one is a build defect: it is reported once
/// with qWarning and an empty object is returned, which leaves the parsers working without that vocabulary.
QJsonObject loadDataTable(const QString &name);

/// The string array under `key` of a table, lowercased when `lower` is set.
QStringList tableStrings(const QJsonObject &table, const QString &key, bool lower = true);

/// A regular-expression alternation of `words` (escaped, longest first, so "written by" wins over "by").
QString alternation(QStringList words);

} // namespace galley
