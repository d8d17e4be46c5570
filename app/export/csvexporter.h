// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <QStringList>

namespace galley {

/// CSV (RFC 4180: CRLF line ends, fields with comma, quote or line break quoted, quotes doubled), UTF-8:
/// a header row, then one row per article: id, url, headline, bylines ("; "-separated), credit, date,
/// status, word count.
class CsvExporter final : public Exporter
{
public:
    QString id() const override { return QStringLiteral("csv"); }
    QString name() const override { return QStringLiteral("CSV"); }
    QString suffix() const override { return QStringLiteral("csv"); }
    QString mimeType() const override { return QStringLiteral("text/csv"); }
    Layout layout() const override { return Layout::Stream; }
    bool write(const QList<ReviewRecord> &records, QIODevice *device, QString *error,
               const ExportMonitor &monitor = {}) const override;

    static QStringList header();
    static QStringList row(const ReviewRecord &record);
    /// One field: control characters dropped, a leading =, +, -, @, TAB or CR guarded with an apostrophe
    /// (a spreadsheet would run it as a formula), quoted when RFC 4180 requires it.
    static QString field(const QString &value);
};

} // namespace galley
