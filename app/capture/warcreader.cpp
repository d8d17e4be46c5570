// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/warcreader.h"

#include "capture/capturelimits.h"
#include "capture/gzipstream.h"

#include <algorithm>

namespace galley {

namespace {

constexpr qint64 maxLine = 64 * 1024;

bool isVersionLine(const QByteArray &line)
{
    return line.startsWith("WARC/1.0") || line.startsWith("WARC/1.1");
}
bool isBlank(const QByteArray &line)
{
    return line == "\r\n" || line == "\n";
}

} // namespace

WarcReader::WarcReader(QIODevice *device, GzipStream *gzip) : m_device(device), m_gzip(gzip) {}

QByteArray WarcReader::readLine()
{
    QByteArray line;
    if (!m_replay.isEmpty()) {
        const qsizetype newline = m_replay.indexOf('\n');
        if (newline >= 0 && newline < maxLine) {
            line = m_replay.left(newline + 1);
            m_replay.remove(0, newline + 1);
            m_pos += line.size();
            return line;
        }
        line = std::exchange(m_replay, {});
        if (line.size() >= maxLine) {
            m_replay = line.mid(maxLine);
            line.truncate(maxLine);
            m_pos += line.size();
            return line;
        }
    }
    line += m_device->readLine(maxLine - line.size());
    m_pos += line.size();
    return line;
}

QByteArray WarcReader::readBytes(qint64 count)
{
    QByteArray bytes = m_replay.left(count);
    m_replay.remove(0, bytes.size());
    if (bytes.size() < count)
        bytes += m_device->read(count - bytes.size());
    m_pos += bytes.size();
    return bytes;
}

qint64 WarcReader::skipBytes(qint64 count)
{
    const qint64 fromReplay = qMin<qint64>(count, m_replay.size());
    m_replay.remove(0, fromReplay);
    qint64 skipped = fromReplay;
    if (skipped < count)
        skipped += qMax<qint64>(m_device->skip(count - skipped), 0);
    m_pos += skipped;
    return skipped;
}

bool WarcReader::endsRecord()
{
    // ISO 28500 ends every record with two CRLFs after the block. Some writers put a single line end
    // before the next version line; anything else there means the Content-Length is wrong and the block
    // swallowed bytes that are not its own.
    const QByteArray trailer = readBytes(4);
    const qsizetype blank =
        std::find_if(trailer.cbegin(), trailer.cend(), [](char c) { return c != '\r' && c != '\n'; }) -
        trailer.cbegin();
    const QByteArray rest = trailer.mid(blank);
    const bool ok =
        rest.isEmpty() || (trailer.left(blank).contains('\n') && QByteArray("WARC/").startsWith(rest));
    if (!rest.isEmpty()) {
        m_replay.prepend(rest);
        m_pos -= rest.size();
    }
    return ok;
}

qint64 WarcReader::fileOffset(qint64 pos) const
{
    if (m_gzip) {
        const qint64 member = m_gzip->memberStartingAt(pos);
        if (member >= 0)
            return member;
    }
    return pos;
}

void WarcReader::resync()
{
    while (true) {
        const qint64 start = m_pos;
        const QByteArray line = readLine();
        if (line.isEmpty())
            return;
        if (isVersionLine(line)) {
            m_pending = line;
            m_pendingPos = start;
            return;
        }
    }
}

WarcReader::Result WarcReader::fail(const WarcRecord &record, const QString &message, QString *where,
                                    QString *error)
{
    *where = QStringLiteral("record %1, byte %2").arg(record.number).arg(record.offset);
    *error = message;
    return Result::Error;
}

WarcReader::Result WarcReader::endOfData(QString *where, QString *error)
{
    if (m_ended)
        return Result::End;
    m_ended = true;
    // A broken gzip stream ends the data early: that is the error to report, once.
    if (m_gzip && !m_gzip->error().isEmpty()) {
        *where = QStringLiteral("after record %1").arg(m_count);
        *error = m_gzip->error();
        return Result::Error;
    }
    return Result::End;
}

WarcReader::Result WarcReader::next(WarcRecord *record,
                                    const std::function<bool(const WarcRecord &)> &wantBlock,
                                    qint64 blockLimit, QString *where, QString *error)
{
    *record = WarcRecord();
    QByteArray line;
    qint64 lineStart = 0;
    while (true) {
        if (!m_pending.isEmpty()) {
            line = std::exchange(m_pending, {});
            lineStart = m_pendingPos;
        } else {
            lineStart = m_pos;
            line = readLine();
            if (line.isEmpty())
                return endOfData(where, error);
        }
        if (!isBlank(line))
            break;
    }
    record->number = ++m_count;
    record->offset = fileOffset(lineStart);
    if (!isVersionLine(line)) {
        const QString found = QString::fromUtf8(line.left(40).trimmed());
        resync();
        return fail(*record,
                    QStringLiteral("expected a WARC/1.0 or WARC/1.1 version line, found \"%1\"").arg(found),
                    where, error);
    }

    QByteArray headerBlock;
    while (true) {
        const QByteArray headerLine = readLine();
        if (headerLine.isEmpty()) {
            m_ended = true;
            return fail(*record,
                        m_gzip && !m_gzip->error().isEmpty()
                            ? m_gzip->error()
                            : QStringLiteral("the file ends inside the record header"),
                        where, error);
        }
        if (isBlank(headerLine))
            break;
        headerBlock += headerLine;
        if (headerBlock.size() > capturelimits::maxHeaderBytes) {
            resync();
            return fail(*record,
                        QStringLiteral("record header is longer than %1 KB")
                            .arg(capturelimits::maxHeaderBytes / 1024),
                        where, error);
        }
    }
    record->headers = MimeHeaders::parse(headerBlock);
    record->type = record->headers.value("WARC-Type").toLower();
    bool ok = false;
    const QByteArray lengthValue = record->headers.value("Content-Length");
    record->contentLength = lengthValue.toLongLong(&ok);
    if (!ok || record->contentLength < 0) {
        resync();
        return fail(
            *record,
            lengthValue.isEmpty()
                ? QStringLiteral("record has no Content-Length")
                : QStringLiteral("bad Content-Length \"%1\"").arg(QString::fromLatin1(lengthValue.left(30))),
            where, error);
    }

    const bool wanted = wantBlock(*record);
    if (wanted && record->contentLength <= blockLimit) {
        record->block = readBytes(record->contentLength);
        record->hasBlock = true;
        if (record->block.size() < record->contentLength)
            return failPastTheEnd(
                *record, record->block.size(), [&] { return replayRecordsInsideBlock(record); }, where,
                error);
        if (!endsRecord())
            return recoverFromLongBlock(record, where, error);
        return Result::Record;
    }
    const qint64 blockStart = m_pos;
    const qint64 blockStartInDevice = m_device->pos() - m_replay.size();
    const qint64 skipped = record->contentLength > 0 ? skipBytes(record->contentLength) : 0;
    if (skipped < record->contentLength) {
        // A file can be read again from the block's start: the records the length hid are still there.
        const auto rereadFile = [&] {
            if (m_gzip || m_device->isSequential() || !m_device->seek(blockStartInDevice))
                return false;
            m_replay.clear();
            m_pos = blockStart;
            resync();
            return true;
        };
        return failPastTheEnd(*record, qMax<qint64>(skipped, 0), rereadFile, where, error);
    }
    if (!endsRecord()) {
        // The block was skipped unread, so the records it swallowed are gone: go on from the next
        // version line after it.
        resync();
        return fail(*record,
                    QStringLiteral("Content-Length %1 is longer than the record (no blank lines after its "
                                   "block); the records it overlaps are lost")
                        .arg(record->contentLength),
                    where, error);
    }
    if (wanted) {
        return fail(*record,
                    QStringLiteral("page of %1 MB is over the %2 MB limit for one page; skipped")
                        .arg(record->contentLength / (1024 * 1024))
                        .arg(blockLimit / (1024 * 1024)),
                    where, error);
    }
    return Result::Record;
}

WarcReader::Result WarcReader::failPastTheEnd(const WarcRecord &record, qint64 available,
                                              const std::function<bool()> &recover, QString *where,
                                              QString *error)
{
    if (m_gzip && !m_gzip->error().isEmpty()) { // a broken stream, not a wrong length
        m_ended = true;
        return fail(record, m_gzip->error(), where, error);
    }
    if (recover())
        return fail(record,
                    QStringLiteral("Content-Length %1 runs past the end of the file; record skipped, the "
                                   "records after it are read")
                        .arg(record.contentLength),
                    where, error);
    m_ended = true;
    return fail(
        record,
        QStringLiteral("Content-Length %1 runs past the end of the file (only %2 bytes follow the header)")
            .arg(record.contentLength)
            .arg(available),
        where, error);
}

bool WarcReader::replayRecordsInsideBlock(WarcRecord *record)
{
    // The block is in memory: its real end is where the next record's version line starts, and what
    // follows belongs to the records it swallowed, so read them again instead of losing them.
    static const QByteArray nextRecord = QByteArrayLiteral("\r\n\r\nWARC/1.");
    const qsizetype end = record->block.indexOf(nextRecord);
    if (end >= 0) {
        const QByteArray rest = record->block.mid(end + 4);
        m_replay.prepend(rest);
        m_pos -= rest.size();
    }
    record->block.clear();
    record->hasBlock = false;
    return end >= 0;
}

WarcReader::Result WarcReader::recoverFromLongBlock(WarcRecord *record, QString *where, QString *error)
{
    if (!replayRecordsInsideBlock(record))
        resync();
    return fail(
        *record,
        QStringLiteral("Content-Length %1 is longer than the record (no blank lines after its block); "
                       "page skipped")
            .arg(record->contentLength),
        where, error);
}

} // namespace galley
