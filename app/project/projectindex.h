// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projecterror.h"
#include "project/recordsummary.h"

#include <QHash>
#include <QList>
#include <QMap>

namespace galley {

/// The summaries of every record file in records/, kept in step with the folder.
///
/// Pure cache: everything in it can be rebuilt from the record files (scan()), and it is persisted
/// (saveCache/loadCache) only to make the next open fast. Each entry remembers the size and
/// modification time of the file it came from, so a scan re-reads only files that changed.
/// Unreadable files (corrupt, newer format) are kept as problems, not summaries.
class ProjectIndex
{
public:
    struct FileStamp
    {
        qint64 size = -1;
        qint64 mtimeNs = 0; ///< modification time, nanoseconds since the epoch
        bool operator==(const FileStamp &) const = default;
    };

    /// What a scan or an update changed, by record id.
    struct Changes
    {
        QStringList added, changed, removed;
        bool problemsChanged = false;
        int filesParsed = 0;   ///< how many record files had to be read (0 on a warm open)
        QStringList leftovers; ///< temporary files of interrupted atomic writes, by file name
        bool isEmpty() const
        {
            return added.isEmpty() && changed.isEmpty() && removed.isEmpty() && !problemsChanged;
        }
    };

    /// Summaries in display order: by creation time, then file name (so import order, roughly).
    const QList<RecordSummary> &summaries() const { return m_summaries; }
    /// Position of `id` in summaries(), or -1.
    int indexOf(const QString &id) const { return m_positions.value(id, -1); }
    /// Unreadable record files, by file name order.
    QList<ProjectError> problems() const;
    /// The problem of one record file (by file name), null when it has none.
    const ProjectError *problemOf(const QString &fileName) const
    {
        const auto it = m_problems.constFind(fileName);
        return it == m_problems.cend() ? nullptr : &it->second;
    }

    /// Brings the index in step with `recordsDir`: reads new and changed files (in parallel), drops
    /// entries whose file is gone. Deterministic: the result does not depend on thread timing.
    Changes scan(const QString &recordsDir);

    /// Records the new state of one file after the store wrote it.
    void update(const QString &fileName, const FileStamp &stamp, const RecordSummary &summary);
    /// Changes the flags of a summary in place (e.g. Journalled); false when `id` is unknown.
    bool setFlag(const QString &id, RecordSummary::Flag flag, bool on);
    /// Restores display order after update() added entries (cheap when nothing was added).
    void sort();

    /// The stamp of a file now on disk (size -1 when missing).
    static FileStamp stampOf(const QString &path);

    /// Replaces the index with the cache at `path` (problems are named inside `recordsDir`); false, and
    /// an empty index, when the cache is missing, from another version or damaged.
    bool loadCache(const QString &path, const QString &recordsDir);
    bool saveCache(const QString &path, ProjectError *error) const;

private:
    struct Entry
    {
        QString fileName;
        FileStamp stamp;
    };
    void rebuildPositions();

    QList<RecordSummary> m_summaries;
    QList<Entry> m_entries; ///< parallel to m_summaries
    QHash<QString, int> m_positions;
    QMap<QString, std::pair<FileStamp, ProjectError>> m_problems; ///< by file name
    bool m_unsorted = false;
};

} // namespace galley
