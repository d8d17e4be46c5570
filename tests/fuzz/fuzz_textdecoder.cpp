// SPDX-License-Identifier: GPL-3.0-or-later
// Charset choice and decoding (BOM, meta prescan, uchardet, Qt and iconv decoders) and the offset map.
#include "capture/capture.h"
#include "capture/metaprescan.h"
#include "capture/textdecoder.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace galley;
    if (size < 1)
        return 0;
    // The first byte picks the kind and a transport label, so each input explores one combination.
    static const char *const labels[] = {"",       "utf-8",    "windows-1252", "shift_jis",   "gb18030",
                                         "euc-kr", "utf-16le", "iso-8859-16",  "iso-2022-jp", "replacement",
                                         "big5",   "bogus"};
    const auto selector = uint8_t(data[0]);
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const ContentKind kind = (selector & 0x80) ? ContentKind::Text : ContentKind::Html;
    prescanMetaCharset(bytes);
    DecodedText decoded = decodeText(bytes, kind, labels[(selector & 0x7F) % std::size(labels)]);

    CaptureData capture;
    capture.kind = kind;
    capture.bytes = bytes;
    capture.encoding = decoded.encoding;
    capture.text = decoded.text;
    capture.offsetCheckpoints = decoded.checkpoints;
    const Capture page(capture);
    const qint64 end = page.sourceOffset(page.text().size());
    if (end < 0)
        __builtin_trap();
    page.sourceOffset(page.text().size() / 2);
    return 0;
}
