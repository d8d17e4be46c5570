// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/reviewrecord.h"
#include "review/problem.h"

#include <QObject>
#include <QStringList>
#include <memory>

class QWidget;

namespace galley {

class BackgroundJob;
class ProjectSession;
class ReviewController;
class ReviewSession;

/// Opening things: projects (and the recent-projects list), loose capture files, imports into a
/// project and new projects. Reading and importing run as background jobs with progress and cancel.
class SessionController : public QObject
{
    Q_OBJECT

public:
    SessionController(QWidget *window, ReviewController *review, BackgroundJob *job);
    ~SessionController() override;

    ReviewSession *session() const { return m_session.get(); }

    /// Opens the project in `dir` (saving and closing what was open). Problems are reported.
    bool openProject(const QString &dir);
    /// Reviews capture files and folders without a project (in memory), in the background.
    void openCaptures(const QStringList &paths);
    /// Imports capture files and folders into the open project, in the background; `carried`
    /// corrections (of loose captures among them) are applied to their pages once imported.
    void importIntoProject(const QStringList &paths, const QList<ReviewRecord> &carried = {});
    /// Creates a project in `dir` (named `name`, default the folder's) and imports `paths` into it (none:
    /// an empty project).
    bool newProject(const QString &dir, const QStringList &paths, const QString &name = QString(),
                    const QList<ReviewRecord> &carried = {});
    /// File → New Project (and "Import into a Project" of loose captures): asks for a name and an empty
    /// or new folder (NewProjectDialog, window-modal without blocking), then creates the project, opens
    /// it and imports `paths`; with none given, asks which captures to import (optional).
    void askNewProject(const QStringList &paths, const QList<ReviewRecord> &carried = {});
    /// What the command line and drag and drop do: a project folder opens; captures are imported when a
    /// project is open, else reviewed loose.
    void openPaths(const QStringList &paths);

    QStringList recentProjects() const;
    void clearRecentProjects();

Q_SIGNALS:
    void sessionChanged(galley::ReviewSession *session);
    void message(const QString &text);
    void recentProjectsChanged();
    /// An import or loose open finished (or was cancelled); `summary` says what happened.
    void jobFinished(const QString &summary);
    /// An import that carried loose corrections into a project ended: `ok` when every one was applied.
    void correctionsCarried(bool ok);
    /// Every failure of the import or loose open that just ended (empty: none), for the Problems panel.
    void problemsFound(const QList<galley::Problem> &problems);

private:
    void setSession(std::unique_ptr<ReviewSession> session);
    /// A previous session left unsaved corrections in the journal: recover or discard them.
    void offerRecovery(ProjectSession *session);
    void rememberProject(const QString &dir);

    QWidget *m_window;
    ReviewController *m_review;
    BackgroundJob *m_job;
    std::unique_ptr<ReviewSession> m_session;
};

} // namespace galley
