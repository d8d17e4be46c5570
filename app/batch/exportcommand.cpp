// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchcommand.h"
#include "batch/commands.h"
#include "export/exportjob.h"
#include "export/exportregistry.h"
#include "project/projectstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTextStream>
#include <cstdio>
#include <optional>

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
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Exports the corrected articles of a project (docs/export-formats.md). Stream formats "
                       "(jsonl, newsml, csv) go to stdout, or to the file --out; per-article formats (ninjs, "
                       "markdown, html) write one file per article into the folder --out, by default "
                       "DIR/exports/FORMAT. The same records always give the same bytes.\n\n"
                       "Exit codes: 0 exported, 1 some record could not be read or a file not written (the "
                       "others are still exported), 2 wrong usage."));
    parser.addHelpOption();
    const QCommandLineOption projectOption(QStringLiteral("project"), QStringLiteral("The project folder."),
                                           QStringLiteral("DIR"));
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
    parser.addOptions({projectOption, formatOption, statusOption, outOption});
    parser.addPositionalArgument(QStringLiteral("export"), QStringLiteral("The command."));
    QTextStream err(stderr);
    const auto usage = [&](const QString &message) {
        err << "galley export: " << message << "\nTry 'galley export --help'.\n";
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
    if (!parser.isSet(projectOption) || !parser.isSet(formatOption))
        return usage(QStringLiteral("give --project DIR and --format FORMAT"));
    const Exporter *exporter = exportregistry::find(parser.value(formatOption));
    if (!exporter)
        return usage(QStringLiteral("unknown format '%1' (one of: %2)")
                         .arg(parser.value(formatOption), exportregistry::ids().join(QStringLiteral(", "))));
    std::optional<ReviewStatus> status;
    if (!parseStatusFilter(parser.value(statusOption), &status))
        return usage(QStringLiteral("unknown status '%1'").arg(parser.value(statusOption)));

    ProjectError error;
    ProjectStore::Options options;
    options.access = Project::Access::ReadOnly; // exporting never writes into the project
    options.watch = false;
    const auto store = ProjectStore::open(parser.value(projectOption), &error, options);
    if (!store) {
        err << "galley: " << error.toString() << Qt::endl;
        return ExitFailure;
    }
    bool failed = false;
    for (const ProjectError &problem : store->problems()) {
        err << "galley: " << problem.toString() << Qt::endl;
        failed = true;
    }
    QList<ReviewRecord> records;
    for (const RecordSummary &summary : store->summaries()) {
        if (status && summary.status != *status)
            continue; // the summary knows the status: skip loading what will not be exported
        ReviewRecord record;
        if (!store->load(summary.id, &record, &error)) {
            err << "galley: " << error.toString() << Qt::endl;
            failed = true;
            continue;
        }
        records.append(record);
    }
    records = selectForExport(records, status);

    QString out = parser.value(outOption);
    if (exporter->layout() == Exporter::Layout::Stream && out.isEmpty()) {
        QFile stdoutFile;
        QString message;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) ||
            !exporter->write(records, &stdoutFile, &message)) {
            err << "galley: <stdout>: " << (message.isEmpty() ? stdoutFile.errorString() : message)
                << Qt::endl;
            return ExitFailure;
        }
        return failed ? ExitFailure : ExitOk;
    }
    if (out.isEmpty())
        out = QDir(store->project().exportsPath()).filePath(exporter->id());
    const ExportResult result = exportToPath(*exporter, records, out);
    for (const QString &e : result.errors)
        err << "galley: " << e << Qt::endl;
    if (exporter->layout() == Exporter::Layout::FilePerArticle)
        err << "galley export: " << result.files.size() << " files written to "
            << QDir::toNativeSeparators(out) << Qt::endl;
    return failed || !result.ok() ? ExitFailure : ExitOk;
}

} // namespace galley
