// SPDX-License-Identifier: GPL-3.0-or-later
// Writing exports to disk: file layout, names, selection and order, progress, cancellation, failures.
#include "export/exportfields.h"
#include "export/exportjob.h"
#include "export/exportregistry.h"
#include "exportfixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace galley;

namespace {

/// A device that accepts `capacity` bytes, then fails every write (keepassxc's FailDevice idea).
class FailDevice : public QIODevice
{
public:
    explicit FailDevice(qint64 capacity) : m_capacity(capacity) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        if (m_written + len > m_capacity) {
            setErrorString(QStringLiteral("disk full"));
            return -1;
        }
        m_written += len;
        return len;
    }

private:
    qint64 m_capacity;
    qint64 m_written = 0;
};

} // namespace

class TestExportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registryListsEveryFormat();
    void perArticleWritesOneNamedFileEach();
    void sameNameGetsANumber();
    void streamWritesOneFile();
    void progressIsReported();
    void cancelStopsAndLeavesNoPartialFile();
    void failingDeviceIsAnError_data();
    void failingDeviceIsAnError();
    void unwritableTargetNamesThePath();
    void selectionFiltersByStatusAndSorts();
    void runsOnAWorkerThread();
};

void TestExportJob::registryListsEveryFormat()
{
    QCOMPARE(exportregistry::ids(),
             (QStringList{u"jsonl"_qs, u"ninjs"_qs, u"newsml"_qs, u"markdown"_qs, u"html"_qs, u"csv"_qs}));
    QVERIFY(!exportregistry::find(u"pdf"_qs));
    QCOMPARE(exportregistry::nameFilter(*exportregistry::find(u"csv"_qs)), u"CSV (*.csv)"_qs);
}

void TestExportJob::perArticleWritesOneNamedFileEach()
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(u"out/markdown"_qs); // created on demand
    const ExportResult result =
        exportToPath(*exportregistry::find(u"markdown"_qs), testing::fixtureRecords(), folder);
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.files.size(), 3);
    QCOMPARE(QFileInfo(result.files.first()).fileName(),
             exportfields::fileBaseName(testing::englishRecord()) + u".md"_qs);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 3);
}

void TestExportJob::sameNameGetsANumber()
{
    QTemporaryDir tmp;
    const ReviewRecord r = testing::englishRecord();
    const ExportResult result = exportToPath(*exportregistry::find(u"html"_qs), {r, r}, tmp.path());
    QVERIFY(result.ok());
    const QString base = exportfields::fileBaseName(r);
    QCOMPARE(result.files,
             (QStringList{tmp.filePath(base + u".html"_qs), tmp.filePath(base + u"-2.html"_qs)}));
}

void TestExportJob::streamWritesOneFile()
{
    QTemporaryDir tmp;
    const QString file = tmp.filePath(u"all.csv"_qs);
    const ExportResult result =
        exportToPath(*exportregistry::find(u"csv"_qs), testing::fixtureRecords(), file);
    QVERIFY(result.ok());
    QCOMPARE(result.files, QStringList{file});
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count("\r\n"), 4); // header + 3 rows
}

void TestExportJob::progressIsReported()
{
    for (const Exporter *exporter : exportregistry::exporters()) {
        QTemporaryDir tmp;
        QList<qsizetype> done;
        const ExportMonitor monitor(
            [&](qsizetype d, qsizetype total) {
                QCOMPARE(total, 3);
                done.append(d);
            },
            nullptr);
        const QString target = tmp.filePath(u"x."_qs + exporter->suffix());
        QVERIFY(exportToPath(*exporter, testing::fixtureRecords(), target, monitor).ok());
        QCOMPARE(done, (QList<qsizetype>{1, 2, 3}));
    }
}

void TestExportJob::cancelStopsAndLeavesNoPartialFile()
{
    for (const QString &id : {u"jsonl"_qs, u"markdown"_qs}) {
        QTemporaryDir tmp;
        std::atomic<bool> cancel = false;
        const ExportMonitor monitor([&](qsizetype d, qsizetype) { cancel = d >= 1; }, &cancel);
        const QString target = tmp.filePath(u"out"_qs);
        const ExportResult result =
            exportToPath(*exportregistry::find(id), testing::fixtureRecords(), target, monitor);
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok());
        QVERIFY(result.errors.isEmpty());
        if (id == u"jsonl"_qs) {
            QVERIFY(!QFile::exists(target)); // the stream file is discarded whole
        } else {
            QCOMPARE(result.files.size(), 1); // finished articles stay, nothing after the cancel
            QCOMPARE(QDir(target).entryList(QDir::Files).size(), 1);
        }
    }
}

void TestExportJob::failingDeviceIsAnError_data()
{
    QTest::addColumn<QString>("format");
    for (const QString &id : exportregistry::ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TestExportJob::failingDeviceIsAnError()
{
    QFETCH(QString, format);
    const Exporter *exporter = exportregistry::find(format);
    FailDevice roomy(1 << 20);
    QString error;
    QVERIFY(exporter->write(testing::fixtureRecords(), &roomy, &error));
    const qint64 size = roomy.pos();
    QVERIFY(size > 100);
    // Failing at the first byte, half-way and at the very last byte.
    for (qint64 capacity : {qint64(0), size / 2, size - 1}) {
        FailDevice device(capacity);
        QVERIFY(!exporter->write(testing::fixtureRecords(), &device, &error));
        QVERIFY2(error.contains(u"disk full"_qs) || error.contains(u"could not write"_qs), qPrintable(error));
    }
}

void TestExportJob::unwritableTargetNamesThePath()
{
    QTemporaryDir tmp;
    QFile blocker(tmp.filePath(u"file"_qs));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString underFile = tmp.filePath(u"file/sub"_qs);
    ExportResult result =
        exportToPath(*exportregistry::find(u"html"_qs), testing::fixtureRecords(), underFile);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().startsWith(underFile), qPrintable(result.errors.first()));
    result = exportToPath(*exportregistry::find(u"jsonl"_qs), testing::fixtureRecords(),
                          underFile + u"/x.jsonl"_qs);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().contains(u"file/sub/x.jsonl"_qs), qPrintable(result.errors.first()));
}

void TestExportJob::selectionFiltersByStatusAndSorts()
{
    const QList<ReviewRecord> records{testing::sparseRecord(), testing::nonLatinRecord(),
                                      testing::englishRecord()};
    const QList<ReviewRecord> reviewed = selectForExport(records, ReviewStatus::Reviewed);
    QCOMPARE(reviewed.size(), 2);
    QCOMPARE(reviewed.at(0).source.path, u"captures/sakura.warc"_qs); // sorted by source path
    QCOMPARE(reviewed.at(1).source.path, u"captures/strike.html"_qs);
    QCOMPARE(selectForExport(records, std::nullopt).size(), 3);
    QCOMPARE(selectForExport(records, ReviewStatus::Rejected).size(), 0);
}

void TestExportJob::runsOnAWorkerThread()
{
    // What File → Export… does: the export runs off the GUI thread, progress comes back, the output is
    // the same as on the calling thread.
    QTemporaryDir here, there;
    const Exporter &exporter = *exportregistry::find(u"newsml"_qs);
    const QString a = here.filePath(u"a.xml"_qs), b = there.filePath(u"b.xml"_qs);
    QVERIFY(exportToPath(exporter, testing::fixtureRecords(), a).ok());
    std::atomic<qsizetype> last = 0;
    ExportResult result;
    std::thread worker([&] {
        result = exportToPath(exporter, testing::fixtureRecords(), b,
                              ExportMonitor([&](qsizetype done, qsizetype) { last = done; }, nullptr));
    });
    worker.join();
    QVERIFY(result.ok());
    QCOMPARE(last.load(), 3);
    QFile fa(a), fb(b);
    QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
    QCOMPARE(fb.readAll(), fa.readAll());
}

QTEST_GUILESS_MAIN(TestExportJob)
#include "test_exportjob.moc"
