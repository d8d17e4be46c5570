// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchcommand.h"
#include "batch/commands.h"
#include "batch/counted.h"
#include "batch/projectcommand.h"
#include "rules/reextraction.h"

#include <QTextStream>

namespace galley {

int runReextractCommand(const QStringList &arguments)
{
    SubcommandLine cli(
        QStringLiteral("reextract"),
        QStringLiteral(
            "Extracts the pages of a project again with its site rules (docs/rules.md) and saves the records "
            "that change. Reviewed, rejected and corrected records are never touched.\n\n"
            "Exit codes: 0 done, 1 something failed (each failure printed, the rest still done), 2 wrong "
            "usage."));
    const QCommandLineOption projectOption = sharedoption::project();
    const QCommandLineOption siteOption = sharedoption::site();
    const QCommandLineOption quietOption = sharedoption::quiet();
    cli.parser().addOptions({projectOption, siteOption, quietOption});
    QTextStream err(stderr);
    if (const std::optional<int> done = cli.parse(arguments, 0))
        return *done;
    if (!cli.isSet(projectOption))
        return cli.usage(QStringLiteral("give --project DIR"));
    const auto store = openCommandProject(cli.value(projectOption), Project::Access::ReadWrite, err);
    if (!store)
        return ExitFailure;
    QList<ProjectError> problems = store->problems();
    const RuleBook book = RuleBook::load(store->project().rulesPath(), &problems);
    const QList<SitePage> pages = loadSitePages(*store, book, &problems, cli.value(siteOption));
    const ReextractResult result = reextractPages(*store, pages, book, &problems);
    for (const ProjectError &problem : std::as_const(problems))
        err << "galley: " << problem.toString() << Qt::endl;
    if (!cli.isSet(quietOption))
        err << "galley reextract: " << counted(result.changed, "page") << " changed, " << result.unchanged
            << " unchanged, " << result.kept << " kept (reviewed or corrected)" << Qt::endl;
    return problems.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace galley
