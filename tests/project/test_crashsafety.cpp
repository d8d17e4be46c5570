// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: a helper process saving records in a loop is killed with SIGKILL at random moments,
// hundreds of times. After every kill each record file must parse and hold one whole version (never a
// mix, never an older one than seen before), and the next process must recover the stale lock.
#include "project/projectstore.h"
#include "project/recordfile.h"
#include "projecttestutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>

using namespace galley;
using namespace galley::test;

namespace {

constexpr int kRecords = 4;
constexpr int kFillerChars = 30000; // large enough that a write takes a while, so kills land inside one
// At least kMinKills kills; more while the time budget lasts (a loaded CI machine is slow).
constexpr int kMinKills = 100;
constexpr int kMaxKills = 400;
constexpr qint64 kBudgetMs = 15000;
// About the time of one save (fsynced): kills land in every phase of a save.
constexpr quint32 kMaxDelayUs = 40000;

// The generation a record file holds, checking that its three copies agree; -1 when they do not.
qint64 generationOf(const ReviewRecord &r)
{
    const QString headline = r.corrected.headline;
    if (!headline.startsWith(QLatin1String("gen ")))
        return -1;
    const qint64 generation = headline.mid(4).toLongLong();
    if (generation == 0)
        return r.reviewer.isEmpty() ? 0 : -1;
    if (r.reviewer != headline || r.corrected.body.size() != 2 || r.corrected.body.at(1).text != headline ||
        r.corrected.body.at(0).text.size() != kFillerChars)
        return -1;
    return generation;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void killedWhileSavingLeavesWholeFiles();
};

void TestCrashSafety::killedWhileSavingLeavesWholeFiles()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("p"));
    QVERIFY(initProject(root));
    {
        ProjectError error;
        auto store = ProjectStore::open(root, &error);
        for (int i = 0; i < kRecords; ++i)
            QVERIFY(store->save(makeRecord(recordId(i), QStringLiteral("gen 0")), &error));
    }

    QList<qint64> lastSeen(kRecords, 0);
    qint64 progressed = 0;
    int kills = 0;
    QElapsedTimer clock;
    clock.start();
    auto *random = QRandomGenerator::global();
    while (kills < kMaxKills && (kills < kMinKills || clock.elapsed() < kBudgetMs)) {
        QProcess helper;
        helper.start(QStringLiteral(PROJECT_HELPER), {QStringLiteral("save"), root, QString::number(kRecords),
                                                      QString::number(kFillerChars)});
        QVERIFY(helper.waitForStarted());
        // "ready" means the project was opened writable: the lock of the previous (killed) helper was
        // recovered as stale.
        QVERIFY2(helper.waitForReadyRead(10000),
                 qPrintable(QString::fromUtf8(helper.readAllStandardError())));
        QCOMPARE(helper.readLine().trimmed(), QByteArray("ready"));
        // Let a random number of saves complete, then kill at a random moment of the next ones.
        const int wantSaves = int(random->bounded(3));
        int saves = 0;
        while (saves < wantSaves && (helper.canReadLine() || helper.waitForReadyRead(10000))) {
            while (helper.canReadLine() && saves < wantSaves)
                saves += helper.readLine().startsWith("saved") ? 1 : 0;
        }
        QThread::usleep(random->bounded(kMaxDelayUs));
        ::kill(pid_t(helper.processId()), SIGKILL);
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
        ++kills;

        for (int i = 0; i < kRecords; ++i) {
            const QString path = root + QStringLiteral("/records/") + recordFileName(recordId(i));
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            ReviewRecord r;
            ProjectError error;
            QVERIFY2(decodeRecordFile(file.readAll(), path, &r, nullptr, &error),
                     qPrintable(error.toString()));
            const qint64 generation = generationOf(r);
            QVERIFY2(generation >= 0,
                     qPrintable(QStringLiteral("kill %1: %2 holds a mixed record").arg(kills).arg(path)));
            QVERIFY2(generation >= lastSeen.at(i),
                     qPrintable(QStringLiteral("kill %1: %2 went back").arg(kills).arg(path)));
            progressed += generation - lastSeen.at(i);
            lastSeen[i] = generation;
        }
    }
    qInfo("%d kills in %lld ms, record generations advanced by %lld", kills, clock.elapsed(), progressed);
    QVERIFY(progressed > 0); // the helper did write between kills

    // The project still opens cleanly: every record listed, nothing unreadable, and temporary files a
    // kill may have left are swept by the next writer.
    ProjectError error;
    auto store = ProjectStore::open(root, &error);
    QVERIFY2(!store->isReadOnly(), qPrintable(store->readOnlyReason()));
    QCOMPARE(store->summaries().size(), kRecords);
    QVERIFY(store->problems().isEmpty());
    const QStringList stray = QDir(root + QStringLiteral("/records")).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(stray.size(), kRecords);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crashsafety.moc"
