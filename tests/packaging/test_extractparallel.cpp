// SPDX-License-Identifier: GPL-3.0-or-later
// packaging/extract-parallel.sh over a folder of generated WARC.gz files gives the records one
// `galley extract FOLDER` prints, as a set (and in fact in the same order), and the same verdict on a
// broken archive.
#include "capturewriter.h"
#include "testpaths.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace galley::testing;

class TestExtractParallel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameRecordsAsOneGalleyExtract();
    void brokenArchiveFailsLikeGalleyExtract();
    void emptyFolderFailsLikeGalleyExtract();
    void workerBundleGivesTheSameRecordsFromAList();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString errors;
    };
    static Run runScript(const QString &folder, const QString &outFile);
    static Run runGalley(const QString &folder);
    static QByteArray page(int archive, int i);
    static void writeArchive(const QString &path, int archive, int pages, bool broken = false);
    static QList<QByteArray> sortedLines(const QByteArray &jsonl);
};

void TestExtractParallel::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("parallel")).isEmpty(),
             "GNU parallel is not installed (packaging/setup.sh test installs it)");
}

TestExtractParallel::Run TestExtractParallel::runScript(const QString &folder, const QString &outFile)
{
    QProcess process;
    process.start(galley::test::sourceDir() + QStringLiteral("/packaging/extract-parallel.sh"),
                  {QStringLiteral("-j"), QStringLiteral("3"), QStringLiteral("--galley"),
                   galley::test::galleyBinary(), folder, outFile});
    Run r;
    if (!process.waitForFinished(300000))
        return r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.errors = QString::fromUtf8(process.readAllStandardError());
    QFile file(outFile);
    if (file.open(QIODevice::ReadOnly))
        r.out = file.readAll();
    return r;
}

TestExtractParallel::Run TestExtractParallel::runGalley(const QString &folder)
{
    QProcess process;
    process.start(galley::test::galleyBinary(), {QStringLiteral("extract"), folder});
    Run r;
    if (!process.waitForFinished(300000))
        return r;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.errors = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QByteArray TestExtractParallel::page(int archive, int i)
{
    const QByteArray n = QByteArray::number(archive) + '-' + QByteArray::number(i);
    QByteArray html = "<!DOCTYPE html><html><head><title>Story " + n +
                      "</title></head><body><article><h1>Story " + n +
                      "</h1><p class=\"byline\">By Jane Doe</p>";
    for (int p = 0; p < 2 + (archive * 7 + i) % 9; ++p)
        html += "<p>Paragraph " + QByteArray::number(p) + " of story " + n +
                " says what the council decided about the harbour and the ferry.</p>";
    return html + "</article></body></html>";
}

void TestExtractParallel::writeArchive(const QString &path, int archive, int pages, bool broken)
{
    QByteArray warc = compress(
        warcRecord("warcinfo", {}, "2024-05-01T00:00:00Z", "application/warc-fields", "software: test\r\n"));
    for (int i = 0; i < pages; ++i) {
        const QByteArray uri =
            "https://news.example/" + QByteArray::number(archive) + '/' + QByteArray::number(i);
        QByteArray record = warcHtmlResponse(uri, "2024-05-01T10:00:00Z", page(archive, i));
        if (broken && i == pages / 2)
            record.replace("Content-Length: ", "Content-Length: x");
        warc += compress(record);
    }
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(warc), warc.size());
}

QList<QByteArray> TestExtractParallel::sortedLines(const QByteArray &jsonl)
{
    QList<QByteArray> lines = jsonl.split('\n');
    lines.removeAll(QByteArray());
    std::sort(lines.begin(), lines.end());
    return lines;
}

void TestExtractParallel::sameRecordsAsOneGalleyExtract()
{
    QTemporaryDir dir;
    const QString crawl = dir.filePath(QStringLiteral("crawl"));
    for (int a = 0; a < 7; ++a)
        writeArchive(crawl + QStringLiteral("/CC-%1.warc.gz").arg(a), a, 3 + a * 4);
    writeArchive(crawl + QStringLiteral("/sub folder/late one.warc.gz"), 9, 5);
    const QString outFile = dir.filePath(QStringLiteral("all.jsonl"));
    const Run script = runScript(crawl, outFile);
    const Run galley = runGalley(crawl);
    QCOMPARE(galley.exitCode, 0);
    QVERIFY2(script.exitCode == 0, qPrintable(script.errors));
    QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors));
    const QList<QByteArray> records = sortedLines(galley.out);
    QCOMPARE(records.size(), 7 * 3 + 4 * 21 + 5);
    QCOMPARE(sortedLines(script.out), records);
    QCOMPARE(script.out, galley.out); // parallel --keep-order keeps even the order
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList{QStringLiteral("all.jsonl")}); // no temp left
}

void TestExtractParallel::brokenArchiveFailsLikeGalleyExtract()
{
    QTemporaryDir dir;
    const QString crawl = dir.filePath(QStringLiteral("crawl"));
    writeArchive(crawl + QStringLiteral("/a.warc.gz"), 1, 6);
    writeArchive(crawl + QStringLiteral("/b.warc.gz"), 2, 6, true);
    writeArchive(crawl + QStringLiteral("/c.warc.gz"), 3, 6);
    const Run script = runScript(crawl, dir.filePath(QStringLiteral("all.jsonl")));
    const Run galley = runGalley(crawl);
    QCOMPARE(galley.exitCode, 1);
    QCOMPARE(script.exitCode, 1);
    QCOMPARE(sortedLines(script.out), sortedLines(galley.out));
    QCOMPARE(sortedLines(script.out).size(), 17);
    QCOMPARE(script.errors, galley.errors);
    QVERIFY2(script.errors.contains(QStringLiteral("b.warc.gz: record 5, byte ")), qPrintable(script.errors));
}

void TestExtractParallel::emptyFolderFailsLikeGalleyExtract()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("nothing")));
    const Run script =
        runScript(dir.filePath(QStringLiteral("nothing")), dir.filePath(QStringLiteral("out.jsonl")));
    const Run galley = runGalley(dir.filePath(QStringLiteral("nothing")));
    QCOMPARE(galley.exitCode, 1);
    QCOMPARE(script.exitCode, 1);
    QVERIFY(script.out.isEmpty());
    QCOMPARE(script.errors, galley.errors);
}

void TestExtractParallel::workerBundleGivesTheSameRecordsFromAList()
{
    // What a Hadoop or Spark worker runs (docs/scale.md): the bundle unpacked, its list-reading worker fed
    // Hadoop-style "offset<TAB>location" lines, in an empty environment (nothing from this machine's PATH
    // or libraries is needed).
    QTemporaryDir dir;
    const QString crawl = dir.filePath(QStringLiteral("crawl"));
    writeArchive(crawl + QStringLiteral("/a.warc.gz"), 1, 5);
    writeArchive(crawl + QStringLiteral("/b.warc.gz"), 2, 6, true);
    writeArchive(crawl + QStringLiteral("/c.warc.gz"), 3, 4);
    QProcess pack;
    pack.start(galley::test::sourceDir() + QStringLiteral("/packaging/make-worker-bundle.sh"),
               {galley::test::galleyBinary(), dir.filePath(QStringLiteral("worker.tar.gz"))});
    QVERIFY(pack.waitForFinished(300000));
    QVERIFY2(pack.exitCode() == 0, pack.readAllStandardError().constData());
    QProcess unpack;
    unpack.start(QStringLiteral("tar"), {QStringLiteral("-C"), dir.path(), QStringLiteral("-xzf"),
                                         dir.filePath(QStringLiteral("worker.tar.gz"))});
    QVERIFY(unpack.waitForFinished(300000));
    QCOMPARE(unpack.exitCode(), 0);

    QProcess worker;
    worker.setProcessEnvironment(QProcessEnvironment());
    worker.start(dir.filePath(QStringLiteral("galley/galley-extract-list.sh")), {});
    for (const char *name : {"a", "b", "c"})
        worker.write("0\t" + crawl.toUtf8() + '/' + name + ".warc.gz\n");
    worker.closeWriteChannel();
    QVERIFY(worker.waitForFinished(300000));
    const QByteArray out = worker.readAllStandardOutput();
    const QString errors = QString::fromUtf8(worker.readAllStandardError());
    QCOMPARE(worker.exitCode(), 0); // the broken record is reported, not a failed task
    const Run galley = runGalley(crawl);
    QCOMPARE(out, galley.out);
    QCOMPARE(errors, galley.errors);
    QCOMPARE(sortedLines(out).size(), 14);
}

QTEST_GUILESS_MAIN(TestExtractParallel)
#include "test_extractparallel.moc"
