// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capture.h"
#include "capture/mimeheaders.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace galley {

/// The page inside an MHTML file (RFC 2557 multipart/related, as Chrome and Edge save pages).
struct MhtmlPage
{
    QByteArray body;        ///< the root part, transfer encoding undone
    QByteArray contentType; ///< its media type, lower case ("text/html")
    QByteArray charset;     ///< its charset parameter, as written
    QString url;            ///< Snapshot-Content-Location, else the root part's Content-Location
    QDateTime date;         ///< the message's Date header
    QList<CaptureAttachment> attachments; ///< image parts
};

/// A problem in an MHTML file that did not stop reading it.
struct MhtmlProblem
{
    QString where; ///< "part 3, byte 5120", or empty for the whole file
    QString message;
};

/// Parses an MHTML file held in memory. The root part is the one the multipart "start" parameter names,
/// else the first text/html part, else the first text part. Returns false (with a problem saying why)
/// when no page can be found; malformed parts are reported in *problems and skipped.
bool readMhtml(const QByteArray &data, MhtmlPage *page, QList<MhtmlProblem> *problems);

/// Decodes quoted-printable (RFC 2045 section 6.7): soft line breaks removed, =XX escapes decoded, any
/// other '=' kept as it is, as mail readers do.
QByteArray decodeQuotedPrintable(QByteArrayView data);

} // namespace galley
