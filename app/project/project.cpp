// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/project.h"

#include "project/atomicfile.h"
#include "project/recordfile.h"

#include <QDir>
#include <QFileInfo>
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
    if (isProject(root))
        return fail(error, {ProjectError::Invalid, root, {}, QStringLiteral("already a Galley project")});
    if (QFileInfo(root).exists() && !QFileInfo(root).isDir())
        return fail(error, {ProjectError::Invalid, root, {}, QStringLiteral("exists and is not a folder")});
    for (const char *sub : {"records", "captures", "exports"}) {
        if (!QDir().mkpath(subPath(root, sub)))
            return fail(error,
                        {ProjectError::Io, subPath(root, sub), {}, QStringLiteral("cannot create folder")});
    }
    const QString ignorePath = root + QStringLiteral("/.gitignore");
    if (!QFileInfo::exists(ignorePath) && !writeFileAtomically(ignorePath, QByteArray(kGitIgnore), error))
        return false;
    ProjectManifest manifest;
    manifest.name = name.isEmpty() ? QFileInfo(root).fileName() : name;
    manifest.created = clock.now();
    // The manifest goes last: a folder is a project only once everything else is in place.
    return writeFileAtomically(root + QLatin1Char('/') + manifestFileName(),
                               toProjectJson(manifestToJson(manifest)), error);
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
    QByteArray data;
    QJsonObject object;
    if (!readWholeFile(manifestPath, &data, error) || !parseJsonObject(data, manifestPath, &object, error) ||
        !manifestFromJson(object, manifestPath, &project->m_manifest, error))
        return nullptr;

    if (access == Access::ReadOnly) {
        project->m_readOnlyReason = QStringLiteral("opened read-only");
        return project;
    }
    auto lock = std::make_unique<QLockFile>(project->lockPath());
    // Never treat a live holder's lock as stale because of its age (the default is 30 s): QLockFile
    // still recovers a lock whose process is gone from this host, which is what a crash leaves.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        project->m_lock = std::move(lock);
        return project;
    }
    if (lock->error() == QLockFile::LockFailedError) {
        LockHolder holder;
        if (lock->getLockInfo(&holder.pid, &holder.hostname, &holder.appname)) {
            project->m_holder = holder;
            project->m_readOnlyReason = QStringLiteral("locked by ") + holder.toString();
        } else {
            project->m_readOnlyReason =
                QStringLiteral("locked by another program (") + project->lockPath() + QLatin1Char(')');
        }
    } else {
        project->m_readOnlyReason = QStringLiteral("cannot create the lock file ") + project->lockPath() +
                                    QStringLiteral(" (no write permission?)");
    }
    return project;
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
