// SPDX-License-Identifier: GPL-3.0-or-later
// Every format against checked-in goldens (tests/data/export/<format>/), and byte-for-byte determinism.
// Regenerate the goldens after an intended change with GALLEY_UPDATE_GOLDENS=1 and review the diff.
#include "export/exportjob.h"
#include "export/exportregistry.h"
#include "exportfixtures.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

class TestExportGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesGolden_data();
    void matchesGolden();
    void sameRecordsGiveSameBytes_data() { matchesGolden_data(); }
    void sameRecordsGiveSameBytes();

private:
    static QMap<QString, QByteArray> exportFiles(const Exporter &exporter, const QString &dir);
};

void TestExportGolden::matchesGolden_data()
{
    QTest::addColumn<QString>("format");
    for (const QString &id : exportregistry::ids())
        QTest::newRow(qPrintable(id)) << id;
}

// Exports the fixtures into `dir` and returns file name -> bytes.
QMap<QString, QByteArray> TestExportGolden::exportFiles(const Exporter &exporter, const QString &dir)
{
    const QString target = exporter.layout() == Exporter::Layout::Stream
                               ? QDir(dir).filePath(QStringLiteral("export.") + exporter.suffix())
                               : dir;
    const ExportResult result = exportToPath(exporter, testing::fixtureRecords(), target);
    QMap<QString, QByteArray> files;
    [&] { QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n'))); }();
    for (const QString &path : result.files) {
        QFile f(path);
        [&] { QVERIFY(f.open(QIODevice::ReadOnly)); }();
        files.insert(QFileInfo(path).fileName(), f.readAll());
    }
    return files;
}

void TestExportGolden::matchesGolden()
{
    QFETCH(QString, format);
    const Exporter *exporter = exportregistry::find(format);
    QVERIFY(exporter);
    QTemporaryDir tmp;
    const QMap<QString, QByteArray> actual = exportFiles(*exporter, tmp.path());
    QVERIFY(!actual.isEmpty());
    if (exporter->layout() == Exporter::Layout::FilePerArticle)
        QCOMPARE(actual.size(), testing::fixtureRecords().size());

    const QDir golden(galley::test::sourceDir() + QStringLiteral("/tests/data/export/") + format);
    if (qEnvironmentVariableIsSet("GALLEY_UPDATE_GOLDENS")) {
        QDir(golden.path()).removeRecursively();
        QVERIFY(QDir().mkpath(golden.path()));
        for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
            QFile f(golden.filePath(it.key()));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(it.value());
        }
        QSKIP("goldens regenerated because GALLEY_UPDATE_GOLDENS is set; unset it to compare against them");
    }
    QCOMPARE(golden.entryList(QDir::Files, QDir::Name), QStringList(actual.keys()));
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        QFile f(golden.filePath(it.key()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray expected = f.readAll();
        if (it.value() != expected) {
            // Point at the first differing line rather than dumping two whole files.
            const QList<QByteArray> a = it.value().split('\n'), e = expected.split('\n');
            for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
                if (a.value(i) != e.value(i))
                    QFAIL(qPrintable(QStringLiteral("%1 line %2:\n  actual:   %3\n  expected: %4")
                                         .arg(it.key())
                                         .arg(i + 1)
                                         .arg(QString::fromUtf8(a.value(i)), QString::fromUtf8(e.value(i)))));
            }
        }
    }
}

void TestExportGolden::sameRecordsGiveSameBytes()
{
    QFETCH(QString, format);
    const Exporter *exporter = exportregistry::find(format);
    QTemporaryDir first, second;
    const QMap<QString, QByteArray> a = exportFiles(*exporter, first.path());
    const QMap<QString, QByteArray> b = exportFiles(*exporter, second.path());
    QVERIFY(!a.isEmpty());
    QCOMPARE(a, b);
}

QTEST_GUILESS_MAIN(TestExportGolden)
#include "test_exportgolden.moc"
