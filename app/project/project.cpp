// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/project.h"

#include "project/atomicfile.h"
#include "project/atomicwriter.h"
#include "project/fileaccess.h"
#include "project/recordfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLockFile>

namespace galley {

namespace {

// Derived or private state stays out of version control: the index cache is rebuilt from the records,
// journals and the lock belong to one machine, backups duplicate what git already has.
constexpr char kGitIgnore[] =
    "# Written by galley init: machine-local state, rebuilt or recovered by Galley.\n"
    "/cache/\n"
    "/journal/\n"
    "/backups/\n"
    "/galley.lock\n"
    "/galley.lock.rmlock\n";

QString subPath(const QString &root, const char *name)
{
    return root + QLatin1Char('/') + QLatin1String(name);
}

// How long an unreadable lock file must have been so before it counts as abandoned: QLockFile writes
// the holder within microseconds of creating the file.
constexpr qint64 kUnreadableLockGraceMs = 5000;

bool unreadableLockIsStale(const QString &path)
{
    QLockFile probe(path);
    qint64 pid = 0;
    QString host, app;
    if (probe.getLockInfo(&pid, &host, &app))
        return false;
    const QFileInfo info(path);
    return info.exists() && !info.isSymLink() &&
           qAbs(info.lastModified().msecsTo(QDateTime::currentDateTime())) > kUnreadableLockGraceMs;
}

// Why the lock file could not be made, in the system's words: QLockFile only says "permission error"
// or "unknown error", so the same step is tried on a scratch file beside it.
QString lockCreationError(const QString &lockPath)
{
    AtomicWriter probe(lockPath + QStringLiteral(".probe"), AtomicWriter::Durability::Unsynced);
    if (probe.open() && probe.write(QByteArray(64, '\n')) == 64 && probe.isOpen()) {
        probe.cancel();
        return QStringLiteral("unknown error");
    }
    return probe.errorMessage();
}

} // namespace

QString LockHolder::toString() const
{
    return QStringLiteral("%1 (pid %2) on host %3")
        .arg(appname.isEmpty() ? QStringLiteral("an unknown program") : appname)
        .arg(pid)
        .arg(hostname.isEmpty() ? QStringLiteral("unknown") : hostname);
}

Project::~Project() = default;

QString Project::manifestPath() const
{
    return m_root + QLatin1Char('/') + manifestFileName();
}
QString Project::recordsPath() const
{
    return subPath(m_root, "records");
}
QString Project::capturesPath() const
{
    return subPath(m_root, "captures");
}
QString Project::exportsPath() const
{
    return subPath(m_root, "exports");
}
QString Project::rulesPath() const
{
    return subPath(m_root, "rules");
}
QString Project::journalPath() const
{
    return subPath(m_root, "journal");
}
QString Project::cachePath() const
{
    return subPath(m_root, "cache");
}
QString Project::backupsPath() const
{
    return subPath(m_root, "backups");
}
QString Project::lockPath() const
{
    return subPath(m_root, "galley.lock");
}

QString Project::recordPath(const QString &id) const
{
    return recordsPath() + QLatin1Char('/') + recordFileName(id);
}

QString Project::absolutePath(const QString &relative) const
{
    return QDir::cleanPath(QDir(m_root).absoluteFilePath(relative));
}

bool Project::isProject(const QString &dir)
{
    return QFileInfo(QDir(dir).filePath(manifestFileName())).isFile();
}

bool Project::init(const QString &dir, const QString &name, const Clock &clock, ProjectError *error)
{
    const QString root = QDir(dir).absolutePath();
    const QString manifestPath = root + QLatin1Char('/') + manifestFileName();
    if (isProject(root) || isSymbolicLink(manifestPath)) {
        // Say whether this is a working project or the remains of a failed one (an empty galley.json
        // from a full disk): the second cannot be opened, so "already a project" would be a dead end.
        QByteArray data;
        QJsonObject object;
        ProjectManifest manifest;
        ProjectError problem;
        if (readWholeFile(manifestPath, &data, &problem) && !data.isEmpty() &&
            parseJsonObject(data, manifestPath, &object, &problem) &&
            manifestFromJson(object, manifestPath, &manifest, &problem))
            return fail(error, {ProjectError::Invalid, root, {}, QStringLiteral("already a Galley project")});
        if (data.isEmpty() && problem.message.isEmpty())
            problem = {ProjectError::Corrupt, manifestPath, {}, QStringLiteral("is empty (0 bytes)")};
        problem.message += QStringLiteral(
            "; not a usable project: restore galley.json (e.g. from version control) or remove it and run "
            "galley init again");
        return fail(error, problem);
    }
    if (QFileInfo(root).exists() && !QFileInfo(root).isDir())
        return fail(error, {ProjectError::Invalid, root, {}, QStringLiteral("exists and is not a folder")});
    for (const char *sub : {"records", "captures", "exports"}) {
        const QString path = subPath(root, sub);
        if (isSymbolicLink(path))
            return fail(error, {ProjectError::Invalid, path, {}, linkRefusedMessage()});
        if (QString message; !makeFolders(path, &message))
            return fail(error, {ProjectError::Io, path, {}, message});
    }
    const QString ignorePath = root + QStringLiteral("/.gitignore");
    if (!QFileInfo::exists(ignorePath) && !isSymbolicLink(ignorePath) &&
        !writeFileAtomically(ignorePath, QByteArray(kGitIgnore), error))
        return false;
    ProjectManifest manifest;
    manifest.name = name.isEmpty() ? QFileInfo(root).fileName() : name;
    manifest.created = clock.now();
    // The manifest goes last: a folder is a project only once everything else is in place.
    return writeFileAtomically(manifestPath, toProjectJson(manifestToJson(manifest)), error);
}

std::unique_ptr<Project> Project::open(const QString &dir, ProjectError *error, Access access)
{
    std::unique_ptr<Project> project(new Project);
    project->m_root = QDir(dir).absolutePath();
    const QString manifestPath = project->manifestPath();
    if (!QFileInfo(project->m_root).isDir()) {
        fail(error, {ProjectError::NotFound, project->m_root, {}, QStringLiteral("no such folder")});
        return nullptr;
    }
    if (!QFileInfo(manifestPath).isFile()) {
        fail(error, {ProjectError::NotFound,
                     project->m_root,
                     {},
                     QStringLiteral("not a Galley project (no galley.json; create one with galley init)")});
        return nullptr;
    }
    // A link in place of one of the project's folders could lead reads and writes out of the project
    // (git carries links): refused, naming it.
    for (const QString &path :
         {project->recordsPath(), project->capturesPath(), project->exportsPath(), project->journalPath(),
          project->cachePath(), project->backupsPath(), project->lockPath()}) {
        if (isSymbolicLink(path)) {
            fail(error, {ProjectError::Invalid, path, {}, linkRefusedMessage()});
            return nullptr;
        }
    }
    QByteArray data;
    QJsonObject object;
    if (!readWholeFile(manifestPath, &data, error))
        return nullptr;
    if (data.isEmpty()) {
        // What a failed write on a full disk used to leave: say so rather than "invalid JSON".
        fail(error, {ProjectError::Corrupt,
                     manifestPath,
                     {},
                     QStringLiteral("is empty (0 bytes); restore galley.json (e.g. from version control)")});
        return nullptr;
    }
    if (!parseJsonObject(data, manifestPath, &object, error) ||
        !manifestFromJson(object, manifestPath, &project->m_manifest, error))
        return nullptr;

    if (access == Access::ReadOnly) {
        project->m_readOnlyReason = QStringLiteral("opened read-only");
        return project;
    }
    project->takeLock();
    return project;
}

void Project::takeLock()
{
    auto lock = std::make_unique<QLockFile>(lockPath());
    // Never treat a live holder's lock as stale because of its age (the default is 30 s): QLockFile
    // still recovers a lock whose process is gone from this host, which is what a crash leaves.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return;
    }
    if (lock->error() != QLockFile::LockFailedError) {
        m_readOnlyReason = QStringLiteral("cannot create the lock file ") + lockPath() +
                           QStringLiteral(": ") + lockCreationError(lockPath());
        return;
    }
    LockHolder holder;
    if (lock->getLockInfo(&holder.pid, &holder.hostname, &holder.appname)) {
        m_holder = holder;
        m_readOnlyReason = QStringLiteral("locked by ") + holder.toString() +
                           QStringLiteral("; if it is no longer running, remove ") + lockPath();
        return;
    }
    // No readable holder: an empty or damaged lock file (a full disk, an editor, a copy). QLockFile
    // writes its content right after creating the file, so one that stayed unreadable for a while has
    // no holder left: remove it (under QLockFile's own ".rmlock" guard) and try once more.
    if (unreadableLockIsStale(lockPath())) {
        QLockFile removal(lockPath() + QStringLiteral(".rmlock"));
        if (removal.tryLock(0) && unreadableLockIsStale(lockPath()) && QFile::remove(lockPath())) {
            removal.unlock();
            if (lock->tryLock(0)) {
                m_lock = std::move(lock);
                m_notice = QStringLiteral("%1: held no readable owner (empty or damaged); removed it as "
                                          "stale and took the lock")
                               .arg(lockPath());
                return;
            }
        }
    }
    m_readOnlyReason = QStringLiteral("the lock file %1 is unreadable (empty or damaged); if no Galley is "
                                      "running on this project, remove it")
                           .arg(lockPath());
}

bool Project::saveManifest(const ProjectManifest &manifest, ProjectError *error)
{
    if (isReadOnly())
        return fail(error, {ProjectError::ReadOnly, manifestPath(), {}, m_readOnlyReason});
    if (!writeFileAtomically(manifestPath(), toProjectJson(manifestToJson(manifest)), error))
        return false;
    m_manifest = manifest;
    return true;
}

} // namespace galley
