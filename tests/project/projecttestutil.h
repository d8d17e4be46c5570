// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the project tests: synthetic records and projects in temporary folders.
#pragma once

#include "project/atomicfile.h"
#include "project/clock.h"
#include "project/project.h"
#include "record/reviewrecord.h"

#include <QCryptographicHash>

namespace galley::test {

/// A capture identity that differs for every n (and optionally an archive position).
inline QString recordId(int n, int index = -1)
{
    QString id = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Sha256).toHex());
    if (index >= 0)
        id += QLatin1Char('#') + QString::number(index);
    return id;
}

inline QDateTime testTime(int minute = 0)
{
    return QDateTime(QDate(2026, 3, 1), QTime(9, minute), Qt::UTC);
}

/// A plausible page: headline, one byline, a few paragraphs, some provenance.
inline ReviewRecord makeRecord(const QString &id, const QString &headline,
                               const QDateTime &created = testTime())
{
    ReviewRecord r;
    r.source.path = QStringLiteral("captures/") + id.left(64) + QStringLiteral(".html");
    r.source.format = CaptureFormat::Html;
    r.source.url = QStringLiteral("https://www.example.org/news/") + id.left(8);
    r.source.encoding = QStringLiteral("UTF-8");
    r.source.id = id;
    Article a;
    a.headline = headline;
    a.bylines = {QStringLiteral("Ann Example")};
    a.published = QStringLiteral("2026-02-28");
    a.publisher = QStringLiteral("The Example");
    for (int i = 0; i < 3; ++i)
        a.body.append({BlockKind::Paragraph, QStringLiteral("Paragraph %1 of %2.").arg(i).arg(headline)});
    a.provenance.insert(QStringLiteral("headline"), {SourceSpan{10, 20, QStringLiteral("h1")}});
    r.extracted = a;
    r.corrected = a;
    r.created = created;
    r.modified = created;
    return r;
}

/// Creates a project in `dir` with a fixed creation time; QVERIFY-friendly (returns false on failure).
inline bool initProject(const QString &dir, const QString &name = QStringLiteral("Test project"))
{
    const FixedClock clock(testTime());
    return Project::init(dir, name, clock, nullptr);
}

/// Writes raw bytes as a record file, bypassing the store (what git or another editor would do).
inline bool writeRaw(const QString &path, const QByteArray &data)
{
    return writeFileAtomically(path, data, nullptr);
}

} // namespace galley::test
