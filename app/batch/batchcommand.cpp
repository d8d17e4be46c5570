// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchcommand.h"

#include "batch/commands.h"

#include <QTextStream>

namespace galley {

const QList<BatchCommand> &batchCommands()
{
    static const QList<BatchCommand> commands{
        {"extract", "Extract articles from capture files or folders; JSON Lines on stdout",
         &runExtractCommand},
        {"init", "Create a project folder", &runInitCommand},
        {"import", "Copy captures into a project and extract their pages into records", &runImportCommand},
        {"export", "Export a project's reviewed articles: jsonl, ninjs, newsml, markdown, html, csv",
         &runExportCommand},
        {"check", "List the open warnings of every page of a project (as the review window shows them)",
         &runCheckCommand},
    };
    return commands;
}

bool isBatchInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("--version") || first == QLatin1String("-v") || first == QLatin1String("help"))
        return true;
    for (const BatchCommand &command : batchCommands()) {
        if (first == QLatin1String(command.name))
            return true;
    }
    return false;
}

int runBatch(const QStringList &arguments)
{
    QTextStream out(stdout);
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "galley " << GALLEY_VERSION_STRING << Qt::endl;
        return ExitOk;
    }
    for (const BatchCommand &command : batchCommands()) {
        if (first == QLatin1String(command.name))
            return command.run(arguments);
    }
    out << "Usage: galley [CAPTURE-OR-PROJECT...]\n"
           "       galley COMMAND [OPTIONS] [ARGS...]\n\n"
           "Without a command, opens the review window (on the given captures or project).\n\n"
           "Commands:\n";
    for (const BatchCommand &command : batchCommands())
        out << "  " << QString::fromLatin1(command.name).leftJustified(10) << command.summary << '\n';
    out << "\nOptions:\n  -h, --help     Show this help (galley COMMAND --help for a command)\n"
           "  -v, --version  Show the version\n";
    return ExitOk;
}

} // namespace galley
