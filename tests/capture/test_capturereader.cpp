// SPDX-License-Identifier: GPL-3.0-or-later
// readCaptureFile() end to end: format detection, bad input, and corpus pages round-tripped through WARC
// and MHTML giving the same decoded text as the plain HTML.
#include "capture/formatsniffer.h"
#include "capturetesthelpers.h"
#include "capturewriter.h"
#include "testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>

using namespace galley;
using namespace galley::testing;

class TestCaptureReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatIsSniffedFromContentThenName_data();
    void formatIsSniffedFromContentThenName();
    void plainFilesBecomeOneCapture();
    void gzippedPageIsRead();
    void emptyFileIsAnError();
    void binaryJunkNamedHtmlIsAnError();
    void hugeSingleLineFileIsRefusedQuickly();
    void unreadableFileIsAnError();
    void invalidUtf8IsReportedButRead();
    void sourceFileIsNotModified();
    void corpusPagesRoundTripThroughWarcAndMhtml();

private:
    QTemporaryDir m_dir;
};

void TestCaptureReader::formatIsSniffedFromContentThenName_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format");
    QTest::newRow("gzip") << QByteArray("\x1F\x8B\x08\x00") << QStringLiteral("x.txt")
                          << int(SniffedFormat::Gzip);
    QTest::newRow("warc named .txt") << QByteArray("WARC/1.1\r\n") << QStringLiteral("x.txt")
                                     << int(SniffedFormat::Warc);
    QTest::newRow("mhtml named .html")
        << QByteArray("From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; "
                      "boundary=x\r\n\r\n")
        << QStringLiteral("x.html") << int(SniffedFormat::Mhtml);
    QTest::newRow("html named .txt") << QByteArray("  <!DOCTYPE html><html>") << QStringLiteral("x.txt")
                                     << int(SniffedFormat::Html);
    QTest::newRow("html after BOM and xml decl")
        << QByteArray("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">")
        << QStringLiteral("x") << int(SniffedFormat::Html);
    QTest::newRow("markup after stray text, any case")
        << QByteArray("Saved page\n<p>a < b</p>\n<HTML lang=\"en\">") << QStringLiteral("x.txt")
        << int(SniffedFormat::Html);
    QTest::newRow("xml declaration of an xhtml page")
        << QByteArray("<?XML version=\"1.0\"?>\n<!DOCTYPE root PUBLIC \"-//W3C//DTD XHTML 1.0//EN\">")
        << QStringLiteral("x.txt") << int(SniffedFormat::Html);
    QTest::newRow("markup only past the first 4 KB") << QByteArray(4096 - 3, 'x') + QByteArray("<html>")
                                                     << QStringLiteral("x.txt") << int(SniffedFormat::Text);
    QTest::newRow("less-than signs without markup")
        << QByteArray("a <b and <htm\n<bod") << QStringLiteral("x.txt") << int(SniffedFormat::Text);
    QTest::newRow("text named .html")
        << QByteArray("Headline\n\nBy A Reporter\n") << QStringLiteral("x.html") << int(SniffedFormat::Html);
    QTest::newRow("text dump") << QByteArray("Skip to main content\nBreaking News\n")
                               << QStringLiteral("x.txt") << int(SniffedFormat::Text);
    QTest::newRow("header-like text is not mhtml") << QByteArray("Title: Hello\nBy: Someone\n\nBody\n")
                                                   << QStringLiteral("x.txt") << int(SniffedFormat::Text);
    QTest::newRow("binary named .html")
        << QByteArray("\x00\x01\x02garbage", 10) << QStringLiteral("x.html") << int(SniffedFormat::Binary);
    QTest::newRow("utf-16 is not binary")
        << QByteArray("\xFF\xFE<\0h\0", 6) << QStringLiteral("x.html") << int(SniffedFormat::Html);
    QTest::newRow("empty") << QByteArray() << QStringLiteral("x.html") << int(SniffedFormat::Empty);
}

void TestCaptureReader::formatIsSniffedFromContentThenName()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, name);
    QFETCH(int, format);
    QCOMPARE(int(sniffFormat(head, name)), format);
}

void TestCaptureReader::plainFilesBecomeOneCapture()
{
    const ReadResult text =
        readCaptures(writeFile(m_dir, QStringLiteral("dump.txt"), "Headline\r\n\r\nBody text.\r\n"));
    QVERIFY(text.ok);
    QCOMPARE(text.pages.size(), 1);
    QCOMPARE(text.pages[0].format(), CaptureFormat::Text);
    QCOMPARE(text.pages[0].kind(), ContentKind::Text);
    QCOMPARE(text.pages[0].text(), QStringLiteral("Headline\r\n\r\nBody text.\r\n"));
    const ReadResult html =
        readCaptures(writeFile(m_dir, QStringLiteral("page.dat"), "<html><body>x</body></html>"));
    QCOMPARE(html.pages.size(), 1);
    QCOMPARE(html.pages[0].format(), CaptureFormat::Html);
    QCOMPARE(html.pages[0].kind(), ContentKind::Html);
}

void TestCaptureReader::gzippedPageIsRead()
{
    const QByteArray page =
        "<html><head><meta charset=windows-1252></head><body>\x93quoted\x94</body></html>";
    const ReadResult r = readCaptures(writeFile(m_dir, QStringLiteral("page.html.gz"), compress(page)));
    QVERIFY2(r.ok, qPrintable(r.errorText()));
    QCOMPARE(r.pages.size(), 1);
    QCOMPARE(r.pages[0].kind(), ContentKind::Html);
    QCOMPARE(r.pages[0].encoding(), QStringLiteral("windows-1252"));
    QVERIFY(r.pages[0].text().contains(QStringLiteral("“quoted”")));
    QByteArray truncated = compress(page + QByteArray(5000, ' '));
    truncated.chop(20);
    const ReadResult t = readCaptures(writeFile(m_dir, QStringLiteral("cut.html.gz"), truncated));
    QVERIFY(!t.ok);
    QVERIFY2(t.errorText().contains(QLatin1String("truncated gzip member")), qPrintable(t.errorText()));
}

void TestCaptureReader::emptyFileIsAnError()
{
    const QString path = writeFile(m_dir, QStringLiteral("empty.html"), {});
    const ReadResult r = readCaptures(path);
    QVERIFY(!r.ok);
    QVERIFY(r.pages.isEmpty());
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].toString(), path + QStringLiteral(": file is empty (0 bytes)"));
}

void TestCaptureReader::binaryJunkNamedHtmlIsAnError()
{
    QByteArray junk;
    for (int i = 0; i < 4096; ++i)
        junk += char((i * 7919) % 251);
    const ReadResult r = readCaptures(writeFile(m_dir, QStringLiteral("junk.html"), junk));
    QVERIFY(!r.ok);
    QVERIFY(r.pages.isEmpty());
    QVERIFY2(r.errorText().contains(QLatin1String("binary data, not a capture")), qPrintable(r.errorText()));
}

void TestCaptureReader::hugeSingleLineFileIsRefusedQuickly()
{
    // 200 MB on one line: the start is text, the rest a sparse hole, so writing it costs nothing.
    const QString path = m_dir.filePath(QStringLiteral("huge.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'w'));
    QVERIFY(file.resize(200LL * 1024 * 1024));
    file.close();
    QElapsedTimer timer;
    timer.start();
    const ReadResult r = readCaptures(path);
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY(!r.ok);
    QVERIFY(r.pages.isEmpty());
    QVERIFY2(r.errorText().contains(QLatin1String("200.0 MB is over the 64.0 MB limit")),
             qPrintable(r.errorText()));
}

void TestCaptureReader::unreadableFileIsAnError()
{
    const ReadResult folder = readCaptures(m_dir.path());
    QVERIFY(!folder.ok);
    QVERIFY2(folder.errorText().contains(QLatin1String("is a folder")), qPrintable(folder.errorText()));
    const ReadResult missing = readCaptures(m_dir.filePath(QStringLiteral("missing.html")));
    QVERIFY(!missing.ok);
    QVERIFY2(missing.errorText().contains(QLatin1String("cannot open")), qPrintable(missing.errorText()));
    const QString path = writeFile(m_dir, QStringLiteral("locked.html"), "<html></html>");
    QFile::setPermissions(path, QFileDevice::Permissions());
    if (QFile(path).open(QIODevice::ReadOnly))
        QSKIP("running as root, which can read a file without read permission; runs as any other user");
    const ReadResult locked = readCaptures(path);
    QVERIFY(!locked.ok);
    QVERIFY2(locked.errorText().contains(QLatin1String("cannot open")), qPrintable(locked.errorText()));
}

void TestCaptureReader::invalidUtf8IsReportedButRead()
{
    const QByteArray page = "<html><head><meta charset=\"utf-8\"></head><body>ok \xC3\x28 bad</body></html>";
    const ReadResult r = readCaptures(writeFile(m_dir, QStringLiteral("bad-utf8.html"), page));
    QVERIFY(r.ok); // the page was read: a warning, not a failure (issue 18)
    QCOMPARE(r.pages.size(), 1);
    QVERIFY(r.pages[0].text().contains(QStringLiteral("ok \uFFFD( bad")));
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(r.errors[0].warning);
    QCOMPARE(r.errors[0].where, QStringLiteral("byte %1").arg(page.indexOf('\xC3')));
    QVERIFY2(r.errors[0].message.contains(QLatin1String("invalid in UTF-8")), qPrintable(r.errorText()));
}

void TestCaptureReader::sourceFileIsNotModified()
{
    const QString path =
        writeFile(m_dir, QStringLiteral("ro.warc"),
                  warcHtmlResponse("http://example.com/", "2024-01-01T00:00:00Z", "<html>x</html>"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QDateTime before = QFileInfo(path).lastModified();
    const ReadResult r = readCaptures(path);
    QVERIFY2(r.ok, qPrintable(r.errorText()));
    QCOMPARE(QFileInfo(path).lastModified(), before);
}

void TestCaptureReader::corpusPagesRoundTripThroughWarcAndMhtml()
{
    const QString shared = galley::test::sharedDir();
    const QDir corpus(shared + QStringLiteral("/corpus/article-html"));
    if (!corpus.exists())
        QSKIP(qPrintable(
            QStringLiteral("corpus folder %1 is missing (set GALLEY_SHARED_DIR)").arg(corpus.path())));
    const QStringList names = corpus.entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name).mid(0, 6);
    QVERIFY(!names.isEmpty());
    QByteArray warc;
    QList<Capture> plain;
    for (const QString &name : names) {
        const ReadResult r = readCaptures(corpus.filePath(name));
        QVERIFY2(r.ok && r.pages.size() == 1, qPrintable(r.errorText()));
        plain.append(r.pages[0]);
        const QByteArray url = "https://news.example/" + name.toLatin1();
        warc +=
            compress(warcRecord("response", url, "2024-01-01T00:00:00Z", "application/http; msgtype=response",
                                httpResponse(chunked(compress(r.pages[0].bytes()), 4000), "text/html",
                                             {"Content-Encoding: gzip", "Transfer-Encoding: chunked"})));
        const QByteArray mht =
            mhtml({{"text/html", url, r.pages[0].bytes(), "quoted-printable", {}}}, "----b", url);
        const ReadResult m = readCaptures(writeFile(m_dir, name + QStringLiteral(".mhtml"), mht));
        QVERIFY2(m.ok && m.pages.size() == 1, qPrintable(m.errorText()));
        QCOMPARE(m.pages[0].text(), r.pages[0].text());
        QCOMPARE(m.pages[0].encoding(), r.pages[0].encoding());
    }
    const ReadResult w = readCaptures(writeFile(m_dir, QStringLiteral("corpus.warc.gz"), warc));
    QVERIFY2(w.ok, qPrintable(w.errorText()));
    QCOMPARE(w.pages.size(), plain.size());
    for (qsizetype i = 0; i < plain.size(); ++i) {
        QCOMPARE(w.pages[i].text(), plain[i].text());
        QCOMPARE(w.pages[i].encoding(), plain[i].encoding());
        QVERIFY(w.pages[i].url().endsWith(names[i]));
    }
}

QTEST_GUILESS_MAIN(TestCaptureReader)
#include "test_capturereader.moc"
