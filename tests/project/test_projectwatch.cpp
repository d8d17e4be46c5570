// SPDX-License-Identifier: GPL-3.0-or-later
// Changes made behind the store's back (git pull, another editor) are noticed and never overwritten.
#include "project/projectstore.h"
#include "project/recordfile.h"
#include "projecttestutil.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;
using namespace galley::test;

class TestProjectWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void externalReplaceIsSignalledAndSaveRefused();
    void inPlaceEditIsSignalled();
    void externalAddAndRemoveUpdateTheList();
    void ownSavesAreNotReportedAsExternal();
    void overwriteAfterConflictIsExplicit();

private:
    ReviewRecord loadedRecord(ProjectStore &store, int n);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    std::unique_ptr<ProjectStore> m_store;
};

void TestProjectWatch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_root = m_dir->filePath(QStringLiteral("p"));
    QVERIFY(initProject(m_root));
    ProjectError error;
    m_store = ProjectStore::open(m_root, &error);
    QVERIFY(m_store);
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_store->save(makeRecord(recordId(i), QStringLiteral("Story %1").arg(i)), &error));
}

void TestProjectWatch::cleanup()
{
    m_store.reset(); // releases the lock before the folder goes
    m_dir.reset();
}

ReviewRecord TestProjectWatch::loadedRecord(ProjectStore &store, int n)
{
    ReviewRecord r;
    ProjectError error;
    [&] { QVERIFY2(store.load(recordId(n), &r, &error), qPrintable(error.toString())); }();
    return r;
}

void TestProjectWatch::externalReplaceIsSignalledAndSaveRefused()
{
    ReviewRecord mine = loadedRecord(*m_store, 1);
    QSignalSpy changedOnDisk(m_store.get(), &ProjectStore::recordChangedOnDisk);
    QSignalSpy listChanged(m_store.get(), &ProjectStore::summariesChanged);

    // What `git pull` does: a new file renamed over the old one.
    ReviewRecord theirs = mine;
    theirs.corrected.headline = QStringLiteral("Their headline");
    const QByteArray theirBytes = encodeRecordFile(theirs);
    QVERIFY(writeRaw(m_store->project().recordPath(recordId(1)), theirBytes));

    QTRY_COMPARE(changedOnDisk.size(), 1);
    QCOMPARE(changedOnDisk.first().first().toString(), recordId(1));
    QTRY_VERIFY(!listChanged.isEmpty());
    QCOMPARE(listChanged.last().at(1).toStringList(), QStringList{recordId(1)});
    QCOMPARE(m_store->summaries().at(m_store->indexOf(recordId(1))).headline,
             QStringLiteral("Their headline"));
    QVERIFY(m_store->changedOnDisk(recordId(1)));

    mine.corrected.headline = QStringLiteral("My headline");
    ProjectError error;
    QVERIFY(!m_store->save(mine, &error));
    QCOMPARE(error.kind, ProjectError::Conflict);
    QCOMPARE(error.path, m_store->project().recordPath(recordId(1)));
    QFile file(error.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), theirBytes);

    // Reloading takes their version as the new base; then saving works.
    ReviewRecord reloaded = loadedRecord(*m_store, 1);
    QCOMPARE(reloaded.corrected.headline, QStringLiteral("Their headline"));
    QVERIFY(!m_store->changedOnDisk(recordId(1)));
    reloaded.status = ReviewStatus::Reviewed;
    QVERIFY2(m_store->save(reloaded, &error), qPrintable(error.toString()));
    // Reported once, not again for our own save.
    QTest::qWait(400);
    QCOMPARE(changedOnDisk.size(), 1);
}

void TestProjectWatch::inPlaceEditIsSignalled()
{
    loadedRecord(*m_store, 2);
    QSignalSpy changedOnDisk(m_store.get(), &ProjectStore::recordChangedOnDisk);
    QFile file(m_store->project().recordPath(recordId(2)));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray data = file.readAll();
    data.replace("Story 2", "Story 2!");
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(data), data.size());
    file.close();
    QTRY_COMPARE(changedOnDisk.size(), 1);
    QCOMPARE(changedOnDisk.first().first().toString(), recordId(2));
}

void TestProjectWatch::externalAddAndRemoveUpdateTheList()
{
    loadedRecord(*m_store, 0);
    QSignalSpy changedOnDisk(m_store.get(), &ProjectStore::recordChangedOnDisk);
    QSignalSpy listChanged(m_store.get(), &ProjectStore::summariesChanged);
    QVERIFY(writeRaw(m_store->project().recordPath(recordId(9)),
                     encodeRecordFile(makeRecord(recordId(9), QStringLiteral("Pulled in")))));
    QVERIFY(QFile::remove(m_store->project().recordPath(recordId(0))));
    QTRY_VERIFY(m_store->indexOf(recordId(9)) >= 0 && m_store->indexOf(recordId(0)) < 0);
    QStringList added, removed;
    for (const QList<QVariant> &args : std::as_const(listChanged)) {
        added += args.at(0).toStringList();
        removed += args.at(2).toStringList();
    }
    QCOMPARE(added, QStringList{recordId(9)});
    QCOMPARE(removed, QStringList{recordId(0)});
    QTRY_COMPARE(changedOnDisk.size(), 1); // the loaded record vanished
    ReviewRecord r = makeRecord(recordId(0), QStringLiteral("x"));
    ProjectError error;
    QVERIFY(!m_store->save(r, &error));
    QCOMPARE(error.kind, ProjectError::Conflict);
    QVERIFY(error.message.contains(QLatin1String("removed")));
}

void TestProjectWatch::ownSavesAreNotReportedAsExternal()
{
    ReviewRecord r = loadedRecord(*m_store, 1);
    QSignalSpy changedOnDisk(m_store.get(), &ProjectStore::recordChangedOnDisk);
    QSignalSpy listChanged(m_store.get(), &ProjectStore::summariesChanged);
    ProjectError error;
    for (int i = 0; i < 5; ++i) {
        r.corrected.headline = QStringLiteral("Edit %1").arg(i);
        QVERIFY(m_store->save(r, &error));
    }
    QCOMPARE(listChanged.size(), 5); // one per save, emitted by save() itself
    QTest::qWait(500);               // let the watcher's debounced refresh run
    QCOMPARE(changedOnDisk.size(), 0);
    QCOMPARE(listChanged.size(), 5);
}

void TestProjectWatch::overwriteAfterConflictIsExplicit()
{
    ReviewRecord mine = loadedRecord(*m_store, 1);
    ReviewRecord theirs = mine;
    theirs.corrected.headline = QStringLiteral("Theirs");
    QVERIFY(writeRaw(m_store->project().recordPath(recordId(1)), encodeRecordFile(theirs)));
    mine.corrected.headline = QStringLiteral("Mine wins");
    ProjectError error;
    QVERIFY(!m_store->save(mine, &error));
    QVERIFY2(m_store->save(mine, &error, ProjectStore::SaveMode::Overwrite), qPrintable(error.toString()));
    QCOMPARE(loadedRecord(*m_store, 1).corrected.headline, QStringLiteral("Mine wins"));
}

QTEST_GUILESS_MAIN(TestProjectWatch)
#include "test_projectwatch.moc"
