// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>

class QDockWidget;
class QMainWindow;
class QUndoGroup;

namespace galley {

class BackgroundJob;
class CapturePane;
class MainActions;
class ReportView;
class ReviewController;
class RulesView;
class SessionController;

/// The window's part of site rules: the Rules and Accuracy Report docks (hidden until asked for), kept on
/// the open project; re-extraction closes the open page first and reopens it after, and its undo stack
/// is the window's active one while the Rules view has the focus (Edit → Undo undoes a re-extraction
/// there). The capture names the rule that set a value (its accepted rules' descriptions).
class RulesController : public QObject
{
    Q_OBJECT

public:
    RulesController(QMainWindow *window, MainActions *actions, SessionController *sessions,
                    ReviewController *review, BackgroundJob *job, QUndoGroup *undo, CapturePane *capture);

    RulesView *rulesView() const { return m_rules; }
    ReportView *reportView() const { return m_report; }
    QDockWidget *rulesDock() const { return m_rulesDock; }
    QDockWidget *reportDock() const { return m_reportDock; }

    void showRules();
    void showReport();

Q_SIGNALS:
    /// The accepted rules' descriptions by id changed (a project opened, a rule accepted or removed).
    void ruleNamesChanged(const QHash<QString, QString> &names);
    void message(const QString &text);

private:
    /// Hands the views the open project (or none), reloading the visible ones.
    void attach();
    void updateRuleNames();
    void focusChanged(QWidget *now);
    void widen(QDockWidget *dock);

    QMainWindow *m_window;
    MainActions *m_actions;
    SessionController *m_sessions;
    ReviewController *m_review;
    BackgroundJob *m_job;
    QUndoGroup *m_undo;
    CapturePane *m_capture;
    RulesView *m_rules;
    ReportView *m_report;
    QDockWidget *m_rulesDock;
    QDockWidget *m_reportDock;
};

} // namespace galley
