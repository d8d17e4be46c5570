// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming gzip device: members, truncation, trailing junk, member offsets; and bounded inflate.
#include "capture/gzipstream.h"

#include <QBuffer>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace galley;
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    GzipStream stream(&buffer);
    char chunk[4096];
    qint64 total = 0;
    while (total < (16 << 20)) {
        const qint64 got = stream.read(chunk, sizeof chunk);
        if (got <= 0)
            break;
        stream.memberStartingAt(total);
        total += got;
    }
    QByteArray out;
    QString error;
    GzipStream::inflate(bytes, GzipStream::Format::Zlib, 8 << 20, &out, &error);
    GzipStream::inflate(bytes, GzipStream::Format::RawDeflate, 8 << 20, &out, &error);
    return 0;
}
