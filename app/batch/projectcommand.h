// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projectstore.h"

#include <QTextStream>
#include <memory>

namespace galley {

/// Opens the project a command works on, never watched: read-only for a command that only reads, with
/// the lock for one that writes (a project another instance holds is then an error saying who).
/// Prints "galley: PATH: what is wrong" and returns null when it cannot.
std::unique_ptr<ProjectStore> openCommandProject(const QString &dir, Project::Access access,
                                                 QTextStream &err);

class RuleBook;

/// openCommandProject() and the project's rule book (docs/rules.md), for the commands on site rules.
/// Every problem reading the project or its rules is printed; *problems says whether there were any.
std::unique_ptr<ProjectStore> openRulesProject(const QString &dir, Project::Access access, QTextStream &err,
                                               RuleBook *book, bool *problems);

} // namespace galley
