// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/projectsession.h"

#include "project/projectstore.h"

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
    m_store = ProjectStore::open(m_dir, &problem);
    if (!m_store) {
        *error = problem.toString();
        return false;
    }
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
    return true;
}

QString ProjectSession::title() const
{
    return m_store ? m_store->project().manifest().name : QDir(m_dir).dirName();
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
                                : ProjectStore::SaveMode::RefuseConflicts))
        return true;
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

void ProjectSession::suspend()
{
    m_store.reset();
}

bool ProjectSession::reopen(QString *error)
{
    if (m_store)
        return true;
    const bool ok = attach(error);
    Q_EMIT summariesReset();
    return ok;
}

} // namespace galley
