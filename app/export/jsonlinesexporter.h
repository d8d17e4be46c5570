// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <QJsonObject>

namespace galley {

/// JSON Lines: one compact object per line, the `galley extract` record shape (docs/record-format.md)
/// of the corrected article plus the review fields `status`, `reviewer` and `reviewedAt`.
class JsonLinesExporter final : public Exporter
{
public:
    QString id() const override { return QStringLiteral("jsonl"); }
    QString name() const override { return QStringLiteral("JSON Lines"); }
    QString suffix() const override { return QStringLiteral("jsonl"); }
    QString mimeType() const override { return QStringLiteral("application/jsonl"); }
    Layout layout() const override { return Layout::Stream; }
    bool write(const QList<ReviewRecord> &records, QIODevice *device, QString *error,
               const ExportMonitor &monitor = {}) const override;

    /// One line's object (without the newline).
    static QJsonObject toJson(const ReviewRecord &record);
    /// Reads a line's object back: source, corrected article and the review fields; the rest of
    /// *record (extracted, history, created, modified) is left as it was. False with *error on bad input.
    static bool fromJson(const QJsonObject &object, ReviewRecord *record, QString *error);
};

} // namespace galley
