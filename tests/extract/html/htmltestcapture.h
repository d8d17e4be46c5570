// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capture.h"

#include <QString>

namespace galley::testing {

/// An HTML capture made from a string, as the capture reader would deliver a UTF-8 file (or, with a
/// `url`, a page of a web archive).
inline Capture htmlCapture(const QString &html, const QString &url = {})
{
    CaptureData data;
    data.url = url;
    data.path = QStringLiteral("test.html");
    data.format = CaptureFormat::Html;
    data.kind = ContentKind::Html;
    data.text = html;
    data.bytes = html.toUtf8();
    return Capture(std::move(data));
}

} // namespace galley::testing
