// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/projectsession.h"

#include "project/atomicfile.h"
#include "project/projectstore.h"
#include "review/correctionhistory.h"

#include <QDir>

namespace galley {

ProjectSession::ProjectSession(const QString &dir) : m_dir(QDir(dir).absolutePath()) {}

ProjectSession::~ProjectSession() = default;

std::unique_ptr<ProjectSession> ProjectSession::open(const QString &dir, QString *error)
{
    std::unique_ptr<ProjectSession> session(new ProjectSession(dir));
    if (!session->attach(error))
        return nullptr;
    return session;
}

bool ProjectSession::attach(QString *error)
{
    ProjectError problem;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(m_dir, &problem);
    if (!store) {
        *error = problem.toString();
        return false;
    }
    adopt(std::move(store));
    return true;
}

void ProjectSession::adopt(std::unique_ptr<ProjectStore> store)
{
    m_store = std::move(store);
    m_store->watchRecords();
    connect(m_store.get(), &ProjectStore::summariesChanged, this,
            [this](const QStringList &added, const QStringList &changed, const QStringList &removed) {
                if (!added.isEmpty() || !removed.isEmpty()) {
                    Q_EMIT summariesReset();
                    return;
                }
                QList<RecordSummary> updated;
                for (const QString &id : changed) {
                    if (const int i = m_store->indexOf(id); i >= 0)
                        updated.append(m_store->summaries().at(i));
                }
                Q_EMIT summariesUpdated(updated);
            });
    connect(m_store.get(), &ProjectStore::recordChangedOnDisk, this, &ReviewSession::recordChangedOnDisk);
    connect(m_store.get(), &ProjectStore::problemsChanged, this, &ReviewSession::recordProblemsChanged);
    m_vocabulary = m_store->vocabulary();
}

QString ProjectSession::title() const
{
    return m_store ? m_store->project().manifest().name : QDir(m_dir).dirName();
}

QList<Problem> ProjectSession::recordProblems() const
{
    QList<Problem> problems;
    for (const ProjectError &error : m_store ? m_store->problems() : QList<ProjectError>())
        problems.append(Problem::from(Problem::Record, error));
    return problems;
}

QString ProjectSession::readOnlyReason() const
{
    return m_store ? m_store->readOnlyReason() : QString();
}

QList<RecordSummary> ProjectSession::summaries() const
{
    return m_store ? m_store->summaries() : QList<RecordSummary>();
}

bool ProjectSession::load(const QString &id, ReviewRecord *record, Capture *capture, QString *error)
{
    if (!m_store)
        return false;
    ProjectError problem;
    if (!m_store->load(id, record, &problem)) {
        *error = problem.toString();
        return false;
    }
    // A record whose capture file is missing can still be reviewed; the raw pane then stays empty.
    if (!m_store->loadCapture(record->source, capture, &problem))
        *capture = Capture();
    return true;
}

bool ProjectSession::save(const ReviewRecord &record, bool overwrite, QString *error, bool *conflict)
{
    *conflict = false;
    if (!m_store)
        return false;
    ProjectError problem;
    if (m_store->save(record, &problem,
                      overwrite ? ProjectStore::SaveMode::Overwrite
                                : ProjectStore::SaveMode::RefuseConflicts)) {
        m_recovering.removeAll(record.source.id); // the save removed the journal: recovered for good
        return true;
    }
    *conflict = problem.kind == ProjectError::Conflict;
    *error = problem.toString();
    return false;
}

void ProjectSession::release(const QString &id)
{
    if (m_store)
        m_store->release(id);
}

void ProjectSession::writeJournal(const ReviewRecord &record)
{
    ProjectError ignored; // the journal is best effort: a failed write only loses crash recovery
    if (m_store && !m_store->isReadOnly())
        m_store->writeJournal(record, &ignored);
}

int ProjectSession::applyCorrections(const QList<ReviewRecord> &records, QStringList *problems)
{
    int applied = 0;
    for (const ReviewRecord &changed : records) {
        ReviewRecord saved;
        ProjectError problem;
        if (!m_store || !m_store->load(changed.source.id, &saved, &problem)) {
            problems->append(problem.message.isEmpty() ? tr("%1: not imported").arg(changed.source.id)
                                                       : problem.toString());
            continue;
        }
        const ReviewRecord merged = recordWithCorrections(
            saved, ArticleDraft::fromRecord(changed.corrected, saved.extracted), ReviewMarks::of(changed),
            changed.reviewer,
            changed.modified.isValid() ? changed.modified : QDateTime::currentDateTimeUtc());
        if (merged == saved || m_store->save(merged, &problem))
            ++applied;
        else
            problems->append(problem.toString());
        m_store->release(changed.source.id);
    }
    return applied;
}

QString ProjectSession::exportsPath() const
{
    return m_store ? m_store->project().exportsPath() : m_dir + QStringLiteral("/exports");
}

QList<JournalEntry> ProjectSession::unsavedJournals()
{
    QList<JournalEntry> out;
    if (!m_store || m_store->isReadOnly())
        return out; // a read-only project's journals belong to the instance holding the lock
    for (const JournalEntry &entry : m_store->journals()) {
        ReviewRecord journalled;
        ReviewRecord saved;
        ProjectError ignored;
        if (!m_store->readJournal(entry.id, &journalled, &ignored))
            continue; // unreadable: left on disk for a person to look at, never applied
        const bool loaded = m_store->load(entry.id, &saved, &ignored);
        m_store->release(entry.id);
        if (!loaded)
            continue; // the page is gone (or unreadable): nothing to apply the corrections to
        if (journalled.corrected == saved.corrected && journalled.status == saved.status &&
            journalled.reason == saved.reason && journalled.note == saved.note)
            m_store->discardJournal(entry.id, &ignored);
        else
            out.append(entry);
    }
    return out;
}

void ProjectSession::recover(const QList<JournalEntry> &entries)
{
    for (const JournalEntry &entry : entries) {
        if (!m_recovering.contains(entry.id))
            m_recovering.append(entry.id);
    }
}

bool ProjectSession::discard(const QList<JournalEntry> &entries, QString *error)
{
    if (!m_store)
        return false;
    const QString backups = m_store->project().backupsPath() + QStringLiteral("/journal");
    for (const JournalEntry &entry : entries) {
        ProjectError problem;
        QByteArray data;
        const QString backup =
            QStringLiteral("%1/%2-%3.json")
                .arg(backups, entry.id,
                     entry.written.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
        // Never remove a journal whose copy was not written: discarding must not lose work for good.
        if (!QDir().mkpath(backups)) {
            *error = tr("%1: cannot create the folder").arg(QDir::toNativeSeparators(backups));
            return false;
        }
        if (!readWholeFile(entry.path, &data, &problem) || !writeFileAtomically(backup, data, &problem) ||
            !m_store->discardJournal(entry.id, &problem)) {
            *error = problem.toString();
            return false;
        }
        m_recovering.removeAll(entry.id);
    }
    return true;
}

bool ProjectSession::recoveredRecord(const QString &id, ReviewRecord *record)
{
    ProjectError ignored;
    return m_store && m_recovering.contains(id) && m_store->readJournal(id, record, &ignored);
}

void ProjectSession::suspend()
{
    m_store.reset();
}

bool ProjectSession::reopen(QString *error, std::unique_ptr<ProjectStore> store)
{
    if (m_store)
        return true;
    bool ok = true;
    if (store && store->thread() == thread())
        adopt(std::move(store));
    else
        ok = attach(error);
    Q_EMIT summariesReset();
    Q_EMIT recordProblemsChanged();
    return ok;
}

} // namespace galley
