// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/mimeheaders.h"

#include <QByteArray>
#include <QString>

namespace galley {

/// An HTTP/1.x response as a WARC response record stores it, with its body decoded: chunked transfer
/// coding removed, then Content-Encoding (gzip, x-gzip, deflate, br; several in order) undone.
struct HttpResponse
{
    int status = 0;
    MimeHeaders headers;
    QByteArray body;

    /// Parses `message`. On failure returns false and sets *error to what is wrong and at which byte of
    /// the message. `limit` bounds the decoded body (a decompression bomb is an error, not an allocation).
    static bool parse(const QByteArray &message, qint64 limit, HttpResponse *out, QString *error);

    /// Removes chunked transfer coding (RFC 9112 section 7.1); trailers are ignored.
    static bool dechunk(QByteArrayView body, qint64 limit, QByteArray *out, QString *error);

    /// Undoes one content coding ("gzip", "deflate", "br", "identity").
    static bool decodeContent(const QByteArray &coding, const QByteArray &in, qint64 limit, QByteArray *out,
                              QString *error);
};

} // namespace galley
