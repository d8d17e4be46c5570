// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/httpresponse.h"

#include "capture/capturelimits.h"
#include "capture/gzipstream.h"

#include <brotli/decode.h>

namespace galley {

namespace {

bool brotliDecode(const QByteArray &in, qint64 limit, QByteArray *out, QString *error)
{
    BrotliDecoderState *state = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
    if (!state) {
        *error = QStringLiteral("brotli decoder could not be created");
        return false;
    }
    size_t availableIn = size_t(in.size());
    const auto *nextIn = reinterpret_cast<const uint8_t *>(in.constData());
    out->clear();
    char chunk[64 * 1024];
    BrotliDecoderResult result = BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT;
    while (result == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) {
        size_t availableOut = sizeof chunk;
        auto *nextOut = reinterpret_cast<uint8_t *>(chunk);
        result =
            BrotliDecoderDecompressStream(state, &availableIn, &nextIn, &availableOut, &nextOut, nullptr);
        const qsizetype produced = qsizetype(sizeof chunk - availableOut);
        if (out->size() + produced > limit) {
            *error = QStringLiteral("brotli data decodes to more than %1 MB").arg(limit / (1024 * 1024));
            BrotliDecoderDestroyInstance(state);
            return false;
        }
        out->append(chunk, produced);
    }
    BrotliDecoderDestroyInstance(state);
    if (result == BROTLI_DECODER_RESULT_SUCCESS)
        return true;
    *error =
        result == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT
            ? QStringLiteral("brotli data is truncated")
            : QStringLiteral("brotli data is corrupt at byte %1").arg(in.size() - qsizetype(availableIn));
    return false;
}

} // namespace

bool HttpResponse::dechunk(QByteArrayView body, qint64 limit, QByteArray *out, QString *error)
{
    out->clear();
    qsizetype pos = 0;
    while (true) {
        const qsizetype eol = body.indexOf('\n', pos);
        if (eol < 0) {
            *error =
                QStringLiteral("chunked body ends without its last chunk (byte %1 of the body)").arg(pos);
            return false;
        }
        QByteArrayView sizeLine = body.sliced(pos, eol - pos);
        const qsizetype semicolon = sizeLine.indexOf(';'); // chunk extensions
        if (semicolon >= 0)
            sizeLine = sizeLine.first(semicolon);
        bool ok = false;
        const QByteArrayView digits = sizeLine.trimmed();
        const qint64 size = digits.size() <= 15 ? digits.toLongLong(&ok, 16) : -1;
        if (!ok || size < 0) {
            *error =
                QStringLiteral("bad chunk size \"%1\" at byte %2 of the body")
                    .arg(QString::fromLatin1(digits.first(qMin<qsizetype>(digits.size(), 20)).toByteArray()))
                    .arg(pos);
            return false;
        }
        pos = eol + 1;
        if (size == 0)
            return true; // trailers, if any, are not part of the page
        if (size > body.size() - pos) {
            *error = QStringLiteral("chunk of %1 bytes at byte %2 of the body runs past its end")
                         .arg(size)
                         .arg(pos);
            return false;
        }
        if (out->size() + size > limit) {
            *error = QStringLiteral("chunked body exceeds %1 MB").arg(limit / (1024 * 1024));
            return false;
        }
        out->append(body.sliced(pos, size));
        pos += size;
        // The CRLF after the chunk data.
        if (body.sliced(pos).startsWith("\r\n"))
            pos += 2;
        else if (body.sliced(pos).startsWith("\n"))
            pos += 1;
    }
}

bool HttpResponse::decodeContent(const QByteArray &coding, const QByteArray &in, qint64 limit,
                                 QByteArray *out, QString *error)
{
    const QByteArray c = coding.trimmed().toLower();
    if (c.isEmpty() || c == "identity") {
        *out = in;
        return true;
    }
    if (c == "gzip" || c == "x-gzip")
        return GzipStream::inflate(in, GzipStream::Format::Gzip, limit, out, error);
    if (c == "deflate") {
        // "deflate" should be a zlib stream, but some servers send raw deflate; browsers accept both.
        if (GzipStream::inflate(in, GzipStream::Format::Zlib, limit, out, error))
            return true;
        return GzipStream::inflate(in, GzipStream::Format::RawDeflate, limit, out, error);
    }
    if (c == "br")
        return brotliDecode(in, limit, out, error);
    *error = QStringLiteral("unsupported Content-Encoding \"%1\"").arg(QString::fromLatin1(c.left(40)));
    return false;
}

bool HttpResponse::parse(const QByteArray &message, qint64 limit, HttpResponse *out, QString *error)
{
    // Status line: HTTP/1.1 200 OK
    const qsizetype eol = message.indexOf('\n');
    const QByteArray statusLine = (eol < 0 ? message : message.left(eol)).trimmed();
    const QList<QByteArray> parts = statusLine.split(' ');
    bool ok = false;
    out->status = parts.size() >= 2 ? parts.at(1).toInt(&ok) : 0;
    if (!statusLine.startsWith("HTTP/") || !ok || out->status < 100 || out->status > 999) {
        *error = QStringLiteral("not an HTTP response: status line \"%1\"")
                     .arg(QString::fromLatin1(statusLine.left(60)));
        return false;
    }
    qsizetype bodyStart = 0;
    const qsizetype headerEnd = eol < 0 ? -1 : MimeHeaders::findEnd(message, eol + 1, &bodyStart);
    if (headerEnd < 0) {
        // Headers without the blank line: a response with no body (seen in truncated captures).
        out->headers =
            MimeHeaders::parse(eol < 0 ? QByteArrayView() : QByteArrayView(message).sliced(eol + 1));
        out->body.clear();
        return true;
    }
    out->headers = MimeHeaders::parse(QByteArrayView(message).sliced(eol + 1, headerEnd - eol - 1));
    QByteArray body = message.mid(bodyStart);
    if (out->headers.value("Transfer-Encoding").toLower().contains("chunked")) {
        QByteArray dechunked;
        if (!dechunk(body, limit, &dechunked, error)) {
            *error = QStringLiteral("byte %1: %2").arg(bodyStart).arg(*error);
            return false;
        }
        body = std::move(dechunked);
    }
    // Codings are listed in the order they were applied; undo them from the last.
    const QList<QByteArray> codings = out->headers.value("Content-Encoding").split(',');
    for (auto it = codings.crbegin(); it != codings.crend(); ++it) {
        QByteArray decoded;
        if (!decodeContent(*it, body, limit, &decoded, error)) {
            *error = QStringLiteral("Content-Encoding %1: %2")
                         .arg(QString::fromLatin1(it->trimmed().left(40)), *error);
            return false;
        }
        body = std::move(decoded);
    }
    out->body = std::move(body);
    return true;
}

} // namespace galley
