// SPDX-License-Identifier: GPL-3.0-or-later
// Links inside a project (git carries them) never lead Galley out of the project folder: a link in
// place of records/, cache/, journal/ or captures/, or of a file in them, is refused with a message
// naming it, and nothing outside the project is created, deleted, overwritten or read.
#include "project/importer.h"
#include "project/projectstore.h"
#include "project/recordfile.h"
#include "projecttestutil.h"

#include <QDirIterator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;
using namespace galley::test;

namespace {

QByteArray pageBytes(const QByteArray &headline)
{
    return "<html><head><title>" + headline + "</title></head><body><article><h1>" + headline +
           "</h1><p>The council met on Tuesday to discuss the harbour plan and its costs for the town, "
           "and voted to publish the full budget next month.</p></article></body></html>\n";
}

bool writeBytes(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// Every file under `dir` with its bytes: the outside world, which must not change.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        files.insert(path, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>"));
    }
    return files;
}

// Imports `paths` into the project at `root`, collecting the messages.
ImportResult importInto(const QString &root, const QStringList &paths, QStringList *messages)
{
    ProjectError error;
    const auto store = ProjectStore::open(root, &error);
    if (!store) {
        messages->append(error.toString());
        return {};
    }
    Importer importer(*store);
    importer.setErrorHandler([&](const ProjectError &e) { messages->append(e.toString()); });
    return importer.importPaths(paths);
}

} // namespace

class TestProjectLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void linkedFolderIsRefused_data();
    void linkedFolderIsRefused();
    void danglingRecordLinkCreatesNothingOutside();
    void recordLinkIsAProblemNotARecord();
    void captureLinkIsNotReadAsThePage();

private:
    std::unique_ptr<QTemporaryDir> m_holder;
    QTemporaryDir *m_dir = nullptr;
    QString m_root, m_outside, m_inputs;
};

void TestProjectLinks::init()
{
    m_holder = std::make_unique<QTemporaryDir>();
    m_dir = m_holder.get();
    m_root = m_dir->filePath(QStringLiteral("project"));
    m_outside = m_dir->filePath(QStringLiteral("outside"));
    m_inputs = m_dir->filePath(QStringLiteral("inputs"));
    QVERIFY(initProject(m_root));
    QVERIFY(QDir().mkpath(m_outside));
    QVERIFY(QDir().mkpath(m_inputs));
    // Files outside named like what the project would sweep or write.
    QVERIFY(writeBytes(m_outside + QStringLiteral("/index.bin.ABCDEF"), "outside data"));
    QVERIFY(writeBytes(m_outside + QStringLiteral("/index.bin"), "outside cache"));
    QVERIFY(writeBytes(m_outside + QStringLiteral("/x.json.ABCDEF"), "outside journal temp"));
    QVERIFY(writeBytes(m_inputs + QStringLiteral("/story.html"), pageBytes("Harbour plan approved")));
}

void TestProjectLinks::linkedFolderIsRefused_data()
{
    QTest::addColumn<QString>("folder");
    for (const char *name : {"records", "captures", "cache", "journal", "backups", "exports"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestProjectLinks::linkedFolderIsRefused()
{
    QFETCH(QString, folder);
    const QString link = m_root + QLatin1Char('/') + folder;
    QDir(link).removeRecursively();
    QVERIFY(QFile::link(m_outside, link));
    const auto before = snapshot(m_outside);
    ProjectError error;
    const auto store = ProjectStore::open(m_root, &error);
    QVERIFY(!store);
    QCOMPARE(error.path, link);
    QVERIFY2(error.message.contains(QLatin1String("symbolic link")), qPrintable(error.toString()));
    QCOMPARE(snapshot(m_outside), before);
}

void TestProjectLinks::danglingRecordLinkCreatesNothingOutside()
{
    // The record the import will write is already there as a dangling link leading outside.
    QString id;
    {
        ProjectError error;
        const auto store = ProjectStore::open(m_root, &error);
        Importer importer(*store);
        QCOMPARE(importer.importPaths({m_inputs}).pagesImported, 1);
        id = store->summaries().first().id;
    }
    const QString recordPath = m_root + QStringLiteral("/records/") + id + QStringLiteral(".json");
    QVERIFY(QFile::remove(recordPath));
    const QString target = m_outside + QStringLiteral("/planted.json");
    QVERIFY(QFile::link(target, recordPath));
    const auto before = snapshot(m_outside);

    QStringList messages;
    const ImportResult result = importInto(m_root, {m_inputs}, &messages);
    QCOMPARE(result.pagesImported, 0);
    QCOMPARE(result.failures, 1);
    QVERIFY2(messages.join(u'\n').contains(recordPath), qPrintable(messages.join(u'\n')));
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(snapshot(m_outside), before);
}

void TestProjectLinks::recordLinkIsAProblemNotARecord()
{
    const ReviewRecord outsideRecord = makeRecord(recordId(7), QStringLiteral("Outside"));
    QVERIFY(writeBytes(m_outside + QStringLiteral("/r.json"), encodeRecordFile(outsideRecord)));
    const QString link = m_root + QStringLiteral("/records/") + recordId(7) + QStringLiteral(".json");
    QVERIFY(QFile::link(m_outside + QStringLiteral("/r.json"), link));
    ProjectError error;
    const auto store = ProjectStore::open(m_root, &error);
    QVERIFY(store);
    QVERIFY(store->summaries().isEmpty());
    QCOMPARE(store->problems().size(), 1);
    QCOMPARE(store->problems().first().path, link);
    ReviewRecord loaded;
    QVERIFY(!store->load(recordId(7), &loaded, &error));
    QVERIFY2(error.message.contains(QLatin1String("symbolic link")), qPrintable(error.toString()));
    QVERIFY(!store->save(outsideRecord, &error, ProjectStore::SaveMode::Overwrite));
    QVERIFY2(error.message.contains(QLatin1String("symbolic link")), qPrintable(error.toString()));
}

void TestProjectLinks::captureLinkIsNotReadAsThePage()
{
    // The capture's content name already exists in captures/ as a link to an outside file.
    QFile input(m_inputs + QStringLiteral("/story.html"));
    QVERIFY(input.open(QIODevice::ReadOnly));
    const QString sha = sha256Hex(input.readAll());
    QVERIFY(writeBytes(m_outside + QStringLiteral("/secret.html"), pageBytes("Outside secret")));
    const QString link = m_root + QStringLiteral("/captures/") + sha + QStringLiteral(".html");
    QVERIFY(QFile::link(m_outside + QStringLiteral("/secret.html"), link));

    QStringList messages;
    const ImportResult result = importInto(m_root, {m_inputs}, &messages);
    QCOMPARE(result.failures, 1);
    QCOMPARE(result.pagesImported, 0);
    QVERIFY2(messages.join(u'\n').contains(link), qPrintable(messages.join(u'\n')));
    ProjectError error;
    const auto store = ProjectStore::open(m_root, &error);
    QVERIFY(store);
    QVERIFY(store->summaries().isEmpty());
    // And a record pointing at the link does not read it either.
    RecordSource source;
    source.path = QStringLiteral("captures/") + sha + QStringLiteral(".html");
    source.index = 0;
    Capture capture;
    QVERIFY(!store->loadCapture(source, &capture, &error));
    QVERIFY2(error.message.contains(QLatin1String("symbolic link")), qPrintable(error.toString()));
}

QTEST_GUILESS_MAIN(TestProjectLinks)
#include "test_projectlinks.moc"
