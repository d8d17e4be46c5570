// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow/reviewsession.h"
#include "project/journal.h"

#include <memory>

namespace galley {

class ProjectStore;

/// A project folder, through the project store (app/project): listing, loading, safe saving, the
/// journal and change detection all happen there.
class ProjectSession : public ReviewSession
{
    Q_OBJECT

public:
    /// Opens the project in `dir`; null with *error set when it cannot be opened.
    static std::unique_ptr<ProjectSession> open(const QString &dir, QString *error);
    ~ProjectSession() override;

    QString title() const override;
    bool isProject() const override { return true; }
    Vocabulary vocabulary() const override { return m_vocabulary; }
    QString rootPath() const override { return m_dir; }
    QString readOnlyReason() const override;
    QList<RecordSummary> summaries() const override;
    QList<Problem> recordProblems() const override;
    bool load(const QString &id, ReviewRecord *record, Capture *capture, QString *error) override;
    bool save(const ReviewRecord &record, bool overwrite, QString *error, bool *conflict) override;
    void release(const QString &id) override;
    void writeJournal(const ReviewRecord &record) override;
    QStringList recoveringIds() const override { return m_recovering; }
    bool recoveredRecord(const QString &id, ReviewRecord *record) override;
    /// Applies corrections made to the same pages elsewhere (loose captures imported into this project):
    /// each record's corrected article, status, reason and note go onto the project's record of the same
    /// page, as a save by its reviewer. Returns how many were applied; problems are appended.
    int applyCorrections(const QList<ReviewRecord> &records, QStringList *problems);
    /// The project store, for the site rules and the report (app/rules works on it); null while an
    /// import holds the project (suspend()).
    ProjectStore *store() const { return m_store.get(); }
    /// Where exports go by default (the project's exports/ folder).
    QString exportsPath() const;

    // Crash recovery: a session that did not end properly leaves its unsaved corrections in the journal.
    /// The journals that hold corrections differing from the saved record. Journals that match it (the
    /// crash came between a save and the journal's removal) are removed here: nothing to recover.
    QList<JournalEntry> unsavedJournals();
    /// The editor chose to recover them: opening one of these pages applies its journal as unsaved edits.
    void recover(const QList<JournalEntry> &entries);
    /// The editor chose to discard them: each journal is copied to backups/journal/ first, then removed.
    bool discard(const QList<JournalEntry> &entries, QString *error);

    /// Lets go of the store (and its lock) so a background import can open the project itself;
    /// reopen() takes it back and reloads the listing. Nothing may be loaded or saved in between.
    void suspend();
    /// Takes the project back: `store`, when given, is the import's own store, already listing every
    /// record it wrote (and moved to this thread), so the window does not read the project again.
    bool reopen(QString *error, std::unique_ptr<ProjectStore> store = nullptr);
    bool isSuspended() const { return !m_store; }

private:
    explicit ProjectSession(const QString &dir);
    bool attach(QString *error);
    void adopt(std::unique_ptr<ProjectStore> store);

    QString m_dir;
    std::unique_ptr<ProjectStore> m_store;
    Vocabulary m_vocabulary; ///< the project's, kept while an import holds the store
    QStringList m_recovering;
};

} // namespace galley
