// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace galley {

/// The HTML Standard's "prescan a byte stream to determine its encoding" over the first 1024 bytes:
/// finds <meta charset> or <meta http-equiv="content-type" content="...charset=...">, skipping comments
/// and other tags exactly as a browser does. Returns the canonical charset name, or empty. As the
/// standard says, a UTF-16 declaration means UTF-8 (the bytes were readable as ASCII) and x-user-defined
/// means windows-1252.
QString prescanMetaCharset(QByteArrayView bytes);

/// "Extract a character encoding from a meta element" for a content attribute value
/// ("text/html; charset=koi8-r" -> "koi8-r"); empty when there is none.
QByteArray charsetFromContentAttribute(QByteArrayView content);

} // namespace galley
