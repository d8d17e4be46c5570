// SPDX-License-Identifier: GPL-3.0-or-later
// MHTML (multipart/related) as browsers save it, read through readCaptureFile().
#include "capture/mhtmlreader.h"
#include "capturetesthelpers.h"
#include "capturewriter.h"

#include <QStringEncoder>
#include <QTest>

using namespace galley;
using namespace galley::testing;

class TestMhtmlReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rootPageAndImages_data();
    void rootPageAndImages();
    void startParameterNamesTheRoot();
    void partCharsetIsTheTransportCharset();
    void quotedPrintableDecoding();
    void missingClosingBoundaryKeepsThePage();
    void malformedBoundariesAreReported_data();
    void malformedBoundariesAreReported();

private:
    QTemporaryDir m_dir;
};

static const QByteArray html =
    "<!DOCTYPE html>\n<html><head><title>Summit</title></head>\r\n<body><p>Leaders met "
    "in Brussels = caf\xC3\xA9.</p><img src=\"http://example.com/a.png\"></body></html>\n";
static const QByteArray png = QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(300, '\x07');

void TestMhtmlReader::rootPageAndImages_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::newRow("quoted-printable") << QByteArray("quoted-printable");
    QTest::newRow("base64") << QByteArray("base64");
    QTest::newRow("8bit") << QByteArray("8bit");
}

void TestMhtmlReader::rootPageAndImages()
{
    QFETCH(QByteArray, encoding);
    const QByteArray file = mhtml({{"text/html", "http://example.com/summit", html, encoding, {}},
                                   {"image/png", "http://example.com/a.png", png, "base64", {}}},
                                  "----MultipartBoundary--abc", "http://example.com/summit");
    const ReadResult r = readCaptures(writeFile(m_dir, QStringLiteral("page.mhtml"), file));
    QVERIFY2(r.ok, qPrintable(r.errorText()));
    QCOMPARE(r.pages.size(), 1);
    const Capture &page = r.pages[0];
    QCOMPARE(page.format(), CaptureFormat::Mhtml);
    QCOMPARE(page.kind(), ContentKind::Html);
    QCOMPARE(page.bytes(), html);
    QCOMPARE(page.text(), QString::fromUtf8(html));
    QCOMPARE(page.url(), QStringLiteral("http://example.com/summit"));
    QCOMPARE(page.captured(), QDateTime(QDate(2024, 3, 5), QTime(9, 30), Qt::UTC));
    QCOMPARE(page.attachments().size(), 1);
    QCOMPARE(page.attachments()[0].url, QStringLiteral("http://example.com/a.png"));
    QCOMPARE(page.attachments()[0].mimeType, QStringLiteral("image/png"));
    QCOMPARE(page.attachments()[0].data, png);
}

void TestMhtmlReader::startParameterNamesTheRoot()
{
    const QByteArray other = "<html><body>an iframe</body></html>";
    const QByteArray file =
        mhtml({{"text/html", "http://example.com/frame", other, "8bit", "<frame@x>"},
               {"text/html", "http://example.com/main", html, "quoted-printable", "<main@x>"}},
              "b1", {}, "<main@x>");
    const ReadResult r = readCaptures(writeFile(m_dir, QStringLiteral("start.mht"), file));
    QVERIFY2(r.ok, qPrintable(r.errorText()));
    QCOMPARE(r.pages.size(), 1);
    QCOMPARE(r.pages[0].bytes(), html);
    QCOMPARE(r.pages[0].url(), QStringLiteral("http://example.com/main"));
}

void TestMhtmlReader::partCharsetIsTheTransportCharset()
{
    QStringEncoder encoder("windows-1251");
    const QString text = QStringLiteral("<html><body><p>Новости дня</p></body></html>");
    const QByteArray file = mhtml({{"text/html; charset=windows-1251",
                                    "http://example.ru/",
                                    encoder.encode(text),
                                    "quoted-printable",
                                    {}}});
    const ReadResult r = readCaptures(writeFile(m_dir, QStringLiteral("ru.mhtml"), file));
    QCOMPARE(r.pages.size(), 1);
    QCOMPARE(r.pages[0].encoding(), QStringLiteral("windows-1251"));
    QCOMPARE(r.pages[0].text(), text);
}

void TestMhtmlReader::quotedPrintableDecoding()
{
    QCOMPARE(decodeQuotedPrintable("a=3Db=\r\nc=\nd =E2=80=94 e"), QByteArray("a=bcd \xE2\x80\x94 e"));
    QCOMPARE(decodeQuotedPrintable("broken =ZZ and = end="), QByteArray("broken =ZZ and = end="));
    QCOMPARE(decodeQuotedPrintable(encodeQuotedPrintable(html)), html);
}

void TestMhtmlReader::missingClosingBoundaryKeepsThePage()
{
    QByteArray file = mhtml({{"text/html", "http://example.com/", html, "quoted-printable", {}}}, "bnd");
    file.chop(QByteArray("--bnd--\r\n").size());
    const ReadResult r = readCaptures(writeFile(m_dir, QStringLiteral("open.mhtml"), file));
    QVERIFY(!r.ok);
    QCOMPARE(r.pages.size(), 1);
    QVERIFY(r.pages[0].text().contains(QLatin1String("Leaders met")));
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors[0].message.contains(QLatin1String("without the closing boundary")),
             qPrintable(r.errorText()));
    QVERIFY2(r.errors[0].where.startsWith(QLatin1String("part 1, byte ")), qPrintable(r.errorText()));
}

void TestMhtmlReader::malformedBoundariesAreReported_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("expected");
    const QByteArray good = mhtml({{"text/html", "http://example.com/", html, "8bit", {}}}, "bnd");
    QByteArray noParam = good;
    noParam.replace("boundary=\"bnd\"", "charset=utf-8");
    QTest::newRow("no boundary parameter") << noParam << QStringLiteral("without a boundary parameter");
    QByteArray wrong = good;
    wrong.replace("boundary=\"bnd\"", "boundary=\"other\"");
    QTest::newRow("boundary never occurs") << wrong << QStringLiteral("never occurs");
    QByteArray noBlank = good;
    noBlank.replace("Content-Location: http://example.com/\r\n\r\n",
                    "Content-Location: http://example.com/\r\n");
    QTest::newRow("part without blank line") << noBlank << QStringLiteral("no blank line after its headers");
    QTest::newRow("no blank line after the header")
        << QByteArray("MIME-Version: 1.0\r\nContent-Type: multipart/related")
        << QStringLiteral("no blank line ends the MIME header");
}

void TestMhtmlReader::malformedBoundariesAreReported()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, expected);
    const ReadResult r = readCaptures(writeFile(m_dir, QStringLiteral("bad.mhtml"), file));
    QVERIFY(!r.ok);
    QVERIFY(r.pages.isEmpty());
    QVERIFY2(r.errorText().contains(expected), qPrintable(r.errorText()));
    QVERIFY(r.errors[0].path.endsWith(QLatin1String("bad.mhtml")));
}

QTEST_GUILESS_MAIN(TestMhtmlReader)
#include "test_mhtmlreader.moc"
