// SPDX-License-Identifier: GPL-3.0-or-later
// HTTP responses: status line, headers, chunked transfer coding, gzip/deflate/br content codings.
#include "capture/httpresponse.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace galley;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    HttpResponse response;
    QString error;
    HttpResponse::parse(bytes, 8 << 20, &response, &error);
    QByteArray out;
    HttpResponse::dechunk(bytes, 8 << 20, &out, &error);
    HttpResponse::decodeContent("br", bytes, 8 << 20, &out, &error);
    return 0;
}
