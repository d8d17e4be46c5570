// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/capturetextutf8.h"

namespace galley {

QByteArray captureTextUtf8(const Capture &capture)
{
    const QByteArray &bytes = capture.bytes();
    if (capture.encoding() == QLatin1String("UTF-8") && !bytes.startsWith("\xEF\xBB\xBF") &&
        bytes.isValidUtf8())
        return bytes;
    return capture.text().toUtf8();
}

} // namespace galley
