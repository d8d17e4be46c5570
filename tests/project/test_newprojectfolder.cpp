// SPDX-License-Identifier: GPL-3.0-or-later
// Where a project may be created: only in an empty or new folder (checkNewProjectFolder and init).
#include "project/newprojectfolder.h"
#include "project/project.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

class TestNewProjectFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void newAndEmptyFoldersAreAccepted();
    void rootIsRefused();
    void folderWithOtherFilesIsRefusedAndUntouched();
    void remainsOfAFailedInitAreNotOtherFiles();
    void aFileIsNotAFolder();
};

namespace {
bool touch(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write("x") == 1;
}
} // namespace

void TestNewProjectFolder::newAndEmptyFoldersAreAccepted()
{
    QTemporaryDir dir;
    ProjectError error;
    QVERIFY2(checkNewProjectFolder(dir.filePath(QStringLiteral("a/b")), &error),
             qPrintable(error.toString()));
    QVERIFY2(checkNewProjectFolder(dir.path(), &error), qPrintable(error.toString()));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral(".git/objects"))));
    QVERIFY2(checkNewProjectFolder(dir.path(), &error), qPrintable(error.toString()));
    QVERIFY2(Project::init(dir.path(), QStringLiteral("Fresh"), *Clock::system(), &error),
             qPrintable(error.toString()));
    QVERIFY(Project::isProject(dir.path()));
}

void TestNewProjectFolder::rootIsRefused()
{
    ProjectError error;
    QVERIFY(!checkNewProjectFolder(QStringLiteral("/"), &error));
    QCOMPARE(error.path, QStringLiteral("/"));
    QVERIFY2(error.message.contains(QLatin1String("filesystem root")), qPrintable(error.message));
    // The same folder spelled otherwise.
    QVERIFY(!checkNewProjectFolder(QStringLiteral("/tmp/.."), &error));
    QVERIFY(!checkNewProjectFolder(QStringLiteral("//"), &error));
    QVERIFY(!checkNewProjectFolder(QString(), &error));
}

void TestNewProjectFolder::folderWithOtherFilesIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    QVERIFY(touch(dir.filePath(QStringLiteral("report.docx"))));
    QVERIFY(touch(dir.filePath(QStringLiteral(".hidden"))));
    ProjectError error;
    QVERIFY(!checkNewProjectFolder(dir.path(), &error));
    QCOMPARE(error.path, QDir(dir.path()).absolutePath());
    QVERIFY2(error.message.contains(QLatin1String("not empty")) &&
                 error.message.contains(QLatin1String("2 entries")) &&
                 error.message.contains(QLatin1String("report.docx")),
             qPrintable(error.message));
    QVERIFY(!Project::init(dir.path(), QString(), *Clock::system(), &error));
    QVERIFY(error.message.contains(QLatin1String("not empty")));
    // Nothing was written.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 2);
    // A folder of records left by someone else is not a remnant either.
    QTemporaryDir other;
    QVERIFY(QDir().mkpath(other.filePath(QStringLiteral("records"))));
    QVERIFY(touch(other.filePath(QStringLiteral("records/theirs.json"))));
    QVERIFY(!checkNewProjectFolder(other.path(), &error));
    QVERIFY(error.message.contains(QLatin1String("records")));
}

void TestNewProjectFolder::remainsOfAFailedInitAreNotOtherFiles()
{
    QTemporaryDir dir;
    for (const char *sub : {"records", "captures", "exports"})
        QVERIFY(QDir().mkpath(dir.filePath(QLatin1String(sub))));
    QVERIFY(touch(dir.filePath(QStringLiteral(".gitignore"))));
    ProjectError error;
    QVERIFY2(checkNewProjectFolder(dir.path(), &error), qPrintable(error.toString()));
    QVERIFY2(Project::init(dir.path(), QString(), *Clock::system(), &error), qPrintable(error.toString()));
}

void TestNewProjectFolder::aFileIsNotAFolder()
{
    QTemporaryDir dir;
    QVERIFY(touch(dir.filePath(QStringLiteral("f"))));
    ProjectError error;
    QVERIFY(!checkNewProjectFolder(dir.filePath(QStringLiteral("f")), &error));
    QVERIFY(error.message.contains(QLatin1String("not a folder")));
}

QTEST_GUILESS_MAIN(TestNewProjectFolder)
#include "test_newprojectfolder.moc"
