// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QList>
#include <memory>
#include <utility>

namespace galley {

/// A read-only, sequential device that inflates another device with zlib: gzip (any number of members
/// one after another, as .warc.gz files are written), a zlib stream, or raw deflate (HTTP's "deflate"
/// is either, so the caller can retry). Memory stays at zlib's window plus a 64 KB input buffer.
///
/// A stream that ends inside a member, or bytes that are not gzip after a member, end the data; error()
/// then says what went wrong and where (compressed byte offset).
class GzipStream : public QIODevice
{
    Q_OBJECT

public:
    enum class Format { Gzip, Zlib, RawDeflate };

    /// `source` must be open for reading and outlive this device.
    explicit GzipStream(QIODevice *source, Format format = Format::Gzip, QObject *parent = nullptr);
    ~GzipStream() override;

    bool isSequential() const override { return true; }
    bool atEnd() const override;

    /// Empty while the stream is fine; otherwise what is wrong ("truncated gzip member at byte 1234").
    QString error() const { return m_error; }

    /// Compressed offset of the gzip member in which uncompressed offset `pos` lies, when `pos` is where that
    /// member starts; -1 otherwise. Lets a WARC reader name a record by its member offset, as CDX indexes
    /// do. Boundaries before `pos` are forgotten, so ask in increasing order.
    qint64 memberStartingAt(qint64 pos);

    /// Inflates a whole buffer; fails (with *error set) on corrupt or truncated data or when the output
    /// would exceed `limit` bytes.
    static bool inflate(QByteArrayView data, Format format, qint64 limit, QByteArray *out, QString *error);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool fillInput();
    bool startMember();

    struct Private;
    std::unique_ptr<Private> d;
    QIODevice *m_source;
    Format m_format;
    QString m_error;
    bool m_finished = false;
    qint64 m_produced = 0;                         // uncompressed bytes handed out so far
    unsigned m_callStart = 0;                      // output space at the start of the current readData()
    QList<std::pair<qint64, qint64>> m_boundaries; // (uncompressed, compressed) member starts
};

} // namespace galley
