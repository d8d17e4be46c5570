// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/importrate.h"

#include "project/importer.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace galley {

namespace {

// Qt's own signature, so that lupdate reads the third argument as the plural count.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("galley::ImportRate", text, disambiguation, n);
}

QString duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

} // namespace

ImportRate importRate(const ImportProgress &progress, qint64 elapsedMs)
{
    ImportRate rate;
    if (progress.bytesTotal > 0)
        rate.permille = int(std::clamp<qint64>(progress.bytesDone * ImportProgressScale / progress.bytesTotal,
                                               0, ImportProgressScale));
    const int pages = progress.pagesImported + progress.pagesSkipped;
    rate.text = tr("%n page(s)", nullptr, pages);
    if (elapsedMs >= 1000 && pages > 0)
        rate.text +=
            QStringLiteral(" · ") +
            tr("%1 pages/s").arg(QLocale().toString(double(pages) * 1000.0 / double(elapsedMs), 'f', 0));
    if (elapsedMs >= 1000 && progress.bytesDone > 0 && progress.bytesDone < progress.bytesTotal) {
        const qint64 leftMs = elapsedMs * (progress.bytesTotal - progress.bytesDone) / progress.bytesDone;
        rate.text += QStringLiteral(" · ") + tr("about %1 left").arg(duration((leftMs + 999) / 1000));
    }
    return rate;
}

} // namespace galley
