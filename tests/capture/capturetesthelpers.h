// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading a capture file in a test: every page and every error, in order.

#include "capture/capturereader.h"

#include <QFile>
#include <QList>
#include <QTemporaryDir>

namespace galley::testing {

struct ReadResult
{
    bool ok = false;
    QList<Capture> pages;
    QList<CaptureError> errors;

    QString errorText() const
    {
        QString text;
        for (const CaptureError &e : errors)
            text += e.toString() + QLatin1Char('\n');
        return text;
    }
};

inline ReadResult readCaptures(const QString &path)
{
    ReadResult result;
    result.ok = readCaptureFile(
        path, [&](const Capture &c) { result.pages.append(c); },
        [&](const CaptureError &e) { result.errors.append(e); });
    return result;
}

/// Writes `bytes` to `name` inside `dir` and returns the path.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

} // namespace galley::testing
