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

namespace galley {

int runExtractCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Extracts the article of every page in the given capture files and folders (searched "
                       "recursively) and prints one JSON object per page on stdout (JSON Lines), in input "
                       "order. Errors go to stderr; the other captures are still processed.\n\n"
                       "Exit codes: 0 all captures read, 1 some capture failed, 2 wrong usage."));
    parser.addHelpOption();
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

    bool failed = false;
    const auto report = [&](const CaptureError &error) {
        failed = true;
        err << "galley: " << error.toString() << Qt::endl;
    };
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return ExitFailure;
    QByteArray buffer;
    for (const QString &file : expandCapturePaths(paths, report)) {
        readCaptureFile(
            file,
            [&](const Capture &capture) {
                buffer += QJsonDocument(recordToJson(extractRecord(capture))).toJson(QJsonDocument::Compact);
                buffer += '\n';
                if (buffer.size() > (1 << 16)) {
                    out.write(buffer);
                    buffer.clear();
                }
            },
            report);
    }
    out.write(buffer);
    return failed ? ExitFailure : ExitOk;
}

} // namespace galley
