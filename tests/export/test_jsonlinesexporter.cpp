// SPDX-License-Identifier: GPL-3.0-or-later
// JSON Lines: the `galley extract` record shape plus review fields, read back into equal records.
#include "export/jsonlinesexporter.h"
#include "exportfixtures.h"
#include "record/recordjson.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTest>

using namespace galley;

class TestJsonLinesExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneCompactLinePerRecord();
    void roundTripGivesEqualRecords();
    void exportsCorrectedNotExtracted();
    void badReviewFieldsAreReported();
};

static QList<QByteArray> exportLines(const QList<ReviewRecord> &records)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    [&] { QVERIFY2(JsonLinesExporter().write(records, &buffer, &error), qPrintable(error)); }();
    QList<QByteArray> lines = buffer.data().split('\n');
    [&] { QVERIFY(lines.takeLast().isEmpty()); }(); // the last line ends with a newline too
    return lines;
}

void TestJsonLinesExporter::oneCompactLinePerRecord()
{
    const QList<QByteArray> lines = exportLines(testing::fixtureRecords());
    QCOMPARE(lines.size(), 3);
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        for (const char *key :
             {"source", "headline", "bylines", "contributors", "published", "dateline", "credit", "publisher",
              "images", "body", "text", "provenance", "status", "reviewer", "reviewedAt"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
    }
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("reviewed"));
    QCOMPARE(first.value(QStringLiteral("reviewedAt")).toString(),
             QStringLiteral("2026-03-05T16:20:00.250Z"));
    const QJsonObject sparse = QJsonDocument::fromJson(lines.at(2)).object();
    QCOMPARE(sparse.value(QStringLiteral("status")).toString(), QStringLiteral("needs-attention"));
    QVERIFY(sparse.value(QStringLiteral("reviewer")).isNull());
    QVERIFY(sparse.value(QStringLiteral("reviewedAt")).isNull());
}

void TestJsonLinesExporter::roundTripGivesEqualRecords()
{
    const QList<ReviewRecord> originals = testing::fixtureRecords();
    const QList<QByteArray> lines = exportLines(originals);
    QCOMPARE(lines.size(), originals.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i), &parseError);
        QVERIFY2(doc.isObject(), qPrintable(parseError.errorString()));
        ReviewRecord back;
        QString error;
        QVERIFY2(JsonLinesExporter::fromJson(doc.object(), &back, &error), qPrintable(error));
        const ReviewRecord &o = originals.at(i);
        QCOMPARE(back.source, o.source);
        QCOMPARE(back.corrected, o.corrected);
        QCOMPARE(back.status, o.status);
        QCOMPARE(back.reviewer, o.reviewer);
        QCOMPARE(back.reviewedAt, o.reviewedAt);
        // And the line's record part is exactly what `galley extract` readers accept.
        Record record;
        QVERIFY2(recordFromJson(doc.object(), &record, &error), qPrintable(error));
        QCOMPARE(record, o.correctedRecord());
    }
}

void TestJsonLinesExporter::exportsCorrectedNotExtracted()
{
    const ReviewRecord r = testing::englishRecord();
    QVERIFY(r.extracted.headline != r.corrected.headline);
    const QJsonObject o = JsonLinesExporter::toJson(r);
    QCOMPARE(o.value(QStringLiteral("headline")).toString(), r.corrected.headline);
}

void TestJsonLinesExporter::badReviewFieldsAreReported()
{
    QJsonObject o = JsonLinesExporter::toJson(testing::englishRecord());
    ReviewRecord back;
    QString error;
    o.insert(QStringLiteral("status"), QStringLiteral("published"));
    QVERIFY(!JsonLinesExporter::fromJson(o, &back, &error));
    QVERIFY2(error.contains(QLatin1String("status")), qPrintable(error));
    o.insert(QStringLiteral("status"), QStringLiteral("reviewed"));
    o.insert(QStringLiteral("reviewedAt"), QStringLiteral("yesterday"));
    QVERIFY(!JsonLinesExporter::fromJson(o, &back, &error));
    QVERIFY2(error.contains(QLatin1String("reviewedAt")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestJsonLinesExporter)
#include "test_jsonlinesexporter.moc"
