// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/warcreader.h"

#include "capture/capturelimits.h"
#include "capture/gzipstream.h"

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
    QByteArray line = m_device->readLine(maxLine);
    m_pos += line.size();
    return line;
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
        record->block = m_device->read(record->contentLength);
        m_pos += record->block.size();
        record->hasBlock = true;
        if (record->block.size() < record->contentLength) {
            m_ended = true;
            if (m_gzip && !m_gzip->error().isEmpty())
                return fail(*record, m_gzip->error(), where, error);
            return fail(
                *record,
                QStringLiteral(
                    "Content-Length %1 runs past the end of the file (only %2 bytes follow the header)")
                    .arg(record->contentLength)
                    .arg(record->block.size()),
                where, error);
        }
        return Result::Record;
    }
    const qint64 skipped = record->contentLength > 0 ? m_device->skip(record->contentLength) : 0;
    m_pos += qMax<qint64>(skipped, 0);
    if (skipped < record->contentLength) {
        m_ended = true;
        if (m_gzip && !m_gzip->error().isEmpty())
            return fail(*record, m_gzip->error(), where, error);
        return fail(*record,
                    QStringLiteral(
                        "Content-Length %1 runs past the end of the file (only %2 bytes follow the header)")
                        .arg(record->contentLength)
                        .arg(qMax<qint64>(skipped, 0)),
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

} // namespace galley
