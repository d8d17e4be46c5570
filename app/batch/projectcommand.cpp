// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/projectcommand.h"

#include "rules/rulebook.h"

namespace galley {

std::unique_ptr<ProjectStore> openCommandProject(const QString &dir, Project::Access access, QTextStream &err)
{
    ProjectError error;
    ProjectStore::Options options;
    options.access = access;
    options.watch = false;
    auto store = ProjectStore::open(dir, &error, options);
    if (!store) {
        err << "galley: " << error.toString() << Qt::endl;
        return nullptr;
    }
    if (access == Project::Access::ReadWrite && store->isReadOnly()) {
        err << "galley: " << store->project().rootPath() << ": " << store->readOnlyReason() << Qt::endl;
        return nullptr;
    }
    if (!store->project().notice().isEmpty())
        err << "galley: " << store->project().notice() << Qt::endl;
    return store;
}

std::unique_ptr<ProjectStore> openRulesProject(const QString &dir, Project::Access access, QTextStream &err,
                                               RuleBook *book, bool *problems)
{
    std::unique_ptr<ProjectStore> store = openCommandProject(dir, access, err);
    if (!store)
        return store;
    QList<ProjectError> found = store->problems();
    *book = RuleBook::load(store->project().rulesPath(), &found);
    for (const ProjectError &problem : std::as_const(found))
        err << "galley: " << problem.toString() << Qt::endl;
    *problems = !found.isEmpty();
    return store;
}

} // namespace galley
