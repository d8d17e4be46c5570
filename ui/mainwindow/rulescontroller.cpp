// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/rulescontroller.h"

#include "editing/recorddocument.h"
#include "mainwindow/backgroundjob.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/projectsession.h"
#include "mainwindow/reviewcontroller.h"
#include "mainwindow/sessioncontroller.h"
#include "project/projectstore.h"
#include "review/capturepane.h"
#include "rules/reportview.h"
#include "rules/rulesview.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoGroup>
#include <QUndoStack>

namespace galley {

RulesController::RulesController(QMainWindow *window, MainActions *actions, SessionController *sessions,
                                 ReviewController *review, BackgroundJob *job, QUndoGroup *undo,
                                 CapturePane *capture)
    : QObject(window), m_window(window), m_actions(actions), m_sessions(sessions), m_review(review),
      m_job(job), m_undo(undo), m_capture(capture), m_rules(new RulesView), m_report(new ReportView),
      m_rulesDock(new QDockWidget(tr("Site Rules"), window)),
      m_reportDock(new QDockWidget(tr("Accuracy Report"), window))
{
    m_rulesDock->setObjectName(QStringLiteral("rulesDock"));
    m_rulesDock->setWidget(m_rules);
    m_reportDock->setObjectName(QStringLiteral("reportDock"));
    m_reportDock->setWidget(m_report);
    // Tabbed with the warnings (the tallest dock on the right): a rule's preview needs the room.
    window->addDockWidget(Qt::RightDockWidgetArea, m_rulesDock);
    window->addDockWidget(Qt::RightDockWidgetArea, m_reportDock);
    if (auto *warnings = window->findChild<QDockWidget *>(QStringLiteral("warningsDock")))
        window->tabifyDockWidget(warnings, m_rulesDock);
    window->tabifyDockWidget(m_rulesDock, m_reportDock);
    m_rulesDock->hide();
    m_reportDock->hide();
    m_undo->addStack(m_rules->undoStack());

    // Re-extraction (and its undo) writes records: the open page is saved and closed first, and opened
    // again after, so the editor sees the records as they now are and nothing unsaved is overwritten.
    m_rules->setAround([this](const std::function<void()> &step) {
        const QString id = m_review->currentId();
        if (!id.isEmpty() && !m_review->closePage()) {
            Q_EMIT message(tr("The open page could not be saved: nothing was re-extracted."));
            return;
        }
        step();
        if (!id.isEmpty())
            m_review->openPage(id);
        focusChanged(QApplication::focusWidget());
    });
    connect(m_rules, &RulesView::message, this, &RulesController::message);
    connect(m_rules, &RulesView::rulesChanged, this, &RulesController::updateRuleNames);
    connect(actions->showRules, &QAction::triggered, this, &RulesController::showRules);
    connect(actions->showReport, &QAction::triggered, this, &RulesController::showReport);
    connect(actions->reextractSite, &QAction::triggered, this, [this] {
        // The site chosen in the Rules view when the editor is there, else the open page's site.
        const bool inRules = m_rulesDock->isAncestorOf(QApplication::focusWidget());
        if (!m_rulesDock->isVisible())
            showRules();
        m_rules->settle(); // the sites of the pages, read in the background when the view was shown
        QString site = inRules ? m_rules->currentSite() : m_rules->state().siteOf(m_review->currentId());
        if (site.isEmpty())
            site = m_rules->currentSite();
        m_rules->reextractSite(site);
    });
    connect(sessions, &SessionController::sessionChanged, this, &RulesController::attach);
    connect(job, &BackgroundJob::runningChanged, this, &RulesController::attach);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { focusChanged(now); });
    attach();
}

void RulesController::attach()
{
    // An import owns the project store while it runs: the views let go of it until it ends.
    auto *project = qobject_cast<ProjectSession *>(m_sessions->session());
    ProjectStore *store = project && !m_job->locksEditing() ? project->store() : nullptr;
    const bool readOnly = project && project->isReadOnly();
    m_rules->setProject(store, readOnly);
    m_report->setProject(store);
    for (QAction *action : {m_actions->showRules, m_actions->showReport})
        action->setEnabled(store != nullptr);
    m_actions->reextractSite->setEnabled(store && !readOnly);
    updateRuleNames();
}

void RulesController::updateRuleNames()
{
    // Cheap (the rules files only): the capture names the rule that set a value even when the Rules view
    // was never opened.
    QHash<QString, QString> names;
    auto *project = qobject_cast<ProjectSession *>(m_sessions->session());
    if (ProjectStore *store = project ? project->store() : nullptr) {
        QList<ProjectError> problems;
        const RuleBook book = RuleBook::load(store->project().rulesPath(), &problems);
        for (const SiteRules &site : book.sites()) {
            for (const SiteRule &rule : site.rules)
                names.insert(rule.id, rule.description);
        }
    }
    m_capture->setRuleNames(names);
    Q_EMIT ruleNamesChanged(names);
}

void RulesController::focusChanged(QWidget *now)
{
    // Edit → Undo works on what the editor is in: the Rules view's re-extractions there, the page's
    // corrections elsewhere.
    if (now && m_rulesDock->isAncestorOf(now))
        m_undo->setActiveStack(m_rules->undoStack());
    else if (now && m_window->isAncestorOf(now) && m_review->document() &&
             m_undo->activeStack() == m_rules->undoStack())
        m_undo->setActiveStack(m_review->document()->undoStack());
}

void RulesController::widen(QDockWidget *dock)
{
    constexpr int kWidth = 560;
    if (!dock->isFloating() && dock->width() < kWidth)
        m_window->resizeDocks({dock}, {kWidth}, Qt::Horizontal);
}

void RulesController::showRules()
{
    m_rulesDock->show();
    m_rulesDock->raise();
    widen(m_rulesDock);
    m_rules->tree()->setFocus();
}

void RulesController::showReport()
{
    m_reportDock->show();
    m_reportDock->raise();
    widen(m_reportDock);
    m_report->table()->setFocus();
}

} // namespace galley
