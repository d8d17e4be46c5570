// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchcommand.h"
#include "batch/commands.h"
#include "batch/counted.h"
#include "project/importer.h"
#include "project/projectstore.h"

#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace galley {

int runImportCommand(const QStringList &arguments)
{
    SubcommandLine cli(
        QStringLiteral("import"),
        QStringLiteral(
            "Copies capture files (and the captures found in folders, recursively) into the project's "
            "captures/ folder, extracts every page and writes one record per page into records/. "
            "Pages imported before are skipped, so importing the same capture again changes "
            "nothing; a page whose record file is damaged is written afresh (the damaged file kept in "
            "backups/). Errors and warnings go to stderr; the other captures are still imported. Ends with a "
            "one-line summary on stderr (pages imported, duplicates skipped, failures) unless --quiet.\n\n"
            "Exit codes: 0 everything imported (warnings, such as bytes replaced by U+FFFD, do not change "
            "this), 1 some capture or page failed (or warned, with --strict), 2 wrong usage."));
    const QCommandLineOption projectOption = sharedoption::project();
    const QCommandLineOption strictOption(QStringLiteral("strict"),
                                          QStringLiteral("Treat warnings as failures (exit 1)."));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         QStringLiteral("No summary line; only errors and warnings."));
    cli.parser().addOptions({projectOption, strictOption, quietOption});
    cli.parser().addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Capture files or folders."),
                                       QStringLiteral("PATH..."));
    if (const std::optional<int> done = cli.parse(arguments))
        return *done;
    const QStringList paths = cli.operands();
    if (!cli.isSet(projectOption) || paths.isEmpty())
        return cli.usage(QStringLiteral("give --project DIR and at least one capture file or folder"));
    QTextStream err(stderr);

    ProjectError error;
    ProjectStore::Options options;
    options.watch = false;
    const auto store = ProjectStore::open(cli.value(projectOption), &error, options);
    if (!store) {
        err << "galley: " << error.toString() << Qt::endl;
        return ExitFailure;
    }
    if (!store->project().notice().isEmpty())
        err << "galley: " << store->project().notice() << Qt::endl;
    Importer importer(*store);
    // The progress line is for people watching; logs and pipes get the error lines only.
    const bool quiet = cli.isSet(quietOption);
    const bool showProgress = !quiet && ::isatty(::fileno(stderr)) != 0;
    bool progressShown = false;
    const auto clearProgress = [&] {
        if (progressShown)
            err << "\r\033[K" << Qt::flush;
        progressShown = false;
    };
    importer.setErrorHandler([&](const ProjectError &e) {
        clearProgress();
        err << (e.warning ? "galley: warning: " : "galley: ") << e.toString() << Qt::endl;
    });
    if (showProgress) {
        importer.setProgressHandler([&](const ImportProgress &p) {
            err << "\r\033[Kgalley import: file " << p.filesDone << '/' << p.filesTotal << ", "
                << counted(p.pagesImported, "page") << " imported, " << p.pagesSkipped << " already present"
                << Qt::flush;
            progressShown = true;
        });
    }
    const ImportResult result = importer.importPaths(paths);
    clearProgress();
    if (!quiet) {
        err << "galley import: " << counted(result.pagesImported, "page") << " imported, "
            << counted(result.pagesSkipped, "duplicate") << " skipped, "
            << counted(result.failures, "failure") << ", " << counted(result.warnings, "warning") << " ("
            << counted(result.files, "capture file") << ", " << result.capturesCopied << " copied";
        if (result.recordsRepaired > 0)
            err << ", " << counted(result.recordsRepaired, "damaged record") << " rewritten";
        err << ")" << Qt::endl;
    }
    return outcomeExitCode(result.failures, result.warnings, cli.isSet(strictOption));
}

} // namespace galley
