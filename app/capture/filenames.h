// SPDX-License-Identifier: GPL-3.0-or-later
// File names are bytes, not text: a name that is not valid UTF-8 (an old Latin-1 archive, a camera card)
// must still be found, read and reported. Qt decodes such names lossily (every bad byte becomes U+FFFD,
// so the file can no longer be opened), so Galley keeps them in a lossless form instead: each byte that
// is not part of valid UTF-8 becomes the lone surrogate U+DC80..U+DCFF (the "surrogateescape" scheme of
// Python), and turns back into the same byte when the name is handed to the system.
#pragma once

#include <QByteArray>
#include <QString>

class QFile;

namespace galley {

/// The name as Galley holds it: UTF-8 where valid, each other byte escaped (see above).
QString fileNameFromBytes(QByteArrayView bytes);

/// The bytes of a name held by fileNameFromBytes() (the inverse; plain UTF-8 for ordinary names).
QByteArray fileNameToBytes(const QString &name);

/// The name for messages: escaped bytes are shown as "\xE9", so the user sees which file it was.
QString displayFileName(const QString &name);

/// Opens a file for reading by its byte name; false with *error set ("is a folder, not a capture file",
/// "cannot open: Permission denied").
bool openFileByName(QFile *file, const QString &path, QString *error);

} // namespace galley
