// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchcommand.h"

#include "batch/commands.h"
#include "capture/filenames.h"

#include <QTextStream>
#include <algorithm>
#include <numeric>
#include <sys/stat.h>

namespace galley {

SubcommandLine::SubcommandLine(const QString &command, const QString &description) : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addPositionalArgument(command, QStringLiteral("The command."));
}

std::optional<int> SubcommandLine::parse(const QStringList &arguments, qsizetype maxOperands)
{
    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << m_parser.helpText();
        return ExitOk;
    }
    const QStringList given = operands();
    if (maxOperands >= 0 && given.size() > maxOperands)
        return usage(QStringLiteral("unexpected argument '%1'").arg(given.at(maxOperands)));
    return std::nullopt;
}

int SubcommandLine::usage(const QString &message) const
{
    QTextStream(stderr) << "galley " << m_command << ": " << message << "\nTry 'galley " << m_command
                        << " --help'.\n";
    return ExitUsage;
}

const QList<BatchCommand> &batchCommands()
{
    static const QList<BatchCommand> commands{
        {"extract", "Extract articles from capture files or folders; JSON Lines on stdout",
         &runExtractCommand},
        {"init", "Create a project folder", &runInitCommand},
        {"import", "Copy captures into a project and extract their pages into records", &runImportCommand},
        {"export", "Export a project's reviewed articles: jsonl, ninjs, newsml, markdown, html, csv",
         &runExportCommand},
        {"check", "List the open warnings of every page of a project (as the review window shows them)",
         &runCheckCommand},
        {"rules", "Propose, accept or name site rules learned from corrections (docs/rules.md)",
         &runRulesCommand},
        {"sites", "List, merge, split or name the sites a project's rules are keyed to (docs/rules.md)",
         &runSitesCommand},
        {"reextract", "Extract a project's unreviewed pages again with its site rules", &runReextractCommand},
        {"report",
         "How often the extractor's values survived review, per field and site, with and without rules",
         &runReportCommand},
        {"import-corrections", "Record corrected records from another tool (JSON Lines) as corrections",
         &runImportCorrectionsCommand},
    };
    return commands;
}

namespace {

bool isCommandName(const QString &word)
{
    return std::any_of(batchCommands().cbegin(), batchCommands().cend(),
                       [&](const BatchCommand &command) { return word == QLatin1String(command.name); });
}

// A first argument that can only be a command: not an option, not a path that exists.
bool isUnknownCommand(const QString &first)
{
    if (first.isEmpty() || first.startsWith(QLatin1Char('-')) || isCommandName(first))
        return false;
    struct stat st;
    return ::lstat(fileNameToBytes(first).constData(), &st) != 0;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            diagonal = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitution});
        }
    }
    return row[b.size()];
}

int unknownCommand(const QString &word)
{
    QTextStream err(stderr);
    QStringList names;
    for (const BatchCommand &command : batchCommands())
        names.append(QLatin1String(command.name));
    err << "galley: '" << displayFileName(word) << "' is not a command, nor an existing file or folder";
    if (const QString close = closestCommand(word); !close.isEmpty())
        err << " (did you mean '" << close << "'?)";
    err << "\nCommands: " << names.join(QStringLiteral(", ")) << ". Try 'galley --help'.\n";
    return ExitUsage;
}

} // namespace

QString closestCommand(const QString &word)
{
    QString best;
    int bestDistance = 0;
    for (const BatchCommand &command : batchCommands()) {
        const QString name = QLatin1String(command.name);
        const int d = editDistance(word.toLower(), name);
        if (best.isEmpty() || d < bestDistance) {
            best = name;
            bestDistance = d;
        }
    }
    // Close means at most a third of the letters wrong ("exprot", "improt", "extarct").
    return bestDistance <= std::max<qsizetype>(1, best.size() / 3 + 1) ? best : QString();
}

bool isBatchInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("--version") || first == QLatin1String("-v") || first == QLatin1String("help"))
        return true;
    return isCommandName(first) || isUnknownCommand(first);
}

int runBatch(const QStringList &arguments)
{
    QTextStream out(stdout);
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "galley " << GALLEY_VERSION_STRING << Qt::endl;
        return ExitOk;
    }
    for (const BatchCommand &command : batchCommands()) {
        if (first == QLatin1String(command.name))
            return command.run(arguments);
    }
    if (isUnknownCommand(first))
        return unknownCommand(first);
    out << "Usage: galley [CAPTURE-OR-PROJECT...]\n"
           "       galley COMMAND [OPTIONS] [ARGS...]\n\n"
           "Without a command, opens the review window (on the given captures or project).\n\n"
           "Commands:\n";
    for (const BatchCommand &command : batchCommands())
        out << "  " << QString::fromLatin1(command.name).leftJustified(19) << command.summary << '\n';
    out << "\nOptions:\n  -h, --help     Show this help (galley COMMAND --help for a command)\n"
           "  -v, --version  Show the version\n\n"
           "Exit codes: 0 done (warnings on stderr only), 1 something failed (or a warning under --strict),\n"
           "2 wrong usage (e.g. an unknown command), 3 no display for the window.\n";
    return ExitOk;
}

namespace sharedoption {

QCommandLineOption project()
{
    return QCommandLineOption(QStringLiteral("project"), QStringLiteral("The project folder."),
                              QStringLiteral("DIR"));
}

QCommandLineOption site()
{
    return QCommandLineOption(QStringLiteral("site"), QStringLiteral("Only the pages of SITE."),
                              QStringLiteral("SITE"));
}

QCommandLineOption quiet()
{
    return QCommandLineOption(QStringLiteral("quiet"), QStringLiteral("No summary line."));
}

QCommandLineOption json()
{
    return QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
}

} // namespace sharedoption

} // namespace galley
