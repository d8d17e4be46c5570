// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <optional>

namespace galley {

/// Exit codes shared by every subcommand (README, "Command line").
enum ExitCode {
    ExitOk = 0,        ///< done; warnings (printed on stderr) do not change this unless --strict
    ExitFailure = 1,   ///< something failed (each failure printed); the rest was still done
    ExitUsage = 2,     ///< wrong usage: unknown command or option, missing argument
    ExitNoDisplay = 3, ///< the window was asked for but there is no display to open it on
};

/// The exit code of a command that met `failures` errors and `warnings` warnings: warnings fail only
/// under --strict.
inline int outcomeExitCode(qsizetype failures, qsizetype warnings, bool strict)
{
    return failures > 0 || (strict && warnings > 0) ? ExitFailure : ExitOk;
}

/// One headless subcommand of `galley` (extract, init, import, export, report).
struct BatchCommand
{
    const char *name;
    const char *summary;
    /// Runs the command; `arguments` start with the program name, then the subcommand.
    int (*run)(const QStringList &arguments);
};

/// The command-line handling every subcommand shares: a QCommandLineParser with --help and the
/// command's own name as first positional argument, and the one way a usage error is said
/// ("galley CMD: MESSAGE", "Try 'galley CMD --help'.", exit 2).
class SubcommandLine
{
public:
    SubcommandLine(const QString &command, const QString &description);

    /// Declare options and positional arguments here before parse().
    QCommandLineParser &parser() { return m_parser; }
    /// Parses `arguments` (program name, command, ...). Empty when the command should go on; otherwise
    /// the exit code to return at once: ExitOk after printing --help, ExitUsage after printing the
    /// usage error. With `maxOperands` >= 0, more operands than that are a usage error.
    std::optional<int> parse(const QStringList &arguments, qsizetype maxOperands = -1);
    /// Prints `message` as this command's usage error; returns ExitUsage.
    int usage(const QString &message) const;
    /// The positional arguments after the command's name.
    QStringList operands() const { return m_parser.positionalArguments().mid(1); }
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }

private:
    QString m_command;
    QCommandLineParser m_parser;
};

/// The options several commands share, declared once so they read the same in every --help.
namespace sharedoption {
/// --project DIR: the project folder a command works on.
QCommandLineOption project();
/// --site SITE: only the pages of one site.
QCommandLineOption site();
/// --quiet: no summary line.
QCommandLineOption quiet();
/// --json: print JSON.
QCommandLineOption json();
} // namespace sharedoption

/// The registered subcommands, in the order `galley --help` lists them.
const QList<BatchCommand> &batchCommands();

/// True when argv asks for headless work (a subcommand, --help, --version), or names something that is
/// neither a command nor an existing file or folder (a mistyped command: a usage error, not a window).
/// No display is touched then.
bool isBatchInvocation(const QStringList &arguments);

/// The command closest to a mistyped `word` (edit distance), empty when none is close.
QString closestCommand(const QString &word);

/// Runs a batch invocation under the current QCoreApplication; returns the exit code.
int runBatch(const QStringList &arguments);

} // namespace galley
