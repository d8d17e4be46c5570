// SPDX-License-Identifier: GPL-3.0-or-later
// The project lock: one writer; a second instance opens read-only and says who holds the lock; a lock
// left by a killed process is recovered.
#include "project/projectstore.h"
#include "projecttestutil.h"

#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace galley;
using namespace galley::test;

class TestProjectLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void secondInstanceInProcessIsReadOnly();
    void otherProcessHoldsTheLock();
    void staleLockOfKilledProcessIsRecovered();
    void readOnlyAccessTakesNoLock();
    void unreadableOldLockIsRecovered_data();
    void unreadableOldLockIsRecovered();
    void unreadableFreshLockGivesAHint();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
};

void TestProjectLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_root = m_dir->filePath(QStringLiteral("p"));
    QVERIFY(initProject(m_root));
}

void TestProjectLock::secondInstanceInProcessIsReadOnly()
{
    ProjectError error;
    auto first = ProjectStore::open(m_root, &error);
    QVERIFY(first && !first->isReadOnly());
    QVERIFY(first->save(makeRecord(recordId(1), QStringLiteral("mine")), &error));

    auto second = ProjectStore::open(m_root, &error);
    QVERIFY(second);
    QVERIFY(second->isReadOnly());
    QVERIFY(second->project().lockHolder().has_value());
    QCOMPARE(second->project().lockHolder()->pid, QCoreApplication::applicationPid());
    QVERIFY2(
        second->readOnlyReason().contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())),
        qPrintable(second->readOnlyReason()));
    // The read-only instance lists and loads, but writes nothing.
    QCOMPARE(second->summaries().size(), 1);
    ReviewRecord r;
    QVERIFY(second->load(recordId(1), &r, &error));
    r.corrected.headline = QStringLiteral("theirs");
    QVERIFY(!second->save(r, &error));
    QCOMPARE(error.kind, ProjectError::ReadOnly);
    QVERIFY(error.message.contains(QLatin1String("locked by")));
    QVERIFY(!second->writeJournal(r, &error));
    QCOMPARE(error.kind, ProjectError::ReadOnly);

    // Once the first closes, the next open is the writer.
    first.reset();
    second.reset();
    auto third = ProjectStore::open(m_root, &error);
    QVERIFY(!third->isReadOnly());
}

void TestProjectLock::otherProcessHoldsTheLock()
{
    QProcess helper;
    helper.start(QStringLiteral(PROJECT_HELPER), {QStringLiteral("hold"), m_root});
    QVERIFY(helper.waitForReadyRead(10000));
    const QByteArray line = helper.readLine().trimmed();
    QVERIFY2(line.startsWith("locked "), line.constData());
    const qint64 pid = line.mid(7).toLongLong();

    ProjectError error;
    auto store = ProjectStore::open(m_root, &error);
    QVERIFY(store && store->isReadOnly());
    const auto holder = store->project().lockHolder();
    QVERIFY(holder);
    QCOMPARE(holder->pid, pid);
    QCOMPARE(holder->hostname, QSysInfo::machineHostName());
    QVERIFY(store->readOnlyReason().contains(QStringLiteral("(pid %1) on host").arg(pid)));
    helper.kill();
    helper.waitForFinished();
}

void TestProjectLock::staleLockOfKilledProcessIsRecovered()
{
    QProcess helper;
    helper.start(QStringLiteral(PROJECT_HELPER), {QStringLiteral("hold"), m_root});
    QVERIFY(helper.waitForReadyRead(10000));
    ::kill(pid_t(helper.processId()), SIGKILL);
    QVERIFY(helper.waitForFinished(10000));
    QVERIFY(QFileInfo::exists(m_root + QStringLiteral("/galley.lock"))); // left behind by the crash

    ProjectError error;
    auto store = ProjectStore::open(m_root, &error);
    QVERIFY(store);
    QVERIFY2(!store->isReadOnly(), qPrintable(store->readOnlyReason()));
    QVERIFY(store->save(makeRecord(recordId(2), QStringLiteral("after crash")), &error));
}

void TestProjectLock::readOnlyAccessTakesNoLock()
{
    ProjectError error;
    ProjectStore::Options options;
    options.access = Project::Access::ReadOnly;
    auto reader = ProjectStore::open(m_root, &error, options);
    QVERIFY(reader->isReadOnly());
    auto writer = ProjectStore::open(m_root, &error);
    QVERIFY(!writer->isReadOnly());
}

void TestProjectLock::unreadableOldLockIsRecovered_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("\x01\x02 not a lock \xff\n");
}

// An empty or garbage galley.lock (a full disk, a stray copy) has no holder to wait for: once it is
// clearly not being written, it is removed and the lock taken, and the user is told.
void TestProjectLock::unreadableOldLockIsRecovered()
{
    QFETCH(QByteArray, content);
    const QString lockPath = m_root + QStringLiteral("/galley.lock");
    QFile lock(lockPath);
    QVERIFY(lock.open(QIODevice::WriteOnly));
    QCOMPARE(lock.write(content), content.size());
    lock.close();
    QVERIFY(lock.open(QIODevice::ReadWrite));
    QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
    lock.close();

    ProjectError error;
    const auto store = ProjectStore::open(m_root, &error);
    QVERIFY(store);
    QVERIFY2(!store->isReadOnly(), qPrintable(store->readOnlyReason()));
    QVERIFY2(store->project().notice().contains(lockPath), qPrintable(store->project().notice()));
    // The lock is a real one now: a second instance is read-only and names this process.
    const auto second = ProjectStore::open(m_root, &error);
    QVERIFY(second && second->isReadOnly());
    QCOMPARE(second->project().lockHolder()->pid, QCoreApplication::applicationPid());
}

// One just created may be a lock being written this instant: left alone, with a hint.
void TestProjectLock::unreadableFreshLockGivesAHint()
{
    const QString lockPath = m_root + QStringLiteral("/galley.lock");
    QFile lock(lockPath);
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.close();
    ProjectError error;
    const auto store = ProjectStore::open(m_root, &error);
    QVERIFY(store && store->isReadOnly());
    QVERIFY2(store->readOnlyReason().contains(lockPath) &&
                 store->readOnlyReason().contains(QLatin1String("remove it")),
             qPrintable(store->readOnlyReason()));
    QVERIFY(QFileInfo::exists(lockPath));
}

QTEST_GUILESS_MAIN(TestProjectLock)
#include "test_projectlock.moc"
