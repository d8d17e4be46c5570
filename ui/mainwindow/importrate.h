// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace galley {

struct ImportProgress;

/// The progress bar's scale for an import: thousandths of the capture files' bytes.
constexpr int ImportProgressScale = 1000;

/// What the status bar shows of an import: how far it is, and in words how many pages, how fast and
/// how long it still needs ("1,234 pages · 210 pages/s · about 40 s left").
struct ImportRate
{
    int permille = 0;
    QString text;
};

/// The rate and the time left `elapsedMs` into an import. The time left assumes the bytes still to read
/// go as fast as those read; it is given once a second has passed and some bytes are done.
ImportRate importRate(const ImportProgress &progress, qint64 elapsedMs);

} // namespace galley
