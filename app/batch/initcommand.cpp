// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchcommand.h"
#include "batch/commands.h"
#include "project/project.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace galley {

int runInitCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Creates a Galley project in DIR (made if missing): galley.json, records/, captures/, "
        "exports/ and a .gitignore (docs/project-format.md). DIR must be new or empty (a .git "
        "folder may be there): the filesystem root and folders holding other files are "
        "refused.\n\n"
        "Says what it created in one line on stderr unless --quiet.\n\n"
        "Exit codes: 0 created, 1 failed (e.g. DIR is already a project or not empty, the disk is full; "
        "nothing half-made is left as galley.json), 2 wrong usage."));
    parser.addHelpOption();
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        QStringLiteral("The project's name (default: the folder's name)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"), QStringLiteral("No summary line."));
    parser.addOptions({nameOption, quietOption});
    parser.addPositionalArgument(QStringLiteral("init"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The project folder."));
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << "galley init: " << parser.errorText() << "\nTry 'galley init --help'.\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1) {
        err << "galley init: give exactly one project folder\nTry 'galley init --help'.\n";
        return ExitUsage;
    }
    ProjectError error;
    if (!Project::init(positional.first(), parser.value(nameOption), *Clock::system(), &error)) {
        err << "galley: " << error.toString() << Qt::endl;
        return ExitFailure;
    }
    if (!parser.isSet(quietOption))
        err << "galley init: created a project in " << QDir(positional.first()).absolutePath()
            << " (galley.json, records/, captures/, exports/)" << Qt::endl;
    return ExitOk;
}

} // namespace galley
