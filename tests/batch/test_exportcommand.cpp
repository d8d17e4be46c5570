// SPDX-License-Identifier: GPL-3.0-or-later
// `galley export` on a real project, exercised on the real executable.
#include "../export/exportfixtures.h"
#include "export/exportjob.h"
#include "export/exportregistry.h"
#include "project/clock.h"
#include "project/project.h"
#include "project/projectstore.h"
#include "testpaths.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

class TestExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void streamGoesToStdoutAndMatchesTheExporter_data();
    void streamGoesToStdoutAndMatchesTheExporter();
    void statusSelectsRecords();
    void perArticleFormatsFillAFolder();
    void outWritesAFile();
    void sameProjectGivesSameBytes();
    void projectIsNotModified();
    void wrongUsageExitsTwo();
    void missingProjectFailsNamingIt();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Result run(const QStringList &arguments) const;
    QList<ReviewRecord> m_records;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

TestExportCommand::Result TestExportCommand::run(const QStringList &arguments) const
{
    QProcess process;
    process.start(galley::test::galleyBinary(), QStringList{u"export"_qs} + arguments);
    [&] { QVERIFY(process.waitForFinished(60000)); }();
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

// A project with two reviewed records and one that needs attention, saved through the project store.
void TestExportCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = m_dir->filePath(u"project"_qs);
    const FixedClock clock(testing::utc("2026-03-01T09:00:00Z"));
    ProjectError error;
    QVERIFY2(Project::init(m_project, u"Export test"_qs, clock, &error), qPrintable(error.toString()));
    ReviewRecord attention = testing::englishRecord();
    attention.source.id = QString(64, u'a');
    attention.source.path = u"captures/zzz.html"_qs;
    attention.status = ReviewStatus::NeedsAttention;
    m_records = {testing::englishRecord(), testing::nonLatinRecord(), attention};
    ProjectStore::Options options;
    options.watch = false;
    options.clock = &clock;
    const auto store = ProjectStore::open(m_project, &error, options);
    QVERIFY2(store, qPrintable(error.toString()));
    for (const ReviewRecord &r : m_records)
        QVERIFY2(store->save(r, &error), qPrintable(error.toString()));
}

void TestExportCommand::streamGoesToStdoutAndMatchesTheExporter_data()
{
    QTest::addColumn<QString>("format");
    for (const Exporter *e : exportregistry::exporters()) {
        if (e->layout() == Exporter::Layout::Stream)
            QTest::newRow(qPrintable(e->id())) << e->id();
    }
}

void TestExportCommand::streamGoesToStdoutAndMatchesTheExporter()
{
    QFETCH(QString, format);
    const Result r = run({u"--project"_qs, m_project, u"--format"_qs, format});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Exactly what the exporter writes for the reviewed records, in the documented order.
    QBuffer expected;
    expected.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(exportregistry::find(format)->write(selectForExport(m_records, ReviewStatus::Reviewed), &expected,
                                                &error));
    QCOMPARE(r.out, expected.data());
}

void TestExportCommand::statusSelectsRecords()
{
    const auto lines = [&](const QString &status) {
        QStringList args{u"--project"_qs, m_project, u"--format"_qs, u"jsonl"_qs};
        if (!status.isEmpty())
            args << u"--status"_qs << status;
        const Result r = run(args);
        return r.exitCode == 0 ? r.out.count('\n') : -1;
    };
    QCOMPARE(lines(QString()), 2);
    QCOMPARE(lines(u"reviewed"_qs), 2);
    QCOMPARE(lines(u"all"_qs), 3);
    QCOMPARE(lines(u"needs-attention"_qs), 1);
    QCOMPARE(lines(u"rejected"_qs), 0);
    const Result none =
        run({u"--project"_qs, m_project, u"--format"_qs, u"csv"_qs, u"--status"_qs, u"rejected"_qs});
    QVERIFY2(none.err.contains(u"no records with status rejected"_qs), qPrintable(none.err));
    // A NewsML-G2 message cannot be empty: that is an error, and nothing is written.
    const Result newsml =
        run({u"--project"_qs, m_project, u"--format"_qs, u"newsml"_qs, u"--status"_qs, u"rejected"_qs});
    QCOMPARE(newsml.exitCode, 1);
    QVERIFY(newsml.out.isEmpty());
}

void TestExportCommand::perArticleFormatsFillAFolder()
{
    const Result r = run({u"--project"_qs, m_project, u"--format"_qs, u"ninjs"_qs});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    const QDir exports(m_project + u"/exports/ninjs"_qs);
    QCOMPARE(exports.entryList(QDir::Files).size(), 2);
    QVERIFY(r.err.contains(u"2 files written"_qs));

    const QString out = m_dir->filePath(u"md"_qs);
    const Result md = run({u"--project"_qs, m_project, u"--format"_qs, u"markdown"_qs, u"--status"_qs,
                           u"all"_qs, u"--out"_qs, out});
    QVERIFY2(md.exitCode == 0, qPrintable(md.err));
    QCOMPARE(QDir(out).entryList({u"*.md"_qs}, QDir::Files).size(), 3);
}

void TestExportCommand::outWritesAFile()
{
    const QString out = m_dir->filePath(u"all.csv"_qs);
    const Result r = run({u"--project"_qs, m_project, u"--format"_qs, u"csv"_qs, u"--out"_qs, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count("\r\n"), 3);
}

void TestExportCommand::sameProjectGivesSameBytes()
{
    const QStringList args{u"--project"_qs, m_project,      u"--format"_qs,
                           u"newsml"_qs,    u"--status"_qs, u"all"_qs};
    const Result a = run(args), b = run(args);
    QCOMPARE(a.exitCode, 0);
    QVERIFY(!a.out.isEmpty());
    QCOMPARE(a.out, b.out);
}

void TestExportCommand::projectIsNotModified()
{
    const auto snapshot = [&] {
        QMap<QString, QByteArray> files;
        QDirIterator it(m_project + u"/records"_qs, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                files.insert(it.filePath(), f.readAll());
        }
        return files;
    };
    const auto before = snapshot();
    QVERIFY(!before.isEmpty());
    QCOMPARE(
        run({u"--project"_qs, m_project, u"--format"_qs, u"jsonl"_qs, u"--status"_qs, u"all"_qs}).exitCode,
        0);
    QCOMPARE(snapshot(), before);
}

void TestExportCommand::wrongUsageExitsTwo()
{
    QCOMPARE(run({u"--format"_qs, u"jsonl"_qs}).exitCode, 2);
    QCOMPARE(run({u"--project"_qs, m_project}).exitCode, 2);
    const Result pdf = run({u"--project"_qs, m_project, u"--format"_qs, u"pdf"_qs});
    QCOMPARE(pdf.exitCode, 2);
    QVERIFY2(pdf.err.contains(u"unknown format 'pdf'"_qs), qPrintable(pdf.err));
    QCOMPARE(
        run({u"--project"_qs, m_project, u"--format"_qs, u"csv"_qs, u"--status"_qs, u"done"_qs}).exitCode, 2);
    QCOMPARE(run({u"--project"_qs, m_project, u"--format"_qs, u"csv"_qs, u"extra"_qs}).exitCode, 2);
    const Result help = run({u"--help"_qs});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--format"));
}

void TestExportCommand::missingProjectFailsNamingIt()
{
    const QString missing = m_dir->filePath(u"no-such-project"_qs);
    const Result r = run({u"--project"_qs, missing, u"--format"_qs, u"jsonl"_qs});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"no-such-project"_qs), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "test_exportcommand.moc"
