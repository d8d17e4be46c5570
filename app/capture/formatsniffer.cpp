// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/formatsniffer.h"

#include "capture/mimeheaders.h"

#include <QFileInfo>
#include <cstring>

namespace galley {

namespace {

bool isSpace(char c)
{
    return c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D || c == 0x20;
}

QByteArrayView withoutBom(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return head.sliced(3);
    return head;
}

// https://mimesniff.spec.whatwg.org/#identifying-a-resource-with-an-unknown-mime-type, the text/html rows:
// after leading whitespace, one of these (case-insensitive) followed by a space or '>'.
bool matchesHtmlPattern(QByteArrayView head)
{
    static const char *const patterns[] = {
        "<!doctype html", "<html",  "<head", "<script", "<iframe", "<h1", "<div", "<font", "<table", "<a",
        "<style",         "<title", "<b",    "<body",   "<br",     "<p",  "<!--"};
    qsizetype pos = 0;
    while (pos < head.size() && isSpace(head[pos]))
        ++pos;
    const QByteArray rest =
        head.sliced(pos).first(qMin<qsizetype>(head.size() - pos, 16)).toByteArray().toLower();
    for (const char *pattern : patterns) {
        const QByteArrayView p(pattern);
        if (rest.size() > p.size() && rest.startsWith(p) && (rest[p.size()] == ' ' || rest[p.size()] == '>'))
            return true;
        // A comment needs no terminator.
        if (p == "<!--" && rest.startsWith(p))
            return true;
    }
    return false;
}

// Whether `s` starts with `lower` (lower-case ASCII) in any case.
bool startsWithFolded(QByteArrayView s, QByteArrayView lower)
{
    if (s.size() < lower.size())
        return false;
    for (qsizetype i = 0; i < lower.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lower[i])
            return false;
    }
    return true;
}

// Whether `s` holds `lower` (lower-case ASCII) in any case: no lower-cased copy of the text.
bool containsFolded(QByteArrayView s, QByteArrayView lower)
{
    for (qsizetype i = 0; i + lower.size() <= s.size(); ++i) {
        if (startsWithFolded(s.sliced(i), lower))
            return true;
    }
    return false;
}

// Further signs of markup anywhere in the first kilobytes: browsers rely on the declared type, but a saved
// page may start with a byte order mark, an XML declaration or stray text before the <html> tag.
// Each marker starts with '<', found with memchr (a text dump holds few), then compared folded.
bool containsHtmlMarkers(QByteArrayView head)
{
    const QByteArrayView start = head.first(qMin<qsizetype>(head.size(), 4096));
    const char *const end = start.data() + start.size();
    for (const char *p = start.data(); p < end;) {
        p = static_cast<const char *>(std::memchr(p, '<', size_t(end - p)));
        if (!p)
            break;
        const QByteArrayView at(p, end - p);
        if (startsWithFolded(at, "<!doctype html") || startsWithFolded(at, "<html") ||
            startsWithFolded(at, "<head>") || startsWithFolded(at, "<body"))
            return true;
        ++p;
    }
    return startsWithFolded(start, "<?xml") && containsFolded(start, "xhtml");
}

bool looksLikeMime(QByteArrayView head)
{
    // A MIME message starts with header fields; MHTML carries a multipart (or text/html) Content-Type among
    // them. Requiring the Content-Type inside the first header block keeps text dumps from matching.
    qsizetype bodyStart = 0;
    const qsizetype end = MimeHeaders::findEnd(head, 0, &bodyStart);
    const MimeHeaders headers = MimeHeaders::parse(end < 0 ? head : head.first(end));
    if (headers.fields().isEmpty() || head.isEmpty() || isSpace(head[0]))
        return false;
    const QByteArray type = MimeHeaders::mediaType(headers.value("Content-Type"));
    return type.startsWith("multipart/") ||
           (headers.contains("MIME-Version") && (type == "text/html" || type.startsWith("message/")));
}

bool hasBinaryBytes(QByteArrayView head)
{
    if (head.startsWith("\xFE\xFF") || head.startsWith("\xFF\xFE"))
        return false; // UTF-16 text is full of NULs
    // The MIME Sniffing Standard's "binary data bytes".
    for (const char c : head.first(qMin<qsizetype>(head.size(), 1024))) {
        const uchar u = uchar(c);
        if (u <= 0x08 || u == 0x0B || (u >= 0x0E && u <= 0x1A) || (u >= 0x1C && u <= 0x1F))
            return true;
    }
    return false;
}

} // namespace

SniffedFormat sniffFormat(QByteArrayView head, const QString &fileName)
{
    if (head.isEmpty())
        return SniffedFormat::Empty;
    if (head.startsWith("\x1F\x8B"))
        return SniffedFormat::Gzip;
    const QByteArrayView content = withoutBom(head);
    if (content.startsWith("WARC/"))
        return SniffedFormat::Warc;
    if (hasBinaryBytes(head))
        return SniffedFormat::Binary;
    if (looksLikeMime(content))
        return SniffedFormat::Mhtml;
    if (matchesHtmlPattern(content) || containsHtmlMarkers(content))
        return SniffedFormat::Html;
    // The content gives no sign: the name decides between the text formats.
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return SniffedFormat::Html;
    if (suffix == QLatin1String("mhtml") || suffix == QLatin1String("mht"))
        return SniffedFormat::Mhtml;
    if (suffix == QLatin1String("warc"))
        return SniffedFormat::Warc;
    return SniffedFormat::Text;
}

QString sniffedFormatName(SniffedFormat format)
{
    switch (format) {
    case SniffedFormat::Empty:
        return QStringLiteral("empty");
    case SniffedFormat::Gzip:
        return QStringLiteral("gzip");
    case SniffedFormat::Warc:
        return QStringLiteral("WARC");
    case SniffedFormat::Mhtml:
        return QStringLiteral("MHTML");
    case SniffedFormat::Html:
        return QStringLiteral("HTML");
    case SniffedFormat::Text:
        return QStringLiteral("text");
    case SniffedFormat::Binary:
        return QStringLiteral("binary");
    }
    return {};
}

} // namespace galley
