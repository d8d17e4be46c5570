// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    /// Imports capture files and folders into the open project, in the background.
    void importIntoProject(const QStringList &paths);
    /// Creates a project in `dir` and imports `paths` into it (none: an empty project).
    bool newProject(const QString &dir, const QStringList &paths);
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
