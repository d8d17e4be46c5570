// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projecterror.h"
#include "rules/siterule.h"

#include <QList>
#include <QMap>
#include <QString>

namespace galley {

/// The accepted rules of one site and the name the editor gave it (text-dump sites are keyed by a
/// template id, which the editor can name).
struct SiteRules
{
    QString site;
    QString name;
    QList<SiteRule> rules;
};

/// The rules folder of a project (`rules/`, one `<site>.json` per site, docs/rules.md) or any folder
/// of such files (`galley extract --rules DIR`).
class RuleBook
{
public:
    /// Reads every `*.json` in `folder` (a missing folder is an empty book). Each unreadable file or
    /// rule is appended to *problems naming the file and place ("rules[2]: ..."), and left out.
    static RuleBook load(const QString &folder, QList<ProjectError> *problems);

    QString folder() const { return m_folder; }
    /// The rules of `site` only: a rule never applies to another site.
    QList<SiteRule> rulesFor(const QString &site) const;
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

    static constexpr int kFormatVersion = 1;

private:
    bool write(const SiteRules &rules, ProjectError *error) const;
    QString fileOf(const QString &site) const;

    QString m_folder;
    QMap<QString, SiteRules> m_sites;
};

} // namespace galley
