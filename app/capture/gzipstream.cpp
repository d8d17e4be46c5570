// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/gzipstream.h"

#include <QBuffer>
#include <zlib.h>

namespace galley {

namespace {
constexpr qsizetype inputBufferSize = 64 * 1024;
}

struct GzipStream::Private
{
    z_stream zs{};
    bool initialised = false;
    QByteArray input;          // compressed bytes read from the source, not yet consumed
    qint64 consumedBefore = 0; // compressed offset of input[0]
    bool sourceDone = false;
    bool inMember = false; // between a member's first byte and its Z_STREAM_END

    qint64 compressedPos() const { return consumedBefore + (input.size() - qint64(zs.avail_in)); }
};

GzipStream::GzipStream(QIODevice *source, Format format, QObject *parent)
    : QIODevice(parent), d(std::make_unique<Private>()), m_source(source), m_format(format)
{
    const int windowBits = format == Format::Gzip   ? 16 + MAX_WBITS
                           : format == Format::Zlib ? MAX_WBITS
                                                    : -MAX_WBITS;
    d->initialised = inflateInit2(&d->zs, windowBits) == Z_OK;
    if (!d->initialised)
        m_error = QStringLiteral("zlib could not be initialised");
    open(QIODevice::ReadOnly);
}

GzipStream::~GzipStream()
{
    if (d->initialised)
        inflateEnd(&d->zs);
}

bool GzipStream::atEnd() const
{
    return m_finished && bytesAvailable() == 0;
}

qint64 GzipStream::memberStartingAt(qint64 pos)
{
    while (!m_boundaries.isEmpty() && m_boundaries.first().first < pos)
        m_boundaries.removeFirst();
    if (!m_boundaries.isEmpty() && m_boundaries.first().first == pos)
        return m_boundaries.first().second;
    return -1;
}

bool GzipStream::fillInput()
{
    if (d->zs.avail_in > 0 || d->sourceDone)
        return d->zs.avail_in > 0;
    d->consumedBefore += d->input.size();
    d->input.resize(inputBufferSize);
    const qint64 got = m_source->read(d->input.data(), inputBufferSize);
    if (got <= 0) {
        d->input.clear();
        d->sourceDone = true;
        if (got < 0)
            m_error = QStringLiteral("read error at byte %1: %2")
                          .arg(d->consumedBefore)
                          .arg(m_source->errorString());
        return false;
    }
    d->input.resize(got);
    d->zs.next_in = reinterpret_cast<Bytef *>(d->input.data());
    d->zs.avail_in = uInt(got);
    return true;
}

bool GzipStream::startMember()
{
    // Called with input available, between members: records where the member starts.
    if (m_format == Format::Gzip) {
        const auto *next = reinterpret_cast<const uchar *>(d->zs.next_in);
        if (next[0] != 0x1F || (d->zs.avail_in > 1 && next[1] != 0x8B)) {
            // Some writers pad the end with zero bytes; anything else is not gzip.
            bool zeros = true;
            for (uInt i = 0; i < d->zs.avail_in && zeros; ++i)
                zeros = next[i] == 0;
            if (!zeros)
                m_error =
                    QStringLiteral("data after gzip member at byte %1 is not gzip").arg(d->compressedPos());
            return false;
        }
    }
    // The uncompressed offset is what was handed out before this call plus what this call produced so far.
    m_boundaries.append({m_produced + (m_callStart - d->zs.avail_out), d->compressedPos()});
    d->inMember = true;
    return true;
}

qint64 GzipStream::readData(char *data, qint64 maxSize)
{
    if (m_finished || !d->initialised)
        return -1;
    d->zs.next_out = reinterpret_cast<Bytef *>(data);
    d->zs.avail_out = uInt(qMin<qint64>(maxSize, 1 << 30));
    const uInt wanted = d->zs.avail_out;
    m_callStart = wanted;
    while (d->zs.avail_out > 0) {
        if (!fillInput()) {
            if (d->inMember && m_error.isEmpty())
                m_error = QStringLiteral("truncated gzip member: the file ends at byte %1 inside it")
                              .arg(d->compressedPos());
            m_finished = true;
            break;
        }
        if (!d->inMember && !startMember()) {
            m_finished = true;
            break;
        }
        const int rc = ::inflate(&d->zs, Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            d->inMember = false;
            if (m_format != Format::Gzip) {
                m_finished = true;
                break;
            }
            inflateReset(&d->zs);
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            m_error = QStringLiteral("corrupt compressed data near byte %1 (%2)")
                          .arg(d->compressedPos())
                          .arg(QString::fromLatin1(d->zs.msg ? d->zs.msg : "zlib error"));
            m_finished = true;
            break;
        }
    }
    const qint64 produced = wanted - d->zs.avail_out;
    m_produced += produced;
    if (produced == 0 && m_finished)
        return -1;
    return produced;
}

bool GzipStream::inflate(QByteArrayView data, Format format, qint64 limit, QByteArray *out, QString *error)
{
    QByteArray copy = data.toByteArray();
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    GzipStream stream(&buffer, format);
    out->clear();
    char chunk[64 * 1024];
    while (true) {
        const qint64 got = stream.read(chunk, sizeof chunk);
        if (got <= 0)
            break;
        if (out->size() + got > limit) {
            *error = QStringLiteral("decompressed data exceeds %1 MB").arg(limit / (1024 * 1024));
            return false;
        }
        out->append(chunk, got);
    }
    if (!stream.error().isEmpty()) {
        *error = stream.error();
        return false;
    }
    return true;
}

} // namespace galley
