// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/textdecoder.h"

#include "capture/charset.h"
#include "capture/metaprescan.h"

#include <uchardet/uchardet.h>

namespace galley {

namespace {

constexpr qsizetype checkpointStep = 4096;
// uchardet sees this much of an undeclared page; more rarely changes its mind and costs time.
constexpr qsizetype detectorWindow = 256 * 1024;

QString bomCharset(const QByteArray &bytes, qsizetype *length)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *length = 3;
        return QStringLiteral("UTF-8");
    }
    if (bytes.startsWith("\xFE\xFF")) {
        *length = 2;
        return QStringLiteral("UTF-16BE");
    }
    if (bytes.startsWith("\xFF\xFE")) {
        *length = 2;
        return QStringLiteral("UTF-16LE");
    }
    *length = 0;
    return {};
}

bool isUtf16(const QString &encoding)
{
    return encoding.startsWith(QLatin1String("UTF-16"));
}

/// Where the next chunk may end so that no character straddles it: just after a byte below 0x21 (no
/// multi-byte charset the Encoding Standard knows uses those as trail bytes, and ISO-2022-JP's two-byte
/// codes don't either), or for UTF-16 at an even offset not splitting a surrogate pair. Returns -1 when
/// no such place is near `target`.
qsizetype safeCut(const QByteArray &bytes, qsizetype target, qsizetype skip, bool utf16, bool bigEndian)
{
    const qsizetype limit = qMin(bytes.size(), target + checkpointStep);
    if (utf16) {
        for (qsizetype pos = target + ((target - skip) & 1); pos + 1 < limit; pos += 2) {
            const uchar high = uchar(bytes[bigEndian ? pos - 2 : pos - 1]);
            if ((high & 0xFC) != 0xD8) // the previous unit is not a high surrogate
                return pos;
        }
        return -1;
    }
    for (qsizetype pos = target; pos < limit; ++pos) {
        if (uchar(bytes[pos - 1]) < 0x21)
            return pos;
    }
    return -1;
}

QString detectCharset(const QByteArray &bytes, qsizetype skip)
{
    uchardet_t detector = uchardet_new();
    const QByteArrayView window =
        QByteArrayView(bytes).sliced(skip).first(qMin(bytes.size() - skip, detectorWindow));
    QString result;
    if (uchardet_handle_data(detector, window.data(), size_t(window.size())) == 0) {
        uchardet_data_end(detector);
        result = charset::canonicalName(QByteArrayView(uchardet_get_charset(detector)));
    }
    uchardet_delete(detector);
    return result;
}

} // namespace

QString chooseCharset(const QByteArray &bytes, ContentKind kind, QByteArrayView transportLabel, QString *via,
                      qsizetype *bomLength)
{
    QString name = bomCharset(bytes, bomLength);
    if (!name.isEmpty()) {
        *via = QStringLiteral("bom");
        return name;
    }
    name = charset::canonicalName(transportLabel);
    if (!name.isEmpty() && name != QLatin1String("x-user-defined")) {
        *via = QStringLiteral("transport");
        return name;
    }
    if (kind == ContentKind::Html) {
        name = prescanMetaCharset(bytes);
        if (!name.isEmpty()) {
            *via = QStringLiteral("meta");
            return name;
        }
    }
    *via = QStringLiteral("detected");
    return {}; // undeclared: decodeText() tries UTF-8, then uchardet
}

/// Qt's UTF-16 decoder keeps an odd last byte for a next chunk that never comes and passes lone
/// surrogates through. A browser's decoder turns both into U+FFFD; do the same (one unit for one, so the
/// checkpoints stay true) and report that bytes were replaced.
static bool repairUtf16(qsizetype byteCount, QString *text)
{
    bool replaced = false;
    QChar *units = text->data();
    const qsizetype size = text->size();
    for (qsizetype i = 0; i < size; ++i) {
        if (units[i].isHighSurrogate() && i + 1 < size && units[i + 1].isLowSurrogate()) {
            ++i;
        } else if (units[i].isSurrogate()) {
            units[i] = QChar::ReplacementCharacter;
            replaced = true;
        }
    }
    if (byteCount % 2 != 0) {
        text->append(QChar::ReplacementCharacter);
        replaced = true;
    }
    return replaced;
}

bool decodeWith(const QByteArray &bytes, qsizetype skip, const QString &encoding, DecodedText *out)
{
    out->encoding = encoding;
    out->checkpoints.clear();
    out->text.clear();
    if (encoding == QLatin1String("replacement")) {
        // The Encoding Standard decodes these (ISO-2022-KR, HZ, ...) to a single U+FFFD: they are an XSS
        // risk.
        out->text = QString(QChar::ReplacementCharacter);
        out->hadErrors = !bytes.isEmpty();
        return true;
    }
    charset::Decoder decoder(encoding);
    if (!decoder.isValid())
        return false;
    if (skip > 0)
        out->checkpoints.append({0, skip});
    out->text.reserve(bytes.size() - skip);
    const bool utf16 = isUtf16(encoding);
    const bool bigEndian = encoding == QLatin1String("UTF-16BE");
    qsizetype pos = skip;
    while (pos < bytes.size()) {
        qsizetype cut = pos + checkpointStep < bytes.size()
                            ? safeCut(bytes, pos + checkpointStep, skip, utf16, bigEndian)
                            : bytes.size();
        const bool aligned = cut > 0;
        if (!aligned)
            cut = qMin(bytes.size(), pos + 2 * checkpointStep);
        out->text += decoder.decode(QByteArrayView(bytes).sliced(pos, cut - pos));
        if (aligned && cut < bytes.size())
            out->checkpoints.append({out->text.size(), cut});
        pos = cut;
    }
    // A truncated character at the very end still counts as an error, as in a browser.
    out->text += decoder.decode(QByteArrayView());
    out->hadErrors = decoder.hasError();
    if (utf16)
        out->hadErrors |= repairUtf16(bytes.size() - skip, &out->text);
    return true;
}

DecodedText decodeText(const QByteArray &bytes, ContentKind kind, QByteArrayView transportLabel)
{
    DecodedText out;
    qsizetype skip = 0;
    QString encoding = chooseCharset(bytes, kind, transportLabel, &out.via, &skip);
    if (!encoding.isEmpty() && decodeWith(bytes, skip, encoding, &out))
        return out;
    // Undeclared (or declared in a charset nobody knows): valid UTF-8 is UTF-8 (pure ASCII included),
    // otherwise ask uchardet, as browsers ask their own detectors.
    out.via = QStringLiteral("detected");
    if (decodeWith(bytes, 0, QStringLiteral("UTF-8"), &out) && !out.hadErrors)
        return out;
    encoding = detectCharset(bytes, 0);
    if (!encoding.isEmpty() && encoding != QLatin1String("UTF-8") && decodeWith(bytes, 0, encoding, &out))
        return out;
    if (encoding == QLatin1String("UTF-8")) {
        // uchardet agrees it is UTF-8 with a few broken bytes; keep the UTF-8 decoding (U+FFFD included).
        decodeWith(bytes, 0, encoding, &out);
        return out;
    }
    out.via = QStringLiteral("default");
    decodeWith(bytes, 0, QStringLiteral("windows-1252"), &out);
    return out;
}

} // namespace galley
