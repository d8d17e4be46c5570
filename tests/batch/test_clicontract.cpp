// SPDX-License-Identifier: GPL-3.0-or-later
// The command line a script can trust, on the real executable: warnings on stderr with exit 0 (failures
// under --strict), failures exit 1, an unknown command is a usage error (exit 2) with the closest
// command suggested, the window without a display says so in one line (exit 3), every file given or
// found is read or reported (names are bytes), one-line summaries unless --quiet, and full or read-only
// disks reported in the system's words with nothing half-written left behind.
#include "../support/scratchmount.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using galley::test::ScratchMount;

namespace {

// The executable under test: the one built beside this test, or GALLEY_UNDER_TEST (to show that a
// test fails against an older build).
QString galleyBinary()
{
    return qEnvironmentVariable("GALLEY_UNDER_TEST", galley::test::galleyBinary());
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runGalley(const QStringList &arguments,
              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
              const QString &program = galleyBinary())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Runs a shell command line (for arguments that are raw bytes, which QProcess cannot pass).
Run runShell(const QByteArray &script)
{
    QProcess process;
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromLatin1(script)});
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray page(const QByteArray &headline, const QByteArray &extra = {})
{
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + headline +
           "</title></head><body><article><h1>" + headline +
           "</h1><p>The council met on Tuesday to discuss the harbour plan and its costs " + extra +
           "for the town, and voted to publish the full budget next month.</p></article></body></html>\n";
}

bool writeBytes(const QByteArray &path, const QByteArray &data)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, data.constData(), size_t(data.size())) == data.size();
    return ::close(fd) == 0 && ok;
}

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

int countLines(const QByteArray &out)
{
    return int(out.count('\n'));
}

} // namespace

class TestCliContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownCommandIsAUsageError();
    void windowWithoutDisplaySaysSoInOneLine();
    void warningsExitZeroUnlessStrict();
    void summariesUnlessQuiet();
    void everyFileInAFolderIsReadOrReported();
    void nonUtf8NamesWork();
    void unreadableFileIsReported();
    void initOnFullDiskFailsAndLeavesNoManifest();
    void initOverEmptyManifestSaysWhatIsWrong();
    void initRefusesTheRootAndFoldersOfOtherFiles();
    void perArticleExportOnFullDiskFailsAndSaysWhy();
    void streamExportToAFullDeviceFails();
};

void TestCliContract::unknownCommandIsAUsageError()
{
    const Run typo = runGalley({QStringLiteral("exprot")});
    QCOMPARE(typo.exitCode, 2);
    QVERIFY2(typo.err.contains(QLatin1String("did you mean 'export'")), qPrintable(typo.err));
    const Run word = runGalley({QStringLiteral("frobnicate")});
    QCOMPARE(word.exitCode, 2);
    QVERIFY2(word.err.contains(QLatin1String("'frobnicate' is not a command")), qPrintable(word.err));
    QVERIFY(!word.err.contains(QLatin1String("did you mean")));
}

void TestCliContract::windowWithoutDisplaySaysSoInOneLine()
{
    QTemporaryDir dir;
    QVERIFY(writeBytes(encoded(dir.filePath(QStringLiteral("a.html"))), page("A page")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    const Run run = runGalley({dir.filePath(QStringLiteral("a.html"))}, env);
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(QLatin1String("no display")), qPrintable(run.err));
}

void TestCliContract::warningsExitZeroUnlessStrict()
{
    QTemporaryDir dir;
    // Declared UTF-8 but holding a Latin-1 byte: read, with U+FFFD and a warning.
    const QString damaged = dir.filePath(QStringLiteral("damaged.html"));
    QVERIFY(writeBytes(encoded(damaged), page("Caf\xe9 owners protest")));
    const Run extract = runGalley({QStringLiteral("extract"), damaged});
    QCOMPARE(extract.exitCode, 0);
    QCOMPARE(countLines(extract.out), 1);
    QVERIFY2(extract.err.contains(QLatin1String("warning")) && extract.err.contains(QLatin1String("U+FFFD")),
             qPrintable(extract.err));
    QCOMPARE(runGalley({QStringLiteral("extract"), QStringLiteral("--strict"), damaged}).exitCode, 1);

    const QString project = dir.filePath(QStringLiteral("p"));
    QCOMPARE(runGalley({QStringLiteral("init"), project}).exitCode, 0);
    const Run import = runGalley({QStringLiteral("import"), QStringLiteral("--project"), project, damaged});
    QCOMPARE(import.exitCode, 0);
    QVERIFY2(import.err.contains(QLatin1String("1 page imported")) &&
                 import.err.contains(QLatin1String("1 warning")),
             qPrintable(import.err));
    const QString other = dir.filePath(QStringLiteral("other.html"));
    QVERIFY(writeBytes(encoded(other), page("Caf\xe9 owners win", "again ")));
    QCOMPARE(runGalley({QStringLiteral("import"), QStringLiteral("--strict"), QStringLiteral("--project"),
                        project, other})
                 .exitCode,
             1);
}

void TestCliContract::summariesUnlessQuiet()
{
    QTemporaryDir dir;
    const QString inputs = dir.filePath(QStringLiteral("in"));
    QVERIFY(QDir().mkpath(inputs));
    QVERIFY(writeBytes(encoded(inputs + QStringLiteral("/a.html")), page("First story")));
    QVERIFY(writeBytes(encoded(inputs + QStringLiteral("/b.html")), page("Second story")));
    const QString project = dir.filePath(QStringLiteral("p"));

    const Run init = runGalley({QStringLiteral("init"), project});
    QCOMPARE(init.exitCode, 0);
    QCOMPARE(init.err.count(u'\n'), 1);
    QVERIFY2(init.err.startsWith(QLatin1String("galley init: created")), qPrintable(init.err));

    const Run import = runGalley({QStringLiteral("import"), QStringLiteral("--project"), project, inputs});
    QCOMPARE(import.exitCode, 0);
    QCOMPARE(import.err.count(u'\n'), 1);
    QVERIFY2(import.err.contains(QLatin1String("2 pages imported, 0 duplicates skipped, 0 failures")),
             qPrintable(import.err));
    const Run again = runGalley({QStringLiteral("import"), QStringLiteral("--project"), project, inputs});
    QVERIFY2(again.err.contains(QLatin1String("0 pages imported, 2 duplicates skipped, 0 failures")),
             qPrintable(again.err));

    const Run exported =
        runGalley({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--format"),
                   QStringLiteral("html"), QStringLiteral("--status"), QStringLiteral("all")});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.err.count(u'\n'), 1);
    QVERIFY2(exported.err.contains(QLatin1String("2 of 2 records exported as html")),
             qPrintable(exported.err));

    const QString quietProject = dir.filePath(QStringLiteral("q"));
    for (const QStringList &args :
         {QStringList{QStringLiteral("init"), QStringLiteral("--quiet"), quietProject},
          QStringList{QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--project"),
                      quietProject, inputs},
          QStringList{QStringLiteral("export"), QStringLiteral("--quiet"), QStringLiteral("--project"),
                      quietProject, QStringLiteral("--format"), QStringLiteral("jsonl"),
                      QStringLiteral("--status"), QStringLiteral("all")}}) {
        const Run quiet = runGalley(args);
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(quiet.err.isEmpty(), qPrintable(args.join(u' ') + QLatin1String(": ") + quiet.err));
    }
}

void TestCliContract::everyFileInAFolderIsReadOrReported()
{
    QTemporaryDir dir;
    const QByteArray root = encoded(dir.path());
    QVERIFY(writeBytes(root + "/plain.html", page("Plain name")));
    QVERIFY(writeBytes(root + "/caf\xe9-latin1.html", page("Latin-1 name")));
    QVERIFY(
        writeBytes(root + "/\xff\xfe.txt", "Odd bytes name\n\nA short text page about the harbour plan.\n"));
    QCOMPARE(::symlink("/nonexistent/gone.html", (root + "/dangling.html").constData()), 0);
    const Run extract = runGalley({QStringLiteral("extract"), dir.path()});
    QCOMPARE(countLines(extract.out), 3);
    QCOMPARE(extract.exitCode, 1);
    QVERIFY2(extract.err.contains(QLatin1String("dangling.html")), qPrintable(extract.err));

    const QString project = dir.filePath(QStringLiteral("p"));
    QCOMPARE(runGalley({QStringLiteral("init"), QStringLiteral("--quiet"), project}).exitCode, 0);
    const Run import =
        runGalley({QStringLiteral("import"), QStringLiteral("--project"), project, dir.path()});
    QCOMPARE(import.exitCode, 1);
    QVERIFY2(import.err.contains(QLatin1String("3 pages imported")), qPrintable(import.err));
    QVERIFY2(import.err.contains(QLatin1String("dangling.html")), qPrintable(import.err));
    // QTemporaryDir cannot remove names that are not UTF-8 (Qt decodes them lossily).
    ::unlink((root + "/caf\xe9-latin1.html").constData());
    ::unlink((root + "/\xff\xfe.txt").constData());
}

void TestCliContract::nonUtf8NamesWork()
{
    QTemporaryDir dir;
    const QByteArray name = "caf\xe9.html";
    QVERIFY(writeBytes(encoded(dir.path()) + '/' + name, page("Latin-1 name given explicitly")));
    const Run run = runShell("cd '" + encoded(dir.path()) + "' && exec '" + encoded(galleyBinary()) +
                             "' extract \"$(printf 'caf\\351.html')\"");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(countLines(run.out), 1);
    QVERIFY(run.out.contains("Latin-1 name given explicitly"));
    // A missing one is reported with its bytes shown, not as U+FFFD.
    const Run missing = runShell("cd '" + encoded(dir.path()) + "' && exec '" + encoded(galleyBinary()) +
                                 "' extract \"$(printf 'na\\351.html')\"");
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QLatin1String("na\\xE9.html: no such file")), qPrintable(missing.err));
    ::unlink((encoded(dir.path()) + '/' + name).constData());
}

void TestCliContract::unreadableFileIsReported()
{
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                  QFileDevice::ExeOther));
    const QByteArray root = encoded(dir.path());
    QVERIFY(writeBytes(root + "/readable.html", page("Readable")));
    QVERIFY(writeBytes(root + "/secret.html", page("Not readable")));
    QCOMPARE(::chmod((root + "/secret.html").constData(), 0), 0);
    // Root reads everything: run as nobody then.
    QStringList command{galleyBinary()};
    if (::geteuid() == 0) {
        if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("running as root without setpriv to drop privileges");
        command = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                              QStringLiteral("--clear-groups"), galleyBinary()};
    }
    const QString program =
        ::geteuid() == 0 ? QStandardPaths::findExecutable(QStringLiteral("setpriv")) : galleyBinary();
    if (::geteuid() == 0)
        command.append({QStringLiteral("extract"), dir.path()});
    else
        command = {QStringLiteral("extract"), dir.path()};
    const Run run = runGalley(command, QProcessEnvironment::systemEnvironment(), program);
    QCOMPARE(countLines(run.out), 1);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("secret.html")) &&
                 run.err.contains(QLatin1String("Permission denied")),
             qPrintable(run.err));
}

void TestCliContract::initOnFullDiskFailsAndLeavesNoManifest()
{
    ScratchMount disk(128 * 1024);
    if (disk.skipReason())
        QSKIP(disk.skipReason());
    QVERIFY(disk.fill());
    const QString project = disk.filePath(QStringLiteral("p"));
    const Run run = runGalley({QStringLiteral("init"), project});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("No space left on device")), qPrintable(run.err));
    QVERIFY(!run.err.contains(QLatin1String("Unknown error")));
    QVERIFY(!QFileInfo::exists(project + QStringLiteral("/galley.json")));
}

void TestCliContract::initOverEmptyManifestSaysWhatIsWrong()
{
    QTemporaryDir dir;
    QVERIFY(writeBytes(encoded(dir.filePath(QStringLiteral("galley.json"))), {}));
    const Run run = runGalley({QStringLiteral("init"), dir.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("galley.json: is empty (0 bytes)")) &&
                 !run.err.contains(QLatin1String("already a Galley project")),
             qPrintable(run.err));
}

void TestCliContract::initRefusesTheRootAndFoldersOfOtherFiles()
{
    const Run root = runGalley({QStringLiteral("init"), QStringLiteral("/")});
    QCOMPARE(root.exitCode, 1);
    QVERIFY2(root.err.contains(QLatin1String("filesystem root")), qPrintable(root.err));

    QTemporaryDir dir;
    QVERIFY(writeBytes(encoded(dir.filePath(QStringLiteral("notes.txt"))), "mine"));
    const Run crowded = runGalley({QStringLiteral("init"), dir.path()});
    QCOMPARE(crowded.exitCode, 1);
    QVERIFY2(crowded.err.contains(QLatin1String("not empty")) &&
                 crowded.err.contains(QLatin1String("notes.txt")),
             qPrintable(crowded.err));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("galley.json"))));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("records"))));

    // An empty folder (here with a fresh repository) and a new one are fine.
    const QString empty = dir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty + QStringLiteral("/.git")));
    QCOMPARE(runGalley({QStringLiteral("init"), QStringLiteral("--quiet"), empty}).exitCode, 0);
    QCOMPARE(
        runGalley({QStringLiteral("init"), QStringLiteral("--quiet"), dir.filePath(QStringLiteral("new"))})
            .exitCode,
        0);
}

void TestCliContract::perArticleExportOnFullDiskFailsAndSaysWhy()
{
    QTemporaryDir dir;
    const QString inputs = dir.filePath(QStringLiteral("in"));
    QVERIFY(QDir().mkpath(inputs));
    for (int n = 0; n < 3; ++n)
        QVERIFY(writeBytes(encoded(inputs + QStringLiteral("/%1.html").arg(n)),
                           page("Story " + QByteArray::number(n))));
    const QString project = dir.filePath(QStringLiteral("p"));
    QCOMPARE(runGalley({QStringLiteral("init"), QStringLiteral("--quiet"), project}).exitCode, 0);
    QCOMPARE(runGalley({QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--project"),
                        project, inputs})
                 .exitCode,
             0);
    ScratchMount disk(128 * 1024);
    if (disk.skipReason())
        QSKIP(disk.skipReason());
    const QString out = disk.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    QVERIFY(disk.fill());
    for (const char *format : {"html", "markdown", "ninjs"}) {
        const Run run =
            runGalley({QStringLiteral("export"), QStringLiteral("--project"), project,
                       QStringLiteral("--format"), QLatin1String(format), QStringLiteral("--status"),
                       QStringLiteral("all"), QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("No space left on device")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("0 of 3 records exported")), qPrintable(run.err));
        QVERIFY2(QDir(out).entryList(QDir::Files | QDir::Hidden).isEmpty(),
                 qPrintable(QDir(out).entryList(QDir::Files | QDir::Hidden).join(u' ')));
    }
}

void TestCliContract::streamExportToAFullDeviceFails()
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full");
    QTemporaryDir dir;
    QVERIFY(writeBytes(encoded(dir.filePath(QStringLiteral("a.html"))), page("A story")));
    const QString project = dir.filePath(QStringLiteral("p"));
    QCOMPARE(runGalley({QStringLiteral("init"), QStringLiteral("--quiet"), project}).exitCode, 0);
    QCOMPARE(runGalley({QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--project"),
                        project, dir.filePath(QStringLiteral("a.html"))})
                 .exitCode,
             0);
    const Run exported = runShell("exec '" + encoded(galleyBinary()) + "' export --project '" +
                                  encoded(project) + "' --format jsonl --status all > /dev/full");
    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.err.contains(QLatin1String("No space left on device")), qPrintable(exported.err));
    const Run extracted = runShell("exec '" + encoded(galleyBinary()) + "' extract '" +
                                   encoded(dir.filePath(QStringLiteral("a.html"))) + "' > /dev/full");
    QCOMPARE(extracted.exitCode, 1);
    QVERIFY2(extracted.err.contains(QLatin1String("No space left on device")), qPrintable(extracted.err));
}

QTEST_GUILESS_MAIN(TestCliContract)
#include "test_clicontract.moc"
