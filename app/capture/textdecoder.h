// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capture.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

namespace galley {

/// The outcome of decoding a page's bytes.
struct DecodedText
{
    QString text;     ///< the decoded text, BOM dropped, line breaks kept as they were (CRLF stays CRLF)
    QString encoding; ///< canonical name of the charset used ("UTF-8", "windows-1252", "Shift_JIS")
    QString via;      ///< how the charset was chosen: "bom", "transport", "meta", "detected", "default"
    bool hadErrors = false; ///< some bytes were invalid in that charset and became U+FFFD
    /// (textOffset, byteOffset) pairs every ~4 KB of input, at character boundaries (see CaptureData).
    QList<std::pair<qsizetype, qint64>> checkpoints;
};

/// Chooses the page's charset as a browser does: byte order mark, then the transport charset (HTTP or MIME
/// Content-Type), then for HTML the <meta> prescan of the first 1024 bytes, then for an undeclared page
/// UTF-8 if the bytes are valid UTF-8, else uchardet's guess, else windows-1252. `transportLabel` is the raw
/// charset label from the transport, or empty.
QString chooseCharset(const QByteArray &bytes, ContentKind kind, QByteArrayView transportLabel, QString *via,
                      qsizetype *bomLength);

/// Decodes `bytes` with the charset chooseCharset() picks.
DecodedText decodeText(const QByteArray &bytes, ContentKind kind, QByteArrayView transportLabel = {});

/// Decodes `bytes` (starting after `skip` bytes, the BOM) in a known canonical charset, recording
/// checkpoints. Returns false if the charset is unknown to both Qt and iconv.
bool decodeWith(const QByteArray &bytes, qsizetype skip, const QString &encoding, DecodedText *out);

} // namespace galley
