// SPDX-License-Identifier: GPL-3.0-or-later
// The `galley extract` command-line contract, exercised on the real executable.
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestExtractCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedCaptureGivesOneCompleteRecord();
    void folderIsSearchedRecursively();
    void missingFileFailsButOthersArePrinted();
    void emptyFileAndEmptyFolderAreReported();
    void wrongUsageExitsTwo();
    void versionAndHelp();

private:
    struct Result
    {
        int exitCode;
        QList<QJsonObject> records;
        QString errors;
    };
    static Result run(const QStringList &arguments);
};

TestExtractCommand::Result TestExtractCommand::run(const QStringList &arguments)
{
    QProcess process;
    process.start(galley::test::galleyBinary(), arguments);
    [&] { QVERIFY(process.waitForFinished(60000)); }();
    Result result{process.exitCode(), {}, QString::fromUtf8(process.readAllStandardError())};
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        [&] { QVERIFY2(doc.isObject(), qPrintable(error.errorString())); }();
        result.records.append(doc.object());
    }
    return result;
}

static QString sample(const char *name)
{
    return galley::test::sourceDir() + QStringLiteral("/resources/samples/") + QLatin1String(name);
}

void TestExtractCommand::seedCaptureGivesOneCompleteRecord()
{
    const Result r = run({QStringLiteral("extract"), sample("seed-capture.txt")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.records.size(), 1);
    const QJsonObject rec = r.records.first();
    for (const char *key : {"source", "headline", "bylines", "contributors", "published", "dateline",
                            "credit", "publisher", "images", "body", "text", "provenance"})
        QVERIFY2(rec.contains(QLatin1String(key)), key);
    const QJsonObject source = rec.value(QStringLiteral("source")).toObject();
    QCOMPARE(source.value(QStringLiteral("path")).toString(), sample("seed-capture.txt"));
    QCOMPARE(source.value(QStringLiteral("format")).toString(), QStringLiteral("text"));
    QCOMPARE(source.value(QStringLiteral("index")).toInt(), 0);
    QVERIFY(source.value(QStringLiteral("url")).isNull());
    QCOMPARE(source.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    QVERIFY(rec.value(QStringLiteral("text")).toString().contains(QLatin1String("Shinzo Abe")));
}

void TestExtractCommand::folderIsSearchedRecursively()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a/b")));
    QVERIFY(QFile::copy(sample("seed-capture.txt"), dir.filePath(QStringLiteral("a/b/one.txt"))));
    QVERIFY(QFile::copy(sample("brussels-summit.html"), dir.filePath(QStringLiteral("a/two.html"))));
    const Result r = run({QStringLiteral("extract"), dir.path()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.records.size(), 2);
    // Sorted order: a/b/one.txt before a/two.html.
    QVERIFY(r.records.at(0)
                .value(QStringLiteral("source"))
                .toObject()
                .value(QStringLiteral("path"))
                .toString()
                .endsWith(QLatin1String("one.txt")));
    QCOMPARE(
        r.records.at(1).value(QStringLiteral("source")).toObject().value(QStringLiteral("format")).toString(),
        QStringLiteral("html"));
}

void TestExtractCommand::missingFileFailsButOthersArePrinted()
{
    const Result r = run(
        {QStringLiteral("extract"), QStringLiteral("/nonexistent/page.html"), sample("seed-capture.txt")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.records.size(), 1);
    QVERIFY2(r.errors.contains(QLatin1String("galley: /nonexistent/page.html: ")), qPrintable(r.errors));
}

void TestExtractCommand::emptyFileAndEmptyFolderAreReported()
{
    QTemporaryDir dir;
    QFile empty(dir.filePath(QStringLiteral("empty.html")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("nothing")));
    const Result r =
        run({QStringLiteral("extract"), empty.fileName(), dir.filePath(QStringLiteral("nothing"))});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.records.size(), 0);
    QVERIFY2(r.errors.contains(empty.fileName() + QLatin1String(": ")), qPrintable(r.errors));
    QVERIFY2(r.errors.contains(QLatin1String("empty")), qPrintable(r.errors));
    QVERIFY2(r.errors.contains(QLatin1String("no capture files")), qPrintable(r.errors));
}

void TestExtractCommand::wrongUsageExitsTwo()
{
    QCOMPARE(run({QStringLiteral("extract")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("extract"), QStringLiteral("--no-such-option"), sample("seed-capture.txt")})
                 .exitCode,
             2);
}

void TestExtractCommand::versionAndHelp()
{
    QProcess process;
    process.start(galley::test::galleyBinary(), {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().startsWith("galley "));
    process.start(galley::test::galleyBinary(), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY(process.readAllStandardOutput().contains("extract"));
}

QTEST_GUILESS_MAIN(TestExtractCommand)
#include "test_extractcommand.moc"
