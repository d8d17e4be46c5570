// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/rulesview.h"

#include "dialogs/dialogs.h"
#include "project/projectstore.h"
#include "rules/choicelistdialog.h"
#include "rules/reextraction.h"
#include "rules/ruleeditdialog.h"
#include "rules/sitemapcommand.h"

#include <QAction>
#include <QApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace galley {

namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kSiteRole = Qt::UserRole + 1;
constexpr int kRuleRole = Qt::UserRole + 2;

QPushButton *button(const char *name, const QString &text, const QString &tip)
{
    auto *b = new QPushButton(text);
    b->setObjectName(QLatin1String(name));
    b->setToolTip(tip);
    b->setFocusPolicy(Qt::NoFocus); // the list's keys do the same; Tab goes list ↔ preview
    return b;
}

QString escaped(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("<i>%1</i>").arg(QObject::tr("(none)")) : text.toHtmlEscaped();
}

} // namespace

RulesView::RulesView(QWidget *parent)
    : QWidget(parent), m_undo(new QUndoStack(this)), m_summary(new QLabel), m_progress(new QProgressBar),
      m_tree(new QTreeWidget), m_detail(new QTextBrowser),
      m_accept(button("ruleAccept", tr("Accept"), tr("Add the rule to the site's rules (Return)"))),
      m_decline(
          button("ruleDecline", tr("Decline"), tr("Do not propose this rule again this session (Delete)"))),
      m_edit(
          button("ruleEdit", tr("Edit…"), tr("Change the rule's pattern or field before accepting it (F2)"))),
      m_remove(
          button("ruleRemove", tr("Remove"), tr("Remove the accepted rule from the site's rules (Delete)"))),
      m_name(button("siteName", tr("Name Site…"), tr("Give the site a name (F2 on the site)"))),
      m_merge(button("siteMerge", tr("Merge Into…"),
                     tr("Make this site's pages another site's: the rules of both apply to all of them "
                        "(Ctrl+M; undoable)"))),
      m_split(button("siteSplit", tr("Split Pages Off…"),
                     tr("Move some of this site's pages into a new site, which has none of its rules "
                        "(Ctrl+Shift+M; undoable)"))),
      m_reextract(button("siteReextract", tr("Re-extract Unreviewed Pages"),
                         tr("Extract the site's unreviewed, uncorrected pages again with its rules "
                            "(undoable; reviewed records are never touched)"))),
      m_refresh(button("rulesRefresh", tr("Refresh"), tr("Read the corrections and rules again")))
{
    setObjectName(QStringLiteral("rulesView"));
    m_summary->setObjectName(QStringLiteral("rulesSummary"));
    m_summary->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("rulesProgress"));
    m_progress->setRange(0, 0); // busy: the pages are read and extracted in parallel, in no set order
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_tree->setObjectName(QStringLiteral("rulesTree"));
    m_tree->setAccessibleName(tr("Site rules"));
    m_tree->setHeaderHidden(true);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_detail->setObjectName(QStringLiteral("ruleDetail"));
    m_detail->setAccessibleName(tr("Rule preview"));
    m_detail->setOpenLinks(false);

    const auto key = [this](const char *name, const QString &text, const QList<QKeySequence> &keys,
                            void (RulesView::*slot)()) {
        auto *action = new QAction(text, m_tree);
        action->setObjectName(QLatin1String(name));
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_tree->addAction(action);
    };
    key("ruleAcceptKey", tr("Accept the proposed rule"),
        {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}, &RulesView::acceptCurrent);
    key("ruleDeclineKey", tr("Decline the proposal / remove the accepted rule"),
        {QKeySequence(Qt::Key_Delete)}, &RulesView::declineCurrent);
    key("ruleEditKey", tr("Edit the proposal / name the site"), {QKeySequence(Qt::Key_F2)},
        &RulesView::editCurrent);
    key("siteMergeKey", tr("Merge the site into another site"), {QKeySequence(Qt::CTRL | Qt::Key_M)},
        &RulesView::mergeCurrentSite);
    key("siteSplitKey", tr("Split pages off the site into a new site"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)}, &RulesView::splitCurrentSite);

    // Three buttons a row: the dock stays narrow enough to leave the article pane its width.
    auto *buttons = new QGridLayout;
    int column = 0;
    for (QPushButton *b : {m_accept, m_decline, m_edit, m_remove, m_name, m_merge, m_split}) {
        buttons->addWidget(b, column / 3, column % 3);
        ++column;
    }
    buttons->setColumnStretch(3, 1);
    auto *siteButtons = new QHBoxLayout;
    siteButtons->addWidget(m_reextract);
    siteButtons->addStretch(1);
    siteButtons->addWidget(m_refresh);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_tree);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    layout->addLayout(siteButtons);

    connect(m_accept, &QPushButton::clicked, this, &RulesView::acceptCurrent);
    connect(m_decline, &QPushButton::clicked, this, &RulesView::declineCurrent);
    connect(m_edit, &QPushButton::clicked, this, &RulesView::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &RulesView::removeCurrent);
    connect(m_name, &QPushButton::clicked, this, &RulesView::nameCurrentSite);
    connect(m_merge, &QPushButton::clicked, this, &RulesView::mergeCurrentSite);
    connect(m_split, &QPushButton::clicked, this, &RulesView::splitCurrentSite);
    connect(m_reextract, &QPushButton::clicked, this, &RulesView::reextractCurrentSite);
    connect(m_refresh, &QPushButton::clicked, this, &RulesView::reload);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        showCurrent();
        updateButtons();
    });
    m_around = [](const std::function<void()> &step) { step(); };
    updateButtons();
}

void RulesView::setProject(ProjectStore *store, bool readOnly)
{
    if (store != m_store) {
        m_undo->clear(); // its records belong to the project that was open
        m_declined.clear();
        m_loading.drop(); // what is being read belongs to it too
    }
    m_store = store;
    m_readOnly = readOnly;
    m_stale = !isVisible();
    if (!m_stale)
        reload();
}

void RulesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_stale, false))
        reload();
}

void RulesView::reload()
{
    m_stale = false;
    if (!m_store) {
        reloadNow();
        return;
    }
    // The worker reads the project through a store of its own: nothing it touches is the window's.
    const QString root = m_store->project().rootPath();
    const QSet<QString> declined = m_declined;
    m_progress->show();
    m_summary->setText(tr("Reading the project's pages and corrections…"));
    m_loading.start([root, declined] { return RulesState::loadBeside(root, declined); },
                    [this](const RulesState &state) {
                        m_state = state;
                        finishLoad();
                    });
}

void RulesView::reloadNow()
{
    m_stale = false;
    m_loading.drop();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_state = m_store ? RulesState::load(*m_store, m_declined) : RulesState();
    QApplication::restoreOverrideCursor();
    finishLoad();
}

void RulesView::finishLoad()
{
    m_progress->hide();
    rebuild(currentSite(), currentRuleId());
    Q_EMIT rulesChanged();
    Q_EMIT loaded();
}

QString RulesView::currentSite() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kSiteRole).toString() : QString();
}

QString RulesView::currentRuleId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kRuleRole).toString() : QString();
}

RulesView::Kind RulesView::currentKind() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? Kind(item->data(0, kKindRole).toInt()) : SiteItem;
}

QTreeWidgetItem *RulesView::addRuleItem(QTreeWidgetItem *site, Kind kind, const SiteRule &rule,
                                        const QString &text)
{
    auto *item = new QTreeWidgetItem(site, {text});
    item->setData(0, kKindRole, kind);
    item->setData(0, kSiteRole, rule.site);
    item->setData(0, kRuleRole, rule.id);
    // The list's line may be cut at the dock's width: the tooltip names the rule in full, with its id.
    item->setToolTip(0, QStringLiteral("%1 (%2)").arg(text, rule.id));
    return item;
}

void RulesView::rebuild(const QString &keepSite, const QString &keepRule)
{
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    QTreeWidgetItem *current = nullptr;
    for (auto it = m_state.pagesPerSite.cbegin(); it != m_state.pagesPerSite.cend(); ++it) {
        const QString &site = it.key();
        const QString name = m_state.book.displayName(site);
        const QString label = name == site ? site : QStringLiteral("%1 (%2)").arg(name, site);
        auto *siteItem = new QTreeWidgetItem(m_tree, {tr("%1 — %n page(s)", nullptr, it.value()).arg(label)});
        siteItem->setData(0, kKindRole, SiteItem);
        siteItem->setData(0, kSiteRole, site);
        siteItem->setToolTip(0, siteItem->text(0));
        QFont bold = siteItem->font(0);
        bold.setBold(true);
        siteItem->setFont(0, bold);
        if (site == keepSite && keepRule.isEmpty())
            current = siteItem;
        for (const RuleProposal &proposal : std::as_const(m_state.proposals)) {
            if (proposal.rule.site != site)
                continue;
            QTreeWidgetItem *item =
                addRuleItem(siteItem, ProposalItem, proposal.rule,
                            tr("Proposed: %1 — changes %n value(s)", nullptr, proposal.valuesChanged)
                                    .arg(proposal.rule.description) +
                                tr(" on %1 of %n other page(s)", nullptr, proposal.otherPages)
                                    .arg(proposal.pagesChanged));
            if (proposal.rule.id == keepRule)
                current = item;
        }
        for (const SiteRule &rule : m_state.book.rulesFor(site)) {
            QTreeWidgetItem *item =
                addRuleItem(siteItem, AcceptedItem, rule, tr("Accepted: %1").arg(rule.description));
            item->setForeground(0, palette().color(QPalette::PlaceholderText));
            if (rule.id == keepRule)
                current = item;
        }
        siteItem->setExpanded(true);
        if (!current && site == keepSite)
            current = siteItem;
    }
    if (!current) {
        // The first proposal, else the first site: what the editor came for.
        for (QTreeWidgetItemIterator it(m_tree); *it && !current; ++it) {
            if ((*it)->data(0, kKindRole).toInt() == ProposalItem)
                current = *it;
        }
        if (!current)
            current = m_tree->topLevelItem(0);
    }
    m_tree->setCurrentItem(current);
    const int sites = int(m_state.pagesPerSite.size());
    m_summary->setText(!m_store ? tr("Open a project to see its site rules.")
                                : tr("%n proposed rule(s)", nullptr, int(m_state.proposals.size())) +
                                      tr(" on %n site(s).", nullptr, sites) +
                                      (m_state.problems.isEmpty()
                                           ? QString()
                                           : tr(" %n page(s) or rules file(s) could not be read (first: %1).",
                                                nullptr, int(m_state.problems.size()))
                                                 .arg(m_state.problems.first().toString())));
    showCurrent();
    updateButtons();
}

QString RulesView::proposalHtml(const RuleProposal &proposal) const
{
    const SiteRule &rule = proposal.rule;
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(rule.description.toHtmlEscaped());
    html += QStringLiteral("<p>%1: %2<br>%3: <code>%4</code>")
                .arg(tr("Sets"), ruleTargetName(rule).toHtmlEscaped(), tr("Pattern"), escaped(rule.pattern));
    if (rule.isHtml())
        html += QStringLiteral("<br>%1: <code>%2</code>").arg(tr("Element"), escaped(rule.path));
    else if (!rule.after.isEmpty())
        html += QStringLiteral("<br>%1: <code>%2</code>").arg(tr("After the line"), escaped(rule.after));
    html +=
        QStringLiteral("<br>%1</p>").arg(tr("Learned from %n corrected page(s).", nullptr, rule.examples));
    html += QStringLiteral("<p>") +
            tr("On the other pages of this site a re-extraction may change (%n page(s), none reviewed or "
               "corrected): ",
               nullptr, proposal.otherPages) +
            tr("%n value(s) change", nullptr, proposal.valuesChanged) +
            tr(" on %n page(s).", nullptr, proposal.pagesChanged) + QStringLiteral("</p>");
    if (!proposal.preview.isEmpty()) {
        html += QStringLiteral(
                    "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>%1</th><th>%2</th>"
                    "<th>%3</th><th>%4</th></tr>")
                    .arg(tr("Page"), tr("Field"), tr("Before"), tr("After"));
        for (const ValueChange &change : proposal.preview) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(m_state.pageTitle(change.pageId).left(50).toHtmlEscaped(),
                             change.field.toHtmlEscaped(), escaped(change.before.left(160)),
                             escaped(change.after.left(160)));
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

void RulesView::showCurrent()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item) {
        m_detail->setHtml(QString());
        return;
    }
    const QString site = item->data(0, kSiteRole).toString();
    const QString id = item->data(0, kRuleRole).toString();
    switch (currentKind()) {
    case ProposalItem:
        if (const RuleProposal *proposal = m_state.proposal(id))
            m_detail->setHtml(proposalHtml(*proposal));
        break;
    case AcceptedItem:
        if (const SiteRule *rule = m_state.acceptedRule(id)) {
            m_detail->setHtml(
                QStringLiteral("<p><b>%1</b></p><p>%2: %3<br>%4: <code>%5</code>%6</p><p>%7</p>")
                    .arg(rule->description.toHtmlEscaped(), tr("Sets"), ruleTargetName(*rule).toHtmlEscaped(),
                         tr("Pattern"), escaped(rule->pattern),
                         rule->isHtml() ? QStringLiteral("<br>%1: <code>%2</code>")
                                              .arg(tr("Element"), escaped(rule->path))
                                        : QString(),
                         tr("Accepted: applies when pages of %1 are imported or re-extracted. "
                            "Values it sets are named in the capture's tooltip (rule %2).")
                             .arg(m_state.book.displayName(site).toHtmlEscaped(), rule->id)));
        }
        break;
    case SiteItem: {
        const bool textSite = site.startsWith(QLatin1String("text-"));
        m_detail->setHtml(
            QStringLiteral("<p><b>%1</b></p><p>%2</p><p>%3</p>")
                .arg(m_state.book.displayName(site).toHtmlEscaped(),
                     textSite ? tr("Text dumps recognised by their template (the lines around the article): "
                                   "%1. Name it with F2.")
                                    .arg(site)
                              : tr("Pages whose address is on %1.").arg(site.toHtmlEscaped()),
                     tr("%n page(s); ", nullptr, m_state.pagesPerSite.value(site)) +
                         tr("%n accepted rule(s).", nullptr, int(m_state.book.rulesFor(site).size())) +
                         siteGroupingText(site)));
        break;
    }
    }
}

QString RulesView::siteGroupingText(const QString &site) const
{
    QString text;
    const SiteMap &map = m_state.book.siteMap();
    if (const QStringList merged = map.mergedInto(site); !merged.isEmpty())
        text += QLatin1Char(' ') + tr("Merged into it: %1 (their pages are its pages; Edit → Undo or "
                                      "galley sites unmerge undoes a merge).")
                                       .arg(merged.join(QStringLiteral(", ")).toHtmlEscaped());
    if (map.isSplit(site))
        text += QLatin1Char(' ') + tr("Pages split off %1; the rules of %1 do not apply to them.")
                                       .arg(map.splits().value(site).from);
    return text + QLatin1Char(' ') + tr("Ctrl+M merges it into another site, Ctrl+Shift+M splits pages off.");
}

void RulesView::updateButtons()
{
    const bool open = m_store && !m_readOnly;
    const Kind kind = currentKind();
    const bool item = m_tree->currentItem() != nullptr;
    m_accept->setEnabled(open && item && kind == ProposalItem);
    m_decline->setEnabled(item && kind == ProposalItem);
    m_edit->setEnabled(open && item && kind == ProposalItem);
    m_remove->setEnabled(open && item && kind == AcceptedItem);
    m_name->setEnabled(open && item);
    m_merge->setEnabled(open && !currentSite().isEmpty() && m_state.pagesPerSite.size() > 1);
    m_split->setEnabled(open && m_state.pagesPerSite.value(currentSite()) > 1);
    m_reextract->setEnabled(open && !currentSite().isEmpty());
    m_refresh->setEnabled(m_store != nullptr);
}

void RulesView::report(const QList<ProjectError> &problems, const QString &done)
{
    if (problems.isEmpty()) {
        Q_EMIT message(done);
        return;
    }
    QStringList lines;
    for (const ProjectError &problem : problems)
        lines.append(problem.toString());
    dialogs::message(this, QMessageBox::Warning, tr("Site Rules"), lines.join(QLatin1Char('\n')));
}

void RulesView::acceptCurrent()
{
    settle();
    if (!m_store || m_readOnly || currentKind() != ProposalItem)
        return;
    const RuleProposal *proposal = m_state.proposal(currentRuleId());
    if (!proposal)
        return;
    const SiteRule rule = proposal->rule;
    ProjectError error;
    if (!m_state.book.addRule(rule, &error)) {
        report({error}, QString());
        return;
    }
    m_state.proposals.removeIf([&](const RuleProposal &p) { return p.rule.id == rule.id; });
    rebuild(rule.site, rule.id);
    Q_EMIT rulesChanged();
    Q_EMIT message(tr("Rule accepted for %1: re-extract the site's unreviewed pages to apply it.")
                       .arg(m_state.book.displayName(rule.site)));
}

void RulesView::declineCurrent()
{
    settle();
    if (currentKind() == AcceptedItem) {
        removeCurrent();
        return;
    }
    if (currentKind() != ProposalItem)
        return;
    const QString id = currentRuleId();
    const QString site = currentSite();
    if (m_readOnly) {
        // A project open read-only cannot record it: declined for this session only.
        m_declined.insert(id);
        m_declined.insert(m_state.book.proposedIdOf(id));
    } else if (ProjectError error; !m_state.book.declineProposal(site, id, &error)) {
        report({error}, QString());
        return;
    }
    m_state.proposals.removeIf([&](const RuleProposal &p) { return p.rule.id == id; });
    rebuild(site, QString());
    Q_EMIT message(tr("Proposal declined."));
}

void RulesView::editCurrent()
{
    settle();
    if (currentKind() == SiteItem) {
        nameCurrentSite();
        return;
    }
    if (!m_store || m_readOnly || currentKind() != ProposalItem)
        return;
    const RuleProposal *proposal = m_state.proposal(currentRuleId());
    if (!proposal)
        return;
    const QString originalId = proposal->rule.id;
    auto *dialog = new RuleEditDialog(proposal->rule, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, originalId] {
        if (!m_store || !dialog->isAcceptable())
            return;
        // Stored in the site's rules file, keyed by the id the engine first proposed it with.
        ProjectError error;
        if (!m_state.book.saveEdit(m_state.book.proposedIdOf(originalId), dialog->rule(), &error)) {
            report({error}, QString());
            return;
        }
        const bool reproduces = replaceProposal(originalId, dialog->rule());
        rebuild(dialog->rule().site, dialog->rule().id);
        Q_EMIT message(reproduces
                           ? tr("Rule edited: the preview shows its effect.")
                           : tr("Rule edited: it no longer makes the editor's correction on every page "
                                "it was learned from."));
    });
    dialog->open();
}

bool RulesView::replaceProposal(const QString &ruleId, const SiteRule &rule)
{
    for (RuleProposal &proposal : m_state.proposals) {
        if (proposal.rule.id != ruleId)
            continue;
        // The engine previews the edited rule on the site's pages, as it did the proposal.
        bool reproduces = false;
        RuleProposal edited = previewRule(rule, proposal.examplePages, m_state.pages, m_state.book,
                                          m_store->vocabulary(), &reproduces);
        edited.rule.examples = proposal.rule.examples;
        proposal = edited;
        return reproduces;
    }
    return false;
}

void RulesView::removeCurrent()
{
    settle();
    if (!m_store || m_readOnly || currentKind() != AcceptedItem)
        return;
    const QString id = currentRuleId();
    const QString site = currentSite();
    ProjectError error;
    if (!m_state.book.removeRule(id, &error)) {
        report({error}, QString());
        return;
    }
    reloadNow(); // the rule may be proposed again, with its effect
    Q_EMIT message(tr("Rule removed from %1; pages already extracted with it keep their values until "
                      "re-extracted.")
                       .arg(m_state.book.displayName(site)));
}

void RulesView::nameCurrentSite()
{
    settle();
    const QString site = currentSite();
    if (!m_store || m_readOnly || site.isEmpty())
        return;
    bool ok = false;
    const QString name = dialogs::getText(this, tr("Name Site"), tr("Name of %1:").arg(site),
                                          m_state.book.sites().value(site).name, &ok);
    if (!ok)
        return;
    ProjectError error;
    if (!m_state.book.setSiteName(site, name, &error)) {
        report({error}, QString());
        return;
    }
    rebuild(site, currentRuleId());
    Q_EMIT rulesChanged();
}

int RulesView::reextractSite(const QString &site)
{
    settle();
    if (!m_store || m_readOnly || site.isEmpty())
        return 0;
    ReextractResult result;
    QList<ProjectError> problems;
    m_around([&] { result = reextractPages(*m_store, m_state.pagesOf(site), m_state.book, &problems); });
    if (result.changed > 0) {
        m_undo->push(new ReextractCommand(
            tr("Re-extract %1 (%n page(s))", nullptr, result.changed).arg(m_state.book.displayName(site)),
            m_store, result.before, result.after, [this](const std::function<void()> &step) {
                m_around(step);
                reloadNow(); // undo and redo change what the proposals preview
            }));
    }
    reloadNow();
    report(problems,
           tr("Re-extracted %1: ", nullptr).arg(m_state.book.displayName(site)) +
               tr("%n page(s) changed, ", nullptr, result.changed) +
               tr("%n unchanged, ", nullptr, result.unchanged) +
               tr("%n kept (reviewed or corrected). Edit → Undo restores them.", nullptr, result.kept));
    return result.changed;
}

void RulesView::mergeCurrentSite()
{
    settle();
    const QString site = currentSite();
    if (!m_store || m_readOnly || site.isEmpty())
        return;
    QList<ChoiceListDialog::Choice> choices;
    for (auto it = m_state.pagesPerSite.cbegin(); it != m_state.pagesPerSite.cend(); ++it) {
        if (it.key() == site)
            continue;
        const QString name = m_state.book.displayName(it.key());
        const QString label = name == it.key() ? name : QStringLiteral("%1 (%2)").arg(name, it.key());
        choices.append({it.key(), tr("%1 — %n page(s)", nullptr, it.value()).arg(label)});
    }
    if (choices.isEmpty())
        return;
    auto *dialog = new ChoiceListDialog(
        tr("Merge Site"),
        tr("Merge %1 into (its pages become that site's, and the rules of both apply to all of them):")
            .arg(m_state.book.displayName(site)),
        choices, false, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, site] {
        const QString into = dialog->chosen().value(0);
        if (!m_store || into.isEmpty())
            return;
        const SiteMap before = m_state.book.siteMap();
        ProjectError error;
        if (!m_state.book.mergeSites(site, into, &error)) {
            report({error}, QString());
            return;
        }
        const QString target = m_state.book.siteMap().merges().value(site);
        const QString targetName = m_state.book.displayName(target);
        pushSiteMapChange(tr("Merge %1 into %2").arg(m_state.book.displayName(site), targetName), before,
                          target);
        Q_EMIT message(tr("%1 merged into %2: proposals and rules now cover the pages of both. Edit → Undo "
                          "separates them again.")
                           .arg(site, targetName));
    });
    dialog->open();
}

void RulesView::splitCurrentSite()
{
    settle();
    const QString site = currentSite();
    if (!m_store || m_readOnly || site.isEmpty())
        return;
    QList<ChoiceListDialog::Choice> choices;
    for (const SitePage &page : m_state.pagesOf(site))
        choices.append({page.record.source.id, m_state.pageTitle(page.record.source.id)});
    if (choices.size() < 2)
        return;
    const QString name = m_state.book.displayName(site);
    auto *dialog = new ChoiceListDialog(
        tr("Split Pages Off"),
        tr("Pages of %1 to move into a new site (Space ticks a page). The new site has none of %1's rules.")
            .arg(name),
        choices, true, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, site, name, count = choices.size()] {
        const QStringList pages = dialog->chosen();
        if (!m_store || pages.isEmpty())
            return;
        if (pages.size() == count) {
            report({ProjectError{ProjectError::Invalid, m_state.book.folder(), QString(),
                                 tr("Leave at least one page in %1 (to call them all another name, name the "
                                    "site).")
                                     .arg(name)}},
                   QString());
            return;
        }
        const SiteMap before = m_state.book.siteMap();
        ProjectError error;
        const QString split = m_state.book.splitSite(site, pages, &error);
        if (split.isEmpty()) {
            report({error}, QString());
            return;
        }
        pushSiteMapChange(tr("Split %n page(s) off %1", nullptr, int(pages.size())).arg(name), before, split);
        Q_EMIT message(tr("%n page(s) split off into %1, without the rules of %2. F2 names the new site.",
                          nullptr, int(pages.size()))
                           .arg(split, name));
    });
    dialog->open();
}

void RulesView::pushSiteMapChange(const QString &text, const SiteMap &before, const QString &selectSite)
{
    m_undo->push(new SiteMapCommand(text, before, m_state.book.siteMap(), [this](const SiteMap &map) {
        ProjectError error;
        if (!m_state.book.restoreSiteMap(map, &error))
            report({error}, QString());
        reloadNow();
    }));
    reloadNow();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, kSiteRole).toString() == selectSite)
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
    }
    m_tree->setFocus(); // back from the dialog, on the site it made
}

} // namespace galley
