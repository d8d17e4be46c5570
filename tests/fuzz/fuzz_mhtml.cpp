// SPDX-License-Identifier: GPL-3.0-or-later
// MHTML: MIME headers, boundaries, quoted-printable and base64 parts, root choice.
#include "capture/mhtmlreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace galley;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    MhtmlPage page;
    QList<MhtmlProblem> problems;
    readMhtml(bytes, &page, &problems);
    decodeQuotedPrintable(bytes);
    return 0;
}
