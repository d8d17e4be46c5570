// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/latestresult.h"
#include "rules/reextractcommand.h"
#include "rules/rulesstate.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace galley {

/// The Rules view (View → Site Rules, a dock): the project's sites, each with the rules proposed from
/// the editor's corrections (in the editor's words, with their effect on the site's other pages: how many
/// values change, a before/after preview) and the rules accepted. Accept, Decline and Edit a proposal;
/// remove an accepted rule; name a text-dump site; re-extract the unreviewed pages of a site (one step of
/// the view's undo stack). Every decision is the engine's (app/rules); the view lists and asks.
///
/// Keys while the list has focus: Return accepts, Delete declines (a proposal) or removes (an accepted
/// rule), F2 edits a proposal or names a site, Ctrl+M merges the site into another, Ctrl+Shift+M splits
/// pages off it into a new site (both undoable, like re-extraction).
class RulesView : public QWidget
{
    Q_OBJECT

public:
    explicit RulesView(QWidget *parent = nullptr);

    /// The project to work on (null: none); `readOnly` when another Galley holds it. Reloads.
    void setProject(ProjectStore *store, bool readOnly);
    /// Reads the project's rules and pages again on a worker thread (the view shows its progress and the
    /// window stays responsive) and lists them when done (keeps the current item when it can); loaded()
    /// says when. A result for a project no longer shown is dropped.
    void reload();
    /// Whether a reload() is still reading.
    bool isLoading() const { return m_loading.isRunning(); }
    /// Waits for a running reload() and lists its result now: every action starts with it, so it acts on
    /// what the files hold.
    void settle() { m_loading.settle(); }
    /// Closes the open page before records are written and reopens it after (the window's part).
    void setAround(ReextractCommand::Around around) { m_around = std::move(around); }

    QUndoStack *undoStack() const { return m_undo; }
    QTreeWidget *tree() const { return m_tree; }
    const RulesState &state() const { return m_state; }
    /// The site of the current item.
    QString currentSite() const;

    void acceptCurrent();
    void declineCurrent();
    void editCurrent();
    void removeCurrent();
    void nameCurrentSite();
    /// Asks which site to merge the current site into (ChoiceListDialog), then merges: one undo step.
    void mergeCurrentSite();
    /// Asks which of the current site's pages to split off into a new site, then splits: one undo step.
    void splitCurrentSite();
    /// Re-extracts the unreviewed pages of currentSite(): one undo step. Returns the pages changed.
    int reextractCurrentSite() { return reextractSite(currentSite()); }
    /// Re-extracts the pages of `site` a re-extraction may change (never the editor's): one undo step.
    int reextractSite(const QString &site);

Q_SIGNALS:
    void message(const QString &text);
    /// Accepted rules changed: the descriptions the window names rules by.
    void rulesChanged();
    /// A reload() (or the reading after an action) is done and listed.
    void loaded();

protected:
    /// A view set on a project while hidden reads it when first shown.
    void showEvent(QShowEvent *event) override;

private:
    enum Kind { SiteItem, ProposalItem, AcceptedItem };
    void rebuild(const QString &keepSite, const QString &keepRule);
    /// Reads and lists at once (after the editor's own actions, whose undo steps need the result).
    void reloadNow();
    /// Lists m_state, the reading done.
    void finishLoad();
    void showCurrent();
    void updateButtons();
    QTreeWidgetItem *addRuleItem(QTreeWidgetItem *site, Kind kind, const SiteRule &rule, const QString &text);
    QString proposalHtml(const RuleProposal &proposal) const;
    QString currentRuleId() const;
    /// The site's merges and split, in words, for the preview pane.
    QString siteGroupingText(const QString &site) const;
    Kind currentKind() const;
    void report(const QList<ProjectError> &problems, const QString &done);
    /// The proposal of `ruleId` replaced by the edited `rule`, previewed by the engine.
    bool replaceProposal(const QString &ruleId, const SiteRule &rule);
    /// Pushes the merge or split the engine just made (from `before`) on the undo stack and lists the
    /// sites again with `selectSite` current.
    void pushSiteMapChange(const QString &text, const SiteMap &before, const QString &selectSite);

    ProjectStore *m_store = nullptr;
    bool m_stale = false;
    bool m_readOnly = false;
    RulesState m_state;
    LatestResult<RulesState> m_loading{this};
    /// Proposals declined in a project open read-only (others are recorded in its rules files).
    QSet<QString> m_declined;
    ReextractCommand::Around m_around;
    QUndoStack *m_undo;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTreeWidget *m_tree;
    QTextBrowser *m_detail;
    QPushButton *m_accept, *m_decline, *m_edit, *m_remove, *m_name, *m_merge, *m_split, *m_reextract,
        *m_refresh;
};

} // namespace galley
