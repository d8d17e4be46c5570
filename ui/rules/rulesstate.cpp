// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/rulesstate.h"

#include "project/projectstore.h"

namespace galley {

std::unique_ptr<ProjectStore> openStoreBeside(const QString &root, ProjectError *error)
{
    ProjectStore::Options options;
    options.access = Project::Access::ReadOnly;
    options.watch = false;
    options.useCache = false; // the window's store keeps the cache
    return ProjectStore::open(root, error, options);
}

RulesState RulesState::loadBeside(const QString &root, const QSet<QString> &declined)
{
    ProjectError error;
    const std::unique_ptr<ProjectStore> store = openStoreBeside(root, &error);
    if (!store) {
        RulesState state;
        state.problems.append(error);
        return state;
    }
    return load(*store, declined);
}

RulesState RulesState::load(ProjectStore &store, const QSet<QString> &declined)
{
    RulesState state;
    state.book = RuleBook::load(store.project().rulesPath(), &state.problems);
    state.pages = loadSitePages(store, state.book, &state.problems);
    for (const SitePage &page : std::as_const(state.pages)) {
        if (!page.site.isEmpty())
            ++state.pagesPerSite[page.site];
    }
    for (const QString &site : state.book.sites().keys())
        state.pagesPerSite.insert(site, state.pagesPerSite.value(site));
    for (const RuleProposal &proposal : proposeRules(state.pages, state.book, store.vocabulary())) {
        if (!declined.contains(proposal.rule.id))
            state.proposals.append(proposal);
    }
    return state;
}

QList<SitePage> RulesState::pagesOf(const QString &site) const
{
    QList<SitePage> out;
    for (const SitePage &page : pages) {
        if (page.site == site)
            out.append(page);
    }
    return out;
}

QString RulesState::siteOf(const QString &id) const
{
    for (const SitePage &page : pages) {
        if (page.record.source.id == id)
            return page.site;
    }
    return {};
}

QString RulesState::pageTitle(const QString &id) const
{
    for (const SitePage &page : pages) {
        if (page.record.source.id == id)
            return page.general.headline.isEmpty() ? id : page.general.headline;
    }
    return id;
}

const RuleProposal *RulesState::proposal(const QString &ruleId) const
{
    for (const RuleProposal &proposal : proposals) {
        if (proposal.rule.id == ruleId)
            return &proposal;
    }
    return nullptr;
}

const SiteRule *RulesState::acceptedRule(const QString &ruleId) const
{
    for (const SiteRules &site : book.sites()) {
        for (const SiteRule &rule : site.rules) {
            if (rule.id == ruleId)
                return &rule;
        }
    }
    return nullptr;
}

} // namespace galley
