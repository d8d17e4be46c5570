// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/warcpage.h"

#include "capture/capturelimits.h"
#include "capture/formatsniffer.h"
#include "capture/httpresponse.h"

namespace galley {

namespace {

/// The page kind for a media type; false for media types that are not pages.
bool kindForMediaType(const QByteArray &type, const QByteArray &body, ContentKind *kind)
{
    if (type == "text/html" || type == "application/xhtml+xml") {
        *kind = ContentKind::Html;
        return true;
    }
    if (type == "text/plain") {
        *kind = ContentKind::Text;
        return true;
    }
    if (type.isEmpty() || type == "application/octet-stream" || type == "unknown/unknown") {
        // Undeclared: sniff as a browser would, and only keep markup.
        const SniffedFormat sniffed =
            sniffFormat(QByteArrayView(body).first(qMin<qsizetype>(body.size(), 4096)), {});
        *kind = ContentKind::Html;
        return sniffed == SniffedFormat::Html;
    }
    return false;
}

QDateTime parseWarcDate(const QByteArray &value)
{
    // WARC 1.0 writes seconds, 1.1 may add fractions: ISO 8601 either way, always UTC.
    QDateTime date = QDateTime::fromString(QString::fromLatin1(value), Qt::ISODateWithMs);
    if (!date.isValid())
        date = QDateTime::fromString(QString::fromLatin1(value), Qt::ISODate);
    return date;
}

} // namespace

bool isCandidatePageRecord(const WarcRecord &record)
{
    return record.type == "response" || record.type == "resource";
}

WarcPageResult warcRecordToPage(const WarcRecord &record, CaptureData *data, QByteArray *charsetLabel,
                                QString *error)
{
    if (!isCandidatePageRecord(record) || !record.hasBlock)
        return WarcPageResult::NotAPage;
    QByteArray contentType;
    QByteArray body;
    const QByteArray blockType = MimeHeaders::mediaType(record.headers.value("Content-Type"));
    if (record.type == "response" && (blockType == "application/http" || record.block.startsWith("HTTP/"))) {
        HttpResponse response;
        if (!HttpResponse::parse(record.block, capturelimits::maxPageBytes, &response, error))
            return WarcPageResult::Error;
        if (response.status < 200 || response.status > 299)
            return WarcPageResult::NotAPage;
        contentType = response.headers.value("Content-Type");
        body = std::move(response.body);
    } else if (record.type == "response") {
        return WarcPageResult::NotAPage; // dns:, ftp: and other non-HTTP responses
    } else {
        contentType = record.headers.value("Content-Type");
        body = record.block;
    }
    if (!kindForMediaType(MimeHeaders::mediaType(contentType), body, &data->kind))
        return WarcPageResult::NotAPage;
    if (body.size() > capturelimits::maxPageBytes) {
        *error = QStringLiteral("page of %1 MB is over the %2 MB limit for one page")
                     .arg(body.size() / (1024 * 1024))
                     .arg(capturelimits::maxPageBytes / (1024 * 1024));
        return WarcPageResult::Error;
    }
    QByteArray uri = record.headers.value("WARC-Target-URI");
    if (uri.startsWith('<') && uri.endsWith('>')) // WARC 1.0's grammar wrapped URIs in angle brackets
        uri = uri.mid(1, uri.size() - 2);
    data->format = CaptureFormat::Warc;
    data->url = QString::fromUtf8(uri);
    data->captured = parseWarcDate(record.headers.value("WARC-Date"));
    data->recordOffset = record.offset;
    data->bytes = std::move(body);
    *charsetLabel = MimeHeaders::parameter(contentType, "charset");
    return WarcPageResult::Page;
}

} // namespace galley
