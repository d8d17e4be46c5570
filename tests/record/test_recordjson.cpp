// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/recordjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace galley;

class TestRecordJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contractKeys();
    void roundTrip();
    void rejectsWrongTypes();
};

static Record sampleRecord()
{
    Record r;
    r.source = {QStringLiteral("in/page.html"),
                CaptureFormat::Warc,
                3,
                QStringLiteral("https://example.org/a"),
                QStringLiteral("2024-03-21T09:30:00Z"),
                QStringLiteral("windows-1252"),
                QStringLiteral("ab#3")};
    r.article.headline = QStringLiteral("Ünïcödé & \"quotes\"");
    r.article.bylines = {QStringLiteral("Jane Doe"), QStringLiteral("李明")};
    r.article.contributors = {{QStringLiteral("Anna Lind"), QStringLiteral("additional reporting")}};
    r.article.published = QStringLiteral("2024-03-21");
    r.article.credit = QStringLiteral("Reuters");
    r.article.images = {
        {QStringLiteral("a.jpg"), QStringLiteral("A caption"), QStringLiteral("Jane Roe/AP")}};
    r.article.body = {{BlockKind::Heading, QStringLiteral("Part one")},
                      {BlockKind::Paragraph, QStringLiteral("Line\nbreak")}};
    r.article.provenance.insert(QStringLiteral("headline"), {{10, 42, QStringLiteral("h1")}});
    return r;
}

void TestRecordJson::contractKeys()
{
    const QJsonObject o = recordToJson(sampleRecord());
    for (const char *key : {"source", "headline", "bylines", "contributors", "published", "dateline",
                            "credit", "publisher", "images", "body", "text", "provenance"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QVERIFY(o.value(QStringLiteral("dateline")).isNull());
    QCOMPARE(o.value(QStringLiteral("text")).toString(), QStringLiteral("Part one\n\nLine\nbreak"));
    QCOMPARE(
        o.value(QStringLiteral("body")).toArray().at(0).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("heading"));
    const QJsonObject source = o.value(QStringLiteral("source")).toObject();
    QCOMPARE(source.value(QStringLiteral("format")).toString(), QStringLiteral("warc"));
    QCOMPARE(source.value(QStringLiteral("index")).toInt(), 3);
}

void TestRecordJson::roundTrip()
{
    const Record original = sampleRecord();
    const QByteArray line = QJsonDocument(recordToJson(original)).toJson(QJsonDocument::Compact);
    Record back;
    QString error;
    QVERIFY2(recordFromJson(QJsonDocument::fromJson(line).object(), &back, &error), qPrintable(error));
    QCOMPARE(back, original);
}

void TestRecordJson::rejectsWrongTypes()
{
    QJsonObject o = recordToJson(sampleRecord());
    o.insert(QStringLiteral("headline"), 42);
    Record back;
    QString error;
    QVERIFY(!recordFromJson(o, &back, &error));
    QVERIFY2(error.contains(QLatin1String("headline")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestRecordJson)
#include "test_recordjson.moc"
