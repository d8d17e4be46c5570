// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writers for the capture formats, used to build test fixtures and the benchmark archive: a test that
// generates its WARC or MHTML states exactly what it feeds the reader. Not part of galley_core: Galley
// never writes captures.

#include <QByteArray>
#include <QList>
#include <QString>

namespace galley::testing {

enum class Deflate { Gzip, Zlib, Raw };

/// Compresses `data` as one gzip member (or a zlib / raw deflate stream).
QByteArray compress(QByteArrayView data, Deflate format = Deflate::Gzip);

/// An HTTP/1.1 200 response with the given Content-Type and optional extra header lines ("Name: value").
QByteArray httpResponse(QByteArrayView body, QByteArrayView contentType,
                        const QList<QByteArray> &extraHeaders = {}, int status = 200);

/// Chunked transfer coding of `body` in chunks of `chunkSize` bytes.
QByteArray chunked(QByteArrayView body, qsizetype chunkSize);

/// One WARC record with its trailing CRLF CRLF. `extraHeaders` are "Name: value" lines.
QByteArray warcRecord(QByteArrayView type, QByteArrayView targetUri, QByteArrayView date,
                      QByteArrayView contentType, QByteArrayView block,
                      const QList<QByteArray> &extraHeaders = {}, QByteArrayView version = "WARC/1.0");

/// A response record holding an HTTP 200 response for an HTML page.
QByteArray warcHtmlResponse(QByteArrayView uri, QByteArrayView date, QByteArrayView html,
                            QByteArrayView charset = "utf-8");

struct MhtmlPart
{
    QByteArray contentType;
    QByteArray location;
    QByteArray body;
    QByteArray transferEncoding = "quoted-printable"; // or "base64", "8bit"
    QByteArray contentId;
};

/// A multipart/related MHTML message as Chrome writes it (root part first unless `start` names another).
QByteArray mhtml(const QList<MhtmlPart> &parts, QByteArrayView boundary = "----MultipartBoundary--galleyTest",
                 QByteArrayView snapshotLocation = {}, QByteArrayView start = {});

/// Quoted-printable encoding (RFC 2045), lines of at most 76 characters with soft breaks.
QByteArray encodeQuotedPrintable(QByteArrayView data);

} // namespace galley::testing
