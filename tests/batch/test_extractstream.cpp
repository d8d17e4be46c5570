// SPDX-License-Identifier: GPL-3.0-or-later
// `galley extract -` (one capture stream on standard input) and `--jobs N`, on the real executable: the
// same records as from files, in input order whatever the number of threads, problems named by place.
#include "capturewriter.h"
#include "testpaths.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace galley::testing;

class TestExtractStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void warcGzOnStdinGivesTheRecordsOfTheFile();
    void eachFormatIsSniffedOnStdin_data();
    void eachFormatIsSniffedOnStdin();
    void brokenRecordInTheMiddleOfTheStreamIsNamed();
    void pageOverTheLimitOnStdinIsRefused();
    void jobsKeepTheInputOrder();
    void wrongJobsOrStdinTwiceIsUsageError();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString errors;
        QList<QJsonObject> records;
    };
    static Run run(const QStringList &arguments, const QString &stdinFile = {});
    QString write(const QString &name, const QByteArray &bytes);
    static QByteArray page(int i, int paragraphs = 2);
    static QByteArray warcOfPages(int count);

    QTemporaryDir m_dir;
};

TestExtractStream::Run TestExtractStream::run(const QStringList &arguments, const QString &stdinFile)
{
    QProcess process;
    if (!stdinFile.isEmpty())
        process.setStandardInputFile(stdinFile);
    process.start(galley::test::galleyBinary(), QStringList{QStringLiteral("extract")} + arguments);
    Run r;
    if (!process.waitForFinished(300000))
        return r;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.errors = QString::fromUtf8(process.readAllStandardError());
    for (const QByteArray &line : r.out.split('\n')) {
        if (!line.isEmpty())
            r.records.append(QJsonDocument::fromJson(line).object());
    }
    return r;
}

QString TestExtractStream::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray TestExtractStream::page(int i, int paragraphs)
{
    const QByteArray n = QByteArray::number(i);
    QByteArray html = "<!DOCTYPE html><html><head><title>Story " + n +
                      "</title></head><body><article><h1>Story number " + n + "</h1>";
    for (int p = 0; p < paragraphs; ++p)
        html += "<p>Paragraph " + QByteArray::number(p) + " of story " + n +
                " tells what the city council decided about the harbour today.</p>";
    return html + "</article></body></html>";
}

QByteArray TestExtractStream::warcOfPages(int count)
{
    QByteArray warc;
    for (int i = 0; i < count; ++i)
        warc += compress(warcHtmlResponse("https://news.example/" + QByteArray::number(i),
                                          "2024-05-01T10:00:00Z", page(i, 2 + i % 7)));
    return warc;
}

void TestExtractStream::warcGzOnStdinGivesTheRecordsOfTheFile()
{
    const QString path = write(QStringLiteral("crawl.warc.gz"), warcOfPages(30));
    const Run fromFile = run({QStringLiteral("--jobs"), QStringLiteral("1"), path});
    const Run fromStdin = run({QStringLiteral("--jobs"), QStringLiteral("3"), QStringLiteral("--stdin-name"),
                               path, QStringLiteral("-")},
                              path);
    QCOMPARE(fromFile.exitCode, 0);
    QCOMPARE(fromStdin.exitCode, 0);
    QVERIFY2(fromStdin.errors.isEmpty(), qPrintable(fromStdin.errors));
    QCOMPARE(fromFile.records.size(), 30);
    QCOMPARE(fromStdin.out, fromFile.out);
    for (int i = 0; i < 30; ++i)
        QCOMPARE(fromStdin.records[i].value(QStringLiteral("headline")).toString(),
                 QStringLiteral("Story number %1").arg(i));

    // Without a name, the stream is "-".
    const Run unnamed = run({QStringLiteral("-")}, path);
    QCOMPARE(unnamed.records.size(), 30);
    QCOMPARE(unnamed.records[0]
                 .value(QStringLiteral("source"))
                 .toObject()
                 .value(QStringLiteral("path"))
                 .toString(),
             QStringLiteral("-"));
}

void TestExtractStream::eachFormatIsSniffedOnStdin_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("headline");
    const QByteArray html = page(7);
    QTest::newRow("html") << html << "html"
                          << "Story number 7";
    QTest::newRow("html.gz") << compress(html) << "html"
                             << "Story number 7";
    QTest::newRow("warc") << warcHtmlResponse("https://news.example/7", "2024-05-01T10:00:00Z", html)
                          << "warc"
                          << "Story number 7";
    QTest::newRow("mhtml") << mhtml({{"text/html", "https://news.example/7", html, "quoted-printable", {}}})
                           << "mhtml"
                           << "Story number 7";
    QTest::newRow("text") << QByteArray("Harbour plan approved\n\nBy Jane Doe\n\n"
                                        "The city council approved the harbour plan on Tuesday after a long "
                                        "debate about the cost of the new quay and the ferry terminal.\n\n"
                                        "The mayor said the work would start in the spring and end within "
                                        "two years, paid for by the port authority and the region.\n")
                          << "text"
                          << "Harbour plan approved";
}

void TestExtractStream::eachFormatIsSniffedOnStdin()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QFETCH(QString, headline);
    const Run r = run({QStringLiteral("-")}, write(QStringLiteral("stdin-") + format, bytes));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors));
    QCOMPARE(r.records.size(), 1);
    const QJsonObject source = r.records[0].value(QStringLiteral("source")).toObject();
    QCOMPARE(source.value(QStringLiteral("format")).toString(), format);
    QCOMPARE(source.value(QStringLiteral("path")).toString(), QStringLiteral("-"));
    QCOMPARE(r.records[0].value(QStringLiteral("headline")).toString(), headline);
}

void TestExtractStream::brokenRecordInTheMiddleOfTheStreamIsNamed()
{
    QByteArray bad = warcHtmlResponse("https://news.example/bad", "2024-05-01T00:00:00Z", page(1));
    bad.replace("Content-Length: ", "Content-Length: x");
    const QByteArray before = warcOfPages(3);
    const QString path = write(QStringLiteral("broken.warc.gz"), before + compress(bad) + warcOfPages(2));
    const Run r = run({QStringLiteral("--jobs"), QStringLiteral("2"), QStringLiteral("-")}, path);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.records.size(), 5);
    QCOMPARE(r.records[3].value(QStringLiteral("headline")).toString(), QStringLiteral("Story number 0"));
    QCOMPARE(r.errors, QStringLiteral("galley: -: record 4, byte %1: bad Content-Length \"x%2\"\n")
                           .arg(before.size())
                           .arg(QString::fromLatin1(
                               bad.mid(bad.indexOf("Content-Length: x") + 17).split('\r').first())));
}

void TestExtractStream::pageOverTheLimitOnStdinIsRefused()
{
    // The 64 MB page limit (docs/captures.md) holds on a stream, whose size is not known beforehand.
    QByteArray big(64 * 1024 * 1024 + 1, 'a');
    big.replace(0, 20, "A page that is long\n");
    const Run r = run({QStringLiteral("-")}, write(QStringLiteral("big.txt"), big));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.records.isEmpty());
    QCOMPARE(r.errors,
             QStringLiteral(
                 "galley: -: more than 64.0 MB arrived, the limit for one page; the rest was not read\n"));
}

void TestExtractStream::jobsKeepTheInputOrder()
{
    // Pages of very different sizes, so later ones finish first on a second thread; an empty file and an
    // archive in between, whose problem must print in its place.
    QTemporaryDir folder;
    for (int i = 0; i < 40; ++i) {
        const QString name = QStringLiteral("p%1.html").arg(i, 2, 10, QLatin1Char('0'));
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(page(i, i % 5 == 0 ? 400 : 1));
    }
    QFile empty(folder.filePath(QStringLiteral("p20-empty.txt")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QFile archive(folder.filePath(QStringLiteral("p30.warc.gz")));
    QVERIFY(archive.open(QIODevice::WriteOnly));
    archive.write(warcOfPages(12));
    archive.close();

    const Run one = run({QStringLiteral("--jobs"), QStringLiteral("1"), folder.path()});
    QCOMPARE(one.exitCode, 1);
    QCOMPARE(one.records.size(), 52);
    QStringList order;
    for (const QJsonObject &record : one.records)
        order.append(
            record.value(QStringLiteral("source")).toObject().value(QStringLiteral("path")).toString());
    QStringList sorted = order;
    std::stable_sort(sorted.begin(), sorted.end());
    QCOMPARE(order, sorted);
    for (const QString &jobs : {QStringLiteral("2"), QStringLiteral("4")}) {
        const Run many = run({QStringLiteral("--jobs"), jobs, folder.path()});
        QCOMPARE(many.exitCode, 1);
        QCOMPARE(many.out, one.out);
        QCOMPARE(many.errors, one.errors);
    }
}

void TestExtractStream::wrongJobsOrStdinTwiceIsUsageError()
{
    QCOMPARE(run({QStringLiteral("--jobs"), QStringLiteral("0"), QStringLiteral("-")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("--jobs"), QStringLiteral("two"), QStringLiteral("-")}).exitCode, 2);
    const Run twice = run({QStringLiteral("-"), QStringLiteral("-")});
    QCOMPARE(twice.exitCode, 2);
    QVERIFY2(twice.errors.contains(QStringLiteral("only once")), qPrintable(twice.errors));
}

QTEST_GUILESS_MAIN(TestExtractStream)
#include "test_extractstream.moc"
