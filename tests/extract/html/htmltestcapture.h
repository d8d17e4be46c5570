// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capture.h"

#include <QString>

namespace galley::testing {

/// An HTML capture made from a string, as the capture reader would deliver a UTF-8 file.
inline Capture htmlCapture(const QString &html)
{
    CaptureData data;
    data.path = QStringLiteral("test.html");
    data.format = CaptureFormat::Html;
    data.kind = ContentKind::Html;
    data.text = html;
    data.bytes = html.toUtf8();
    return Capture(std::move(data));
}

} // namespace galley::testing
