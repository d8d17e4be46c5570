// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchcommand.h"
#include "batch/commands.h"
#include "batch/orderedpipeline.h"
#include "capture/capturereader.h"
#include "capture/filenames.h"
#include "extract/extractor.h"
#include "record/recordjsonwriter.h"
#include "rules/ruleapplication.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QThread>
#include <memory>
#include <unistd.h>

namespace galley {

namespace {

/// What the work on one page leaves for printing: its JSON line and the problems met decoding it.
struct PageOutput
{
    QByteArray json;
    QList<CaptureError> problems;
};

constexpr qsizetype kOutputFlushBytes = 1 << 16;

} // namespace

int runExtractCommand(const QStringList &arguments)
{
    SubcommandLine cli(
        QStringLiteral("extract"),
        QStringLiteral("Extracts the article of every page in the given capture files and folders (searched "
                       "recursively) and prints one JSON object per page on stdout (JSON Lines), in input "
                       "order. '-' reads one capture stream (WARC, WARC.gz, HTML, MHTML or a text dump) "
                       "from standard input. Errors go to stderr, in their place among the records; the "
                       "other captures are still processed.\n\n"
                       "Exit codes: 0 all captures read (warnings, such as bytes replaced by U+FFFD, do not "
                       "change this), 1 some capture failed (or warned, with --strict), 2 wrong usage."));
    const QCommandLineOption strictOption(QStringLiteral("strict"),
                                          QStringLiteral("Treat warnings as failures (exit 1)."));
    cli.parser().addOption(strictOption);
    const QCommandLineOption jobsOption(
        {QStringLiteral("j"), QStringLiteral("jobs")},
        QStringLiteral("Extract on N threads (default: the number of cores); the output is the same."),
        QStringLiteral("N"));
    const QCommandLineOption stdinNameOption(
        QStringLiteral("stdin-name"),
        QStringLiteral("The path records and messages give standard input (default '-')."),
        QStringLiteral("NAME"));
    const QCommandLineOption rulesOption(
        QStringLiteral("rules"),
        QStringLiteral("Apply the site rules in DIR (a project's rules/ folder, docs/rules.md) on top of the "
                       "general extractor."),
        QStringLiteral("DIR"));
    cli.parser().addOption(jobsOption);
    cli.parser().addOption(stdinNameOption);
    cli.parser().addOption(rulesOption);
    cli.parser().addPositionalArgument(QStringLiteral("PATH"),
                                       QStringLiteral("Capture files or folders, or '-'."),
                                       QStringLiteral("PATH..."));
    if (const std::optional<int> done = cli.parse(arguments))
        return *done;
    QTextStream err(stderr);
    const QStringList paths = cli.operands();
    if (paths.isEmpty())
        return cli.usage(QStringLiteral("no capture files or folders given"));
    if (paths.count(QStringLiteral("-")) > 1)
        return cli.usage(QStringLiteral("standard input ('-') can be read only once"));
    int jobs = QThread::idealThreadCount();
    if (cli.isSet(jobsOption)) {
        bool ok = false;
        jobs = cli.value(jobsOption).toInt(&ok);
        if (!ok || jobs < 1)
            return cli.usage(QStringLiteral("--jobs wants a whole number of threads, 1 or more"));
    }
    const QString stdinName = cli.isSet(stdinNameOption) ? cli.value(stdinNameOption) : QStringLiteral("-");

    // A damaged rules file is a failure (exit 1), reported first; its rules are left out, the rest applies.
    QList<ProjectError> ruleProblems;
    auto rules = std::make_shared<const RuleBook>(
        cli.isSet(rulesOption) ? RuleBook::load(cli.value(rulesOption), &ruleProblems) : RuleBook());
    if (cli.isSet(rulesOption) && !QFileInfo(cli.value(rulesOption)).isDir())
        ruleProblems.append(ProjectError{ProjectError::NotFound, cli.value(rulesOption), QString(),
                                         QStringLiteral("no such rules folder")});
    for (const ProjectError &problem : std::as_const(ruleProblems))
        err << "galley: " << problem.toString() << Qt::endl;

    QFile out;
    // By descriptor, not FILE*: each write reaches write(2) at once, so its error is seen here.
    if (!out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return ExitFailure;
    // A refused write (a full disk, a closed pipe) is a failure with the system's reason, not a silent
    // cut-off output.
    QString writeError;
    const auto emitOutput = [&](const QByteArray &bytes) {
        if (writeError.isEmpty() && out.write(bytes) != bytes.size())
            writeError = out.errorString();
    };
    // Everything below the pipeline's deliveries runs one delivery at a time, in input order.
    int failures = int(ruleProblems.size());
    int warnings = 0;
    QByteArray buffer;
    const auto printProblem = [&](const CaptureError &error) {
        ++(error.warning ? warnings : failures);
        emitOutput(buffer); // the records before the problem come first
        buffer.clear();
        err << (error.warning ? "galley: warning: " : "galley: ") << error.toString() << Qt::endl;
    };
    OrderedPipeline pipeline(jobs);
    const CaptureErrorHandler report = [&](const CaptureError &error) {
        pipeline.submit({}, [&printProblem, error] { printProblem(error); });
    };
    const RawCapturePageHandler extract = [&](RawCapturePage &&page) {
        auto output = std::make_shared<PageOutput>();
        pipeline.submit(
            [output, rules, page = std::move(page)]() mutable {
                const QString where = page.where;
                const QString file = displayFileName(page.data.path);
                QStringList leftOut;
                Record record;
                {
                    // The page (its bytes and its text) is let go before the JSON line is written: near
                    // the 64 MB limit the two are 200 MB beside the article's own text and its JSON.
                    Capture capture =
                        decodeCapturePage(std::move(page), [&output](const CaptureError &error) {
                            output->problems.append(error);
                        });
                    // A text dump is read from its text alone (HTML maps offsets through the bytes).
                    if (capture.kind() == ContentKind::Text)
                        capture = capture.withoutBytes();
                    record = extractRecordWithRules(capture, Vocabulary(), *rules, &leftOut);
                }
                appendRecordJson(record, &output->json);
                output->json += '\n';
                // What a size bound left out of the page (docs/security.md).
                for (const QString &warning : std::as_const(leftOut))
                    output->problems.append({file, where, warning, true});
            },
            [&, output] {
                for (const CaptureError &problem : std::as_const(output->problems))
                    printProblem(problem);
                buffer += output->json;
                if (buffer.size() > kOutputFlushBytes) {
                    emitOutput(buffer);
                    buffer.clear();
                }
            });
    };

    for (const QString &path : paths) {
        if (path == QLatin1String("-")) {
            QFile in;
            if (!in.open(STDIN_FILENO, QIODevice::ReadOnly)) {
                report(
                    {stdinName, {}, QStringLiteral("cannot read standard input: %1").arg(in.errorString())});
                continue;
            }
            readCaptureStreamPages(&in, stdinName, extract, report);
            continue;
        }
        for (const QString &file : expandCapturePaths({path}, report))
            readCaptureFilePages(file, extract, report);
    }
    pipeline.finish();
    emitOutput(buffer);
    if (!writeError.isEmpty()) {
        err << "galley: <stdout>: cannot write: " << writeError << Qt::endl;
        return ExitFailure;
    }
    return outcomeExitCode(failures, warnings, cli.isSet(strictOption));
}

} // namespace galley
