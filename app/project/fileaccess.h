// SPDX-License-Identifier: GPL-3.0-or-later
// File-system steps the project makes with every failure put in the system's words, and without
// following links where a project must not be left (docs/security.md).
#pragma once

#include <QString>

class QFile;

namespace galley {

/// What the operating system said, in words ("No space left on device", "Read-only file system"):
/// the text of errno value `errnum`, never "Unknown error" for a real failure.
QString systemErrorText(int errnum);

/// Creates folder `path` and any missing parents (like mkdir -p); false with *error set to what the
/// system refused ("cannot create folder: Read-only file system"). An existing folder is fine.
bool makeFolders(const QString &path, QString *error);

/// Opens `path` for reading only if it is a regular file and not a symbolic link (O_NOFOLLOW): what
/// Galley reads inside a project never comes from outside it. False with *error set ("is a symbolic
/// link; ...", "cannot read: Permission denied", "not a regular file"); errno is then ENOENT for a
/// missing file.
bool openRegularFile(QFile *file, const QString &path, QString *error);

/// lstat(2) of `path`: true when it exists and is a symbolic link (dangling or not).
bool isSymbolicLink(const QString &path);

/// The message for a link found where a project keeps its own files.
QString linkRefusedMessage();

} // namespace galley
