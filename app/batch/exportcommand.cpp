// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchcommand.h"
#include "batch/commands.h"
#include "batch/counted.h"
#include "batch/projectcommand.h"
#include "export/exportjob.h"
#include "export/exportregistry.h"
#include "project/projectstore.h"

#include <QDir>
#include <QFile>
#include <QTextStream>
#include <cstdio>
#include <optional>
#include <unistd.h>

namespace galley {

namespace {

// "all" or one status name; false for anything else.
bool parseStatusFilter(const QString &text, std::optional<ReviewStatus> *filter)
{
    if (text == QLatin1String("all")) {
        filter->reset();
        return true;
    }
    ReviewStatus status;
    if (!parseReviewStatus(text, &status))
        return false;
    *filter = status;
    return true;
}

} // namespace

int runExportCommand(const QStringList &arguments)
{
    SubcommandLine cli(
        QStringLiteral("export"),
        QStringLiteral("Exports the corrected articles of a project (docs/export-formats.md). Stream formats "
                       "(jsonl, newsml, csv) go to stdout, or to the file --out; per-article formats (ninjs, "
                       "markdown, html) write one file per article into the folder --out, by default "
                       "DIR/exports/FORMAT. The same records always give the same bytes. Every file is "
                       "written whole or not at all. Ends with a one-line summary on stderr unless "
                       "--quiet.\n\n"
                       "Exit codes: 0 exported, 1 some record could not be read or a file not written (the "
                       "others are still exported), 2 wrong usage."));
    const QCommandLineOption projectOption = sharedoption::project();
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QStringLiteral("One of: %1.").arg(exportregistry::ids().join(QStringLiteral(", "))),
        QStringLiteral("FORMAT"));
    const QCommandLineOption statusOption(
        QStringLiteral("status"),
        QStringLiteral("Which records: reviewed (default), all, new, in-review, rejected, needs-attention."),
        QStringLiteral("STATUS"), QStringLiteral("reviewed"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("Output file (stream formats) or folder (per-article)."),
        QStringLiteral("PATH"));
    const QCommandLineOption quietOption = sharedoption::quiet();
    cli.parser().addOptions({projectOption, formatOption, statusOption, outOption, quietOption});
    if (const std::optional<int> done = cli.parse(arguments, 0))
        return *done;
    if (!cli.isSet(projectOption) || !cli.isSet(formatOption))
        return cli.usage(QStringLiteral("give --project DIR and --format FORMAT"));
    const Exporter *exporter = exportregistry::find(cli.value(formatOption));
    if (!exporter)
        return cli.usage(QStringLiteral("unknown format '%1' (one of: %2)")
                             .arg(cli.value(formatOption), exportregistry::ids().join(QStringLiteral(", "))));
    std::optional<ReviewStatus> status;
    if (!parseStatusFilter(cli.value(statusOption), &status))
        return cli.usage(QStringLiteral("unknown status '%1'").arg(cli.value(statusOption)));

    QTextStream err(stderr);
    const auto store = openCommandProject(cli.value(projectOption), Project::Access::ReadOnly, err);
    if (!store)
        return ExitFailure;
    int failures = 0;
    for (const ProjectError &problem : store->problems()) {
        err << "galley: " << problem.toString() << Qt::endl;
        ++failures;
    }
    ProjectError error;
    QList<ReviewRecord> records;
    for (const RecordSummary &summary : store->summaries()) {
        if (status && summary.status != *status)
            continue; // the summary knows the status: skip loading what will not be exported
        ReviewRecord record;
        if (!store->load(summary.id, &record, &error)) {
            err << "galley: " << error.toString() << Qt::endl;
            ++failures;
            continue;
        }
        records.append(record);
    }
    records = selectForExport(records, status);
    if (records.isEmpty())
        err << "galley export: no records with status " << cli.value(statusOption) << Qt::endl;

    const bool quiet = cli.isSet(quietOption);
    const auto summary = [&](qsizetype written, const QString &where) {
        if (!quiet)
            err << "galley export: " << written << " of " << counted(records.size(), "record")
                << " exported as " << exporter->id() << " to " << where << ", "
                << counted(failures, "failure") << Qt::endl;
    };
    QString out = cli.value(outOption);
    if (exporter->layout() == Exporter::Layout::Stream && out.isEmpty()) {
        // By descriptor: every write reaches write(2), so a full disk or closed pipe is seen here.
        QFile stdoutFile;
        QString message;
        if (!stdoutFile.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered) ||
            !exporter->write(records, &stdoutFile, &message)) {
            err << "galley: <stdout>: cannot write: "
                << (message.isEmpty() ? stdoutFile.errorString() : message) << Qt::endl;
            ++failures;
            summary(0, QStringLiteral("<stdout>"));
            return ExitFailure;
        }
        summary(records.size(), QStringLiteral("<stdout>"));
        return failures > 0 ? ExitFailure : ExitOk;
    }
    if (out.isEmpty())
        out = QDir(store->project().exportsPath()).filePath(exporter->id());
    const ExportResult result = exportToPath(*exporter, records, out);
    for (const QString &e : result.errors)
        err << "galley: " << e << Qt::endl;
    failures += int(result.errors.size());
    if (exporter->layout() == Exporter::Layout::FilePerArticle)
        summary(result.files.size(),
                QStringLiteral("%1 (%2 written)")
                    .arg(QDir::toNativeSeparators(out), counted(result.files.size(), "file")));
    else
        summary(result.ok() ? records.size() : 0, QDir::toNativeSeparators(out));
    return failures > 0 || !result.ok() ? ExitFailure : ExitOk;
}

} // namespace galley
