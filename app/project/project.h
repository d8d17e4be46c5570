// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/clock.h"
#include "project/manifest.h"
#include "project/projecterror.h"

#include <QString>
#include <memory>
#include <optional>

class QLockFile;

namespace galley {

/// Who holds a project's lock (QLockFile's record of it).
struct LockHolder
{
    qint64 pid = 0;
    QString hostname;
    QString appname;
    /// "galley (pid 4242) on host newsroom-3"
    QString toString() const;
};

/// A project folder on disk: its layout, its manifest, and the lock that makes one Galley instance the
/// writer (docs/project-format.md). Opening never modifies anything but the lock file.
class Project
{
public:
    enum class Access {
        ReadWrite, ///< take the lock; fall back to read-only (with a reason) when someone else holds it
        ReadOnly,  ///< never take the lock, never write
    };

    ~Project();
    Project(const Project &) = delete;
    Project &operator=(const Project &) = delete;

    /// Creates a project in `dir` (made if missing; may already hold other files, but no galley.json):
    /// galley.json, .gitignore, records/, captures/, exports/. `name` defaults to the folder's name.
    static bool init(const QString &dir, const QString &name, const Clock &clock, ProjectError *error);

    /// True when `dir` holds a galley.json.
    static bool isProject(const QString &dir);

    /// Opens the project in `dir`. A missing or unreadable manifest, or one from a newer version, is an
    /// error; a lock held by another live process is not: the project then opens read-only and
    /// readOnlyReason() says who holds it. A lock left by a dead process on this host is taken over.
    static std::unique_ptr<Project> open(const QString &dir, ProjectError *error,
                                         Access access = Access::ReadWrite);

    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    /// Why the project is read-only ("locked by galley (pid 4242) on host x"), empty when writable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// The other instance holding the lock, when that is why the project is read-only.
    std::optional<LockHolder> lockHolder() const { return m_holder; }

    /// Something recovered while opening that the user should hear about (a stale, unreadable lock file
    /// that was removed), empty otherwise.
    QString notice() const { return m_notice; }

    const ProjectManifest &manifest() const { return m_manifest; }
    /// Rewrites galley.json atomically (the settings changed).
    bool saveManifest(const ProjectManifest &manifest, ProjectError *error);

    // The layout. All paths are absolute, without a trailing slash.
    QString rootPath() const { return m_root; }
    QString manifestPath() const;
    QString recordsPath() const;
    QString capturesPath() const;
    QString exportsPath() const;
    QString rulesPath() const;   ///< the site rules learned from corrections (docs/rules.md)
    QString journalPath() const; ///< unsaved edits (git-ignored)
    QString cachePath() const;   ///< the rebuildable index (git-ignored)
    QString backupsPath() const; ///< record files as they were before a format migration (git-ignored)
    QString lockPath() const;
    QString recordPath(const QString &id) const;
    /// Absolute path of a project-relative path such as a record's source.path ("captures/<sha>.warc").
    QString absolutePath(const QString &relative) const;

    static QString manifestFileName() { return QStringLiteral("galley.json"); }

private:
    Project() = default;
    void takeLock();

    QString m_root;
    ProjectManifest m_manifest;
    std::unique_ptr<QLockFile> m_lock;
    QString m_readOnlyReason;
    QString m_notice;
    std::optional<LockHolder> m_holder;
};

} // namespace galley
