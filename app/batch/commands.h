// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The entry points of the subcommands listed in batchcommand.cpp, one file each.
namespace galley {

int runExtractCommand(const QStringList &arguments);
int runInitCommand(const QStringList &arguments);
int runImportCommand(const QStringList &arguments);
int runExportCommand(const QStringList &arguments);
int runCheckCommand(const QStringList &arguments);
int runRulesCommand(const QStringList &arguments);
int runSitesCommand(const QStringList &arguments);
int runReextractCommand(const QStringList &arguments);
int runReportCommand(const QStringList &arguments);
int runImportCorrectionsCommand(const QStringList &arguments);

} // namespace galley
