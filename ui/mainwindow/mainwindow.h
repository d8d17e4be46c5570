// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow/approvalguard.h"
#include "review/problem.h"

#include <QMainWindow>

class QLabel;
class QPushButton;
class QUndoGroup;
class QUndoView;

namespace galley {

class ArticlePane;
class BackgroundJob;
class CapturePane;
class ExportController;
class FieldChangeMarks;
class LockWatch;
class PageNoteBar;
class MainActions;
class ProblemsPanel;
class ProjectBrowser;
class RecordDocument;
class ReviewController;
class ReviewSession;
class RulesController;
class SessionController;
class WarningsPanel;

/// The review window: the project's pages in a dock on the left, the raw capture beside the editable
/// article in the middle, warnings and undo history on the right. Keyboard first: every action has a
/// shortcut (F1 lists them); the mouse works everywhere too.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a project folder, or capture files and folders (imported into the open project, else
    /// reviewed loose).
    void openPaths(const QStringList &paths);
    /// Reopens the project open when Galley last closed, if any.
    bool reopenLastProject();

    MainActions *actions() const { return m_actions; }
    SessionController *sessions() const { return m_sessions; }
    ReviewController *review() const { return m_review; }
    BackgroundJob *job() const { return m_job; }
    ExportController *exporter() const { return m_export; }
    LockWatch *lockWatch() const { return m_lockWatch; }
    RulesController *rules() const { return m_rules; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void buildDocks();
    void connectActions();
    void connectSelectionActions();
    void onSessionChanged(ReviewSession *session);
    void onDocumentChanged(RecordDocument *document);
    void updateTitle();
    void updateStatus();
    void updateSessionBar();
    /// Opens page `id`; when the editor was in the article (or nowhere), focus goes back into it.
    void goTo(const QString &id);
    void finishPage(int status);
    void rebuildRecentMenu();
    void showMessage(const QString &text);
    /// Shows the Problems dock (raised) when `problems` holds any.
    void showProblems(int origin, const QList<galley::Problem> &problems);
    void readSettings();
    void writeSettings() const;

    MainActions *m_actions;
    BackgroundJob *m_job;
    ReviewController *m_review;
    SessionController *m_sessions;
    ExportController *m_export;
    ProjectBrowser *m_browser;
    CapturePane *m_capture;
    ArticlePane *m_article;
    QString m_lastFocusedField;    ///< the article field last focused (the capture keeps its tab for it)
    bool m_keepCaptureTab = false; ///< while undo focuses a field
    WarningsPanel *m_warnings;
    FieldChangeMarks *m_changeMarks;
    PageNoteBar *m_noteBar;
    LockWatch *m_lockWatch;
    ProblemsPanel *m_problems;
    QUndoGroup *m_undoGroup;
    QUndoView *m_undoView;
    RulesController *m_rules = nullptr;
    QWidget *m_sessionBar;
    QLabel *m_sessionBarText;
    QPushButton *m_sessionBarButton;
    QLabel *m_pageStatus;
    /// Quitting waits for loose corrections to be saved into a new project, then closes.
    bool m_closeWhenCarried = false;
    ApprovalGuard m_approval;
};

} // namespace galley
