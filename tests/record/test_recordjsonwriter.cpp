// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming record writer gives the bytes QJsonDocument gives for recordToJson(), on records built to
// reach every escape, every optional key and the key order of provenance paths.
#include "record/jsonwriter.h"
#include "record/recordjson.h"
#include "record/recordjsonwriter.h"

#include <QJsonDocument>
#include <QTest>

using namespace galley;

class TestRecordJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameBytesAsQJsonDocument_data();
    void sameBytesAsQJsonDocument();
    void stringsEscapeLikeQJsonDocument_data();
    void stringsEscapeLikeQJsonDocument();
};

static QByteArray viaDocument(const Record &record)
{
    return QJsonDocument(recordToJson(record)).toJson(QJsonDocument::Compact);
}

static QByteArray viaWriter(const Record &record)
{
    QByteArray out = "prefix";
    appendRecordJson(record, &out);
    return out.mid(6);
}

static Record fullRecord()
{
    Record r;
    r.source = {QStringLiteral("/tmp/a \"b\"/c.warc.gz"),
                CaptureFormat::Warc,
                12,
                QStringLiteral("https://x.example/ü"),
                QStringLiteral("2024-05-01T10:00:00Z"),
                QStringLiteral("windows-1252"),
                QStringLiteral("abc#12")};
    Article &a = r.article;
    a.headline = QStringLiteral("Héadline with \"quotes\" and a \\ backslash");
    a.bylines = {QStringLiteral("Jane Doe"), QString(), QStringLiteral("Łukasz Nowak")};
    a.contributors = {{QStringLiteral("Ann Lee"), QStringLiteral("additional reporting")},
                      {QStringLiteral("Bo"), {}}};
    a.published = QStringLiteral("2024-05-01");
    a.dateline = QStringLiteral("BRUSSELS");
    a.credit = QStringLiteral("Reuters");
    a.publisher = QStringLiteral("Example News");
    a.images = {
        {QStringLiteral("https://x.example/1.jpg"), QStringLiteral("A caption"), QStringLiteral("AP")},
        {{}, {}, QStringLiteral("Photo: Jo")}};
    for (int i = 0; i < 12; ++i)
        a.body.append({BlockKind(i % 6), QStringLiteral("Block %1 text\twith a tab").arg(i)});
    for (int i = 0; i < 12; ++i)
        a.provenance.insert(QStringLiteral("body/%1").arg(i), {{i * 10, i * 10 + 5, QStringLiteral("p")}});
    a.provenance.insert(QStringLiteral("headline"), {{1, 2, {}}, {30, 40, QStringLiteral("h1")}});
    a.provenance.insert(QStringLiteral("images/0/caption"), {});
    a.provenance.insert(QStringLiteral("images/0"), {{5, 9, QStringLiteral("img")}});
    return r;
}

void TestRecordJsonWriter::sameBytesAsQJsonDocument_data()
{
    QTest::addColumn<Record>("record");
    QTest::newRow("empty") << Record();
    QTest::newRow("full") << fullRecord();
    Record noId = fullRecord();
    noId.source.id.clear();
    noId.source.url.clear();
    noId.article.body.clear();
    QTest::newRow("no id, url or body") << noId;
    Record oneBlock = fullRecord();
    oneBlock.article.body = {{BlockKind::Quote, QString()}};
    QTest::newRow("one empty block") << oneBlock;
}

void TestRecordJsonWriter::sameBytesAsQJsonDocument()
{
    QFETCH(Record, record);
    QCOMPARE(viaWriter(record), viaDocument(record));
}

void TestRecordJsonWriter::stringsEscapeLikeQJsonDocument_data()
{
    QTest::addColumn<QString>("text");
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls.append(QChar(c));
    controls += QStringLiteral("\x7f\"\\/");
    QTest::newRow("control characters") << controls;
    QTest::newRow("two- and three-byte UTF-8") << QStringLiteral("é ß ― € 中文 \u2028\ufeff\uffff");
    QTest::newRow("surrogate pair") << QString::fromUcs4(U"emoji \U0001F600 and \U00010000");
    QTest::newRow("lone high surrogate") << (QStringLiteral("a") + QChar(0xd83d) + QStringLiteral("b"));
    QTest::newRow("lone high surrogate at the end") << (QStringLiteral("a") + QChar(0xd83d));
    QTest::newRow("lone low surrogate") << (QChar(0xde00) + QStringLiteral("b"));
    QTest::newRow("two high surrogates then a low one")
        << (QString(QChar(0xd83d)) + QChar(0xd83d) + QChar(0xde00));
    QTest::newRow("empty") << QString();
    // Long strings are escaped in slices of 65,536 units: a surrogate pair, a lone surrogate or an
    // escape on the cut must come out as in one piece.
    const QString before(65535, QLatin1Char('a'));
    QTest::newRow("pair across the slice cut") << before + QString::fromUcs4(U"\U0001F600") + before;
    QTest::newRow("lone high surrogate on the cut") << before + QChar(0xd83d) + QStringLiteral("b");
    QTest::newRow("escapes across three slices") << QStringLiteral("\"\n\x01").repeated(50000);
}

void TestRecordJsonWriter::stringsEscapeLikeQJsonDocument()
{
    QFETCH(QString, text);
    Record r;
    r.article.headline = text;
    r.article.bylines = {text};
    r.article.body = {{BlockKind::Paragraph, text}, {BlockKind::Paragraph, text}};
    r.article.provenance.insert(text.isEmpty() ? QStringLiteral("x") : text, {{0, 1, text}});
    QCOMPARE(viaWriter(r), viaDocument(r));
}

QTEST_GUILESS_MAIN(TestRecordJsonWriter)
#include "test_recordjsonwriter.moc"
