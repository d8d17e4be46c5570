// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchcommand.h"
#include "batch/commands.h"
#include "batch/counted.h"
#include "batch/projectcommand.h"
#include "project/projectstore.h"
#include "review/fieldchecks.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace galley {

namespace {

QJsonObject warningToJson(const FieldWarning &warning)
{
    return QJsonObject{{QStringLiteral("field"), warning.field.toString()},
                       {QStringLiteral("kind"), warningKindName(warning.kind)},
                       {QStringLiteral("message"), warning.message}};
}

} // namespace

int runCheckCommand(const QStringList &arguments)
{
    SubcommandLine cli(
        QStringLiteral("check"),
        QStringLiteral(
            "Lists the open warnings of every page of a project: the checks the review window shows in its "
            "warnings panel (app/review/fieldchecks.h), on the corrected articles, with the project's "
            "vocabulary. Text: one line per warning, \"ID FIELD: MESSAGE\"; --json: one JSON object listing "
            "every page (docs/project-format.md, \"galley check\").\n\n"
            "Exit codes: 0 done (warnings are findings), 1 the project or a record could not be read (the "
            "readable pages are still checked) or, with --strict, some page has warnings, 2 wrong usage."));
    const QCommandLineOption projectOption = sharedoption::project();
    const QCommandLineOption jsonOption = sharedoption::json();
    const QCommandLineOption strictOption(QStringLiteral("strict"),
                                          QStringLiteral("Exit 1 when a page has warnings."));
    const QCommandLineOption quietOption = sharedoption::quiet();
    cli.parser().addOptions({projectOption, jsonOption, strictOption, quietOption});
    if (const std::optional<int> done = cli.parse(arguments, 0))
        return *done;
    if (!cli.isSet(projectOption))
        return cli.usage(QStringLiteral("give --project DIR"));

    QTextStream err(stderr);
    const auto store = openCommandProject(cli.value(projectOption), Project::Access::ReadOnly, err);
    if (!store)
        return ExitFailure;
    bool unreadable = false;
    for (const ProjectError &problem : store->problems()) {
        err << "galley: " << problem.toString() << Qt::endl;
        unreadable = true;
    }
    ProjectError error;

    QTextStream out(stdout);
    QJsonArray pages;
    int pagesWithWarnings = 0;
    int total = 0;
    for (const RecordSummary &summary : store->summaries()) {
        ReviewRecord record;
        if (!store->load(summary.id, &record, &error)) {
            err << "galley: " << error.toString() << Qt::endl;
            unreadable = true;
            continue;
        }
        const QList<FieldWarning> warnings = fieldWarnings(record.corrected, store->vocabulary());
        total += int(warnings.size());
        pagesWithWarnings += warnings.isEmpty() ? 0 : 1;
        if (cli.isSet(jsonOption)) {
            QJsonArray list;
            for (const FieldWarning &warning : warnings)
                list.append(warningToJson(warning));
            pages.append(QJsonObject{{QStringLiteral("id"), summary.id},
                                     {QStringLiteral("status"), reviewStatusName(record.status)},
                                     {QStringLiteral("headline"), record.corrected.headline},
                                     {QStringLiteral("warnings"), list}});
            continue;
        }
        for (const FieldWarning &warning : warnings)
            out << summary.id << ' ' << warning.field.toString() << ": " << warning.message << '\n';
    }
    if (cli.isSet(jsonOption)) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("project"), store->project().rootPath()},
                                         {QStringLiteral("pages"), pages},
                                         {QStringLiteral("warnings"), total}})
                   .toJson(QJsonDocument::Indented);
    } else if (!cli.isSet(quietOption)) {
        err << "galley check: " << counted(total, "warning") << " on " << pagesWithWarnings << " of "
            << counted(store->summaries().size(), "page") << Qt::endl;
    }
    out.flush();
    return outcomeExitCode(unreadable ? 1 : 0, total, cli.isSet(strictOption));
}

} // namespace galley
