// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/importer.h"

#include "capture/capturereader.h"
#include "capture/inputfile.h"
#include "extract/common/agencies.h"
#include "extract/extractor.h"
#include "project/projectstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>
#include <QtConcurrent/QtConcurrentMap>
#include <unistd.h>

namespace galley {

namespace {

// Pages are extracted in batches: large enough to keep every core busy, small enough that an archive
// of thousands of pages never sits in memory at once.
constexpr int kBatchSize = 32;
constexpr qint64 kCopyChunk = 1 << 20;

// The project's credit overrides shape extraction, so "Reuters Staff" or a local agency come out as
// the project wants them.
void installCreditOverrides(const ProjectSettings &settings)
{
    QList<agencies::Agency> table;
    for (const CreditOverride &o : settings.creditOverrides)
        table.append({o.name, o.aliases});
    agencies::setOverrides(table);
}

} // namespace

QString Importer::captureCopyName(const QString &sha256Hex, const QString &originalPath)
{
    // Keep the suffix (readers fall back on it) but only in a tame form: "html", "warc.gz".
    static const QRegularExpression tame(QStringLiteral("^[a-z0-9]{1,8}$"));
    const QStringList parts = QFileInfo(originalPath).fileName().toLower().split(QLatin1Char('.'));
    QString suffix;
    if (parts.size() >= 2 && tame.match(parts.last()).hasMatch()) {
        suffix = parts.last();
        if (suffix == QLatin1String("gz") && parts.size() >= 3 &&
            tame.match(parts.at(parts.size() - 2)).hasMatch())
            suffix = parts.at(parts.size() - 2) + QStringLiteral(".gz");
    }
    return QStringLiteral("captures/") + sha256Hex +
           (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
}

void Importer::report(const ProjectError &error, ImportResult *result)
{
    ++result->failures;
    if (m_onError)
        m_onError(error);
}

ImportResult Importer::importPaths(const QStringList &paths)
{
    ImportResult result;
    if (m_store.isReadOnly()) {
        report({ProjectError::ReadOnly,
                m_store.project().rootPath(),
                {},
                QStringLiteral("cannot import: ") + m_store.readOnlyReason()},
               &result);
        return result;
    }
    installCreditOverrides(m_store.project().manifest().settings);
    const QStringList files = expandCapturePaths(paths, [&](const CaptureError &e) {
        report({ProjectError::NotFound, e.path, e.where, e.message}, &result);
    });
    ImportProgress progress;
    progress.filesTotal = int(files.size());
    result.files = progress.filesTotal;
    const ProjectStore::Batch batch(m_store);
    for (const QString &file : files) {
        progress.currentFile = file;
        importFile(file, &result, &progress);
        ++progress.filesDone;
        if (m_onProgress)
            m_onProgress(progress);
    }
    return result;
}

bool Importer::copyIn(const QString &path, QString *relativeCopy, bool *copied)
{
    // Opened as the capture reader opens it: devices are refused, a FIFO without a writer never waits.
    QFile source;
    InputKind kind = InputKind::Refused;
    QString refusal;
    if (!openCaptureInput(path, &source, &kind, &refusal)) {
        if (m_onError)
            m_onError({ProjectError::Io, path, {}, refusal});
        return false;
    }
    const QString dir = m_store.project().capturesPath();
    QDir().mkpath(dir);
    // Copy and hash in one pass into a hidden temporary file, then rename it to its content name: what
    // is named by the hash is exactly what was hashed, even if the original changes meanwhile.
    QTemporaryFile temp(dir + QStringLiteral("/.import-XXXXXX"));
    const auto ioError = [&](const QString &what) {
        if (m_onError)
            m_onError({ProjectError::Io, path, {}, what});
        return false;
    };
    if (!temp.open())
        return ioError(QStringLiteral("cannot copy into %1: %2").arg(dir, temp.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(kCopyChunk);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            return ioError(QStringLiteral("cannot read: ") + source.errorString());
        hash.addData(chunk);
        if (temp.write(chunk) != chunk.size())
            return ioError(QStringLiteral("cannot copy into %1: %2").arg(dir, temp.errorString()));
    }
    *relativeCopy = captureCopyName(QString::fromLatin1(hash.result().toHex()), path);
    const QString target = m_store.project().absolutePath(*relativeCopy);
    *copied = !QFileInfo::exists(target);
    if (!*copied)
        return true; // the temporary copy is removed by QTemporaryFile
    if (!temp.flush() || ::fsync(temp.handle()) != 0)
        return ioError(QStringLiteral("cannot copy into %1: %2").arg(dir, temp.errorString()));
    // Captures are never modified after import; read-only permissions say so to everyone.
    temp.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!temp.rename(target))
        return ioError(QStringLiteral("cannot copy to %1: %2").arg(target, temp.errorString()));
    temp.setAutoRemove(false);
    return true;
}

bool Importer::importFile(const QString &path, ImportResult *result, ImportProgress *progress)
{
    QString relative;
    bool copied = false;
    if (!copyIn(path, &relative, &copied)) {
        ++result->failures;
        return false;
    }
    const QString copy = m_store.project().absolutePath(relative);
    const QDateTime now = m_store.clock().now();
    QList<Capture> pending;
    QSet<QString> pendingIds;
    int pages = 0;

    const auto flush = [&] {
        const QList<Record> records = QtConcurrent::blockingMapped(
            pending, [](const Capture &capture) { return extractRecord(capture); });
        for (const Record &extracted : records) {
            ReviewRecord record;
            record.source = extracted.source;
            record.source.path = relative;
            record.extracted = extracted.article;
            record.corrected = extracted.article;
            record.created = now;
            record.modified = now;
            ProjectError error;
            if (m_store.save(record, &error)) {
                ++result->pagesImported;
                ++progress->pagesImported;
            } else {
                report(error, result);
            }
        }
        pending.clear();
        pendingIds.clear();
        if (m_onProgress)
            m_onProgress(*progress);
    };

    readCaptureFile(
        copy,
        [&](const Capture &capture) {
            ++pages;
            const QString id = capture.id();
            if (m_store.contains(id) || pendingIds.contains(id)) {
                ++result->pagesSkipped;
                ++progress->pagesSkipped;
                return;
            }
            pending.append(capture);
            pendingIds.insert(id);
            if (pending.size() >= kBatchSize)
                flush();
        },
        [&](const CaptureError &e) {
            // Name the file the user gave, not our copy of it.
            report({ProjectError::Corrupt, e.path == copy ? path : e.path, e.where, e.message}, result);
        });
    if (!pending.isEmpty())
        flush();
    if (copied) {
        ++result->capturesCopied;
        if (pages == 0) {
            // Nothing in it could be read: do not keep a copy no record refers to.
            QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            QFile::remove(copy);
            --result->capturesCopied;
        }
    }
    return true;
}

} // namespace galley
