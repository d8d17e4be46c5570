// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/capturereader.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace galley {

namespace {

const QStringList &captureSuffixes()
{
    static const QStringList suffixes{QStringLiteral("txt"),   QStringLiteral("html"), QStringLiteral("htm"),
                                      QStringLiteral("mhtml"), QStringLiteral("mht"),  QStringLiteral("warc"),
                                      QStringLiteral("gz")};
    return suffixes;
}

bool looksLikeHtml(const QByteArray &head)
{
    const QByteArray lower = head.left(1024).trimmed().toLower();
    return lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<head") ||
           lower.contains("<body");
}

} // namespace

QStringList expandCapturePaths(const QStringList &paths, const CaptureErrorHandler &onError)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            onError({path, {}, QStringLiteral("no such file or folder")});
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (captureSuffixes().contains(QFileInfo(file).suffix().toLower()))
                    found.append(file);
            }
            if (found.isEmpty())
                onError({path, {}, QStringLiteral("folder holds no capture files (.txt, .html, .mhtml, .warc)")});
            found.sort();
            files += found;
        } else {
            files.append(path);
        }
    }
    return files;
}

bool readCaptureFile(const QString &path, const CaptureHandler &onCapture, const CaptureErrorHandler &onError)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        onError({path, {}, QStringLiteral("cannot open: %1").arg(file.errorString())});
        return false;
    }
    CaptureData data;
    data.path = path;
    data.bytes = file.readAll();
    if (data.bytes.isEmpty()) {
        onError({path, {}, QStringLiteral("file is empty (0 bytes)")});
        return false;
    }
    const bool html = looksLikeHtml(data.bytes);
    data.format = html ? CaptureFormat::Html : CaptureFormat::Text;
    data.kind = html ? ContentKind::Html : ContentKind::Text;
    data.encoding = QStringLiteral("UTF-8");
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    data.text = decoder.decode(data.bytes);
    onCapture(Capture(std::move(data)));
    return true;
}

} // namespace galley
