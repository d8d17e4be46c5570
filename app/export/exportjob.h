// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <QStringList>
#include <optional>

namespace galley {

/// What an export wrote and what went wrong; every error names the file.
struct ExportResult
{
    bool cancelled = false;
    QStringList files;  ///< files written, in order
    QStringList errors; ///< "PATH: message"
    bool ok() const { return !cancelled && errors.isEmpty(); }
};

/// The records to export: those with `status` (all when nullopt), in a stable order (source path, then
/// page index, then id), so that the same project always exports the same bytes.
QList<ReviewRecord> selectForExport(const QList<ReviewRecord> &records, std::optional<ReviewStatus> status);

/// Writes `records` with `exporter` to `path`. Runs on any thread (no QObject, no GUI), reports progress
/// and honours cancellation through `monitor`.
///
/// Stream formats write one file at `path`; per-article formats create the folder `path` if needed and
/// write "<fileBaseName>.<suffix>" per record. Each file is written through QSaveFile, so a failed or
/// cancelled file never leaves a half-written file behind (files finished before a cancel stay).
ExportResult exportToPath(const Exporter &exporter, const QList<ReviewRecord> &records, const QString &path,
                          const ExportMonitor &monitor = {});

} // namespace galley
