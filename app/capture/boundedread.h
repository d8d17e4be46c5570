// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace galley {

/// Reads `device` until it has no more data, but never more than `limit` + 1 bytes, in 64 KB steps, so
/// a size limit holds on devices whose size is unknown beforehand (standard input, a pipe, a gzip stream)
/// without reserving the limit up front. Returns false when there was more than `limit` (*out then holds
/// the first limit + 1 bytes and the rest is unread). A read error also ends the data: the caller asks
/// its device whether one happened.
bool readAtMost(QIODevice *device, qint64 limit, QByteArray *out);

} // namespace galley
