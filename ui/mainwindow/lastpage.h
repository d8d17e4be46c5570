// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace galley {

/// The page last worked on in each project, so the window reopens where the editor left off. Kept in the
/// user's settings (like the window layout), keyed by the project's absolute path: nothing is written
/// into the project folder, which may be shared through version control.
namespace lastpage {

void remember(const QString &projectPath, const QString &id);
/// The page last open in that project, empty when none was.
QString recall(const QString &projectPath);

} // namespace lastpage

} // namespace galley
