// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchcommand.h"
#include "batch/commands.h"
#include "batch/counted.h"
#include "batch/projectcommand.h"
#include "capture/filenames.h"
#include "export/jsonlinesexporter.h"
#include "project/fileaccess.h"
#include "review/articlecorrections.h"
#include "review/correctionhistory.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace galley {

namespace {

struct ImportTally
{
    int corrected = 0;
    int unchanged = 0;
    int failures = 0;
};

// One line of the file: the project's record of its page, corrected to say what the line says.
bool importLine(ProjectStore &store, const QByteArray &line, const QString &where, const QString &file,
                QTextStream &err, ImportTally *tally)
{
    const auto failure = [&](const QString &message) {
        err << "galley: " << file << ": " << where << ": " << message << Qt::endl;
        ++tally->failures;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (!document.isObject())
        return failure(parseError.error == QJsonParseError::NoError ? QStringLiteral("not a JSON object")
                                                                    : parseError.errorString());
    ReviewRecord imported;
    QString message;
    if (!JsonLinesExporter::fromJson(document.object(), &imported, &message))
        return failure(message);
    ReviewRecord saved;
    ProjectError error;
    if (!store.contains(imported.source.id))
        return failure(QStringLiteral("no page %1 in the project").arg(imported.source.id));
    Capture capture;
    if (!store.load(imported.source.id, &saved, &error) || !store.loadCapture(saved.source, &capture, &error))
        return failure(error.toString());
    ArticleDraft draft = ArticleDraft::fromRecord(saved.corrected, saved.extracted);
    corrections::correctTo(&draft, imported.corrected, store.vocabulary(), capture.text());
    const QString reviewer =
        imported.reviewer.isEmpty() ? QStringLiteral("import-corrections") : imported.reviewer;
    const ReviewRecord next =
        recordWithCorrections(saved, draft, imported.status, reviewer, store.clock().now());
    if (next == saved) {
        ++tally->unchanged;
    } else if (!store.save(next, &error)) {
        store.release(saved.source.id);
        return failure(error.toString());
    } else {
        ++tally->corrected;
    }
    store.release(saved.source.id);
    return true;
}

} // namespace

int runImportCorrectionsCommand(const QStringList &arguments)
{
    SubcommandLine cli(
        QStringLiteral("import-corrections"),
        QStringLiteral(
            "Records corrected records from another tool (for example an edited 'galley export --format "
            "jsonl') "
            "as corrections of the project's pages, as the review window does: each value normalised, its "
            "place in the capture found, the history of corrections kept (docs/rules.md). Pages are matched "
            "by source.id; the line's status and reviewer are taken.\n\n"
            "Exit codes: 0 done, 1 some line failed (each printed with its line number; the others are still "
            "recorded), 2 wrong usage."));
    const QCommandLineOption projectOption = sharedoption::project();
    const QCommandLineOption quietOption = sharedoption::quiet();
    cli.parser().addOptions({projectOption, quietOption});
    cli.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A JSON Lines file."));
    QTextStream err(stderr);
    if (const std::optional<int> done = cli.parse(arguments))
        return *done;
    const QStringList files = cli.operands();
    if (!cli.isSet(projectOption) || files.size() != 1)
        return cli.usage(QStringLiteral("give --project DIR and one JSON Lines file"));
    const auto store = openCommandProject(cli.value(projectOption), Project::Access::ReadWrite, err);
    if (!store)
        return ExitFailure;
    const QString &file = files.first();
    QFile in;
    QString message;
    if (!openRegularFile(&in, file, &message)) {
        err << "galley: " << displayFileName(file) << ": " << message << Qt::endl;
        return ExitFailure;
    }
    ImportTally tally;
    const ProjectStore::Batch batch(*store);
    for (qsizetype number = 1; !in.atEnd(); ++number) {
        const QByteArray line = in.readLine().trimmed();
        if (!line.isEmpty())
            importLine(*store, line, QStringLiteral("line %1").arg(number), displayFileName(file), err,
                       &tally);
    }
    if (in.error() != QFileDevice::NoError) {
        err << "galley: " << displayFileName(file) << ": cannot read: " << in.errorString() << Qt::endl;
        ++tally.failures;
    }
    if (!cli.isSet(quietOption))
        err << "galley import-corrections: " << counted(tally.corrected, "page") << " corrected, "
            << tally.unchanged << " unchanged, " << counted(tally.failures, "failure") << Qt::endl;
    return tally.failures > 0 ? ExitFailure : ExitOk;
}

} // namespace galley
