// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>

namespace galley {

/// What a path given by the user names (links followed), as far as reading a capture goes.
enum class InputKind {
    Regular, ///< a file: its size is known before reading
    Pipe,    ///< a named pipe (FIFO) or an open pipe (/dev/stdin, /dev/fd/N): length unknown until its end
    Refused, ///< a folder, a device, a socket: not a capture, never opened
};

/// Opens `path` read-only for reading a capture, without ever waiting: a FIFO is opened even when no
/// program writes to it (reading it then gives no data instead of waiting for a writer for ever).
/// Character and block devices (/dev/zero, /dev/urandom, a disk), sockets and folders are refused
/// unopened. On failure *error says why ("is a character device, not a capture file; not read",
/// "cannot open: Permission denied") and `file` stays closed.
bool openCaptureInput(const QString &path, QFile *file, InputKind *kind, QString *error);

} // namespace galley
