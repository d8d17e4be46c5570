// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchcommand.h"
#include "batch/commands.h"
#include "project/projectstore.h"
#include "review/fieldchecks.h"

#include <QCommandLineParser>
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
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists the open warnings of every page of a project: the checks the review window shows in its "
        "warnings panel (app/review/fieldchecks.h), on the corrected articles, with the project's "
        "vocabulary. Text: one line per warning, \"ID FIELD: MESSAGE\"; --json: one JSON object listing "
        "every page (docs/project-format.md, \"galley check\").\n\n"
        "Exit codes: 0 done (warnings are findings), 1 the project or a record could not be read (the "
        "readable pages are still checked) or, with --strict, some page has warnings, 2 wrong usage."));
    parser.addHelpOption();
    const QCommandLineOption projectOption(QStringLiteral("project"), QStringLiteral("The project folder."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption strictOption(QStringLiteral("strict"),
                                          QStringLiteral("Exit 1 when a page has warnings."));
    const QCommandLineOption quietOption(QStringLiteral("quiet"), QStringLiteral("No summary line."));
    parser.addOptions({projectOption, jsonOption, strictOption, quietOption});
    parser.addPositionalArgument(QStringLiteral("check"), QStringLiteral("The command."));
    QTextStream err(stderr);
    const auto usage = [&](const QString &message) {
        err << "galley check: " << message << "\nTry 'galley check --help'.\n";
        return ExitUsage;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() > 1)
        return usage(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().at(1)));
    if (!parser.isSet(projectOption))
        return usage(QStringLiteral("give --project DIR"));

    ProjectError error;
    ProjectStore::Options options;
    options.access = Project::Access::ReadOnly; // checking never writes into the project
    options.watch = false;
    const auto store = ProjectStore::open(parser.value(projectOption), &error, options);
    if (!store) {
        err << "galley: " << error.toString() << Qt::endl;
        return ExitFailure;
    }
    bool unreadable = false;
    for (const ProjectError &problem : store->problems()) {
        err << "galley: " << problem.toString() << Qt::endl;
        unreadable = true;
    }

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
        if (parser.isSet(jsonOption)) {
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
    if (parser.isSet(jsonOption)) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("project"), store->project().rootPath()},
                                         {QStringLiteral("pages"), pages},
                                         {QStringLiteral("warnings"), total}})
                   .toJson(QJsonDocument::Indented);
    } else if (!parser.isSet(quietOption)) {
        err << "galley check: " << total << " warnings on " << pagesWithWarnings << " of "
            << store->summaries().size() << " pages" << Qt::endl;
    }
    out.flush();
    return outcomeExitCode(unreadable ? 1 : 0, total, parser.isSet(strictOption));
}

} // namespace galley
