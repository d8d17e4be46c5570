// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace galley {

/// What reading a device under a limit gave.
struct BoundedRead
{
    QByteArray bytes;       ///< what was read: everything, or (when overLimit) the first limit + 1 bytes
    bool overLimit = false; ///< the device holds more than the limit; the rest was left unread
    QString error;          ///< the device's read error, empty if none
};

/// Reads `device` to its end, but never more than `limit` + 1 bytes: a pipe, a device or standard input
/// whose length nobody knows in advance (`yes |`, /dev/zero, a decompression bomb) costs at most the
/// limit in memory, and a device that never ends is left after limit + 1 bytes. Memory grows with what
/// was actually read, not with the limit. Every reader of unsized input goes through this, so one page
/// has one bound whatever it came through (capturelimits.h).
BoundedRead readAtMost(QIODevice *device, qint64 limit);

} // namespace galley
