// SPDX-License-Identifier: GPL-3.0-or-later
// HTTP responses as WARC stores them: status, headers, chunked transfer coding, content codings.
#include "capture/httpresponse.h"
#include "capturewriter.h"
#include "testpaths.h"

#include <QFile>
#include <QTest>

using namespace galley;
using namespace galley::testing;

class TestHttpResponse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainResponse();
    void chunkedBody();
    void badChunkSizeIsAnError_data();
    void badChunkSizeIsAnError();
    void contentCodings_data();
    void contentCodings();
    void brotliFixture();
    void corruptGzipIsAnError();
    void notHttpIsAnError();
};

static const QByteArray page = "<html><body><p>Hello, caf\xC3\xA9.</p></body></html>";

void TestHttpResponse::plainResponse()
{
    HttpResponse response;
    QString error;
    QVERIFY(
        HttpResponse::parse(httpResponse(page, "text/html; charset=UTF-8", {"X-Folded: one\r\n two"}, 404),
                            1 << 20, &response, &error));
    QCOMPARE(response.status, 404);
    QCOMPARE(response.headers.value("content-type"), QByteArray("text/html; charset=UTF-8"));
    QCOMPARE(response.headers.value("X-Folded"), QByteArray("one two"));
    QCOMPARE(response.body, page);
}

void TestHttpResponse::chunkedBody()
{
    HttpResponse response;
    QString error;
    QVERIFY2(HttpResponse::parse(httpResponse(chunked(page, 7), "text/html", {"Transfer-Encoding: chunked"}),
                                 1 << 20, &response, &error),
             qPrintable(error));
    QCOMPARE(response.body, page);
    // Chunk extensions are ignored.
    QVERIFY(HttpResponse::parse(
        httpResponse("4;name=x\r\nabcd\r\n0\r\n\r\n", "text/html", {"Transfer-Encoding: chunked"}), 1 << 20,
        &response, &error));
    QCOMPARE(response.body, QByteArray("abcd"));
}

void TestHttpResponse::badChunkSizeIsAnError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not hex") << QByteArray("zz\r\nabcd\r\n0\r\n\r\n")
                             << QStringLiteral("bad chunk size \"zz\"");
    QTest::newRow("too long") << QByteArray("ff\r\nabcd\r\n0\r\n\r\n") << QStringLiteral("runs past");
    QTest::newRow("no last chunk") << QByteArray("4\r\nabcd\r\n") << QStringLiteral("without its last chunk");
    QTest::newRow("huge") << QByteArray("ffffffffffffffffffff\r\nab\r\n") << QStringLiteral("bad chunk size");
}

void TestHttpResponse::badChunkSizeIsAnError()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    HttpResponse response;
    QString error;
    QVERIFY(!HttpResponse::parse(httpResponse(body, "text/html", {"Transfer-Encoding: chunked"}), 1 << 20,
                                 &response, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("byte")), qPrintable(error));
}

void TestHttpResponse::contentCodings_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QList<QByteArray>>("headers");
    QTest::newRow("gzip") << compress(page) << QList<QByteArray>{"Content-Encoding: gzip"};
    QTest::newRow("x-gzip") << compress(page) << QList<QByteArray>{"Content-Encoding: x-gzip"};
    QTest::newRow("deflate (zlib)") << compress(page, Deflate::Zlib)
                                    << QList<QByteArray>{"Content-Encoding: deflate"};
    QTest::newRow("deflate (raw)") << compress(page, Deflate::Raw)
                                   << QList<QByteArray>{"Content-Encoding: deflate"};
    QTest::newRow("gzip, chunked") << chunked(compress(page), 5)
                                   << QList<QByteArray>{"Content-Encoding: gzip",
                                                        "Transfer-Encoding: chunked"};
    QTest::newRow("deflate then gzip")
        << compress(compress(page, Deflate::Zlib)) << QList<QByteArray>{"Content-Encoding: deflate, gzip"};
}

void TestHttpResponse::contentCodings()
{
    QFETCH(QByteArray, body);
    QFETCH(QList<QByteArray>, headers);
    HttpResponse response;
    QString error;
    QVERIFY2(HttpResponse::parse(httpResponse(body, "text/html", headers), 1 << 20, &response, &error),
             qPrintable(error));
    QCOMPARE(response.body, page);
}

void TestHttpResponse::brotliFixture()
{
    // Made with libbrotlienc (quality 5): Galley links the decoder only.
    QFile file(galley::test::sourceDir() + QStringLiteral("/tests/data/capture/page.html.br"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray compressed = file.readAll();
    HttpResponse response;
    QString error;
    QVERIFY2(HttpResponse::parse(httpResponse(compressed, "text/html", {"Content-Encoding: br"}), 1 << 20,
                                 &response, &error),
             qPrintable(error));
    QVERIFY(response.body.contains("Compressed with brotli: caf\xC3\xA9."));
    QVERIFY(!HttpResponse::parse(
        httpResponse(compressed.left(compressed.size() / 2), "text/html", {"Content-Encoding: br"}), 1 << 20,
        &response, &error));
    QVERIFY2(error.contains(QLatin1String("brotli")), qPrintable(error));
}

void TestHttpResponse::corruptGzipIsAnError()
{
    QByteArray body = compress(QByteArray(10000, 'a'));
    body.truncate(body.size() - 10);
    HttpResponse response;
    QString error;
    QVERIFY(!HttpResponse::parse(httpResponse(body, "text/html", {"Content-Encoding: gzip"}), 1 << 20,
                                 &response, &error));
    QVERIFY2(error.contains(QLatin1String("gzip")), qPrintable(error));
    QVERIFY(!HttpResponse::parse(httpResponse("x", "text/html", {"Content-Encoding: compress"}), 1 << 20,
                                 &response, &error));
    QVERIFY2(error.contains(QLatin1String("unsupported")), qPrintable(error));
}

void TestHttpResponse::notHttpIsAnError()
{
    HttpResponse response;
    QString error;
    QVERIFY(!HttpResponse::parse("<html>no status line</html>", 1 << 20, &response, &error));
    QVERIFY2(error.contains(QLatin1String("not an HTTP response")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestHttpResponse)
#include "test_httpresponse.moc"
