// SPDX-License-Identifier: GPL-3.0-or-later
// What the project does when the system refuses a write: a full disk (a small tmpfs filled up) and a
// read-only file system. Every write is checked at every step; a failed write leaves the old file or
// none, never an empty or cut-off one; the index never vouches for a damaged record; re-import
// repairs. Mounting needs root: without it each test skips, saying so.
#include "../support/scratchmount.h"
#include "project/atomicfile.h"
#include "project/importer.h"
#include "project/projectstore.h"
#include "projecttestutil.h"

#include <QDirIterator>
#include <QStandardPaths>
#include <QTest>

using namespace galley;
using namespace galley::test;

namespace {

// A generated news page, different for every n, long enough that records take a few kilobytes.
QByteArray page(int n)
{
    QByteArray html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Story " +
                      QByteArray::number(n) +
                      "</title></head><body><article><h1>Harbour council votes on plan " +
                      QByteArray::number(n) + "</h1><p class=\"byline\">By Ann Example</p>";
    for (int p = 0; p < 12; ++p)
        html += "<p>Paragraph " + QByteArray::number(p) + " of story " + QByteArray::number(n) +
                ": the council met on Tuesday to discuss the harbour plan and its costs for the town.</p>";
    return html + "</article></body></html>\n";
}

QString writeCaptures(const QString &dir, int count)
{
    QDir().mkpath(dir);
    for (int n = 0; n < count; ++n) {
        QFile f(dir + QStringLiteral("/page-%1.html").arg(n, 3, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly) || f.write(page(n)) != page(n).size())
            return {};
    }
    return dir;
}

// Record files that are empty or not valid JSON: what a full disk must never leave.
QStringList damagedRecordFiles(const QString &recordsDir)
{
    QStringList damaged;
    QDirIterator it(recordsDir, {QStringLiteral("*.json")}, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        QByteArray data;
        QJsonObject object;
        if (!readWholeFile(path, &data, nullptr) || !parseJsonObject(data, path, &object, nullptr))
            damaged.append(path);
    }
    return damaged;
}

// A batch store (no watching), as `galley import` opens it.
std::unique_ptr<ProjectStore> openStore(const QString &root)
{
    ProjectError error;
    ProjectStore::Options options;
    options.watch = false;
    auto store = ProjectStore::open(root, &error, options);
    if (!store)
        qWarning("%s", qPrintable(error.toString()));
    return store;
}

QStringList leftovers(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("record.json.??????"), QStringLiteral("new.json.??????")},
                               QDir::Files | QDir::Hidden);
}

} // namespace

class TestDiskFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fullDiskKeepsTheOldFileAndSaysWhy();
    void readOnlyFileSystemSaysSo();
    void importOnFullDiskLeavesNoDamagedRecordAndReimportCompletes();
    void indexNeverHidesADamagedRecordAndReimportRepairsIt();
    void initOnFullDiskLeavesNoManifest();
    void failedSaveLeavesNoOrphanCapture();
    void reimportIntoNearlyFullProjectRecognisesCaptures();
};

void TestDiskFaults::fullDiskKeepsTheOldFileAndSaysWhy()
{
    ScratchMount disk(256 * 1024);
    if (disk.skipReason())
        QSKIP(disk.skipReason());
    const QString path = disk.filePath(QStringLiteral("record.json"));
    QVERIFY(writeFileAtomically(path, QByteArray("{\"old\": true}\n"), nullptr));
    QVERIFY(disk.fill());
    ProjectError error;
    QVERIFY(!writeFileAtomically(path, QByteArray(64 * 1024, 'x'), &error));
    QVERIFY2(error.message.contains(QLatin1String("No space left on device")), qPrintable(error.message));
    QCOMPARE(error.path, path);
    QByteArray data;
    QVERIFY(readWholeFile(path, &data, nullptr));
    QCOMPARE(data, QByteArray("{\"old\": true}\n"));
    QVERIFY2(leftovers(disk.path()).isEmpty(), qPrintable(leftovers(disk.path()).join(u' ')));
    // A file that did not exist stays absent.
    QVERIFY(
        !writeFileAtomically(disk.filePath(QStringLiteral("new.json")), QByteArray(64 * 1024, 'y'), &error));
    QVERIFY(!QFileInfo::exists(disk.filePath(QStringLiteral("new.json"))));
}

void TestDiskFaults::readOnlyFileSystemSaysSo()
{
    ScratchMount disk(256 * 1024);
    if (disk.skipReason())
        QSKIP(disk.skipReason());
    const QString root = disk.filePath(QStringLiteral("project"));
    QVERIFY(initProject(root));
    QVERIFY(disk.remountReadOnly());
    ProjectError error;
    QVERIFY(!writeFileAtomically(root + QStringLiteral("/records/x.json"), "{}", &error));
    QVERIFY2(error.message.contains(QLatin1String("Read-only file system")), qPrintable(error.message));
    const auto store = ProjectStore::open(root, &error);
    QVERIFY(store);
    QVERIFY(store->isReadOnly());
    QVERIFY2(store->readOnlyReason().contains(QLatin1String("Read-only file system")),
             qPrintable(store->readOnlyReason()));
    QVERIFY(!store->readOnlyReason().contains(QLatin1String("no write permission?")));
}

void TestDiskFaults::importOnFullDiskLeavesNoDamagedRecordAndReimportCompletes()
{
    QTemporaryDir inputs;
    const QString captures = writeCaptures(inputs.filePath(QStringLiteral("in")), 40);
    QVERIFY(!captures.isEmpty());
    ScratchMount disk(512 * 1024);
    if (disk.skipReason())
        QSKIP(disk.skipReason());
    const QString root = disk.filePath(QStringLiteral("project"));
    QVERIFY(initProject(root));
    // Room for a few records only: the disk fills up in the middle of the import.
    QVERIFY(disk.fill());
    QVERIFY(disk.release(60 * 1024));
    int reported = 0;
    ImportResult first;
    {
        const auto store = openStore(root);
        QVERIFY(store);
        Importer importer(*store);
        importer.setErrorHandler([&](const ProjectError &e) {
            ++reported;
            QVERIFY2(!e.message.contains(QLatin1String("Unknown error")), qPrintable(e.toString()));
        });
        first = importer.importPaths({captures});
    }
    QVERIFY(first.failures > 0);
    QCOMPARE(reported, first.failures);
    QCOMPARE(first.pagesImported + first.failures, 40);
    QVERIFY2(damagedRecordFiles(root + QStringLiteral("/records")).isEmpty(),
             qPrintable(damagedRecordFiles(root + QStringLiteral("/records")).join(u'\n')));

    // With room again, the same import brings in exactly what was missing.
    QVERIFY(disk.empty());
    const auto store = openStore(root);
    QVERIFY(store);
    QVERIFY(store->problems().isEmpty());
    Importer importer(*store);
    const ImportResult second = importer.importPaths({captures});
    QCOMPARE(second.failures, 0);
    QCOMPARE(second.pagesSkipped, first.pagesImported);
    QCOMPARE(second.pagesImported, 40 - first.pagesImported);
    QCOMPARE(store->summaries().size(), 40);
}

void TestDiskFaults::indexNeverHidesADamagedRecordAndReimportRepairsIt()
{
    QTemporaryDir dir;
    const QString captures = writeCaptures(dir.filePath(QStringLiteral("in")), 3);
    const QString root = dir.filePath(QStringLiteral("project"));
    QVERIFY(initProject(root));
    QString victim;
    {
        ProjectError error;
        const auto store = ProjectStore::open(root, &error);
        QVERIFY(store);
        Importer importer(*store);
        QCOMPARE(importer.importPaths({captures}).pagesImported, 3);
        victim = store->project().recordPath(store->summaries().first().id);
    }
    // Cut the file off mid-JSON, as a failed write used to leave it.
    QFile file(victim);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2));
    file.close();

    const auto store = openStore(root);
    QVERIFY(store);
    QCOMPARE(store->problems().size(), 1);
    QCOMPARE(store->problems().first().path, victim);
    QCOMPARE(store->summaries().size(), 2);
    Importer importer(*store);
    QStringList messages;
    importer.setErrorHandler([&](const ProjectError &e) { messages.append(e.toString()); });
    const ImportResult again = importer.importPaths({captures});
    QCOMPARE(again.failures, 0);
    QCOMPARE(again.pagesImported, 1);
    QCOMPARE(again.recordsRepaired, 1);
    QCOMPARE(store->summaries().size(), 3);
    QVERIFY(store->problems().isEmpty());
    QVERIFY(damagedRecordFiles(root + QStringLiteral("/records")).isEmpty());
    // The damaged bytes are kept, not lost.
    QCOMPARE(QDir(root + QStringLiteral("/backups/records")).entryList(QDir::Files).size(), 1);
}

void TestDiskFaults::initOnFullDiskLeavesNoManifest()
{
    ScratchMount disk(128 * 1024);
    if (disk.skipReason())
        QSKIP(disk.skipReason());
    QVERIFY(QDir().mkpath(disk.filePath(QStringLiteral("p"))));
    QVERIFY(disk.fill());
    const QString root = disk.filePath(QStringLiteral("p"));
    ProjectError error;
    QVERIFY(!Project::init(root, {}, *Clock::system(), &error));
    QVERIFY2(error.message.contains(QLatin1String("No space left on device")), qPrintable(error.toString()));
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/galley.json")));
    // Once there is room, init works in the same folder.
    QVERIFY(disk.empty());
    QVERIFY2(Project::init(root, {}, *Clock::system(), &error), qPrintable(error.toString()));
}

void TestDiskFaults::failedSaveLeavesNoOrphanCapture()
{
    QTemporaryDir inputs;
    const QString captures = writeCaptures(inputs.filePath(QStringLiteral("in")), 1);
    ScratchMount disk(512 * 1024);
    if (disk.skipReason())
        QSKIP(disk.skipReason());
    const QString root = disk.filePath(QStringLiteral("project"));
    QVERIFY(initProject(root));
    const auto store = openStore(root);
    QVERIFY(store);
    // Room for the capture copy (about 2 kB) but not for its record as well.
    QVERIFY(disk.fill());
    QVERIFY(disk.release(4096));
    Importer importer(*store);
    const ImportResult result = importer.importPaths({captures});
    QCOMPARE(result.pagesImported, 0);
    QCOMPARE(result.failures, 1);
    QCOMPARE(QDir(root + QStringLiteral("/captures")).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestDiskFaults::reimportIntoNearlyFullProjectRecognisesCaptures()
{
    QTemporaryDir inputs;
    const QString captures = writeCaptures(inputs.filePath(QStringLiteral("in")), 5);
    ScratchMount disk(512 * 1024);
    if (disk.skipReason())
        QSKIP(disk.skipReason());
    const QString root = disk.filePath(QStringLiteral("project"));
    QVERIFY(initProject(root));
    const auto store = openStore(root);
    QVERIFY(store);
    Importer importer(*store);
    QCOMPARE(importer.importPaths({captures}).pagesImported, 5);
    QVERIFY(disk.fill());
    const ImportResult again = importer.importPaths({captures});
    QCOMPARE(again.failures, 0);
    QCOMPARE(again.pagesSkipped, 5);
}

QTEST_GUILESS_MAIN(TestDiskFaults)
#include "test_diskfaults.moc"
