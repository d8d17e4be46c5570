// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace galley {

/// Exit codes shared by every subcommand.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

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

/// True when argv asks for headless work (a subcommand, --help, --version): no display is touched then.
bool isBatchInvocation(const QStringList &arguments);

/// Runs a batch invocation under the current QCoreApplication; returns the exit code.
int runBatch(const QStringList &arguments);

} // namespace galley
