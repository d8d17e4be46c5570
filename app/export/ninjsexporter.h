// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <QJsonObject>

namespace galley {

/// IPTC ninjs 2.2 (JSON Schema 2020-12, /work/shared/standards/ninjs-schema_2.2.json): one indented
/// JSON document per article; several records written to one device become a JSON array of documents.
class NinjsExporter final : public Exporter
{
public:
    QString id() const override { return QStringLiteral("ninjs"); }
    QString name() const override { return QStringLiteral("IPTC ninjs 2.2"); }
    QString suffix() const override { return QStringLiteral("json"); }
    QString mimeType() const override { return QStringLiteral("application/json"); }
    Layout layout() const override { return Layout::FilePerArticle; }
    bool write(const QList<ReviewRecord> &records, QIODevice *device, QString *error,
               const ExportMonitor &monitor = {}) const override;

    /// The ninjs object for one record.
    static QJsonObject toNinjs(const ReviewRecord &record);
};

} // namespace galley
