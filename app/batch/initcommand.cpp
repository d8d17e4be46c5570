// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchcommand.h"
#include "batch/commands.h"
#include "project/project.h"

#include <QDir>
#include <QTextStream>

namespace galley {

int runInitCommand(const QStringList &arguments)
{
    SubcommandLine cli(
        QStringLiteral("init"),
        QStringLiteral(
            "Creates a Galley project in DIR (made if missing): galley.json, records/, captures/, "
            "exports/ and a .gitignore (docs/project-format.md). DIR must be new or empty (a .git "
            "folder may be there): the filesystem root and folders holding other files are "
            "refused.\n\n"
            "Says what it created in one line on stderr unless --quiet.\n\n"
            "Exit codes: 0 created, 1 failed (e.g. DIR is already a project or not empty, the disk "
            "is full; nothing half-made is left as galley.json), 2 wrong usage."));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        QStringLiteral("The project's name (default: the folder's name)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption quietOption = sharedoption::quiet();
    cli.parser().addOptions({nameOption, quietOption});
    cli.parser().addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The project folder."));
    if (const std::optional<int> done = cli.parse(arguments))
        return *done;
    const QStringList positional = cli.operands();
    if (positional.size() != 1)
        return cli.usage(QStringLiteral("give exactly one project folder"));
    QTextStream err(stderr);
    ProjectError error;
    if (!Project::init(positional.first(), cli.value(nameOption), *Clock::system(), &error)) {
        err << "galley: " << error.toString() << Qt::endl;
        return ExitFailure;
    }
    if (!cli.isSet(quietOption))
        err << "galley init: created a project in " << QDir(positional.first()).absolutePath()
            << " (galley.json, records/, captures/, exports/)" << Qt::endl;
    return ExitOk;
}

} // namespace galley
