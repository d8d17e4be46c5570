// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/jsonlinesexporter.h"

#include "export/exportfields.h"
#include "record/recordjson.h"

#include <QJsonDocument>

namespace galley {

namespace {
QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QJsonObject JsonLinesExporter::toJson(const ReviewRecord &record)
{
    QJsonObject o = recordToJson(record.correctedRecord());
    o.insert(QStringLiteral("status"), reviewStatusName(record.status));
    o.insert(QStringLiteral("reviewer"), nullable(record.reviewer));
    o.insert(QStringLiteral("reviewedAt"), nullable(exportfields::utcString(record.reviewedAt)));
    o.insert(QStringLiteral("reason"), nullable(record.reason));
    o.insert(QStringLiteral("note"), nullable(record.note));
    return o;
}

bool JsonLinesExporter::fromJson(const QJsonObject &object, ReviewRecord *record, QString *error)
{
    Record r;
    if (!recordFromJson(object, &r, error))
        return false;
    ReviewStatus status;
    if (!parseReviewStatus(object.value(QStringLiteral("status")).toString(), &status)) {
        if (error)
            *error = QStringLiteral("\"status\" should be one of new, in-review, reviewed, rejected, "
                                    "needs-attention");
        return false;
    }
    const QString reviewedAt = object.value(QStringLiteral("reviewedAt")).toString();
    const QDateTime at = exportfields::parseUtc(reviewedAt);
    if (!reviewedAt.isEmpty() && !at.isValid()) {
        if (error)
            *error = QStringLiteral("\"reviewedAt\" should be an ISO 8601 date-time");
        return false;
    }
    record->source = r.source;
    record->corrected = r.article;
    record->status = status;
    record->reviewer = object.value(QStringLiteral("reviewer")).toString();
    record->reviewedAt = at;
    record->reason = object.value(QStringLiteral("reason")).toString();
    record->note = object.value(QStringLiteral("note")).toString();
    return true;
}

bool JsonLinesExporter::write(const QList<ReviewRecord> &records, QIODevice *device, QString *error,
                              const ExportMonitor &monitor) const
{
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!monitor.proceed(error))
            return false;
        QByteArray line = QJsonDocument(toJson(records.at(i))).toJson(QJsonDocument::Compact);
        line += '\n';
        if (!writeAll(device, line, error))
            return false;
        monitor.report(i + 1, records.size());
    }
    return true;
}

} // namespace galley
