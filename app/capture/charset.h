// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <memory>

namespace galley::charset {

/// The WHATWG Encoding Standard name for a charset label ("latin1" -> "windows-1252", "sjis" ->
/// "Shift_JIS", "utf8" -> "UTF-8"), as browsers resolve them; empty for an unknown label. Like browsers,
/// "replacement" labels (ISO-2022-KR, HZ) resolve to "replacement" and "x-user-defined" to itself.
QString canonicalName(QByteArrayView label);

/// A stateful decoder for one canonical charset name: Qt's QStringDecoder (ICU-backed on Debian) when it
/// knows the charset, else glibc's iconv behind the same interface. Invalid bytes become U+FFFD.
class Decoder
{
public:
    explicit Decoder(const QString &canonical);
    ~Decoder();
    Decoder(const Decoder &) = delete;
    Decoder &operator=(const Decoder &) = delete;

    bool isValid() const;
    /// Decodes the next chunk; a character split across chunks is completed by the next call.
    QString decode(QByteArrayView chunk);
    /// True once any invalid byte sequence was replaced.
    bool hasError() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace galley::charset
