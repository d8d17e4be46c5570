// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projecterror.h"
#include "rules/sitemap.h"
#include "rules/siterule.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>

namespace galley {

class Capture;
struct Article;

/// The accepted rules of one site and the name the editor gave it (text-dump sites are keyed by a
/// template id, which the editor can name).
struct SiteRules
{
    QString site;
    QString name;
    QList<SiteRule> rules;
    /// Ids of proposals the editor declined: never proposed again.
    QStringList declined;
    /// Proposals the editor edited before accepting them, by the id the engine proposed them with: the
    /// proposal is shown as edited from then on.
    QMap<QString, SiteRule> edits;
};

/// The rules folder of a project (`rules/`, one `<site>.json` per site, docs/rules.md) or any folder
/// of such files (`galley extract --rules DIR`).
class RuleBook
{
public:
    /// Reads every `<site>.json` in `folder` (a missing folder is an empty book) and the editor's merges
    /// and splits of sites (`_sites.json`, SiteMap). Each unreadable file or rule is appended to
    /// *problems naming the file and place ("rules[2]: ..."), and left out.
    static RuleBook load(const QString &folder, QList<ProjectError> *problems);

    QString folder() const { return m_folder; }
    /// The rules of `site` only: a rule never applies to another site. A site the editor merged others
    /// into has their rules too (they are one site now); a split site starts with none of its origin's.
    QList<SiteRule> rulesFor(const QString &site) const;
    /// The site a capture belongs to: its site key (siteKey(), from the general extractor's article),
    /// after the editor's merges and splits.
    QString siteOf(const Capture &capture, const Article &generalExtraction) const;
    const SiteMap &siteMap() const { return m_siteMap; }
    /// Merges site `from` into `into` (SiteMap::merge), written at once.
    bool mergeSites(const QString &from, const QString &into, ProjectError *error);
    /// Undoes the merge of `from` (SiteMap::unmerge).
    bool unmergeSite(const QString &from, ProjectError *error);
    /// Splits pages off `from` into a new site and returns its key (SiteMap::split); empty on error.
    QString splitSite(const QString &from, const QStringList &pageIds, ProjectError *error);
    /// Writes `map` as the merges and splits (the window's undo of a merge or split).
    bool restoreSiteMap(const SiteMap &map, ProjectError *error);
    const QMap<QString, SiteRules> &sites() const { return m_sites; }
    /// The editor's name of a site, else its key.
    QString displayName(const QString &site) const;
    bool contains(const QString &ruleId) const;

    /// Adds `rule` to its site's file and writes that file atomically; a rule already there (same id)
    /// changes nothing.
    bool addRule(const SiteRule &rule, ProjectError *error);
    /// Removes the rule `ruleId` from its site's file (written atomically); false with *error when it
    /// is not in the book or the file cannot be written.
    bool removeRule(const QString &ruleId, ProjectError *error);
    /// Names a site (written to its file).
    bool setSiteName(const QString &site, const QString &name, ProjectError *error);

    /// Whether the editor declined the proposal `ruleId` (as proposed or as edited).
    bool isDeclined(const QString &ruleId) const;
    /// The editor's edit of the proposal the engine proposed as `proposedId`, or null.
    const SiteRule *editOf(const QString &proposedId) const;
    /// The id the engine proposed a rule with: `ruleId` itself, or the proposal it was edited from.
    QString proposedIdOf(const QString &ruleId) const;
    /// Records in the site's file that the editor declined `ruleId` (and the proposal it was edited
    /// from, when it is an edit), so it is not proposed again.
    bool declineProposal(const QString &site, const QString &ruleId, ProjectError *error);
    /// Records the editor's edit `edited` of the proposal `proposedId` in the site's file.
    bool saveEdit(const QString &proposedId, const SiteRule &edited, ProjectError *error);

    static constexpr int kFormatVersion = 1;

private:
    bool write(const SiteRules &rules, ProjectError *error) const;
    /// Writes the changed copy of a site's entry, and keeps it when written.
    bool update(const QString &site, const std::function<void(SiteRules *)> &change, ProjectError *error);
    QString fileOf(const QString &site) const;

    QString m_folder;
    QMap<QString, SiteRules> m_sites;
    SiteMap m_siteMap;
};

} // namespace galley
