// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capture.h"
#include "capture/captureerror.h"

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

} // namespace galley
