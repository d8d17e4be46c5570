// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capture.h"
#include "extract/common/vocabulary.h"
#include "project/recordsummary.h"
#include "review/problem.h"

#include <QObject>

namespace galley {

/// What the review window works on: a project (ProjectSession, over the project store) or captures
/// opened loose, outside any project (LooseSession, kept in memory until imported into a project).
class ReviewSession : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString title() const = 0;
    virtual bool isProject() const = 0;
    virtual QString rootPath() const { return {}; }
    /// What corrections are normalised and checked with: the project's vocabulary (its credit
    /// overrides), the shipped one for loose captures.
    virtual Vocabulary vocabulary() const = 0;
    virtual QString readOnlyReason() const { return {}; }
    bool isReadOnly() const { return !readOnlyReason().isEmpty(); }

    virtual QList<RecordSummary> summaries() const = 0;
    /// Record files that could not be read (damaged, a newer format version), as the engine reports them.
    virtual QList<Problem> recordProblems() const { return {}; }
    virtual bool load(const QString &id, ReviewRecord *record, Capture *capture, QString *error) = 0;
    /// Saves a record. A record changed on disk since load sets *conflict and saves nothing unless
    /// `overwrite` (the editor chose "keep mine").
    virtual bool save(const ReviewRecord &record, bool overwrite, QString *error, bool *conflict) = 0;
    /// The editor left the record.
    virtual void release(const QString &) {}
    /// Unsaved state for crash recovery (debounced by the caller).
    virtual void writeJournal(const ReviewRecord &) {}
    /// Pages whose unsaved corrections from a crashed session the editor chose to recover.
    virtual QStringList recoveringIds() const { return {}; }
    /// The recovered state of `id` (false when it has none): the editor applies it as unsaved edits.
    virtual bool recoveredRecord(const QString &, ReviewRecord *) { return false; }

Q_SIGNALS:
    /// Pages appeared or disappeared: the browser reloads.
    void summariesReset();
    /// Pages changed in place (a save): the browser updates those rows.
    void summariesUpdated(const QList<galley::RecordSummary> &changed);
    /// A record open in the editor was changed on disk by someone else.
    void recordChangedOnDisk(const QString &id);
    /// recordProblems() changed.
    void recordProblemsChanged();
};

/// Captures opened outside a project: extracted into records held in memory. Saving keeps the
/// correction for this session only; the window offers to import the captures into a project.
class LooseSession : public ReviewSession
{
    Q_OBJECT

public:
    struct Page
    {
        Capture capture;
        ReviewRecord record;
    };

    /// `vocabulary` is what the pages were extracted with (readPages()).
    LooseSession(const QList<Page> &pages, const QStringList &paths, const Vocabulary &vocabulary,
                 QObject *parent = nullptr);

    /// Reads and extracts capture files with `vocabulary` (the work of a background job; thread-safe,
    /// pure).
    static QList<Page> readPages(const QStringList &files, const Vocabulary &vocabulary,
                                 QList<Problem> *problems);

    const QStringList &paths() const { return m_paths; }
    /// The pages the editor saved corrections (or a status, a note) for in this session: what would be
    /// lost on quitting, and what is carried into a project the captures are imported into.
    QList<ReviewRecord> changedRecords() const;
    QString title() const override;
    bool isProject() const override { return false; }
    Vocabulary vocabulary() const override { return m_vocabulary; }
    QList<RecordSummary> summaries() const override;
    bool load(const QString &id, ReviewRecord *record, Capture *capture, QString *error) override;
    bool save(const ReviewRecord &record, bool overwrite, QString *error, bool *conflict) override;

private:
    QList<Page> m_pages;
    QStringList m_paths;
    Vocabulary m_vocabulary;
    QStringList m_changed; ///< ids saved with changes, in the order first changed
};

} // namespace galley
