// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/mimeheaders.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <functional>

namespace galley {

class GzipStream;

/// One WARC record: its header, and its content block when the caller asked for it.
struct WarcRecord
{
    int number = 0;    ///< 1-based position in the file
    qint64 offset = 0; ///< see WarcReader::next()
    MimeHeaders headers;
    QByteArray type; ///< WARC-Type, lower case ("response", "resource", "revisit", ...)
    qint64 contentLength = 0;
    bool hasBlock = false;
    QByteArray block; ///< the content block, when read
};

/// Streams the records of a WARC 1.0/1.1 file (ISO 28500) from a device, holding one record at a time:
/// memory is bounded by the largest block read, never by the file. Blocks the caller does not want are
/// skipped without being kept.
class WarcReader
{
public:
    enum class Result { Record, Error, End };

    /// `device` is the file, or a GzipStream over it for .warc.gz (then pass it as `gzip` too, so records
    /// are located by their gzip member).
    explicit WarcReader(QIODevice *device, GzipStream *gzip = nullptr);

    /// Reads the next record. `wantBlock` decides from the header whether its block is read into memory;
    /// a wanted block larger than `blockLimit` is skipped with an Error. On Error, *where names the place
    /// ("record 3, byte 81920") and *error what is wrong; reading can go on with the next call, which
    /// resynchronises on the next WARC version line. The record offset is the byte offset of its version
    /// line in the file, or for a .warc.gz whose record starts a gzip member, the member's offset (as in a
    /// CDX index).
    Result next(WarcRecord *record, const std::function<bool(const WarcRecord &)> &wantBlock,
                qint64 blockLimit, QString *where, QString *error);

private:
    // All reads go through these, which drain m_replay first.
    QByteArray readLine();
    QByteArray readBytes(qint64 count);
    qint64 skipBytes(qint64 count);
    bool endsRecord();
    Result failPastTheEnd(const WarcRecord &record, qint64 available, const std::function<bool()> &recover,
                          QString *where, QString *error);
    bool replayRecordsInsideBlock(WarcRecord *record);
    Result recoverFromLongBlock(WarcRecord *record, QString *where, QString *error);
    qint64 fileOffset(qint64 pos) const;
    void resync();
    Result fail(const WarcRecord &record, const QString &message, QString *where, QString *error);
    Result endOfData(QString *where, QString *error);

    QIODevice *m_device;
    GzipStream *m_gzip;
    qint64 m_pos = 0;     // bytes consumed from m_device
    QByteArray m_pending; // a version line found while resynchronising
    QByteArray m_replay;  // bytes read past a record's real end, to be read again
    qint64 m_pendingPos = -1;
    int m_count = 0;
    bool m_ended = false;
};

} // namespace galley
