// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capture.h"
#include "capture/captureerror.h"

#include <QIODevice>
#include <QStringList>
#include <functional>

namespace galley {

using CaptureHandler = std::function<void(const Capture &)>;
using CaptureErrorHandler = std::function<void(const CaptureError &)>;

/// Expands the paths given by a user into capture files: files as they are, folders searched
/// recursively for files with a capture suffix, in a stable (sorted) order. A path that does not exist,
/// or a folder without captures, is reported through onError.
QStringList expandCapturePaths(const QStringList &paths, const CaptureErrorHandler &onError);

/// Reads every page of one capture file, detecting its format from the content (then the name), and
/// hands each page to onCapture in file order. Problems go to onError with the place they were found;
/// the rest of an archive is still read. Returns false if an error (not a warning) went to onError.
/// Paths are names as filenames.h holds them (bytes that are not UTF-8 kept losslessly).
/// The file is opened read-only; archives are streamed, so memory is bounded by the largest page.
bool readCaptureFile(const QString &path, const CaptureHandler &onCapture,
                     const CaptureErrorHandler &onError);
/// readCaptureFile() that stops before the next page of an archive once `stopRequested` says so (an
/// import the editor cancelled): the pages handed over so far are all there is.
bool readCaptureFile(const QString &path, const CaptureHandler &onCapture, const CaptureErrorHandler &onError,
                     const std::function<bool()> &stopRequested);

/// One page as a reader found it, its bytes not yet decoded into text. Reading and decoding are split so
/// a batch run can read an archive on one thread while others decode and extract its pages.
struct RawCapturePage
{
    CaptureData data;        ///< everything but the text, the encoding and the offset checkpoints
    QByteArray charsetLabel; ///< the charset the container declared (HTTP header, MIME part), if any
    QString where;           ///< the page's place in its file ("record 3, byte 81920"); empty for a lone page
};
using RawCapturePageHandler = std::function<void(RawCapturePage &&)>;

/// readCaptureFile() without the decoding: pages go to onPage as they are read.
bool readCaptureFilePages(const QString &path, const RawCapturePageHandler &onPage,
                          const CaptureErrorHandler &onError,
                          const std::function<bool()> &stopRequested = {});

/// Reads the pages of one stream (standard input, a pipe): the formats, sniffing and limits of a file,
/// the whole of a WARC streamed record by record. `name` stands for the stream in records and messages.
bool readCaptureStreamPages(QIODevice *device, const QString &name, const RawCapturePageHandler &onPage,
                            const CaptureErrorHandler &onError);

/// Decodes a page's bytes into its text (charset: BOM, the container's label, <meta>, detection). Bytes
/// invalid in the charset become U+FFFD, and onError hears where the first one was.
Capture decodeCapturePage(RawCapturePage page, const CaptureErrorHandler &onError);

} // namespace galley
