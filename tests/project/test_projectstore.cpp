// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectStore: listing, loading, saving, journals, unreadable files and format migration.
#include "project/projectstore.h"
#include "project/recordfile.h"
#include "projecttestutil.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;
using namespace galley::test;

class TestProjectStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void initWritesTheLayout();
    void initRefusesAnExistingProject();
    void openRefusesAFolderWithoutManifest();
    void saveThenLoadRoundTrips();
    void recordFileIsStablePrettyJson();
    void summariesListEveryRecord();
    void saveUpdatesSummaryAndSignals();
    void summaryOfARecordEqualsSummaryOfItsFile();
    void saveRefusesUnloadedExistingFile();
    void invalidIdIsRefused();
    void corruptAndNewerFilesAreReportedAndUntouched();
    void oldFormatIsBackedUpAndMigratedOnSave();
    void journalIsRecoverableAndRemovedOnSave();
    void cacheIsUsedWarmAndRebuiltWhenStale();
    void damagedCacheIsRebuilt();
    void manifestSettingsRoundTrip();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
};

void TestProjectStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_root = m_dir->filePath(QStringLiteral("project"));
    QVERIFY(initProject(m_root));
}

void TestProjectStore::initWritesTheLayout()
{
    for (const char *sub : {"records", "captures", "exports"})
        QVERIFY2(QFileInfo(m_root + QLatin1Char('/') + QLatin1String(sub)).isDir(), sub);
    QFile ignore(m_root + QStringLiteral("/.gitignore"));
    QVERIFY(ignore.open(QIODevice::ReadOnly));
    const QByteArray ignored = ignore.readAll();
    for (const char *line : {"/cache/", "/journal/", "/backups/", "/galley.lock"})
        QVERIFY2(ignored.contains(line), line);
    ProjectError error;
    const auto store = ProjectStore::open(m_root, &error);
    QVERIFY2(store, qPrintable(error.toString()));
    QCOMPARE(store->project().manifest().name, QStringLiteral("Test project"));
    QCOMPARE(store->project().manifest().created, testTime());
    QCOMPARE(store->project().manifest().formatVersion, 1);
    QVERIFY(!store->isReadOnly());
    QVERIFY(store->summaries().isEmpty());
}

void TestProjectStore::initRefusesAnExistingProject()
{
    ProjectError error;
    QVERIFY(!Project::init(m_root, QString(), *Clock::system(), &error));
    QCOMPARE(error.path, QDir(m_root).absolutePath());
    QVERIFY(error.message.contains(QLatin1String("already")));
}

void TestProjectStore::openRefusesAFolderWithoutManifest()
{
    ProjectError error;
    QVERIFY(!ProjectStore::open(m_dir->path(), &error));
    QCOMPARE(error.kind, ProjectError::NotFound);
    QVERIFY(error.toString().contains(QLatin1String("not a Galley project")));
}

void TestProjectStore::saveThenLoadRoundTrips()
{
    ProjectError error;
    auto store = ProjectStore::open(m_root, &error);
    QVERIFY(store);
    ReviewRecord record = makeRecord(recordId(1, 3), QStringLiteral("Summit ends"));
    record.corrected.headline = QStringLiteral("Summit ends in agreement");
    record.status = ReviewStatus::Reviewed;
    record.reviewer = QStringLiteral("Ed");
    record.reviewedAt = testTime(5);
    record.history.append({QStringLiteral("headline"), QStringLiteral("Ed"), testTime(4),
                           QJsonValue(QStringLiteral("Summit ends")),
                           QJsonValue(QStringLiteral("Summit ends in agreement")),
                           QJsonValue(QStringLiteral("Summit ends"))});
    QVERIFY2(store->save(record, &error), qPrintable(error.toString()));
    QVERIFY(QFileInfo::exists(m_root + QStringLiteral("/records/") + recordId(1).left(64) +
                              QStringLiteral("-3.json")));

    store.reset();
    store = ProjectStore::open(m_root, &error);
    QVERIFY(store);
    ReviewRecord loaded;
    QVERIFY2(store->load(record.source.id, &loaded, &error), qPrintable(error.toString()));
    QCOMPARE(loaded, record);
}

void TestProjectStore::recordFileIsStablePrettyJson()
{
    const ReviewRecord record = makeRecord(recordId(2), QStringLiteral("Stable"));
    const QByteArray data = encodeRecordFile(record);
    QCOMPARE(encodeRecordFile(record), data);
    QVERIFY(data.endsWith("}\n"));
    QVERIFY(!data.contains('\r'));
    QVERIFY(data.contains("\n    \"formatVersion\": 1,\n"));
    // The top level reads as `galley extract` output of the corrected record.
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    QCOMPARE(o.value(QStringLiteral("headline")).toString(), QStringLiteral("Stable"));
    QVERIFY(o.value(QStringLiteral("source")).isObject());
    QVERIFY(o.value(QStringLiteral("extracted")).isObject());
    QCOMPARE(o.value(QStringLiteral("review")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("new"));
}

void TestProjectStore::summariesListEveryRecord()
{
    ProjectError error;
    auto store = ProjectStore::open(m_root, &error);
    for (int i = 0; i < 5; ++i) {
        ReviewRecord r = makeRecord(recordId(i), QStringLiteral("Story %1").arg(i), testTime(10 - i));
        if (i == 2)
            r.corrected.bylines.clear();
        QVERIFY(store->save(r, &error));
    }
    store.reset();
    store = ProjectStore::open(m_root, &error);
    const QList<RecordSummary> &list = store->summaries();
    QCOMPARE(list.size(), 5);
    // Display order is creation time: story 4 was created first.
    QCOMPARE(list.first().headline, QStringLiteral("Story 4"));
    QCOMPARE(list.last().headline, QStringLiteral("Story 0"));
    const RecordSummary &s = list.at(store->indexOf(recordId(2)));
    QCOMPARE(s.id, recordId(2));
    QCOMPARE(s.site, QStringLiteral("example.org"));
    QCOMPARE(s.status, ReviewStatus::New);
    QVERIFY(s.flags.testFlag(RecordSummary::Corrected));
    QVERIFY(s.flags.testFlag(RecordSummary::NoBylines));
    QVERIFY(!list.at(store->indexOf(recordId(1))).flags.testFlag(RecordSummary::Corrected));
    QCOMPARE(list.at(store->indexOf(recordId(1))).bylines, QStringList{QStringLiteral("Ann Example")});
}

void TestProjectStore::saveUpdatesSummaryAndSignals()
{
    ProjectError error;
    auto store = ProjectStore::open(m_root, &error);
    QSignalSpy spy(store.get(), &ProjectStore::summariesChanged);
    ReviewRecord r = makeRecord(recordId(7), QStringLiteral("First"));
    QVERIFY(store->save(r, &error));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toStringList(), QStringList{recordId(7)});
    QVERIFY(store->load(r.source.id, &r, &error));
    r.corrected.headline = QStringLiteral("Second");
    r.status = ReviewStatus::InReview;
    QVERIFY(store->save(r, &error));
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(1).toStringList(), QStringList{recordId(7)});
    QCOMPARE(store->summaries().at(store->indexOf(recordId(7))).headline, QStringLiteral("Second"));
    QCOMPARE(store->summaries().at(store->indexOf(recordId(7))).status, ReviewStatus::InReview);
    // Saving again after a save needs no reload.
    r.corrected.headline = QStringLiteral("Third");
    QVERIFY2(store->save(r, &error), qPrintable(error.toString()));
}

// save() summarises the record it holds; a re-scan summarises the file: both must agree.
void TestProjectStore::summaryOfARecordEqualsSummaryOfItsFile()
{
    ProjectError error;
    auto store = ProjectStore::open(m_root, &error);
    QList<ReviewRecord> records;
    for (int i = 0; i < 5; ++i)
        records.append(makeRecord(recordId(20 + i), QStringLiteral("Headline %1").arg(i)));
    records[0].corrected.headline.clear(); // corrected, no headline
    records[1].source.url = QStringLiteral("https://www.example.org/a/b?c=d");
    records[1].corrected.bylines = {QStringLiteral("Ann Lee"), QStringLiteral("Bo Chan")};
    records[1].status = ReviewStatus::Reviewed;
    records[1].reviewer = QStringLiteral("Ed");
    records[2].source.url.clear();
    records[2].corrected.publisher = QStringLiteral("The Ledger");
    records[2].corrected.body.clear();
    records[3].corrected.provenance.insert(QStringLiteral("headline"),
                                           {SourceSpan{1, 5, QStringLiteral("h1")}});
    records[4].corrected.published = QStringLiteral("2014-06-05");
    records[4].corrected.credit = QStringLiteral("Reuters");
    for (const ReviewRecord &r : std::as_const(records))
        QVERIFY2(store->save(r, &error), qPrintable(error.toString()));
    const QList<RecordSummary> fromRecords = store->summaries();
    store.reset();
    ProjectStore::Options options;
    options.useCache = false; // read every file again
    store = ProjectStore::open(m_root, &error, options);
    QVERIFY(store);
    QCOMPARE(store->lastScanParsed(), int(records.size()));
    QCOMPARE(store->summaries().size(), fromRecords.size());
    for (qsizetype i = 0; i < fromRecords.size(); ++i)
        QCOMPARE(store->summaries().at(i), fromRecords.at(i));
    QCOMPARE(store->summaries().at(store->indexOf(recordId(21))).site, QStringLiteral("example.org"));
    QVERIFY(store->summaries().at(store->indexOf(recordId(20))).flags & RecordSummary::Corrected);
}

void TestProjectStore::saveRefusesUnloadedExistingFile()
{
    ProjectError error;
    auto store = ProjectStore::open(m_root, &error);
    const ReviewRecord r = makeRecord(recordId(8), QStringLiteral("Original"));
    QVERIFY(store->save(r, &error));
    ReviewRecord other = r;
    other.corrected.headline = QStringLiteral("Blind overwrite");
    QVERIFY(!store->save(other, &error));
    QCOMPARE(error.kind, ProjectError::Conflict);
    QCOMPARE(error.path, store->project().recordPath(r.source.id));
    ReviewRecord onDisk;
    QVERIFY(store->load(r.source.id, &onDisk, &error));
    QCOMPARE(onDisk.corrected.headline, QStringLiteral("Original"));
}

void TestProjectStore::invalidIdIsRefused()
{
    ProjectError error;
    auto store = ProjectStore::open(m_root, &error);
    ReviewRecord r = makeRecord(recordId(9), QStringLiteral("x"));
    r.source.id = QStringLiteral("../../etc/passwd");
    QVERIFY(!store->save(r, &error));
    QCOMPARE(error.kind, ProjectError::Invalid);
    QVERIFY(!store->load(r.source.id, &r, &error));
    QCOMPARE(recordIdFromFileName(QStringLiteral("notes.json")), QString());
    QCOMPARE(recordIdFromFileName(recordFileName(recordId(1, 12))), recordId(1, 12));
}

void TestProjectStore::corruptAndNewerFilesAreReportedAndUntouched()
{
    ProjectError error;
    auto store = ProjectStore::open(m_root, &error);
    QVERIFY(store->save(makeRecord(recordId(1), QStringLiteral("Good")), &error));
    store.reset();

    const QString corrupt = m_root + QStringLiteral("/records/") + recordFileName(recordId(2));
    const QByteArray corruptBytes = "{\n    \"headline\": \"half a merge\",\n<<<<<<< HEAD\n";
    QVERIFY(writeRaw(corrupt, corruptBytes));
    const QString newer = m_root + QStringLiteral("/records/") + recordFileName(recordId(3));
    QJsonObject future =
        QJsonDocument::fromJson(encodeRecordFile(makeRecord(recordId(3), QStringLiteral("F")))).object();
    future.insert(QStringLiteral("formatVersion"), 99);
    const QByteArray newerBytes = QJsonDocument(future).toJson();
    QVERIFY(writeRaw(newer, newerBytes));

    store = ProjectStore::open(m_root, &error);
    QVERIFY(store);
    QCOMPARE(store->summaries().size(), 1);
    const QList<ProjectError> problems = store->problems();
    QCOMPARE(problems.size(), 2);
    const auto byPath = [&](const QString &path) {
        for (const ProjectError &p : problems) {
            if (p.path == path)
                return p;
        }
        return ProjectError{};
    };
    QCOMPARE(byPath(corrupt).kind, ProjectError::Corrupt);
    QVERIFY(byPath(corrupt).where.startsWith(QLatin1String("line 3, column ")));
    QCOMPARE(byPath(newer).kind, ProjectError::NewerVersion);
    QVERIFY(byPath(newer).message.contains(QLatin1String("99")));

    // Neither can be loaded or overwritten through the normal path, and both stay byte-identical.
    ReviewRecord r;
    QVERIFY(!store->load(recordId(3), &r, &error));
    QCOMPARE(error.kind, ProjectError::NewerVersion);
    QVERIFY(!store->save(makeRecord(recordId(3), QStringLiteral("F")), &error,
                         ProjectStore::SaveMode::Overwrite));
    QCOMPARE(error.kind, ProjectError::NewerVersion);
    QVERIFY(!store->save(makeRecord(recordId(2), QStringLiteral("C")), &error));
    QCOMPARE(error.kind, ProjectError::Conflict);
    store.reset();
    QFile a(corrupt), b(newer);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), corruptBytes);
    QCOMPARE(b.readAll(), newerBytes);
}

void TestProjectStore::oldFormatIsBackedUpAndMigratedOnSave()
{
    // Version 0: a bare `galley extract` line dropped into records/.
    const ReviewRecord base = makeRecord(recordId(4), QStringLiteral("Old"));
    QJsonObject v0 = QJsonDocument::fromJson(encodeRecordFile(base)).object();
    for (const char *key : {"formatVersion", "extracted", "review", "history"})
        v0.remove(QLatin1String(key));
    const QByteArray v0Bytes = QJsonDocument(v0).toJson(QJsonDocument::Compact);
    const QString path = m_root + QStringLiteral("/records/") + recordFileName(recordId(4));
    QVERIFY(writeRaw(path, v0Bytes));

    ProjectError error;
    auto store = ProjectStore::open(m_root, &error);
    QCOMPARE(store->summaries().size(), 1);
    QVERIFY(store->summaries().first().flags.testFlag(RecordSummary::OldFormat));
    ReviewRecord r;
    QVERIFY2(store->load(recordId(4), &r, &error), qPrintable(error.toString()));
    QCOMPARE(r.status, ReviewStatus::New);
    QCOMPARE(r.extracted, r.corrected);
    QCOMPARE(r.corrected.headline, QStringLiteral("Old"));
    // Opening and loading changed nothing on disk.
    QVERIFY(!QFileInfo::exists(store->project().backupsPath()));

    r.status = ReviewStatus::Reviewed;
    QVERIFY2(store->save(r, &error), qPrintable(error.toString()));
    const QString backup = store->project().backupsPath() + QStringLiteral("/records/") + recordId(4) +
                           QStringLiteral(".v0.json");
    QFile b(backup);
    QVERIFY2(b.open(QIODevice::ReadOnly), qPrintable(backup));
    QCOMPARE(b.readAll(), v0Bytes);
    QFile migrated(path);
    QVERIFY(migrated.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(migrated.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("formatVersion")).toInt(), kRecordFormatVersion);
    QCOMPARE(o.value(QStringLiteral("review")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("reviewed"));
    QVERIFY(!store->summaries().first().flags.testFlag(RecordSummary::OldFormat));
}

void TestProjectStore::journalIsRecoverableAndRemovedOnSave()
{
    ProjectError error;
    auto store = ProjectStore::open(m_root, &error);
    ReviewRecord r = makeRecord(recordId(5), QStringLiteral("Saved"));
    QVERIFY(store->save(r, &error));
    QVERIFY(store->load(r.source.id, &r, &error));
    r.corrected.headline = QStringLiteral("Being typed");
    QVERIFY(store->writeJournal(r, &error));
    QVERIFY(store->summaries().first().flags.testFlag(RecordSummary::Journalled));
    store.reset(); // as after a crash: the journal stays

    store = ProjectStore::open(m_root, &error);
    const QList<JournalEntry> journals = store->journals();
    QCOMPARE(journals.size(), 1);
    QCOMPARE(journals.first().id, recordId(5));
    QVERIFY(store->summaries().first().flags.testFlag(RecordSummary::Journalled));
    ReviewRecord recovered;
    QVERIFY(store->readJournal(recordId(5), &recovered, &error));
    QCOMPARE(recovered.corrected.headline, QStringLiteral("Being typed"));
    ReviewRecord onDisk;
    QVERIFY(store->load(recordId(5), &onDisk, &error));
    QCOMPARE(onDisk.corrected.headline, QStringLiteral("Saved"));

    QVERIFY2(store->save(recovered, &error), qPrintable(error.toString()));
    QVERIFY(store->journals().isEmpty());
    QVERIFY(!store->summaries().first().flags.testFlag(RecordSummary::Journalled));

    QVERIFY(store->writeJournal(recovered, &error));
    QVERIFY(store->discardJournal(recordId(5), &error));
    QVERIFY(store->journals().isEmpty());
}

void TestProjectStore::cacheIsUsedWarmAndRebuiltWhenStale()
{
    ProjectError error;
    auto store = ProjectStore::open(m_root, &error);
    for (int i = 0; i < 20; ++i)
        QVERIFY(store->save(makeRecord(recordId(i), QStringLiteral("Story %1").arg(i)), &error));
    store.reset();
    store = ProjectStore::open(m_root, &error);
    QCOMPARE(store->summaries().size(), 20);
    store.reset();
    store = ProjectStore::open(m_root, &error);
    QCOMPARE(store->lastScanParsed(), 0); // warm: nothing re-read
    const QList<RecordSummary> warm = store->summaries();
    store.reset();

    // Someone else (git) changes one file and removes another: only the changed one is re-read.
    ReviewRecord changed = makeRecord(recordId(3), QStringLiteral("Changed by git pull"));
    QVERIFY(writeRaw(m_root + QStringLiteral("/records/") + recordFileName(recordId(3)),
                     encodeRecordFile(changed)));
    QVERIFY(QFile::remove(m_root + QStringLiteral("/records/") + recordFileName(recordId(4))));
    store = ProjectStore::open(m_root, &error);
    QCOMPARE(store->lastScanParsed(), 1);
    QCOMPARE(store->summaries().size(), 19);
    QCOMPARE(store->summaries().at(store->indexOf(recordId(3))).headline,
             QStringLiteral("Changed by git pull"));
    QCOMPARE(store->indexOf(recordId(4)), -1);

    // A cold open (no cache) gives the same list.
    ProjectStore::Options cold;
    cold.useCache = false;
    store.reset();
    auto rebuilt = ProjectStore::open(m_root, &error, cold);
    QCOMPARE(rebuilt->lastScanParsed(), 19);
    auto warmAgain = ProjectStore::open(m_root, &error, ProjectStore::Options{Project::Access::ReadOnly});
    QCOMPARE(rebuilt->summaries(), warmAgain->summaries());
    QCOMPARE(warm.size(), 20);
}

void TestProjectStore::damagedCacheIsRebuilt()
{
    ProjectError error;
    auto store = ProjectStore::open(m_root, &error);
    QVERIFY(store->save(makeRecord(recordId(1), QStringLiteral("One")), &error));
    store.reset();
    const QString cache = m_root + QStringLiteral("/cache/index.bin");
    QVERIFY(QFileInfo::exists(cache));
    QVERIFY(writeRaw(cache, QByteArray("GIDXgarbage")));
    store = ProjectStore::open(m_root, &error);
    QCOMPARE(store->summaries().size(), 1);
    QCOMPARE(store->lastScanParsed(), 1);
}

void TestProjectStore::manifestSettingsRoundTrip()
{
    ProjectError error;
    auto store = ProjectStore::open(m_root, &error);
    ProjectManifest m = store->project().manifest();
    m.settings.reviewers = {QStringLiteral("Ed"), QStringLiteral("Bo")};
    m.settings.creditOverrides.append(
        {QStringLiteral("Nordic Wire"), {QStringLiteral("NW"), QStringLiteral("NWire")}});
    QVERIFY(store->project().saveManifest(m, &error));
    store.reset();
    store = ProjectStore::open(m_root, &error);
    QCOMPARE(store->project().manifest(), m);
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "test_projectstore.moc"
