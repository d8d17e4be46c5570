// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchcommand.h"
#include "batch/commands.h"
#include "capture/capturereader.h"
#include "extract/extractor.h"
#include "record/recordjson.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <unistd.h>

namespace galley {

int runExtractCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Extracts the article of every page in the given capture files and folders (searched "
                       "recursively) and prints one JSON object per page on stdout (JSON Lines), in input "
                       "order. Errors and warnings go to stderr; the other captures are still processed.\n\n"
                       "Exit codes: 0 all captures read (warnings, such as bytes replaced by U+FFFD, do not "
                       "change this), 1 some capture failed (or warned, with --strict), 2 wrong usage."));
    parser.addHelpOption();
    const QCommandLineOption strictOption(QStringLiteral("strict"),
                                          QStringLiteral("Treat warnings as failures (exit 1)."));
    parser.addOption(strictOption);
    parser.addPositionalArgument(QStringLiteral("extract"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Capture files or folders."),
                                 QStringLiteral("PATH..."));
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << "galley extract: " << parser.errorText() << "\nTry 'galley extract --help'.\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const QStringList paths = parser.positionalArguments().mid(1);
    if (paths.isEmpty()) {
        err << "galley extract: no capture files or folders given\nTry 'galley extract --help'.\n";
        return ExitUsage;
    }

    int failures = 0;
    int warnings = 0;
    const auto report = [&](const CaptureError &error) {
        ++(error.warning ? warnings : failures);
        err << (error.warning ? "galley: warning: " : "galley: ") << error.toString() << Qt::endl;
    };
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
    QByteArray buffer;
    for (const QString &file : expandCapturePaths(paths, report)) {
        readCaptureFile(
            file,
            [&](const Capture &capture) {
                buffer += QJsonDocument(recordToJson(extractRecord(capture))).toJson(QJsonDocument::Compact);
                buffer += '\n';
                if (buffer.size() > (1 << 16)) {
                    emitOutput(buffer);
                    buffer.clear();
                }
            },
            report);
    }
    emitOutput(buffer);
    if (!writeError.isEmpty()) {
        err << "galley: <stdout>: cannot write: " << writeError << Qt::endl;
        return ExitFailure;
    }
    return outcomeExitCode(failures, warnings, parser.isSet(strictOption));
}

} // namespace galley
