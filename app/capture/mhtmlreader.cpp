// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/mhtmlreader.h"

namespace galley {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

struct Part
{
    qint64 offset = 0;
    MimeHeaders headers;
    QByteArray body;
};

QByteArray decodeTransfer(const MimeHeaders &headers, QByteArrayView body)
{
    const QByteArray encoding = headers.value("Content-Transfer-Encoding").toLower();
    if (encoding == "base64")
        return QByteArray::fromBase64(body.toByteArray()); // skips line breaks and other stray bytes
    if (encoding == "quoted-printable")
        return decodeQuotedPrintable(body);
    return body.toByteArray(); // 7bit, 8bit, binary
}

QByteArray stripAngles(QByteArray id)
{
    id = id.trimmed();
    if (id.startsWith('<') && id.endsWith('>'))
        id = id.mid(1, id.size() - 2);
    return id;
}

/// Splits a multipart body into parts; problems name the part and its byte offset in the file.
QList<Part> splitParts(const QByteArray &data, qsizetype bodyStart, const QByteArray &boundary,
                       QList<MhtmlProblem> *problems)
{
    QList<Part> parts;
    const QByteArray delimiter = "--" + boundary;
    // The first delimiter may open the body; later ones always start a line.
    qsizetype pos = data.indexOf(delimiter, bodyStart);
    while (pos > bodyStart && data[pos - 1] != '\n')
        pos = data.indexOf(delimiter, pos + 1);
    if (pos < 0) {
        problems->append({{},
                          QStringLiteral("the boundary \"%1\" never occurs: no parts")
                              .arg(QString::fromLatin1(boundary.left(70)))});
        return parts;
    }
    const QByteArray nextDelimiter = "\n" + delimiter;
    while (true) {
        pos += delimiter.size();
        if (data.mid(pos, 2) == "--")
            return parts; // the close delimiter
        const qsizetype eol = data.indexOf('\n', pos);
        if (eol < 0)
            break;
        const qsizetype start = eol + 1;
        qsizetype next = data.indexOf(nextDelimiter, start);
        const bool closed = next >= 0;
        qsizetype end = closed ? next : data.size();
        if (closed && end > start && data[end - 1] == '\r')
            --end;
        Part part;
        part.offset = start;
        qsizetype partBody = 0;
        const qsizetype headerEnd = MimeHeaders::findEnd(QByteArrayView(data).first(end), start, &partBody);
        const QString where = QStringLiteral("part %1, byte %2").arg(parts.size() + 1).arg(start);
        if (headerEnd < 0) {
            problems->append({where, QStringLiteral("part has no blank line after its headers; skipped")});
        } else {
            part.headers = MimeHeaders::parse(QByteArrayView(data).sliced(start, headerEnd - start));
            part.body = decodeTransfer(part.headers, QByteArrayView(data).sliced(partBody, end - partBody));
            parts.append(part);
        }
        if (!closed) {
            problems->append({where, QStringLiteral("the file ends without the closing boundary \"--%1--\"")
                                         .arg(QString::fromLatin1(boundary.left(70)))});
            return parts;
        }
        pos = next + 1;
    }
    problems->append(
        {QStringLiteral("byte %1").arg(pos), QStringLiteral("the file ends inside a boundary line")});
    return parts;
}

} // namespace

QByteArray decodeQuotedPrintable(QByteArrayView data)
{
    QByteArray out;
    out.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 1 < data.size() && data[i + 1] == '\n') { // soft line break
            i += 1;
            continue;
        }
        if (i + 2 < data.size() && data[i + 1] == '\r' && data[i + 2] == '\n') {
            i += 2;
            continue;
        }
        const int high = i + 1 < data.size() ? hexValue(data[i + 1]) : -1;
        const int low = i + 2 < data.size() ? hexValue(data[i + 2]) : -1;
        if (high < 0 || low < 0) {
            out += c;
            continue;
        }
        out += char(high * 16 + low);
        i += 2;
    }
    return out;
}

bool readMhtml(const QByteArray &data, MhtmlPage *page, QList<MhtmlProblem> *problems)
{
    qsizetype bodyStart = 0;
    const qsizetype headerEnd = MimeHeaders::findEnd(data, 0, &bodyStart);
    if (headerEnd < 0) {
        problems->append({{}, QStringLiteral("no blank line ends the MIME header: not an MHTML file")});
        return false;
    }
    const MimeHeaders top = MimeHeaders::parse(QByteArrayView(data).first(headerEnd));
    const QByteArray contentType = top.value("Content-Type");
    page->date = QDateTime::fromString(QString::fromLatin1(top.value("Date")), Qt::RFC2822Date);
    page->url = QString::fromUtf8(top.value("Snapshot-Content-Location"));

    QList<Part> parts;
    if (MimeHeaders::mediaType(contentType).startsWith("multipart/")) {
        const QByteArray boundary = MimeHeaders::parameter(contentType, "boundary");
        if (boundary.isEmpty()) {
            problems->append({{}, QStringLiteral("multipart Content-Type without a boundary parameter")});
            return false;
        }
        parts = splitParts(data, bodyStart, boundary, problems);
    } else {
        // A single-part message: the page is the body itself.
        parts.append({bodyStart, top, decodeTransfer(top, QByteArrayView(data).sliced(bodyStart))});
    }

    const QByteArray start = stripAngles(MimeHeaders::parameter(contentType, "start"));
    qsizetype root = -1;
    for (qsizetype i = 0; i < parts.size() && root < 0 && !start.isEmpty(); ++i) {
        if (stripAngles(parts[i].headers.value("Content-ID")) == start)
            root = i;
    }
    for (qsizetype i = 0; i < parts.size() && root < 0; ++i) {
        if (MimeHeaders::mediaType(parts[i].headers.value("Content-Type")) == "text/html")
            root = i;
    }
    for (qsizetype i = 0; i < parts.size() && root < 0; ++i) {
        const QByteArray type = MimeHeaders::mediaType(parts[i].headers.value("Content-Type"));
        if (type.startsWith("text/") || type.isEmpty())
            root = i;
    }
    if (root < 0) {
        problems->append({{}, QStringLiteral("no HTML or text part: nothing to read")});
        return false;
    }
    const Part &rootPart = parts[root];
    const QByteArray rootType = rootPart.headers.value("Content-Type");
    page->body = rootPart.body;
    page->contentType = MimeHeaders::mediaType(rootType);
    page->charset = MimeHeaders::parameter(rootType, "charset");
    if (page->url.isEmpty())
        page->url = QString::fromUtf8(rootPart.headers.value("Content-Location"));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QByteArray type = MimeHeaders::mediaType(parts[i].headers.value("Content-Type"));
        if (i == root || !type.startsWith("image/"))
            continue;
        QByteArray location = parts[i].headers.value("Content-Location");
        if (location.isEmpty())
            location = "cid:" + stripAngles(parts[i].headers.value("Content-ID"));
        page->attachments.append({QString::fromUtf8(location), QString::fromLatin1(type), parts[i].body});
    }
    return true;
}

} // namespace galley
