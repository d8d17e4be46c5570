// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchcommand.h"
#include "batch/commands.h"
#include "project/importer.h"
#include "project/projectstore.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace galley {

int runImportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Copies capture files (and the captures found in folders, recursively) into the project's "
        "captures/ folder, extracts every page and writes one record per page into records/. "
        "Pages imported before are skipped, so importing the same capture again changes "
        "nothing. Errors go to stderr; the other captures are still imported.\n\n"
        "Exit codes: 0 everything imported, 1 some capture failed, 2 wrong usage."));
    parser.addHelpOption();
    const QCommandLineOption projectOption(QStringLiteral("project"), QStringLiteral("The project folder."),
                                           QStringLiteral("DIR"));
    parser.addOption(projectOption);
    parser.addPositionalArgument(QStringLiteral("import"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Capture files or folders."),
                                 QStringLiteral("PATH..."));
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << "galley import: " << parser.errorText() << "\nTry 'galley import --help'.\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const QStringList paths = parser.positionalArguments().mid(1);
    if (!parser.isSet(projectOption) || paths.isEmpty()) {
        err << "galley import: give --project DIR and at least one capture file or folder\n"
               "Try 'galley import --help'.\n";
        return ExitUsage;
    }

    ProjectError error;
    ProjectStore::Options options;
    options.watch = false;
    const auto store = ProjectStore::open(parser.value(projectOption), &error, options);
    if (!store) {
        err << "galley: " << error.toString() << Qt::endl;
        return ExitFailure;
    }
    Importer importer(*store);
    // The progress line is for people watching; logs and pipes get the error lines only.
    const bool showProgress = ::isatty(::fileno(stderr)) != 0;
    bool progressShown = false;
    const auto clearProgress = [&] {
        if (progressShown)
            err << "\r\033[K" << Qt::flush;
        progressShown = false;
    };
    importer.setErrorHandler([&](const ProjectError &e) {
        clearProgress();
        err << "galley: " << e.toString() << Qt::endl;
    });
    if (showProgress) {
        importer.setProgressHandler([&](const ImportProgress &p) {
            err << "\r\033[Kgalley import: file " << p.filesDone << '/' << p.filesTotal << ", "
                << p.pagesImported << " pages imported, " << p.pagesSkipped << " already present"
                << Qt::flush;
            progressShown = true;
        });
    }
    const ImportResult result = importer.importPaths(paths);
    clearProgress();
    if (showProgress)
        err << "galley import: " << result.pagesImported << " pages imported, " << result.pagesSkipped
            << " already present, " << result.capturesCopied << " capture files copied\n";
    return result.failures > 0 ? ExitFailure : ExitOk;
}

} // namespace galley
