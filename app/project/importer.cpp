// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/importer.h"

#include "capture/capturelimits.h"
#include "capture/capturereader.h"
#include "capture/filenames.h"
#include "capture/inputfile.h"
#include "extract/extractor.h"
#include "project/atomicwriter.h"
#include "project/fileaccess.h"
#include "project/projectstore.h"
#include "review/reviewconversion.h"
#include "rules/ruleapplication.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

namespace galley {

namespace {

// Pages are extracted in batches: large enough to keep every core busy, small enough that an archive
// of thousands of pages never sits in memory at once.
constexpr int kBatchSize = 32;
constexpr qint64 kCopyChunk = 1 << 20;

// How many bytes a pipe may bring into the project, from its first bytes; -1 for an archive, which is
// streamed record by record and bounded by the disk alone.
qint64 streamCopyLimit(const QByteArray &head, const QString &path)
{
    const SniffedFormat format = sniffFormat(head, path);
    if (format == SniffedFormat::Warc || format == SniffedFormat::Gzip)
        return -1;
    return capturelimits::wholeReadLimit(format);
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
    ++(error.warning ? result->warnings : result->failures);
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
    // The project's credit overrides shape extraction, so "Reuters Staff" or a local agency come out as
    // the project wants them.
    m_vocabulary = m_store.vocabulary();
    // Accepted site rules apply on top of the general extractor; a damaged rules file is reported and
    // its rules left out, the import goes on.
    QList<ProjectError> ruleProblems;
    m_rules = RuleBook::load(m_store.project().rulesPath(), &ruleProblems);
    for (const ProjectError &problem : std::as_const(ruleProblems))
        report(problem, &result);
    const QStringList files = expandCapturePaths(paths, [&](const CaptureError &e) {
        report({ProjectError::NotFound, e.path, e.where, e.message}, &result);
    });
    ImportProgress progress;
    progress.filesTotal = int(files.size());
    result.files = progress.filesTotal;
    QList<qint64> sizes;
    for (const QString &file : files) {
        sizes.append(QFileInfo(file).size());
        progress.bytesTotal += sizes.last();
    }
    const ProjectStore::Batch batch(m_store);
    for (qsizetype i = 0; i < files.size() && !cancelRequested(); ++i) {
        const qint64 fileStart = progress.bytesDone;
        progress.currentFile = files.at(i);
        importFile(files.at(i), &result, &progress);
        ++progress.filesDone;
        progress.bytesDone = fileStart + sizes.at(i);
        if (m_onProgress)
            m_onProgress(progress);
    }
    result.canceled = cancelRequested();
    return result;
}

bool Importer::copyIn(const QString &path, QString *relativeCopy, bool *copied)
{
    const auto ioError = [&](const QString &what) {
        if (m_onError)
            m_onError({ProjectError::Io, displayFileName(path), {}, what});
        return false;
    };
    // Opened as the capture reader opens it: devices are refused, a FIFO without a writer never waits.
    QFile source;
    InputKind kind = InputKind::Refused;
    if (QString message; !openCaptureInput(path, &source, &kind, &message))
        return ioError(message);
    const QString dir = m_store.project().capturesPath();
    if (QString message; !makeFolders(dir, &message))
        return ioError(QStringLiteral("%1: %2").arg(dir, message));

    // Copy and hash in one pass into a hidden temporary file, then rename it to its content name: what
    // is named by the hash is exactly what was copied, even if the original changes meanwhile. A copy
    // that fails (a full disk) still hashes to the end: a capture imported before is then recognised,
    // so re-importing into a nearly full project needs no room.
    AtomicWriter temp(dir + QStringLiteral("/.import"));
    QString copyError;
    if (!temp.open())
        copyError = temp.errorMessage();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // A pipe says nothing of its length: one that is not an archive may bring at most what a capture
    // read whole may hold, and one whose copy failed is not read on (it might never end).
    qint64 pipeLimit = -1;
    qint64 total = 0;
    // Read until a read gives nothing: atEnd() of a pipe is true whenever no byte is buffered yet.
    while (true) {
        const QByteArray chunk = source.read(kCopyChunk);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            return ioError(QStringLiteral("cannot read: ") + source.errorString());
        if (chunk.isEmpty())
            break;
        if (kind == InputKind::Pipe && total == 0)
            pipeLimit = streamCopyLimit(chunk, path);
        total += chunk.size();
        if (pipeLimit >= 0 && total > pipeLimit)
            return ioError(QStringLiteral("more than %1 MB arrived, the limit for one page; not imported")
                               .arg(pipeLimit / (1024 * 1024)));
        hash.addData(chunk);
        if (copyError.isEmpty() && temp.write(chunk) != chunk.size()) {
            copyError = temp.errorMessage();
            temp.cancel(); // frees the space taken so far
            if (kind == InputKind::Pipe)
                return ioError(QStringLiteral("cannot copy into %1: %2").arg(dir, copyError));
        }
    }
    *relativeCopy = captureCopyName(QString::fromLatin1(hash.result().toHex()), path);
    const QString target = m_store.project().absolutePath(*relativeCopy);
    if (isSymbolicLink(target))
        return ioError(QStringLiteral("cannot import: %1 %2").arg(target, linkRefusedMessage()));
    *copied = !QFileInfo::exists(target);
    if (!*copied)
        return true; // the temporary copy is dropped by the writer
    if (!copyError.isEmpty())
        return ioError(QStringLiteral("cannot copy into %1: %2").arg(dir, copyError));
    // Captures are never modified after import; read-only permissions say so to everyone.
    temp.setTargetPermissions(0444);
    if (!temp.commitAs(target))
        return ioError(QStringLiteral("cannot copy to %1: %2").arg(target, temp.errorMessage()));
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
    int saved = 0;
    int present = 0;
    const qint64 fileStart = progress->bytesDone;

    const auto flush = [&] {
        if (cancelRequested()) { // what is not yet written is left out, at once
            pending.clear();
            pendingIds.clear();
            return;
        }
        // Where in the file the batch ends: an archive's record offset (for a .warc.gz, of its gzip
        // member, so a share of the file's size on disk).
        progress->bytesDone = fileStart + pending.last().recordOffset();
        // What a size bound left out of a page (docs/security.md) is a warning naming the page.
        const QList<std::pair<Record, QStringList>> extractions =
            QtConcurrent::blockingMapped(pending, [this](const Capture &capture) {
                QStringList warnings;
                Record record = extractRecordWithRules(capture, m_vocabulary, m_rules, &warnings);
                return std::pair{std::move(record), warnings};
            });
        for (qsizetype k = 0; k < extractions.size(); ++k) {
            const Capture &capture = pending.at(k);
            for (const QString &warning : extractions[k].second)
                report({ProjectError::Corrupt, displayFileName(path),
                        capture.index() > 0 || capture.format() == CaptureFormat::Warc
                            ? QStringLiteral("page %1").arg(capture.index())
                            : QString(),
                        warning, true},
                       result);
            const Record &extracted = extractions[k].first;
            ReviewRecord record = reviewRecordFromExtraction(extracted, now);
            record.source.path = relative;
            // A damaged record file of this page (cut off by a full disk, emptied) is repaired from the
            // capture; save() keeps the damaged bytes in backups/ first. Anything else on disk stays.
            const ProjectError *damage = m_store.problemOf(record.source.id);
            const auto mode = damage && damage->kind == ProjectError::Corrupt
                                  ? ProjectStore::SaveMode::Overwrite
                                  : ProjectStore::SaveMode::RefuseConflicts;
            ProjectError error;
            if (damage && damage->kind != ProjectError::Corrupt) {
                report(*damage, result);
            } else if (m_store.save(record, &error, mode)) {
                ++saved;
                ++result->pagesImported;
                ++progress->pagesImported;
                if (damage)
                    ++result->recordsRepaired;
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
            if (cancelRequested())
                return;
            const QString id = capture.id();
            if (m_store.contains(id) || pendingIds.contains(id)) {
                ++present;
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
            report({ProjectError::Corrupt, e.path == copy ? displayFileName(path) : e.path, e.where,
                    e.message, e.warning},
                   result);
        },
        [this] { return cancelRequested(); });
    if (!pending.isEmpty())
        flush();
    if (copied) {
        ++result->capturesCopied;
        if (saved == 0 && present == 0) {
            // No record refers to the copy (nothing readable in it, or every save failed): do not keep
            // an orphan.
            QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            QFile::remove(copy);
            --result->capturesCopied;
        }
    }
    return true;
}

} // namespace galley
