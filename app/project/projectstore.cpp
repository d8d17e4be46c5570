// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectstore.h"

#include "capture/capturereader.h"
#include "project/atomicfile.h"
#include "project/fileaccess.h"
#include "project/recordfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonObject>
#include <QTimer>

namespace galley {

namespace {

// Editors and git touch many files at once; one re-scan after the burst is enough.
constexpr int kRefreshDelayMs = 250;

QByteArray contentHash(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

// The hash of the file now on disk, empty when there is none (or it cannot be read).
QByteArray currentHash(const QString &path)
{
    QByteArray data;
    if (!QFileInfo::exists(path) || !readWholeFile(path, &data, nullptr))
        return {};
    return contentHash(data);
}

QString indexCacheFile(const Project &project)
{
    return project.cachePath() + QStringLiteral("/index.bin");
}

// A process killed in the middle of an atomic write can leave its temporary file behind
// ("<name>.XXXXXX" from AtomicWriter, ".import.XXXXXX" (formerly ".import-XXXXXX") from the importer). Only
// the lock holder removes them: nobody else can be writing them right now. Those in records/ are found by the
// index scan.
void removeCrashLeftovers(const Project &project)
{
    const auto sweep = [](const QString &dir, const QStringList &patterns) {
        const QStringList names = QDir(dir).entryList(patterns, QDir::Files | QDir::Hidden);
        for (const QString &name : names)
            QFile::remove(dir + QLatin1Char('/') + name);
    };
    sweep(project.journalPath(), {QStringLiteral("*.json.??????")});
    sweep(project.cachePath(), {QStringLiteral("index.bin.??????")});
    sweep(project.capturesPath(), {QStringLiteral(".import-??????"), QStringLiteral(".import.??????")});
}

} // namespace

ProjectStore::ProjectStore(std::unique_ptr<Project> project, const Options &options)
    : m_project(std::move(project)), m_clock(options.clock ? options.clock : Clock::system()),
      m_journal(m_project->journalPath()), m_vocabulary(m_project->manifest().settings.vocabulary()),
      m_vocabularyOverrides(m_project->manifest().settings.creditOverrides)
{}

const Vocabulary &ProjectStore::vocabulary() const
{
    const ProjectSettings &settings = m_project->manifest().settings;
    if (settings.creditOverrides != m_vocabularyOverrides) {
        m_vocabulary = settings.vocabulary();
        m_vocabularyOverrides = settings.creditOverrides;
    }
    return m_vocabulary;
}

ProjectStore::~ProjectStore()
{
    if (m_cacheDirty && !isReadOnly())
        saveIndexCache(nullptr);
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString &dir, ProjectError *error,
                                                 const Options &options)
{
    std::unique_ptr<Project> project = Project::open(dir, error, options.access);
    if (!project)
        return nullptr;
    std::unique_ptr<ProjectStore> store(new ProjectStore(std::move(project), options));
    const Project &p = store->project();
    if (!store->isReadOnly())
        removeCrashLeftovers(p);
    const bool cached = options.useCache && store->m_index.loadCache(indexCacheFile(p), p.recordsPath());
    const ProjectIndex::Changes changes = store->m_index.scan(p.recordsPath());
    if (!store->isReadOnly()) {
        for (const QString &name : changes.leftovers)
            QFile::remove(p.recordsPath() + QLatin1Char('/') + name);
    }
    store->m_lastScanParsed = changes.filesParsed;
    for (const JournalEntry &entry : store->m_journal.entries())
        store->m_index.setFlag(entry.id, RecordSummary::Journalled, true);
    // Writing the cache right away makes the next open fast even if this session crashes.
    store->m_cacheDirty = !cached || !changes.isEmpty();
    if (store->m_cacheDirty && !store->isReadOnly() && store->saveIndexCache(nullptr))
        store->m_cacheDirty = false;

    if (options.watch)
        store->watchRecords();
    return store;
}

void ProjectStore::watchRecords()
{
    if (m_watcher)
        return;
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &ProjectStore::refresh);
    m_watcher = new QFileSystemWatcher(this);
    m_watcher->addPath(m_project->recordsPath());
    const auto later = [this] { m_refreshTimer->start(); };
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, later);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, later);
    for (auto it = m_baselines.cbegin(); it != m_baselines.cend(); ++it)
        m_watcher->addPath(m_project->recordPath(it.key()));
}

bool ProjectStore::load(const QString &id, ReviewRecord *record, ProjectError *error)
{
    if (!isRecordId(id))
        return fail(error, {ProjectError::Invalid,
                            m_project->recordsPath(),
                            {},
                            QStringLiteral("\"%1\" is not a capture identity").arg(id)});
    const QString path = m_project->recordPath(id);
    QByteArray data;
    int version = 0;
    if (!readWholeFile(path, &data, error) || !decodeRecordFile(data, path, record, &version, error))
        return false;
    m_baselines.insert(id, {contentHash(data), {}, version});
    watchFile(path);
    return true;
}

void ProjectStore::release(const QString &id)
{
    if (m_baselines.remove(id) && m_watcher)
        m_watcher->removePath(m_project->recordPath(id));
}

bool ProjectStore::changedOnDisk(const QString &id) const
{
    const auto it = m_baselines.constFind(id);
    return it != m_baselines.cend() && currentHash(m_project->recordPath(id)) != it->hash;
}

bool ProjectStore::save(const ReviewRecord &record, ProjectError *error, SaveMode mode)
{
    const QString &id = record.source.id;
    const QString path = isRecordId(id) ? m_project->recordPath(id) : m_project->recordsPath();
    if (isReadOnly())
        return fail(error,
                    {ProjectError::ReadOnly, path, {}, QStringLiteral("not saved: ") + readOnlyReason()});
    if (!isRecordId(id))
        return fail(error, {ProjectError::Invalid,
                            path,
                            {},
                            QStringLiteral("not saved: \"%1\" is not a capture identity").arg(id)});

    if (isSymbolicLink(path))
        return fail(error,
                    {ProjectError::Invalid, path, {}, QStringLiteral("not saved: ") + linkRefusedMessage()});
    QByteArray old;
    const bool existed = QFileInfo::exists(path);
    if (existed && !readWholeFile(path, &old, error))
        return false;
    const auto baseline = m_baselines.find(id);
    if (mode == SaveMode::RefuseConflicts) {
        // The check that stops a save from silently undoing a git pull or another editor's work.
        if (baseline != m_baselines.end() && (existed ? contentHash(old) : QByteArray()) != baseline->hash)
            return fail(error,
                        {ProjectError::Conflict,
                         path,
                         {},
                         existed ? QStringLiteral("not saved: the file changed on disk since it was loaded")
                                 : QStringLiteral("not saved: the file was removed on disk since it was "
                                                  "loaded")});
        if (baseline == m_baselines.end() && existed)
            return fail(error,
                        {ProjectError::Conflict,
                         path,
                         {},
                         QStringLiteral("not saved: a record file already exists and was not loaded")});
    }
    if (existed) {
        QJsonObject object;
        const bool parsed = parseJsonObject(old, path, &object, nullptr);
        const int version = parsed ? recordFormatVersion(object) : -1;
        if (version > kRecordFormatVersion)
            return fail(error,
                        {ProjectError::NewerVersion,
                         path,
                         {},
                         QStringLiteral("not saved: the file has the newer format version %1").arg(version)});
        // Migration (or overwriting a damaged file) keeps the old bytes in backups/ first.
        if (version < kRecordFormatVersion) {
            const QString dir = m_project->backupsPath() + QStringLiteral("/records");
            const QString stem = QFileInfo(path).completeBaseName();
            const QString backup =
                dir + QLatin1Char('/') + stem +
                (parsed ? QStringLiteral(".v%1.json").arg(version) : QStringLiteral(".damaged"));
            if (!QDir().mkpath(dir))
                return fail(error,
                            {ProjectError::Io, dir, {}, QStringLiteral("cannot create backup folder")});
            if (!QFileInfo::exists(backup) && !writeFileAtomically(backup, old, error))
                return false;
        }
    }

    // The summary comes from the record in hand, not from its JSON read back (summarize() follows the
    // same code path as reading a file, so the index stays what a re-scan would build).
    const RecordSummary summary = summarize(record, kRecordFormatVersion);
    const QByteArray data = toProjectJson(recordFileObject(record));
    if (!writeFileAtomically(path, data, error))
        return false;
    // The index must never vouch for a file that does not hold what was written (the cache would then
    // hide it on every later open).
    const ProjectIndex::FileStamp stamp = ProjectIndex::stampOf(path);
    if (stamp.size != data.size())
        return fail(
            error,
            {ProjectError::Io,
             path,
             {},
             QStringLiteral("the saved file holds %1 bytes instead of %2").arg(stamp.size).arg(data.size())});
    if (baseline != m_baselines.end()) {
        *baseline = {contentHash(data), {}, kRecordFormatVersion};
        watchFile(path);
    }
    m_journal.remove(id, nullptr);
    const bool added = !contains(id);
    m_index.update(QFileInfo(path).fileName(), stamp, summary);
    m_cacheDirty = true;
    ProjectIndex::Changes changes;
    (added ? changes.added : changes.changed).append(id);
    emitChanges(changes);
    return true;
}

bool ProjectStore::loadCapture(const RecordSource &source, Capture *capture, ProjectError *error) const
{
    const QString path = m_project->absolutePath(source.path);
    // A record names its capture; a link there (or a path leading out) would show an outside file as
    // the page.
    if (!path.startsWith(m_project->capturesPath() + QLatin1Char('/')) || isSymbolicLink(path))
        return fail(error, {ProjectError::Invalid,
                            path,
                            {},
                            isSymbolicLink(path) ? linkRefusedMessage()
                                                 : QStringLiteral("the capture is not inside the project's "
                                                                  "captures/ folder; not read")});
    Capture found;
    CaptureError firstError;
    readCaptureFile(
        path,
        [&](const Capture &page) {
            if (found.isNull() && page.index() == source.index)
                found = page;
        },
        [&](const CaptureError &e) {
            if (firstError.message.isEmpty())
                firstError = e;
        });
    if (found.isNull()) {
        if (!firstError.message.isEmpty())
            return fail(error, {ProjectError::Io, path, firstError.where, firstError.message});
        return fail(error,
                    {ProjectError::NotFound, path, {}, QStringLiteral("no page %1").arg(source.index)});
    }
    if (!source.id.isEmpty() && found.id() != source.id)
        return fail(
            error, {ProjectError::Corrupt,
                    path,
                    {},
                    QStringLiteral("page %1 is not the page imported (identity differs)").arg(source.index)});
    *capture = found;
    return true;
}

const ProjectError *ProjectStore::problemOf(const QString &id) const
{
    return isRecordId(id) ? m_index.problemOf(recordFileName(id)) : nullptr;
}

bool ProjectStore::writeJournal(const ReviewRecord &record, ProjectError *error)
{
    if (isReadOnly())
        return fail(error, {ProjectError::ReadOnly,
                            m_journal.pathOf(record.source.id),
                            {},
                            QStringLiteral("not journalled: ") + readOnlyReason()});
    if (!m_journal.write(record, error))
        return false;
    if (m_index.setFlag(record.source.id, RecordSummary::Journalled, true)) {
        ProjectIndex::Changes changes;
        changes.changed.append(record.source.id);
        emitChanges(changes);
    }
    return true;
}

bool ProjectStore::readJournal(const QString &id, ReviewRecord *record, ProjectError *error) const
{
    return m_journal.read(id, record, error);
}

bool ProjectStore::discardJournal(const QString &id, ProjectError *error)
{
    if (isReadOnly())
        return fail(error, {ProjectError::ReadOnly,
                            m_journal.pathOf(id),
                            {},
                            QStringLiteral("not discarded: ") + readOnlyReason()});
    if (!m_journal.remove(id, error))
        return false;
    if (m_index.setFlag(id, RecordSummary::Journalled, false)) {
        ProjectIndex::Changes changes;
        changes.changed.append(id);
        emitChanges(changes);
    }
    return true;
}

void ProjectStore::refresh()
{
    ProjectIndex::Changes changes = m_index.scan(m_project->recordsPath());
    m_lastScanParsed = changes.filesParsed;
    if (!changes.isEmpty()) {
        m_cacheDirty = true;
        for (const QString &id : std::as_const(changes.added)) {
            if (m_journal.contains(id))
                m_index.setFlag(id, RecordSummary::Journalled, true);
        }
        for (const QString &id : std::as_const(changes.changed)) {
            if (m_journal.contains(id))
                m_index.setFlag(id, RecordSummary::Journalled, true);
        }
    }
    if (m_watcher && !m_watcher->directories().contains(m_project->recordsPath()))
        m_watcher->addPath(m_project->recordsPath());
    emitChanges(changes);
    checkLoadedRecords();
}

void ProjectStore::checkLoadedRecords()
{
    for (auto it = m_baselines.begin(); it != m_baselines.end(); ++it) {
        const QString path = m_project->recordPath(it.key());
        const QByteArray now = currentHash(path);
        if (QFileInfo::exists(path))
            watchFile(path); // a replaced file (rename over it) loses its watch
        if (now == it->hash) {
            it->notified.clear();
            continue;
        }
        if (now == it->notified && !it->notified.isNull())
            continue;
        // A vanished file is remembered as a non-null empty hash, so it too is reported once.
        it->notified = now.isNull() ? QByteArray("") : now;
        Q_EMIT recordChangedOnDisk(it.key());
    }
}

bool ProjectStore::saveIndexCache(ProjectError *error) const
{
    if (isReadOnly())
        return fail(error, {ProjectError::ReadOnly, indexCacheFile(*m_project), {}, readOnlyReason()});
    return m_index.saveCache(indexCacheFile(*m_project), error);
}

void ProjectStore::emitChanges(const ProjectIndex::Changes &changes)
{
    if (m_batchDepth > 0) {
        m_batched.added += changes.added;
        m_batched.changed += changes.changed;
        m_batched.removed += changes.removed;
        m_batched.problemsChanged = m_batched.problemsChanged || changes.problemsChanged;
        return;
    }
    m_index.sort();
    if (changes.problemsChanged)
        Q_EMIT problemsChanged();
    if (!changes.added.isEmpty() || !changes.changed.isEmpty() || !changes.removed.isEmpty())
        Q_EMIT summariesChanged(changes.added, changes.changed, changes.removed);
}

void ProjectStore::watchFile(const QString &path)
{
    if (m_watcher && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
}

ProjectStore::Batch::Batch(ProjectStore &store) : m_store(store)
{
    ++m_store.m_batchDepth;
}

ProjectStore::Batch::~Batch()
{
    if (--m_store.m_batchDepth == 0) {
        const ProjectIndex::Changes changes = std::exchange(m_store.m_batched, {});
        m_store.emitChanges(changes);
    }
}

} // namespace galley
