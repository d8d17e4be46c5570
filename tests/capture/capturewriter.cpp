// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturewriter.h"

#include <zlib.h>

namespace galley::testing {

QByteArray compress(QByteArrayView data, Deflate format)
{
    z_stream zs{};
    const int bits = format == Deflate::Gzip   ? 16 + MAX_WBITS
                     : format == Deflate::Zlib ? MAX_WBITS
                                               : -MAX_WBITS;
    deflateInit2(&zs, 6, Z_DEFLATED, bits, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&zs, uLong(data.size()))) + 32, Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

QByteArray httpResponse(QByteArrayView body, QByteArrayView contentType,
                        const QList<QByteArray> &extraHeaders, int status)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Other") + "\r\n";
    out += "Content-Type: " + contentType.toByteArray() + "\r\n";
    bool hasLength = false;
    for (const QByteArray &header : extraHeaders) {
        out += header + "\r\n";
        hasLength = hasLength || header.toLower().startsWith("transfer-encoding");
    }
    if (!hasLength)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}

QByteArray chunked(QByteArrayView body, qsizetype chunkSize)
{
    QByteArray out;
    for (qsizetype pos = 0; pos < body.size(); pos += chunkSize) {
        const QByteArrayView chunk = body.sliced(pos, qMin(chunkSize, body.size() - pos));
        out += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk.toByteArray() + "\r\n";
    }
    out += "0\r\n\r\n";
    return out;
}

QByteArray warcRecord(QByteArrayView type, QByteArrayView targetUri, QByteArrayView date,
                      QByteArrayView contentType, QByteArrayView block, const QList<QByteArray> &extraHeaders,
                      QByteArrayView version)
{
    static int serial = 0;
    QByteArray out = version.toByteArray() + "\r\n";
    out += "WARC-Type: " + type.toByteArray() + "\r\n";
    out += "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-" +
           QByteArray::number(++serial).rightJustified(12, '0') + ">\r\n";
    out += "WARC-Date: " + date.toByteArray() + "\r\n";
    if (!targetUri.isEmpty())
        out += "WARC-Target-URI: " + targetUri.toByteArray() + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType.toByteArray() + "\r\n";
    for (const QByteArray &header : extraHeaders)
        out += header + "\r\n";
    out += "Content-Length: " + QByteArray::number(block.size()) + "\r\n\r\n";
    out += block;
    out += "\r\n\r\n";
    return out;
}

QByteArray warcHtmlResponse(QByteArrayView uri, QByteArrayView date, QByteArrayView html,
                            QByteArrayView charset)
{
    QByteArray type = "text/html";
    if (!charset.isEmpty())
        type += "; charset=" + charset.toByteArray();
    return warcRecord("response", uri, date, "application/http; msgtype=response", httpResponse(html, type));
}

QByteArray encodeQuotedPrintable(QByteArrayView data)
{
    QByteArray out;
    int column = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        // Line breaks are escaped too (=0D=0A), so the decoded part is byte for byte the original page.
        const auto c = uchar(data[i]);
        QByteArray piece;
        if ((c >= 33 && c <= 126 && c != '=') || c == ' ')
            piece = QByteArray(1, char(c));
        else
            piece = "=" + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
        if (column + piece.size() > 75) {
            out += "=\r\n";
            column = 0;
        }
        out += piece;
        column += int(piece.size());
    }
    return out;
}

QByteArray mhtml(const QList<MhtmlPart> &parts, QByteArrayView boundary, QByteArrayView snapshotLocation,
                 QByteArrayView start)
{
    QByteArray out = "From: <Saved by Blink>\r\n";
    if (!snapshotLocation.isEmpty())
        out += "Snapshot-Content-Location: " + snapshotLocation.toByteArray() + "\r\n";
    out += "Subject: Test page\r\nDate: Tue, 5 Mar 2024 09:30:00 -0000\r\nMIME-Version: 1.0\r\n";
    out += "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"" +
           boundary.toByteArray() + "\"";
    if (!start.isEmpty())
        out += ";\r\n\tstart=\"" + start.toByteArray() + "\"";
    out += "\r\n\r\n\r\n";
    for (const MhtmlPart &part : parts) {
        out += "--" + boundary.toByteArray() + "\r\n";
        out += "Content-Type: " + part.contentType + "\r\n";
        if (!part.contentId.isEmpty())
            out += "Content-ID: " + part.contentId + "\r\n";
        out += "Content-Transfer-Encoding: " + part.transferEncoding + "\r\n";
        if (!part.location.isEmpty())
            out += "Content-Location: " + part.location + "\r\n";
        out += "\r\n";
        // The CRLF before each delimiter belongs to the delimiter, not to the part.
        if (part.transferEncoding == "base64") {
            const QByteArray encoded = part.body.toBase64();
            for (qsizetype i = 0; i < encoded.size(); i += 76)
                out += encoded.mid(i, 76) + "\r\n";
        } else if (part.transferEncoding == "quoted-printable") {
            out += encodeQuotedPrintable(part.body) + "\r\n";
        } else {
            out += part.body + "\r\n"; // this CRLF belongs to the next delimiter
        }
    }
    out += "--" + boundary.toByteArray() + "--\r\n";
    return out;
}

} // namespace galley::testing
