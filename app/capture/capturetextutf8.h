// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capture.h"

#include <QByteArray>

namespace galley {

/// The capture's text in UTF-8. That is the page's own bytes (shared, no copy) when they were decoded as
/// UTF-8 without a byte order mark and are valid UTF-8, as most pages are: Qt's decoder keeps every valid
/// sequence as it is, so the text encodes back to exactly those bytes. Otherwise the text is encoded now.
/// For a page near the size limit that is 64 MB not held once more while it is parsed (issue 18).
/// The capture's text must be its bytes decoded (as every capture reader makes it).
QByteArray captureTextUtf8(const Capture &capture);

} // namespace galley
