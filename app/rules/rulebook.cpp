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

} // namespace

RuleBook RuleBook::load(const QString &folder, QList<ProjectError> *problems)
{
    RuleBook book;
    book.m_folder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QDir dir(book.m_folder);
    const QStringList files =
        dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::System, QDir::Name);
    for (const QString &name : files) {
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
            QString message;
            if (!list.at(i).isObject())
                message = QStringLiteral("not an object");
            else if (siteRuleFromJson(list.at(i).toObject(), site, &rule, &message))
                rules.rules.append(rule);
            if (!message.isEmpty())
                problems->append(corrupt(path, QStringLiteral("rules[%1]").arg(i), message));
        }
        book.m_sites.insert(site, rules);
    }
    return book;
}

QList<SiteRule> RuleBook::rulesFor(const QString &site) const
{
    return site.isEmpty() ? QList<SiteRule>() : m_sites.value(site).rules;
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
    const QJsonObject object{{QStringLiteral("format"), kFormatVersion},
                             {QStringLiteral("site"), rules.site},
                             {QStringLiteral("name"), rules.name},
                             {QStringLiteral("rules"), list}};
    return writeFileAtomically(fileOf(rules.site), toProjectJson(object), error);
}

bool RuleBook::addRule(const SiteRule &rule, ProjectError *error)
{
    SiteRules rules = m_sites.value(rule.site);
    rules.site = rule.site;
    for (const SiteRule &present : std::as_const(rules.rules)) {
        if (present.id == rule.id)
            return true;
    }
    rules.rules.append(rule);
    if (!write(rules, error))
        return false;
    m_sites.insert(rule.site, rules);
    return true;
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

bool RuleBook::setSiteName(const QString &site, const QString &name, ProjectError *error)
{
    SiteRules rules = m_sites.value(site);
    rules.site = site;
    rules.name = name.simplified();
    if (!write(rules, error))
        return false;
    m_sites.insert(site, rules);
    return true;
}

} // namespace galley
