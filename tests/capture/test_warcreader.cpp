// SPDX-License-Identifier: GPL-3.0-or-later
// WARC 1.0/1.1 archives, plain and gzipped, read through readCaptureFile().
#include "capturetesthelpers.h"
#include "capturewriter.h"

#include <QStringEncoder>
#include <QTest>

using namespace galley;
using namespace galley::testing;

class TestWarcReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesBecomeCaptures_data();
    void pagesBecomeCaptures();
    void recordOffsetsLocateRecords();
    void httpCodingsAndCharsetsApply();
    void contentLengthPastTheEndIsReported();
    void contentLengthTooLongInsideTheFileKeepsLaterPages();
    void contentLengthTooLongOnSkippedRecordIsReported();
    void contentLengthPastTheEndKeepsTheRecordsItHides_data();
    void contentLengthPastTheEndKeepsTheRecordsItHides();
    void malformedRecordIsSkippedAndTheRestRead();
    void badChunkSizeSpoilsOnlyItsPage();
    void truncatedGzipMemberKeepsEarlierPages();
    void oversizedPageIsSkipped();

private:
    static QList<QByteArray> sampleRecords();
    QTemporaryDir m_dir;
};

QList<QByteArray> TestWarcReader::sampleRecords()
{
    const QByteArray html1 =
        "<!doctype html><html><head><title>One</title></head><body><p>First story.</p></body></html>";
    const QByteArray html2 = "<html><body><p>Second story, caf\xC3\xA9.</p></body></html>";
    return {
        warcRecord("warcinfo", {}, "2024-03-05T09:00:00Z", "application/warc-fields",
                   "software: galley-test\r\n"),
        warcRecord("request", "http://example.com/one", "2024-03-05T09:00:01Z",
                   "application/http; msgtype=request", "GET /one HTTP/1.1\r\nHost: example.com\r\n\r\n"),
        warcHtmlResponse("http://example.com/one", "2024-03-05T09:00:01Z", html1),
        warcRecord("metadata", "http://example.com/one", "2024-03-05T09:00:01Z", "application/warc-fields",
                   "via: x\r\n"),
        warcRecord("response", "http://example.com/logo.png", "2024-03-05T09:00:02Z",
                   "application/http; msgtype=response", httpResponse("\x89PNG\r\n\x1A\n....", "image/png")),
        warcRecord("response", "http://example.com/moved", "2024-03-05T09:00:02Z",
                   "application/http; msgtype=response",
                   httpResponse("<html>moved</html>", "text/html", {"Location: /one"}, 301)),
        warcRecord("revisit", "http://example.com/one", "2024-03-06T09:00:00Z",
                   "application/http; msgtype=response", "HTTP/1.1 200 OK\r\n\r\n",
                   {"WARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest"}),
        warcHtmlResponse("<http://example.com/two>", "2024-03-05T09:00:03Z", html2, {}),
        warcRecord("resource", "file:///notes.txt", "2024-03-05T09:00:04.250Z",
                   "text/plain; charset=windows-1252", "Notes \x96 plain text.\r\n", {}, "WARC/1.1"),
    };
}

void TestWarcReader::pagesBecomeCaptures_data()
{
    QTest::addColumn<int>("packing"); // 0 plain, 1 one gzip member per record, 2 one member for the file
    QTest::newRow(".warc") << 0;
    QTest::newRow(".warc.gz, member per record") << 1;
    QTest::newRow(".warc.gz, single member") << 2;
}

void TestWarcReader::pagesBecomeCaptures()
{
    QFETCH(int, packing);
    QByteArray file;
    for (const QByteArray &record : sampleRecords())
        file += packing == 1 ? compress(record) : record;
    if (packing == 2)
        file = compress(file);
    const ReadResult r = readCaptures(writeFile(
        m_dir, packing ? QStringLiteral("a%1.warc.gz").arg(packing) : QStringLiteral("a.warc"), file));
    QVERIFY2(r.ok, qPrintable(r.errorText()));
    QCOMPARE(r.pages.size(), 3); // the two HTML responses and the text resource
    QCOMPARE(r.pages[0].format(), CaptureFormat::Warc);
    QCOMPARE(r.pages[0].kind(), ContentKind::Html);
    QCOMPARE(r.pages[0].index(), 0);
    QCOMPARE(r.pages[0].url(), QStringLiteral("http://example.com/one"));
    QCOMPARE(r.pages[0].captured(), QDateTime(QDate(2024, 3, 5), QTime(9, 0, 1), Qt::UTC));
    QVERIFY(r.pages[0].text().contains(QLatin1String("First story.")));
    QCOMPARE(r.pages[1].index(), 1);
    QCOMPARE(r.pages[1].url(), QStringLiteral("http://example.com/two"));
    QCOMPARE(r.pages[1].encoding(), QStringLiteral("UTF-8"));
    QVERIFY(r.pages[1].text().contains(QStringLiteral("café")));
    QCOMPARE(r.pages[2].kind(), ContentKind::Text);
    QCOMPARE(r.pages[2].encoding(), QStringLiteral("windows-1252"));
    QCOMPARE(r.pages[2].text(), QStringLiteral("Notes – plain text.\r\n"));
    QCOMPARE(r.pages[2].captured(), QDateTime(QDate(2024, 3, 5), QTime(9, 0, 4, 250), Qt::UTC));
    QVERIFY(r.pages[0].id().endsWith(QLatin1String("#0")));
    QVERIFY(r.pages[0].id() != r.pages[1].id());
}

void TestWarcReader::recordOffsetsLocateRecords()
{
    const QList<QByteArray> records = sampleRecords();
    QByteArray plain;
    QByteArray gz;
    QList<qint64> plainOffsets;
    QList<qint64> gzOffsets;
    for (const QByteArray &record : records) {
        plainOffsets.append(plain.size());
        gzOffsets.append(gz.size());
        plain += record;
        gz += compress(record);
    }
    const ReadResult p = readCaptures(writeFile(m_dir, QStringLiteral("offsets.warc"), plain));
    const ReadResult g = readCaptures(writeFile(m_dir, QStringLiteral("offsets.warc.gz"), gz));
    QCOMPARE(p.pages.size(), 3);
    QCOMPARE(g.pages.size(), 3);
    // Pages are records 3, 8 and 9 (1-based).
    const int recordIndex[] = {2, 7, 8};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(p.pages[i].recordOffset(), plainOffsets[recordIndex[i]]);
        QCOMPARE(g.pages[i].recordOffset(), gzOffsets[recordIndex[i]]);
    }
}

void TestWarcReader::httpCodingsAndCharsetsApply()
{
    QString text = QStringLiteral("東京で記者会見");
    QStringEncoder sjis("Shift_JIS");
    const QByteArray html = "<html><body><p>" + QByteArray(sjis.encode(text)) + "</p></body></html>";
    const QByteArray record = warcRecord(
        "response", "http://example.jp/", "2024-03-05T09:00:00Z", "application/http; msgtype=response",
        httpResponse(chunked(compress(html), 10), "text/html; charset=Shift_JIS",
                     {"Content-Encoding: gzip", "Transfer-Encoding: chunked"}));
    const ReadResult r = readCaptures(writeFile(m_dir, QStringLiteral("sjis.warc"), record));
    QVERIFY2(r.ok, qPrintable(r.errorText()));
    QCOMPARE(r.pages.size(), 1);
    QCOMPARE(r.pages[0].encoding(), QStringLiteral("Shift_JIS"));
    QVERIFY(r.pages[0].text().contains(text));
    QCOMPARE(r.pages[0].bytes(), html); // codings undone
}

void TestWarcReader::contentLengthPastTheEndIsReported()
{
    const QByteArray good =
        warcHtmlResponse("http://example.com/a", "2024-03-05T09:00:00Z", "<html><p>a</p></html>");
    QByteArray bad =
        warcHtmlResponse("http://example.com/b", "2024-03-05T09:00:00Z", "<html><p>b</p></html>");
    bad.replace("Content-Length: ", "Content-Length: 9");
    const ReadResult r = readCaptures(writeFile(m_dir, QStringLiteral("past.warc"), good + bad));
    QVERIFY(!r.ok);
    QCOMPARE(r.pages.size(), 1);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].where, QStringLiteral("record 2, byte %1").arg(good.size()));
    QVERIFY2(r.errors[0].message.contains(QLatin1String("runs past the end")), qPrintable(r.errorText()));
    QVERIFY(r.errors[0].toString().startsWith(m_dir.filePath(QStringLiteral("past.warc"))));
}

// Makes a record's Content-Length claim `extra` more bytes than its block has.
static void lengthenBlock(QByteArray *record, int extra)
{
    const qsizetype at = record->indexOf("Content-Length: ") + 16;
    const qsizetype end = record->indexOf("\r\n", at);
    const int length = record->mid(at, end - at).toInt();
    record->replace(at, end - at, QByteArray::number(length + extra));
}

void TestWarcReader::contentLengthTooLongInsideTheFileKeepsLaterPages()
{
    const QByteArray a =
        warcHtmlResponse("http://example.com/a", "2024-03-05T09:00:00Z", "<html><p>a</p></html>");
    QByteArray b = warcHtmlResponse("http://example.com/b", "2024-03-05T09:00:00Z", "<html><p>b</p></html>");
    const QByteArray c =
        warcHtmlResponse("http://example.com/c", "2024-03-05T09:00:00Z", "<html><p>c</p></html>");
    const QByteArray d =
        warcHtmlResponse("http://example.com/d", "2024-03-05T09:00:00Z", "<html><p>d</p></html>");
    // A length 40 bytes too long: b's block swallows the start of c, which must still be read.
    lengthenBlock(&b, 40);
    const ReadResult r = readCaptures(writeFile(m_dir, QStringLiteral("long.warc"), a + b + c + d));
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].where, QStringLiteral("record 2, byte %1").arg(a.size()));
    QVERIFY2(r.errors[0].message.contains(QLatin1String("longer than the record")),
             qPrintable(r.errorText()));
    QCOMPARE(r.pages.size(), 3);
    QCOMPARE(r.pages[1].url(), QStringLiteral("http://example.com/c"));
    QCOMPARE(r.pages[2].url(), QStringLiteral("http://example.com/d"));
    QCOMPARE(r.pages[2].recordOffset(), qint64(a.size() + b.size() + c.size()));
}

void TestWarcReader::contentLengthTooLongOnSkippedRecordIsReported()
{
    const QByteArray a =
        warcHtmlResponse("http://example.com/a", "2024-03-05T09:00:00Z", "<html><p>a</p></html>");
    QByteArray meta = warcRecord("metadata", "http://example.com/a", "2024-03-05T09:00:01Z",
                                 "application/warc-fields", "via: x\r\n");
    lengthenBlock(&meta, 30);
    const QByteArray c =
        warcHtmlResponse("http://example.com/c", "2024-03-05T09:00:00Z", "<html><p>c</p></html>");
    const QByteArray d =
        warcHtmlResponse("http://example.com/d", "2024-03-05T09:00:00Z", "<html><p>d</p></html>");
    const ReadResult r = readCaptures(writeFile(m_dir, QStringLiteral("longmeta.warc"), a + meta + c + d));
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors[0].message.contains(QLatin1String("longer than the record")),
             qPrintable(r.errorText()));
    QCOMPARE(r.pages.first().url(), QStringLiteral("http://example.com/a"));
    QCOMPARE(r.pages.last().url(), QStringLiteral("http://example.com/d"));
}

void TestWarcReader::contentLengthPastTheEndKeepsTheRecordsItHides_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("page read into memory") << QByteArray("response");
    QTest::newRow("record skipped unread") << QByteArray("metadata");
}

void TestWarcReader::contentLengthPastTheEndKeepsTheRecordsItHides()
{
    QFETCH(QByteArray, type);
    const QByteArray a =
        warcHtmlResponse("http://example.com/a", "2024-03-05T09:00:00Z", "<html><p>a</p></html>");
    QByteArray b = type == "response" ? warcHtmlResponse("http://example.com/b", "2024-03-05T09:00:00Z",
                                                         "<html><p>b</p></html>")
                                      : warcRecord(type, "http://example.com/a", "2024-03-05T09:00:01Z",
                                                   "application/warc-fields", "via: x\r\n");
    lengthenBlock(&b, 1000000); // far past the end of the file
    const QByteArray c =
        warcHtmlResponse("http://example.com/c", "2024-03-05T09:00:00Z", "<html><p>c</p></html>");
    const ReadResult r = readCaptures(writeFile(m_dir, QStringLiteral("hides.warc"), a + b + c));
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].where, QStringLiteral("record 2, byte %1").arg(a.size()));
    QVERIFY2(r.errors[0].message.contains(QLatin1String("runs past the end")), qPrintable(r.errorText()));
    QCOMPARE(r.pages.size(), 2);
    QCOMPARE(r.pages[1].url(), QStringLiteral("http://example.com/c"));
    QCOMPARE(r.pages[1].recordOffset(), qint64(a.size() + b.size()));
}

void TestWarcReader::malformedRecordIsSkippedAndTheRestRead()
{
    const QByteArray a =
        warcHtmlResponse("http://example.com/a", "2024-03-05T09:00:00Z", "<html><p>a</p></html>");
    const QByteArray c =
        warcHtmlResponse("http://example.com/c", "2024-03-05T09:00:00Z", "<html><p>c</p></html>");
    QByteArray noLength =
        warcHtmlResponse("http://example.com/b", "2024-03-05T09:00:00Z", "<html><p>b</p></html>");
    noLength.replace("Content-Length:", "Content-Lenght:");
    const QByteArray garbage = "this is not a WARC record\r\nat all\r\n\r\n";
    const ReadResult r =
        readCaptures(writeFile(m_dir, QStringLiteral("bad.warc"), a + noLength + c + garbage + c));
    QVERIFY(!r.ok);
    QCOMPARE(r.pages.size(), 3);
    QCOMPARE(r.pages[1].url(), QStringLiteral("http://example.com/c"));
    QCOMPARE(r.errors.size(), 2);
    QVERIFY2(r.errors[0].message.contains(QLatin1String("no Content-Length")), qPrintable(r.errorText()));
    QCOMPARE(r.errors[0].where, QStringLiteral("record 2, byte %1").arg(a.size()));
    QVERIFY2(r.errors[1].message.contains(QLatin1String("expected a WARC/1.0 or WARC/1.1 version line")),
             qPrintable(r.errorText()));
}

void TestWarcReader::badChunkSizeSpoilsOnlyItsPage()
{
    const QByteArray bad = warcRecord(
        "response", "http://example.com/bad", "2024-03-05T09:00:00Z", "application/http; msgtype=response",
        httpResponse("xyz\r\nabc\r\n0\r\n\r\n", "text/html", {"Transfer-Encoding: chunked"}));
    const QByteArray good =
        warcHtmlResponse("http://example.com/good", "2024-03-05T09:00:00Z", "<html>ok</html>");
    const ReadResult r =
        readCaptures(writeFile(m_dir, QStringLiteral("chunk.warc.gz"), compress(bad) + compress(good)));
    QCOMPARE(r.pages.size(), 1);
    QCOMPARE(r.pages[0].url(), QStringLiteral("http://example.com/good"));
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].where, QStringLiteral("record 1, byte 0"));
    QVERIFY2(r.errors[0].message.contains(QLatin1String("bad chunk size")), qPrintable(r.errorText()));
}

void TestWarcReader::truncatedGzipMemberKeepsEarlierPages()
{
    QByteArray file;
    for (int i = 0; i < 3; ++i)
        file +=
            compress(warcHtmlResponse("http://example.com/" + QByteArray::number(i), "2024-03-05T09:00:00Z",
                                      "<html><p>page " + QByteArray::number(i) + "</p></html>"));
    file.chop(15);
    const ReadResult r = readCaptures(writeFile(m_dir, QStringLiteral("trunc.warc.gz"), file));
    QVERIFY(!r.ok);
    QCOMPARE(r.pages.size(), 2);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors[0].message.contains(QLatin1String("truncated gzip member")), qPrintable(r.errorText()));
    QVERIFY2(r.errors[0].where.contains(QLatin1String("record 3")), qPrintable(r.errorText()));
}

void TestWarcReader::oversizedPageIsSkipped()
{
    // A 70 MB page in a gzip member compresses to ~70 KB: the reader must skip it, not hold it.
    QByteArray huge = "<html><body>" + QByteArray(70 * 1024 * 1024, 'a') + "</body></html>";
    QByteArray file = compress(warcHtmlResponse("http://example.com/huge", "2024-03-05T09:00:00Z", huge));
    huge.clear();
    file += compress(warcHtmlResponse("http://example.com/small", "2024-03-05T09:00:00Z", "<html>ok</html>"));
    const ReadResult r = readCaptures(writeFile(m_dir, QStringLiteral("huge.warc.gz"), file));
    QCOMPARE(r.pages.size(), 1);
    QCOMPARE(r.pages[0].url(), QStringLiteral("http://example.com/small"));
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors[0].message.contains(QLatin1String("over the 64 MB limit")), qPrintable(r.errorText()));
}

QTEST_GUILESS_MAIN(TestWarcReader)
#include "test_warcreader.moc"
