// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/recordsummary.h"

#include <QList>

/// `n` pages over a few sites; every 7th reviewed, every 13th rejected.
inline QList<galley::RecordSummary> syntheticSummaries(int n)
{
    static const QString sites[] = {QStringLiteral("example.com"), QStringLiteral("news.example.org"),
                                    QStringLiteral("daily.example.net")};
    QList<galley::RecordSummary> result;
    result.reserve(n);
    for (int i = 0; i < n; ++i) {
        galley::RecordSummary s;
        s.id = QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'));
        s.status = i % 7 == 0    ? galley::ReviewStatus::Reviewed
                   : i % 13 == 0 ? galley::ReviewStatus::Rejected
                                 : galley::ReviewStatus::New;
        s.site = sites[i % 3];
        s.headline = QStringLiteral("Headline number %1 about %2")
                         .arg(i)
                         .arg(i % 2 ? QStringLiteral("markets") : QStringLiteral("elections"));
        s.bylines = {QStringLiteral("Reporter %1").arg(i % 50)};
        s.credit = i % 5 == 0 ? QStringLiteral("Reuters") : QString();
        s.published = QStringLiteral("2014-06-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0'));
        result.append(s);
    }
    return result;
}
