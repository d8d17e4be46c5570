// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projecterror.h"

#include <QString>

namespace galley {

/// Whether a project may be created in `dir`: a folder that does not exist yet, or an empty one.
///
/// "Empty" tolerates what `galley init` itself leaves behind when it failed half-way (empty records/,
/// captures/, exports/ folders and its .gitignore), so init can be run again in the same place, and a
/// `.git` folder (a repository made for the project first). Anything else, and the filesystem root,
/// is refused with a message naming the folder and what is in it, so a project is never mixed into a
/// folder of unrelated files. `galley init` and the window's New Project both ask this.
bool checkNewProjectFolder(const QString &dir, ProjectError *error);

} // namespace galley
