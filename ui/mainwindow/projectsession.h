// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow/reviewsession.h"

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
    QString rootPath() const override { return m_dir; }
    QString readOnlyReason() const override;
    QList<RecordSummary> summaries() const override;
    bool load(const QString &id, ReviewRecord *record, Capture *capture, QString *error) override;
    bool save(const ReviewRecord &record, bool overwrite, QString *error, bool *conflict) override;
    void release(const QString &id) override;
    void writeJournal(const ReviewRecord &record) override;

    /// Lets go of the store (and its lock) so a background import can open the project itself;
    /// reopen() takes it back and reloads the listing. Nothing may be loaded or saved in between.
    void suspend();
    bool reopen(QString *error);
    bool isSuspended() const { return !m_store; }

private:
    explicit ProjectSession(const QString &dir);
    bool attach(QString *error);

    QString m_dir;
    std::unique_ptr<ProjectStore> m_store;
};

} // namespace galley
