// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capture.h"
#include "project/clock.h"
#include "project/journal.h"
#include "project/project.h"
#include "project/projectindex.h"
#include "project/recordsummary.h"

#include <QHash>
#include <QObject>
#include <memory>

class QFileSystemWatcher;
class QTimer;

namespace galley {

/// An open project: lists its records as summaries, loads and saves them safely, journals unsaved
/// edits, and notices when files change behind its back (a git pull, another editor).
///
/// Safety rules (docs/project-format.md, "Safety"):
/// - every write is atomic (QSaveFile);
/// - save() refuses to overwrite a record file that changed on disk since load() read it (compared by
///   content hash), unless told to with SaveMode::Overwrite;
/// - unreadable record files (corrupt, newer format) are listed in problems() and never written;
/// - a record file of an older format version is copied to backups/ before its first save migrates it.
/// A read-only store (another instance holds the lock) refuses every write with a ReadOnly error.
class ProjectStore : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        Project::Access access = Project::Access::ReadWrite;
        const Clock *clock = nullptr; ///< null: the system clock
        bool watch = true;            ///< watch the records folder (off for batch commands)
        bool useCache = true;         ///< start from the index cache (off: always rebuild)
    };

    enum class SaveMode {
        RefuseConflicts, ///< the default: a file changed on disk since load is a Conflict error
        Overwrite,       ///< the editor chose "keep mine" after seeing the conflict
    };

    /// Opens the project in `dir` and lists it (from the index cache, re-reading changed files).
    static std::unique_ptr<ProjectStore> open(const QString &dir, ProjectError *error,
                                              const Options &options);
    static std::unique_ptr<ProjectStore> open(const QString &dir, ProjectError *error)
    {
        return open(dir, error, Options());
    }
    ~ProjectStore() override;
    /// Starts watching the records folder (what Options::watch does at open). For a store opened
    /// unwatched on a worker thread and then handed to the window's thread: the watcher must be made
    /// in the thread that will hear it. Does nothing when already watching.
    void watchRecords();

    Project &project() { return *m_project; }
    const Project &project() const { return *m_project; }
    bool isReadOnly() const { return m_project->isReadOnly(); }
    QString readOnlyReason() const { return m_project->readOnlyReason(); }
    const Clock &clock() const { return *m_clock; }
    /// The vocabulary this project's pages are extracted and reviewed with (shipped tables plus the
    /// manifest's credit overrides), compiled again only when the overrides change.
    const Vocabulary &vocabulary() const;

    // --- Listing -----------------------------------------------------------------------------------
    /// One summary per readable record, in display order (creation time, then id).
    const QList<RecordSummary> &summaries() const { return m_index.summaries(); }
    int indexOf(const QString &id) const { return m_index.indexOf(id); }
    bool contains(const QString &id) const { return m_index.indexOf(id) >= 0; }
    /// Record files that could not be read, each naming the file and what is wrong.
    QList<ProjectError> problems() const { return m_index.problems(); }
    /// The problem of the record file of `id` when it is unreadable (damaged, newer format, a link),
    /// null when it is fine or absent.
    const ProjectError *problemOf(const QString &id) const;
    /// How many record files the last scan had to read (0 when the cache was current).
    int lastScanParsed() const { return m_lastScanParsed; }

    // --- Records -----------------------------------------------------------------------------------
    /// Reads a record and remembers its content hash, against which save() checks for changes.
    bool load(const QString &id, ReviewRecord *record, ProjectError *error);
    /// Writes a record atomically (see the class comment), updates its summary and removes its journal.
    /// A record never loaded may be saved only when no file exists for it yet.
    bool save(const ReviewRecord &record, ProjectError *error, SaveMode mode = SaveMode::RefuseConflicts);
    /// Forgets a loaded record (the editor closed it): no more change checks or notifications for it.
    void release(const QString &id);
    /// Whether the file of a loaded record changed on disk since it was loaded.
    bool changedOnDisk(const QString &id) const;
    /// Reads the capture page a record came from (source.path inside the project, page source.index).
    bool loadCapture(const RecordSource &source, Capture *capture, ProjectError *error) const;

    // --- Journal -------------------------------------------------------------------------------------
    /// Stores the in-progress state of a record being edited; call it as the editor types (debounced).
    bool writeJournal(const ReviewRecord &record, ProjectError *error);
    /// Unsaved edits left by a previous session (a crash): offer to recover or discard them.
    QList<JournalEntry> journals() const { return m_journal.entries(); }
    bool readJournal(const QString &id, ReviewRecord *record, ProjectError *error) const;
    bool discardJournal(const QString &id, ProjectError *error);

    // --- Upkeep --------------------------------------------------------------------------------------
    /// Re-reads the records folder now (the watcher does this by itself, debounced) and emits what
    /// changed.
    void refresh();
    /// Writes the index cache (done on destruction too, when writable).
    bool saveIndexCache(ProjectError *error) const;

    /// Groups many saves (an import) into one summariesChanged() emitted at the end.
    class Batch
    {
    public:
        explicit Batch(ProjectStore &store);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;

    private:
        ProjectStore &m_store;
    };

Q_SIGNALS:
    /// Records appeared, changed or disappeared (ids); positions in summaries() may have moved when
    /// anything was added or removed.
    void summariesChanged(const QStringList &added, const QStringList &changed, const QStringList &removed);
    /// The file of a record loaded by this store changed (or vanished) on disk, not through save().
    /// The UI offers "reload" or keeps editing; save() will report a Conflict until reloaded.
    void recordChangedOnDisk(const QString &id);
    void problemsChanged();

private:
    explicit ProjectStore(std::unique_ptr<Project> project, const Options &options);
    struct Baseline
    {
        QByteArray hash;     ///< of the file content at load/save; empty when there was no file
        QByteArray notified; ///< the changed hash already reported, so a change is reported once
        int formatVersion = kRecordFormatVersionUnknown;
    };
    static constexpr int kRecordFormatVersionUnknown = -1;

    void emitChanges(const ProjectIndex::Changes &changes);
    void watchFile(const QString &path);
    void checkLoadedRecords();

    std::unique_ptr<Project> m_project;
    const Clock *m_clock;
    ProjectIndex m_index;
    Journal m_journal;
    mutable Vocabulary m_vocabulary;
    mutable QList<CreditOverride> m_vocabularyOverrides; ///< what m_vocabulary was built from
    QHash<QString, Baseline> m_baselines;                ///< loaded records, by id
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_refreshTimer = nullptr;
    int m_lastScanParsed = 0;
    int m_batchDepth = 0;
    ProjectIndex::Changes m_batched;
    bool m_cacheDirty = false;
};

} // namespace galley
