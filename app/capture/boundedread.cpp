// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/boundedread.h"

#include <QFileDevice>

namespace galley {

namespace {

constexpr qint64 kChunk = 64 * 1024;

QString deviceError(QIODevice *device)
{
    // QFileDevice keeps an error state. Other devices return -1 both on failure and at the end of a
    // stream (a closed pipe or socket, as QIODevice::readData documents), so for them -1 is the end and
    // the caller asks the device itself (GzipStream::error(), say).
    if (auto *file = qobject_cast<QFileDevice *>(device))
        return file->error() == QFileDevice::NoError ? QString() : file->errorString();
    return {};
}

} // namespace

BoundedRead readAtMost(QIODevice *device, qint64 limit)
{
    BoundedRead result;
    QByteArray &bytes = result.bytes;
    const qint64 wanted = limit + 1; // one byte more than allowed tells "over the limit" from "exactly"
    while (bytes.size() < wanted) {
        if (bytes.capacity() - bytes.size() < kChunk) {
            // Grow geometrically (linear time) but never past what may be kept.
            bytes.reserve(qsizetype(qMin(wanted, qMax<qint64>(2 * bytes.capacity(), kChunk))));
        }
        const qsizetype at = bytes.size();
        const qint64 ask = qMin<qint64>(wanted - at, bytes.capacity() - at);
        bytes.resize(at + qsizetype(ask));
        const qint64 got = device->read(bytes.data() + at, ask);
        bytes.resize(at + qsizetype(qMax<qint64>(got, 0)));
        if (got < 0)
            result.error = deviceError(device);
        if (got <= 0)
            break; // the end, or an error
    }
    // Not squeezed: unused capacity is never touched, so it costs address space, not memory.
    result.overLimit = bytes.size() > limit;
    return result;
}

} // namespace galley
