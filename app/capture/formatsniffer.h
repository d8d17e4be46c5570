// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace galley {

/// What a capture file holds, as far as its first bytes (then its name) tell.
enum class SniffedFormat {
    Empty,  ///< no bytes at all
    Gzip,   ///< a gzip stream: the format inside decides (a .warc.gz, a .html.gz, ...)
    Warc,   ///< starts with a WARC/1.x version line
    Mhtml,  ///< a MIME message (MHTML as saved by browsers)
    Html,   ///< markup, by the HTML Standard's MIME sniffing patterns or by the name
    Text,   ///< a plain-text dump
    Binary, ///< none of the above: control bytes a text capture never has
};

/// Detects the format from the content first (magic bytes, a WARC version line, MIME headers, the HTML
/// Standard's "text/html" sniffing patterns, binary control bytes), then from the name's suffix for the
/// content that gives no sign (text that might be HTML or MHTML). `head` is the start of the file; 4 KB
/// is plenty.
SniffedFormat sniffFormat(QByteArrayView head, const QString &fileName);

/// The name of a sniffed format for messages ("gzip", "WARC", ...).
QString sniffedFormatName(SniffedFormat format);

} // namespace galley
