// SPDX-License-Identifier: GPL-3.0-or-later
// Reading capture files: sniff the format, then hand the bytes to the reader for it. Each reader lives in
// its own file (formatsniffer, gzipstream, warcreader/warcpage, mhtmlreader, httpresponse, textdecoder);
// this file only routes between them and turns their problems into CaptureErrors.
#include "capture/capturereader.h"

#include "capture/boundedread.h"
#include "capture/capturelimits.h"
#include "capture/filenames.h"
#include "capture/formatsniffer.h"
#include "capture/gzipstream.h"
#include "capture/inputfile.h"
#include "capture/mhtmlreader.h"
#include "capture/textdecoder.h"
#include "capture/warcpage.h"
#include "capture/warcreader.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>

namespace galley {

namespace {

const QStringList &captureSuffixes()
{
    static const QStringList suffixes{QStringLiteral("txt"),   QStringLiteral("html"),  QStringLiteral("htm"),
                                      QStringLiteral("xhtml"), QStringLiteral("mhtml"), QStringLiteral("mht"),
                                      QStringLiteral("warc"),  QStringLiteral("gz")};
    return suffixes;
}

// An MHTML file is read whole, images and all; any other single page has the page bound.
// The first 4 KB, or all there is: a pipe may hand its first bytes over in several pieces.
QByteArray peekHead(QIODevice *device)
{
    constexpr qint64 headSize = 4096;
    QByteArray head = device->peek(headSize);
    while (head.size() < headSize) {
        QByteArray more = device->peek(headSize);
        if (more.size() <= head.size())
            break;
        head = std::move(more);
    }
    return head;
}

// Every file below `dir` with a capture suffix, by the bytes of its name (see filenames.h): unreadable
// files and files that are not valid UTF-8 are listed too, to be read or reported, never skipped.
// Hidden files and folders (".git") are passed over like any file manager does; links to files are
// followed, links to folders are not (no loops).
void findCaptureFiles(const QString &dir, QStringList *found, const CaptureErrorHandler &onError)
{
    const QByteArray encoded = fileNameToBytes(dir);
    DIR *handle = ::opendir(encoded.constData());
    if (!handle) {
        onError({displayFileName(dir),
                 {},
                 QStringLiteral("cannot list the folder: ") + QString::fromLocal8Bit(std::strerror(errno))});
        return;
    }
    QList<QByteArray> subfolders;
    while (const struct dirent *entry = ::readdir(handle)) {
        const QByteArray name(entry->d_name);
        if (name.startsWith('.'))
            continue;
        const QByteArray full = encoded + '/' + name;
        struct stat st;
        if (::lstat(full.constData(), &st) != 0)
            continue; // removed meanwhile
        if (S_ISDIR(st.st_mode)) {
            subfolders.append(full);
            continue;
        }
        const QString decoded = fileNameFromBytes(full);
        if (!captureSuffixes().contains(QFileInfo(decoded).suffix().toLower()))
            continue;
        if (S_ISLNK(st.st_mode) && (::stat(full.constData(), &st) != 0 || S_ISDIR(st.st_mode))) {
            if (!S_ISDIR(st.st_mode)) // a dangling link looks like a capture: say why it is not read
                onError({displayFileName(decoded), {}, QStringLiteral("is a link to nothing (dangling)")});
            continue;
        }
        found->append(decoded);
    }
    ::closedir(handle);
    for (const QByteArray &sub : std::as_const(subfolders))
        findCaptureFiles(fileNameFromBytes(sub), found, onError);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', 1) + QStringLiteral(" MB");
}

/// One file or stream being read: where pages and problems go.
class FileReader
{
public:
    FileReader(const QString &path, const RawCapturePageHandler &onPage, const CaptureErrorHandler &onError,
               const std::function<bool()> &stopRequested = {})
        : m_path(path), m_onPage(onPage), m_onError(onError), m_stopRequested(stopRequested)
    {}

    bool read();
    /// Reads an open device; `knownSize` is the size of a regular file, -1 for a pipe or stream.
    bool readDevice(QIODevice *device, qint64 knownSize);

private:
    void fail(const QString &where, const QString &message)
    {
        m_ok = false;
        m_onError({displayFileName(m_path), where, message});
    }
    void readWarc(QIODevice *device, GzipStream *gzip);
    void readWhole(const QByteArray &bytes, SniffedFormat format, const QString &where);
    void emitPage(CaptureData data, QByteArrayView charsetLabel, const QString &where);

    QString m_path;
    const RawCapturePageHandler &m_onPage;
    const CaptureErrorHandler &m_onError;
    std::function<bool()> m_stopRequested; // a copy: the reader may outlive a default argument
    bool m_ok = true;
};

void FileReader::emitPage(CaptureData data, QByteArrayView charsetLabel, const QString &where)
{
    data.path = m_path;
    m_onPage(RawCapturePage{std::move(data), charsetLabel.toByteArray(), where});
}

void FileReader::readWarc(QIODevice *device, GzipStream *gzip)
{
    WarcReader reader(device, gzip);
    WarcRecord record;
    QString where;
    QString error;
    int page = 0;
    while (!(m_stopRequested && m_stopRequested())) {
        const WarcReader::Result result =
            reader.next(&record, isCandidatePageRecord,
                        capturelimits::maxPageBytes + capturelimits::maxHeaderBytes, &where, &error);
        if (result == WarcReader::Result::End)
            break;
        if (result == WarcReader::Result::Error) {
            fail(where, error);
            continue;
        }
        CaptureData data;
        QByteArray charset;
        const QString recordPlace =
            QStringLiteral("record %1, byte %2").arg(record.number).arg(record.offset);
        switch (warcRecordToPage(record, &data, &charset, &error)) {
        case WarcPageResult::NotAPage:
            break;
        case WarcPageResult::Error:
            fail(recordPlace, error);
            break;
        case WarcPageResult::Page:
            data.index = page++;
            emitPage(std::move(data), charset, recordPlace);
            break;
        }
    }
}

void FileReader::readWhole(const QByteArray &bytes, SniffedFormat format, const QString &where)
{
    CaptureData data;
    switch (format) {
    case SniffedFormat::Empty:
        fail(where, QStringLiteral("file is empty (0 bytes)"));
        return;
    case SniffedFormat::Binary:
        fail(where, QStringLiteral("binary data, not a capture (expected text, HTML, MHTML or WARC)"));
        return;
    case SniffedFormat::Gzip:
        fail(where, QStringLiteral("gzip data inside gzip data is not a capture"));
        return;
    case SniffedFormat::Warc:
        return; // streamed by the caller
    case SniffedFormat::Html:
    case SniffedFormat::Text:
        data.format = format == SniffedFormat::Html ? CaptureFormat::Html : CaptureFormat::Text;
        data.kind = format == SniffedFormat::Html ? ContentKind::Html : ContentKind::Text;
        data.bytes = bytes;
        emitPage(std::move(data), {}, where);
        return;
    case SniffedFormat::Mhtml: {
        MhtmlPage page;
        QList<MhtmlProblem> problems;
        const bool found = readMhtml(bytes, &page, &problems);
        for (const MhtmlProblem &problem : problems)
            fail(problem.where, problem.message);
        if (!found)
            return;
        data.format = CaptureFormat::Mhtml;
        data.kind = page.contentType == "text/plain" ? ContentKind::Text : ContentKind::Html;
        data.url = page.url;
        data.captured = page.date;
        data.attachments = std::move(page.attachments);
        data.bytes = std::move(page.body);
        emitPage(std::move(data), page.charset, where);
        return;
    }
    }
}

bool FileReader::read()
{
    QFile file;
    InputKind kind = InputKind::Refused;
    QString refusal;
    if (!openCaptureInput(m_path, &file, &kind, &refusal)) {
        fail({}, refusal);
        return false;
    }
    return readDevice(&file, kind == InputKind::Regular ? file.size() : -1);
}

bool FileReader::readDevice(QIODevice *device, qint64 knownSize)
{
    // The format is told from the first 4 KB, before anything bigger is read: a device of zeros or
    // random bytes is binary after one peek.
    const SniffedFormat format = sniffFormat(peekHead(device), m_path);
    if (format == SniffedFormat::Warc) {
        readWarc(device, nullptr);
        return m_ok;
    }
    if (format == SniffedFormat::Gzip) {
        GzipStream gzip(device);
        QString inner = m_path;
        if (inner.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive))
            inner.chop(3);
        const SniffedFormat innerFormat = sniffFormat(gzip.peek(4096), inner);
        if (innerFormat == SniffedFormat::Warc) {
            readWarc(&gzip, &gzip);
            return m_ok;
        }
        const qint64 limit = capturelimits::wholeReadLimit(innerFormat);
        const BoundedRead bounded = readAtMost(&gzip, limit);
        if (bounded.overLimit) {
            fail(
                {},
                QStringLiteral("decompresses to more than %1, the limit for one page").arg(megabytes(limit)));
            return false;
        }
        if (!gzip.error().isEmpty())
            fail({}, gzip.error());
        if (!bounded.bytes.isEmpty() || gzip.error().isEmpty())
            readWhole(bounded.bytes, bounded.bytes.isEmpty() ? SniffedFormat::Empty : innerFormat, {});
        return m_ok;
    }
    const qint64 limit = capturelimits::wholeReadLimit(format);
    if (knownSize > limit) {
        // A regular file says its size: refused at once, without reading it.
        fail({}, QStringLiteral("file of %1 is over the %2 limit for one page; not read")
                     .arg(megabytes(knownSize), megabytes(limit)));
        return false;
    }
    if (format == SniffedFormat::Binary) {
        readWhole({}, format, {}); // refused from its head; a device of junk is never read further
        return m_ok;
    }
    const BoundedRead bounded = readAtMost(device, limit);
    if (bounded.overLimit) {
        fail({}, QStringLiteral("more than %1 arrived, the limit for one page; the rest was not read")
                     .arg(megabytes(limit)));
        return false;
    }
    if (!bounded.error.isEmpty()) {
        fail({}, QStringLiteral("read error: %1").arg(bounded.error));
        return false;
    }
    if (bounded.bytes.isEmpty() && knownSize < 0) {
        fail({}, QStringLiteral("pipe gave no data (0 bytes; nothing was writing to it)"));
        return false;
    }
    readWhole(bounded.bytes, format, {});
    return m_ok;
}

} // namespace

QStringList expandCapturePaths(const QStringList &paths, const CaptureErrorHandler &onError)
{
    QStringList files;
    for (const QString &path : paths) {
        struct stat st;
        if (::stat(fileNameToBytes(path).constData(), &st) != 0) {
            const int e = errno;
            onError({displayFileName(path),
                     {},
                     e == ENOENT ? QStringLiteral("no such file or folder")
                                 : QString::fromLocal8Bit(std::strerror(e))});
        } else if (S_ISDIR(st.st_mode)) {
            QStringList found;
            findCaptureFiles(path, &found, onError);
            if (found.isEmpty())
                onError({displayFileName(path),
                         {},
                         QStringLiteral("folder holds no capture files (.txt, .html, .mhtml, .warc)")});
            found.sort();
            files += found;
        } else {
            files.append(path);
        }
    }
    return files;
}

bool readCaptureFilePages(const QString &path, const RawCapturePageHandler &onPage,
                          const CaptureErrorHandler &onError, const std::function<bool()> &stopRequested)
{
    return FileReader(path, onPage, onError, stopRequested).read();
}

bool readCaptureStreamPages(QIODevice *device, const QString &name, const RawCapturePageHandler &onPage,
                            const CaptureErrorHandler &onError)
{
    return FileReader(name, onPage, onError).readDevice(device, -1);
}

Capture decodeCapturePage(RawCapturePage page, const CaptureErrorHandler &onError)
{
    CaptureData &data = page.data;
    DecodedText decoded = decodeText(data.bytes, data.kind, page.charsetLabel);
    data.text = std::move(decoded.text);
    data.encoding = decoded.encoding;
    data.offsetCheckpoints = std::move(decoded.checkpoints);
    const Capture capture(std::move(data));
    if (decoded.hadErrors) {
        // The page is still usable (a browser shows U+FFFD too), but the editor should know it is damaged.
        const qsizetype at = capture.text().indexOf(QChar::ReplacementCharacter);
        const qint64 byte = capture.sourceOffset(qMax<qsizetype>(at, 0));
        onError({displayFileName(capture.path()),
                 page.where.isEmpty() ? QStringLiteral("byte %1").arg(byte)
                                      : page.where + QStringLiteral(", page byte %1").arg(byte),
                 QStringLiteral("bytes invalid in %1 replaced by U+FFFD").arg(capture.encoding()), true});
    }
    return capture;
}

bool readCaptureFile(const QString &path, const CaptureHandler &onCapture, const CaptureErrorHandler &onError)
{
    return readCaptureFile(path, onCapture, onError, {});
}

bool readCaptureFile(const QString &path, const CaptureHandler &onCapture, const CaptureErrorHandler &onError,
                     const std::function<bool()> &stopRequested)
{
    bool ok = true;
    const CaptureErrorHandler failed = [&](const CaptureError &error) {
        ok = ok && error.warning;
        onError(error);
    };
    readCaptureFilePages(
        path, [&](RawCapturePage &&page) { onCapture(decodeCapturePage(std::move(page), failed)); }, failed,
        stopRequested);
    return ok;
}

} // namespace galley
