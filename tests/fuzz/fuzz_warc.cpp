// SPDX-License-Identifier: GPL-3.0-or-later
// WARC records from a stream: version lines, headers, Content-Length, resynchronisation, record to page.
#include "capture/textdecoder.h"
#include "capture/warcpage.h"
#include "capture/warcreader.h"

#include <QBuffer>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace galley;
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    WarcReader reader(&buffer);
    WarcRecord record;
    QString where;
    QString error;
    // Every call consumes input or ends, so this terminates; the bound catches a regression as a timeout.
    for (int i = 0; i < 100000; ++i) {
        const WarcReader::Result result =
            reader.next(&record, isCandidatePageRecord, 1 << 20, &where, &error);
        if (result == WarcReader::Result::End)
            break;
        if (result == WarcReader::Result::Error)
            continue;
        CaptureData page;
        QByteArray charset;
        if (warcRecordToPage(record, &page, &charset, &error) == WarcPageResult::Page)
            decodeText(page.bytes, page.kind, charset);
    }
    return 0;
}
