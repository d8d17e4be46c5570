// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs that are not regular files: devices that never end, named pipes nobody writes to, pages
// arriving through a pipe whose size nobody knows. Each must be refused with a reason naming it, or
// read under the page limit, in bounded time and memory, by `galley extract` and `galley import`.
#include "childrun.h"

#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace badinput;

class TestBadInputStreams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void devicesAreRefusedUnread_data();
    void devicesAreRefusedUnread();
    void fifoWithoutWriterDoesNotWait();
    void importOfFifoOrDeviceDoesNotWait();
    void importOfAPipedPageKeepsAllOfIt();
    void importOfAnEndlessPipeStopsAtThePageLimit();
    void pipedPagesAreReadUnderTheLimit_data();
    void pipedPagesAreReadUnderTheLimit();
    void oversizedFileIsRefusedFromItsSize();

private:
    QTemporaryDir m_dir;
};

void TestBadInputStreams::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestBadInputStreams::devicesAreRefusedUnread_data()
{
    QTest::addColumn<QString>("device");
    QTest::newRow("zero") << QStringLiteral("/dev/zero");
    QTest::newRow("urandom") << QStringLiteral("/dev/urandom");
}

void TestBadInputStreams::devicesAreRefusedUnread()
{
    QFETCH(QString, device);
    const ChildRun r = runGalley({QStringLiteral("extract"), device});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(device + QStringLiteral(": is a character device, not a capture file")),
             qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.cpuSeconds < 2 * cpuScale(), qPrintable(r.describe()));
    QVERIFY2(r.peakMegabytes < 120 * memoryScale(), qPrintable(r.describe()));
}

void TestBadInputStreams::fifoWithoutWriterDoesNotWait()
{
    const QString fifo = m_dir.filePath(QStringLiteral("nobody-writes.html"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const ChildRun r = runGalley({QStringLiteral("extract"), fifo});
    QVERIFY2(!r.timedOut, qPrintable(r.describe()));
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(fifo + QStringLiteral(": pipe gave no data")), qPrintable(r.describe()));
}

void TestBadInputStreams::importOfFifoOrDeviceDoesNotWait()
{
    const QString project = m_dir.filePath(QStringLiteral("project"));
    QCOMPARE(runGalley({QStringLiteral("init"), project}).exitCode, 0);
    const QString fifo = m_dir.filePath(QStringLiteral("import-fifo.html"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString &input : {fifo, QStringLiteral("/dev/zero")}) {
        const ChildRun r = runGalley({QStringLiteral("import"), QStringLiteral("--project"), project, input});
        QVERIFY2(!r.timedOut, qPrintable(r.describe()));
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(input), qPrintable(r.describe()));
        QVERIFY2(r.cpuSeconds < 2 * cpuScale(), qPrintable(r.describe()));
        QVERIFY2(r.peakMegabytes < 120 * memoryScale(), qPrintable(r.describe()));
    }
    // Nothing of them was kept.
    QVERIFY(QDir(project + QStringLiteral("/captures")).entryList(QDir::Files).isEmpty());
}

void TestBadInputStreams::importOfAPipedPageKeepsAllOfIt()
{
    const QString project = m_dir.filePath(QStringLiteral("piped-page-project"));
    QCOMPARE(runGalley({QStringLiteral("init"), project}).exitCode, 0);
    // Written in many small pieces: the copy must wait for each, not stop when none is buffered yet.
    const QByteArray page =
        "<html><head><title>Piped</title></head><body><h1>Piped page</h1>" +
        QByteArray("<p>A paragraph of a page that arrives through a pipe.</p>").repeated(2000) +
        "</body></html>";
    const ChildRun r = runGalley(
        {QStringLiteral("import"), QStringLiteral("--project"), project, QStringLiteral("/dev/stdin")},
        [&](int fd) {
            for (qsizetype at = 0; at < page.size(); at += 1000)
                writeRepeated(fd, page.mid(at, 1000), qMin<qint64>(1000, page.size() - at));
        });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QDir captures(project + QStringLiteral("/captures"));
    const QStringList copies = captures.entryList(QDir::Files);
    QCOMPARE(copies.size(), 1);
    QFile copy(captures.filePath(copies.first()));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), page);
}

void TestBadInputStreams::importOfAnEndlessPipeStopsAtThePageLimit()
{
    const QString project = m_dir.filePath(QStringLiteral("pipe-project"));
    QCOMPARE(runGalley({QStringLiteral("init"), project}).exitCode, 0);
    // `yes | galley import` would fill the disk: a pipe that is not an archive brings at most one page.
    const QByteArray line = "An editor reads this line of a page that arrives through a pipe.\n";
    const ChildRun r = runGalley(
        {QStringLiteral("import"), QStringLiteral("--project"), project, QStringLiteral("/dev/stdin")},
        [&](int fd) { writeRepeated(fd, line, qint64(300) << 20); });
    QVERIFY2(!r.timedOut, qPrintable(r.describe()));
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QStringLiteral("/dev/stdin")), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QStringLiteral("more than 64 MB arrived, the limit for one page; not imported")),
             qPrintable(r.describe()));
    QVERIFY2(r.cpuSeconds < 8 * cpuScale(), qPrintable(r.describe()));
    QVERIFY2(r.peakMegabytes < 150 * memoryScale(), qPrintable(r.describe()));
    // Neither the page nor its partial copy stays in the project.
    const QDir captures(project + QStringLiteral("/captures"));
    QVERIFY2(captures.entryList(QDir::Files | QDir::Hidden).isEmpty(),
             qPrintable(captures.entryList(QDir::Files | QDir::Hidden).join(u' ')));
}

void TestBadInputStreams::pipedPagesAreReadUnderTheLimit_data()
{
    QTest::addColumn<qint64>("megabytes");
    QTest::addColumn<bool>("accepted");
    // Text pages: extracting them is cheap, so the read itself is what is measured.
    QTest::newRow("1 MB") << qint64(1) << true;
    if (sizeDivisor() == 1)
        QTest::newRow("63 MB") << qint64(63) << true;
    QTest::newRow("65 MB") << qint64(65) << false;
    QTest::newRow("300 MB") << qint64(300) << false;
}

void TestBadInputStreams::pipedPagesAreReadUnderTheLimit()
{
    QFETCH(qint64, megabytes);
    QFETCH(bool, accepted);
    const QByteArray line = "An editor reads this line of a page that arrives through a pipe.\n";
    const ChildRun r = runGalley({QStringLiteral("extract"), QStringLiteral("/dev/stdin")},
                                 [&](int fd) { writeRepeated(fd, line, megabytes << 20); });
    QVERIFY2(!r.timedOut, qPrintable(r.describe()));
    if (accepted) {
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out.count('\n'), 1);
    } else {
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(
            r.err.contains(QStringLiteral("/dev/stdin: more than 64.0 MB arrived, the limit for one page")),
            qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
    }
    // A refused page holds at most the limit, whatever the pipe would have given (300 MB took 1.47 GB).
    // An accepted page of 63 MB is extracted: its bound is the text extractor's (docs/security.md).
    QVERIFY2(r.cpuSeconds < 8 * cpuScale(), qPrintable(r.describe()));
    QVERIFY2(r.peakMegabytes < (accepted ? 1300 : 220) * memoryScale(), qPrintable(r.describe()));
}

void TestBadInputStreams::oversizedFileIsRefusedFromItsSize()
{
    // A sparse 200 MB file: refused from its size at once, never read.
    const QString path = m_dir.filePath(QStringLiteral("huge.html"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<!DOCTYPE html><p>");
    QVERIFY(file.resize(200LL << 20));
    file.close();
    const ChildRun r = runGalley({QStringLiteral("extract"), path});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(path + QStringLiteral(": file of 200.0 MB is over the 64.0 MB limit")),
             qPrintable(r.describe()));
    QVERIFY2(r.cpuSeconds < 2 * cpuScale(), qPrintable(r.describe()));
    QVERIFY2(r.peakMegabytes < 120 * memoryScale(), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestBadInputStreams)
#include "test_badinput_streams.moc"
