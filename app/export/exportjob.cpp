// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportjob.h"

#include "export/exportfields.h"
#include "project/atomicwriter.h"

#include <QDir>
#include <QSet>
#include <algorithm>
#include <tuple>

namespace galley {

namespace {

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// Writes one file atomically (every step checked: a failed file leaves the old one or none, never an
/// empty or cut-off one); returns false with a message naming the file.
bool saveFile(const QString &path, const std::function<bool(QIODevice *, QString *)> &write, QString *error,
              bool *cancelled)
{
    AtomicWriter file(path);
    if (!file.open()) {
        *error = QStringLiteral("%1: %2").arg(displayPath(path), file.errorMessage());
        return false;
    }
    QString message;
    if (!write(&file, &message)) {
        file.cancel();
        *cancelled = message == cancelledMessage();
        // The writer's own message says what the system refused; the exporter's may only echo it.
        if (!file.errorMessage().isEmpty())
            message = file.errorMessage();
        *error = QStringLiteral("%1: %2").arg(displayPath(path), message);
        return false;
    }
    if (!file.commit()) {
        *error = QStringLiteral("%1: %2").arg(displayPath(path), file.errorMessage());
        return false;
    }
    return true;
}

} // namespace

QList<ReviewRecord> selectForExport(const QList<ReviewRecord> &records, std::optional<ReviewStatus> status)
{
    QList<ReviewRecord> out;
    for (const ReviewRecord &r : records) {
        if (!status || r.status == *status)
            out.append(r);
    }
    std::stable_sort(out.begin(), out.end(), [](const ReviewRecord &a, const ReviewRecord &b) {
        return std::tie(a.source.path, a.source.index, a.source.id) <
               std::tie(b.source.path, b.source.index, b.source.id);
    });
    return out;
}

ExportResult exportToPath(const Exporter &exporter, const QList<ReviewRecord> &records, const QString &path,
                          const ExportMonitor &monitor)
{
    ExportResult result;
    QString error;
    if (exporter.layout() == Exporter::Layout::Stream) {
        const auto write = [&](QIODevice *device, QString *message) {
            return exporter.write(records, device, message, monitor);
        };
        if (saveFile(path, write, &error, &result.cancelled))
            result.files.append(path);
        else if (!result.cancelled)
            result.errors.append(error);
        return result;
    }

    if (QString message; !makeFolders(path, &message)) {
        result.errors.append(QStringLiteral("%1: %2").arg(displayPath(path), message));
        return result;
    }
    const QDir dir(path);
    QSet<QString> used;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (monitor.isCancelled()) {
            result.cancelled = true;
            break;
        }
        // Two records of the same page get distinct, still stable, names.
        const QString base = exportfields::fileBaseName(records.at(i));
        QString name = base;
        for (int n = 2; used.contains(name); ++n)
            name = base + QLatin1Char('-') + QString::number(n);
        used.insert(name);
        const QString file = dir.filePath(name + QLatin1Char('.') + exporter.suffix());
        const auto write = [&](QIODevice *device, QString *message) {
            return exporter.write({records.at(i)}, device, message);
        };
        if (saveFile(file, write, &error, &result.cancelled))
            result.files.append(file);
        else
            result.errors.append(error);
        monitor.report(i + 1, records.size());
    }
    return result;
}

} // namespace galley
