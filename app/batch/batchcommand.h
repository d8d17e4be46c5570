// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

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
