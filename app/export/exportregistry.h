// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <QList>
#include <QStringList>

// The export formats the command line and the File → Export… dialog both offer, in menu order.
namespace galley::exportregistry {

/// Every built-in exporter; the pointers live as long as the program.
const QList<const Exporter *> &exporters();
/// The exporter with this id ("jsonl", "ninjs", "newsml", "markdown", "html", "csv"), or nullptr.
const Exporter *find(const QString &id);
/// The ids, in menu order.
QStringList ids();
/// A QFileDialog name filter for one exporter, e.g. "CSV (*.csv)".
QString nameFilter(const Exporter &exporter);

} // namespace galley::exportregistry
