// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/rulebook.h"

#include "project/atomicfile.h"
#include "project/fileaccess.h"
#include "rules/sitekey.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace galley {

namespace {

ProjectError corrupt(const QString &path, const QString &where, const QString &message)
{
    return ProjectError{ProjectError::Corrupt, path, where, message};
}

bool readRule(const QJsonValue &value, const QString &site, const QString &path, const QString &where,
              SiteRule *rule, QList<ProjectError> *problems)
{
    QString message;
    if (!value.isObject())
        message = QStringLiteral("not an object");
    else if (siteRuleFromJson(value.toObject(), site, rule, &message))
        return true;
    problems->append(corrupt(path, where, message));
    return false;
}

} // namespace

RuleBook RuleBook::load(const QString &folder, QList<ProjectError> *problems)
{
    RuleBook book;
    book.m_folder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QDir dir(book.m_folder);
    const QStringList files =
        dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::System, QDir::Name);
    book.m_siteMap = SiteMap::load(book.m_folder, problems);
    for (const QString &name : files) {
        if (name == QLatin1String(SiteMap::kFileName))
            continue;
        const QString path = dir.filePath(name);
        const QString site = QFileInfo(name).completeBaseName();
        QByteArray data;
        QJsonObject object;
        ProjectError error;
        if (!readWholeFile(path, &data, &error) || !parseJsonObject(data, path, &object, &error)) {
            problems->append(error);
            continue;
        }
        if (object.value(QStringLiteral("format")).toInt() > kFormatVersion) {
            problems->append(ProjectError{ProjectError::NewerVersion, path, QString(),
                                          QStringLiteral("written by a newer Galley (format %1); left out")
                                              .arg(object.value(QStringLiteral("format")).toInt())});
            continue;
        }
        if (!isValidSiteKey(site) || object.value(QStringLiteral("site")).toString() != site) {
            problems->append(
                corrupt(path, QStringLiteral("site"),
                        QStringLiteral("must be the file's name without .json (\"%1\")").arg(site)));
            continue;
        }
        SiteRules rules;
        rules.site = site;
        rules.name = object.value(QStringLiteral("name")).toString();
        const QJsonArray list = object.value(QStringLiteral("rules")).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            SiteRule rule;
            if (readRule(list.at(i), site, path, QStringLiteral("rules[%1]").arg(i), &rule, problems))
                rules.rules.append(rule);
        }
        const QJsonArray declined = object.value(QStringLiteral("declined")).toArray();
        for (qsizetype i = 0; i < declined.size(); ++i) {
            if (declined.at(i).isString())
                rules.declined.append(declined.at(i).toString());
            else
                problems->append(
                    corrupt(path, QStringLiteral("declined[%1]").arg(i), QStringLiteral("not a rule id")));
        }
        const QJsonObject edits = object.value(QStringLiteral("edits")).toObject();
        for (auto it = edits.constBegin(); it != edits.constEnd(); ++it) {
            SiteRule rule;
            if (readRule(it.value(), site, path, QStringLiteral("edits.%1").arg(it.key()), &rule, problems))
                rules.edits.insert(it.key(), rule);
        }
        book.m_sites.insert(site, rules);
    }
    return book;
}

QList<SiteRule> RuleBook::rulesFor(const QString &site) const
{
    if (site.isEmpty())
        return {};
    QList<SiteRule> rules = m_sites.value(site).rules;
    for (const QString &merged : m_siteMap.mergedInto(site))
        rules += m_sites.value(merged).rules;
    return rules;
}

QString RuleBook::siteOf(const Capture &capture, const Article &generalExtraction) const
{
    const QString key = siteKey(capture, generalExtraction);
    return key.isEmpty() ? key : m_siteMap.resolve(key, capture.id());
}

bool RuleBook::mergeSites(const QString &from, const QString &into, ProjectError *error)
{
    return m_siteMap.merge(from, into, error);
}

bool RuleBook::unmergeSite(const QString &from, ProjectError *error)
{
    return m_siteMap.unmerge(from, error);
}

QString RuleBook::splitSite(const QString &from, const QStringList &pageIds, ProjectError *error)
{
    return m_siteMap.split(from, pageIds, error);
}

bool RuleBook::restoreSiteMap(const SiteMap &map, ProjectError *error)
{
    return m_siteMap.replaceWith(map, error);
}

QString RuleBook::displayName(const QString &site) const
{
    const QString name = m_sites.value(site).name;
    return name.isEmpty() ? site : name;
}

bool RuleBook::contains(const QString &ruleId) const
{
    for (const SiteRules &site : m_sites) {
        for (const SiteRule &rule : site.rules) {
            if (rule.id == ruleId)
                return true;
        }
    }
    return false;
}

QString RuleBook::fileOf(const QString &site) const
{
    return m_folder + QLatin1Char('/') + site + QStringLiteral(".json");
}

bool RuleBook::write(const SiteRules &rules, ProjectError *error) const
{
    if (!isValidSiteKey(rules.site))
        return fail(error, ProjectError{ProjectError::Invalid, fileOf(rules.site), QString(),
                                        QStringLiteral("not a site name a rules file can have")});
    // Rules are written only inside the folder chosen, never through a link out of it.
    for (const QString &path : {m_folder, fileOf(rules.site)}) {
        if (isSymbolicLink(path))
            return fail(error, ProjectError{ProjectError::Io, path, QString(), linkRefusedMessage()});
    }
    QString message;
    if (!makeFolders(m_folder, &message))
        return fail(error, ProjectError{ProjectError::Io, m_folder, QString(), message});
    QJsonArray list;
    for (const SiteRule &rule : rules.rules)
        list.append(siteRuleToJson(rule));
    QJsonObject object{{QStringLiteral("format"), kFormatVersion},
                       {QStringLiteral("site"), rules.site},
                       {QStringLiteral("name"), rules.name},
                       {QStringLiteral("rules"), list}};
    // The editor's verdicts on proposals: written only when there are some, so a file of rules alone
    // reads as it always did.
    if (!rules.declined.isEmpty()) {
        QStringList declined = rules.declined;
        declined.sort();
        object.insert(QStringLiteral("declined"), QJsonArray::fromStringList(declined));
    }
    if (!rules.edits.isEmpty()) {
        QJsonObject edits;
        for (auto it = rules.edits.cbegin(); it != rules.edits.cend(); ++it)
            edits.insert(it.key(), siteRuleToJson(it.value()));
        object.insert(QStringLiteral("edits"), edits);
    }
    return writeFileAtomically(fileOf(rules.site), toProjectJson(object), error);
}

bool RuleBook::addRule(const SiteRule &rule, ProjectError *error)
{
    const QList<SiteRule> present = rulesFor(rule.site);
    if (std::any_of(present.cbegin(), present.cend(), [&](const SiteRule &r) { return r.id == rule.id; }))
        return true;
    return update(
        rule.site, [&](SiteRules *rules) { rules->rules.append(rule); }, error);
}

bool RuleBook::removeRule(const QString &ruleId, ProjectError *error)
{
    for (auto it = m_sites.begin(); it != m_sites.end(); ++it) {
        SiteRules rules = it.value();
        const qsizetype removed =
            rules.rules.removeIf([&](const SiteRule &rule) { return rule.id == ruleId; });
        if (removed == 0)
            continue;
        if (!write(rules, error))
            return false;
        it.value() = rules;
        return true;
    }
    return fail(error, ProjectError{ProjectError::Invalid, m_folder, QString(),
                                    QStringLiteral("no rule %1 in the rules folder").arg(ruleId)});
}

bool RuleBook::update(const QString &site, const std::function<void(SiteRules *)> &change,
                      ProjectError *error)
{
    SiteRules rules = m_sites.value(site);
    rules.site = site;
    change(&rules);
    if (!write(rules, error))
        return false;
    m_sites.insert(site, rules);
    return true;
}

bool RuleBook::setSiteName(const QString &site, const QString &name, ProjectError *error)
{
    return update(
        site, [&](SiteRules *rules) { rules->name = name.simplified(); }, error);
}

bool RuleBook::isDeclined(const QString &ruleId) const
{
    return std::any_of(m_sites.cbegin(), m_sites.cend(),
                       [&](const SiteRules &site) { return site.declined.contains(ruleId); });
}

const SiteRule *RuleBook::editOf(const QString &proposedId) const
{
    for (const SiteRules &site : m_sites) {
        const auto it = site.edits.constFind(proposedId);
        if (it != site.edits.cend())
            return &it.value();
    }
    return nullptr;
}

QString RuleBook::proposedIdOf(const QString &ruleId) const
{
    for (const SiteRules &site : m_sites) {
        for (auto it = site.edits.cbegin(); it != site.edits.cend(); ++it) {
            if (it.value().id == ruleId)
                return it.key();
        }
    }
    return ruleId;
}

bool RuleBook::declineProposal(const QString &site, const QString &ruleId, ProjectError *error)
{
    const QString proposedId = proposedIdOf(ruleId);
    return update(
        site,
        [&](SiteRules *rules) {
            for (const QString &id : {ruleId, proposedId}) {
                if (!rules->declined.contains(id))
                    rules->declined.append(id);
            }
        },
        error);
}

bool RuleBook::saveEdit(const QString &proposedId, const SiteRule &edited, ProjectError *error)
{
    return update(
        edited.site, [&](SiteRules *rules) { rules->edits.insert(proposedId, edited); }, error);
}

} // namespace galley
