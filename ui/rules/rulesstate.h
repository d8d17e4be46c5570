// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projecterror.h"
#include "rules/rulebook.h"
#include "rules/ruleproposal.h"
#include "rules/sitepages.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <memory>

namespace galley {

class ProjectStore;

/// What the Rules view shows, all of it the engine's answer: the project's pages as the rules see them
/// (site, general extraction), the accepted rules and the proposals from the correction history.
/// Proposals the editor declined or edited are recorded in the rules files (the engine leaves them out
/// or shows them edited); a project open read-only cannot record them, so its declined ids are passed in.
/// The project in `root` opened read-only and unwatched, for reading on a worker thread beside the
/// window's own store; null with *error when it cannot be opened.
std::unique_ptr<ProjectStore> openStoreBeside(const QString &root, ProjectError *error);

struct RulesState
{
    QList<SitePage> pages;
    RuleBook book;
    QList<RuleProposal> proposals;
    QList<ProjectError> problems;
    QMap<QString, int> pagesPerSite; ///< every site of the project, with its page count

    /// Reads everything again from `store` (the pages are extracted again: this takes a while on a big
    /// project). Proposals whose id is in `declined` (declined this session) are left out too.
    static RulesState load(ProjectStore &store, const QSet<QString> &declined);
    /// load() on a store of its own, opened read-only on the project folder `root`: safe on a worker
    /// thread while the window's store goes on working. A project that cannot be opened is a problem.
    static RulesState loadBeside(const QString &root, const QSet<QString> &declined);

    /// The site's pages only.
    QList<SitePage> pagesOf(const QString &site) const;
    /// The site key of page `id`, empty when unknown.
    QString siteOf(const QString &id) const;
    /// The page's headline (general extraction), for previews; the id when it has none.
    QString pageTitle(const QString &id) const;
    const RuleProposal *proposal(const QString &ruleId) const;
    const SiteRule *acceptedRule(const QString &ruleId) const;
};

} // namespace galley
