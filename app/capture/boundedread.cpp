// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/boundedread.h"

namespace galley {

bool readAtMost(QIODevice *device, qint64 limit, QByteArray *out)
{
    constexpr qint64 step = 64 * 1024;
    out->clear();
    while (out->size() <= limit) {
        const qsizetype before = out->size();
        const qint64 want = qMin<qint64>(step, limit + 1 - before);
        out->resize(before + want);
        const qint64 got = device->read(out->data() + before, want);
        out->truncate(before + qMax<qint64>(got, 0));
        if (got <= 0)
            return true;
    }
    return false;
}

} // namespace galley
