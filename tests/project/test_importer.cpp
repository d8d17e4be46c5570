// SPDX-License-Identifier: GPL-3.0-or-later
// Importer: captures copied in by content hash, one record per page, deterministic, re-import a no-op.
#include "../capture/capturewriter.h"
#include "capture/capturereader.h"
#include "extract/common/agencies.h"
#include "extract/extractor.h"
#include "project/importer.h"
#include "project/projectstore.h"
#include "project/recordfile.h"
#include "projecttestutil.h"
#include "testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;
using namespace galley::test;

namespace {

QString samples()
{
    return galley::test::sourceDir() + QStringLiteral("/resources/samples");
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every file under `root` (relative path -> bytes), the cache left out.
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        if (!relative.startsWith(QLatin1String("cache/")) && relative != QLatin1String("galley.lock"))
            files.insert(relative, contents(path));
    }
    return files;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void importsEveryPageWithCopiedCaptures();
    void reimportIsANoOp();
    void sameInputGivesSameFiles();
    void badInputIsReportedAndLeavesNoCopy();
    void readOnlyProjectRefusesImport();
    void captureCopyNames();
    void creditOverridesShapeExtraction();
    void progressCountsTheArchiveBytes();
    void cancelInsideAnArchiveKeepsWhatWasWritten();

private:
    /// A WARC of `pages` distinct news pages, written under the test's folder.
    QString writeArchive(int pages);
    ImportResult import(const QStringList &paths, QList<ProjectError> *errors = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    FixedClock m_clock{testTime(30)};
    std::unique_ptr<ProjectStore> m_store;
};

void TestImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_root = m_dir->filePath(QStringLiteral("p"));
    QVERIFY(initProject(m_root));
    ProjectError error;
    ProjectStore::Options options;
    options.clock = &m_clock;
    options.watch = false;
    m_store = ProjectStore::open(m_root, &error, options);
    QVERIFY(m_store);
}

void TestImporter::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

ImportResult TestImporter::import(const QStringList &paths, QList<ProjectError> *errors)
{
    Importer importer(*m_store);
    importer.setErrorHandler([errors](const ProjectError &e) {
        if (errors)
            errors->append(e);
    });
    return importer.importPaths(paths);
}

void TestImporter::importsEveryPageWithCopiedCaptures()
{
    const ImportResult result = import({samples()});
    QCOMPARE(result.failures, 0);
    // Four sample files: a text dump, an HTML page, an MHTML page and a WARC.gz holding two pages.
    QCOMPARE(result.files, 4);
    QCOMPARE(result.capturesCopied, 4);
    QCOMPARE(result.pagesImported, 5);
    QCOMPARE(m_store->summaries().size(), 5);

    const QString original = samples() + QStringLiteral("/seed-capture.txt");
    const QByteArray bytes = contents(original);
    const QString copyName = QStringLiteral("captures/") + sha256Hex(bytes) + QStringLiteral(".txt");
    const QString copy = m_store->project().absolutePath(copyName);
    QCOMPARE(contents(copy), bytes);
    QVERIFY(!(QFileInfo(copy).permissions() & QFileDevice::WriteOwner));

    // The record is the extractor's output for the page, sourced from the project's copy.
    Record expected;
    readCaptureFile(original, [&](const Capture &c) { expected = extractRecord(c, Vocabulary()); }, {});
    ReviewRecord r;
    ProjectError error;
    QVERIFY2(m_store->load(expected.source.id, &r, &error), qPrintable(error.toString()));
    QCOMPARE(r.source.path, copyName);
    QCOMPARE(r.extracted, expected.article);
    QCOMPARE(r.corrected, expected.article);
    QCOMPARE(r.status, ReviewStatus::New);
    QCOMPARE(r.created, testTime(30));
    QCOMPARE(r.modified, testTime(30));

    // The UI can get the capture back from the record.
    Capture capture;
    QVERIFY2(m_store->loadCapture(r.source, &capture, &error), qPrintable(error.toString()));
    QCOMPARE(capture.id(), r.source.id);
    QCOMPARE(capture.bytes(), bytes);

    // The pages of an archive are records of their own, each leading back to its page in the copy.
    QStringList warcPages;
    for (const RecordSummary &summary : m_store->summaries()) {
        ReviewRecord page;
        QVERIFY2(m_store->load(summary.id, &page, &error), qPrintable(error.toString()));
        if (page.source.format != CaptureFormat::Warc)
            continue;
        QVERIFY2(m_store->loadCapture(page.source, &capture, &error), qPrintable(error.toString()));
        QCOMPARE(capture.id(), page.source.id);
        QCOMPARE(capture.index(), page.source.index);
        QCOMPARE(capture.url(), page.source.url);
        warcPages.append(page.source.url);
    }
    warcPages.sort();
    QCOMPARE(warcPages, (QStringList{QStringLiteral("https://courier.example/business/dock-workers-walk-out"),
                                     QStringLiteral("https://rundschau.example/lokales/radwegenetz")}));
}

void TestImporter::creditOverridesShapeExtraction()
{
    // A wire the shipped credit table does not know, printed in the dateline under a short name.
    QTemporaryDir pages; // outlives the project, which is made again below
    const QString page = pages.filePath(QStringLiteral("wire.html"));
    QFile f(page);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<html><head><title>Harbour reopens after the storm</title></head><body><article>"
            "<h1>Harbour reopens after the storm</h1>"
            "<p>TROMSO (Nordlys Wire) - The harbour reopened on Monday after three days of storms that kept "
            "the fishing fleet in port and cut the ferry link to the islands.</p>"
            "<p>Port officials said repairs to the northern quay would take until the end of the month, and "
            "that ferries would run on a reduced timetable until then.</p></article></body></html>");
    f.close();

    QVERIFY(import({page}).pagesImported == 1);
    QCOMPARE(m_store->summaries().value(0).credit, QStringLiteral("Nordlys Wire")); // as printed

    // The same page in a project whose manifest names the wire: the credit is normalised to its name.
    cleanup();
    init();
    ProjectManifest manifest = m_store->project().manifest();
    manifest.settings.creditOverrides = {
        {QStringLiteral("Nordlys Wire Service"), {QStringLiteral("Nordlys Wire")}}};
    ProjectError error;
    QVERIFY2(m_store->project().saveManifest(manifest, &error), qPrintable(error.toString()));
    QVERIFY(import({page}).pagesImported == 1);
    QCOMPARE(m_store->summaries().value(0).credit, QStringLiteral("Nordlys Wire Service"));
}

void TestImporter::reimportIsANoOp()
{
    QCOMPARE(import({samples()}).pagesImported, 5);
    const auto before = snapshot(m_root);
    m_clock.advance(60000);
    const ImportResult again = import({samples(), samples() + QStringLiteral("/seed-capture.txt")});
    QCOMPARE(again.failures, 0);
    QCOMPARE(again.pagesImported, 0);
    QCOMPARE(again.pagesSkipped, 6);
    QCOMPARE(again.capturesCopied, 0);
    QCOMPARE(snapshot(m_root), before);

    // A renamed copy of a capture is the same capture.
    const QString renamed = m_dir->filePath(QStringLiteral("renamed.txt"));
    QVERIFY(QFile::copy(samples() + QStringLiteral("/seed-capture.txt"), renamed));
    QCOMPARE(import({renamed}).pagesImported, 0);
    QCOMPARE(snapshot(m_root), before);
}

void TestImporter::sameInputGivesSameFiles()
{
    QCOMPARE(import({samples()}).failures, 0);
    const auto first = snapshot(m_root);
    cleanup();
    init();
    // Other order of arguments, same files written.
    QCOMPARE(import({samples() + QStringLiteral("/seed-capture.txt"), samples()}).failures, 0);
    QCOMPARE(snapshot(m_root), first);
}

void TestImporter::badInputIsReportedAndLeavesNoCopy()
{
    const QString empty = m_dir->filePath(QStringLiteral("empty.html"));
    QVERIFY(writeRaw(empty, QByteArray()));
    const QString missing = m_dir->filePath(QStringLiteral("missing.txt"));
    QList<ProjectError> errors;
    const ImportResult result =
        import({missing, empty, samples() + QStringLiteral("/seed-capture.txt")}, &errors);
    QCOMPARE(result.pagesImported, 1);
    QCOMPARE(result.failures, 2);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).path, missing);
    QCOMPARE(errors.at(1).path, empty);
    // Only the good capture was kept.
    QCOMPARE(QDir(m_store->project().capturesPath()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestImporter::readOnlyProjectRefusesImport()
{
    ProjectError error;
    auto second = ProjectStore::open(m_root, &error);
    QVERIFY(second->isReadOnly());
    Importer importer(*second);
    QList<ProjectError> errors;
    importer.setErrorHandler([&](const ProjectError &e) { errors.append(e); });
    const ImportResult result = importer.importPaths({samples()});
    QCOMPARE(result.failures, 1);
    QCOMPARE(errors.first().kind, ProjectError::ReadOnly);
    QVERIFY(QDir(m_store->project().capturesPath()).isEmpty());
}

void TestImporter::captureCopyNames()
{
    const QString h(64, QLatin1Char('a'));
    QCOMPARE(Importer::captureCopyName(h, QStringLiteral("/x/Page.HTML")),
             QStringLiteral("captures/") + h + QStringLiteral(".html"));
    QCOMPARE(Importer::captureCopyName(h, QStringLiteral("crawl.warc.gz")),
             QStringLiteral("captures/") + h + QStringLiteral(".warc.gz"));
    QCOMPARE(Importer::captureCopyName(h, QStringLiteral("noext")), QStringLiteral("captures/") + h);
    QCOMPARE(Importer::captureCopyName(h, QStringLiteral("a.b; rm -rf")), QStringLiteral("captures/") + h);
}

QString TestImporter::writeArchive(int pages)
{
    QByteArray warc;
    for (int i = 0; i < pages; ++i) {
        const QByteArray n = QByteArray::number(i);
        warc += testing::warcHtmlResponse(
            "https://courier.example/news/harbour-" + n, "2024-05-02T10:00:00Z",
            "<html><head><title>Harbour story " + n + "</title></head><body><article><h1>Harbour story " + n +
                "</h1><p>The council approved part " + n +
                " of the harbour plan on Tuesday after a long debate.</p><p>Work on the quay starts in "
                "spring and should take about two years.</p></article></body></html>");
    }
    const QString path = m_dir->filePath(QStringLiteral("crawl.warc"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(warc) != warc.size())
        return {};
    return path;
}

void TestImporter::progressCountsTheArchiveBytes()
{
    // One archive: its page count is known only at its end, so progress is told in its bytes, rising
    // batch by batch to the file's size.
    const QString archive = writeArchive(80);
    QVERIFY(!archive.isEmpty());
    Importer importer(*m_store);
    QList<ImportProgress> seen;
    importer.setProgressHandler([&](const ImportProgress &p) { seen.append(p); });
    const ImportResult result = importer.importPaths({archive});
    QCOMPARE(result.pagesImported, 80);
    QVERIFY(!result.canceled);
    QVERIFY(seen.size() >= 3); // 32 + 32 + 16 pages, then the file's end
    const qint64 size = QFileInfo(archive).size();
    qint64 before = 0;
    for (const ImportProgress &p : std::as_const(seen)) {
        QCOMPARE(p.bytesTotal, size);
        QVERIFY2(p.bytesDone > before && p.bytesDone <= size,
                 qPrintable(QStringLiteral("%1 after %2 of %3").arg(p.bytesDone).arg(before).arg(size)));
        before = p.bytesDone;
    }
    QCOMPARE(seen.last().bytesDone, size);
}

void TestImporter::cancelInsideAnArchiveKeepsWhatWasWritten()
{
    // Cancel asked once the first batch is written: the import stops inside the archive, without
    // reading on; the pages written stay, each with its record, and nothing else is written.
    const QString archive = writeArchive(200);
    QVERIFY(!archive.isEmpty());
    Importer importer(*m_store);
    bool cancel = false;
    int pagesRead = 0;
    importer.setProgressHandler([&](const ImportProgress &p) {
        cancel = p.pagesImported > 0;
        pagesRead = p.pagesImported;
    });
    importer.setCancelCheck([&] { return cancel; });
    const ImportResult result = importer.importPaths({archive});
    QVERIFY(result.canceled);
    QCOMPARE(result.pagesImported, 32); // the first batch
    QCOMPARE(pagesRead, 32);            // and no progress after it
    QCOMPARE(m_store->summaries().size(), qsizetype(32));
    QCOMPARE(QDir(m_root + QStringLiteral("/records")).entryList(QDir::Files).size(), qsizetype(32));
    // The capture copy stays: the records refer to it.
    QCOMPARE(result.capturesCopied, 1);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "test_importer.moc"
