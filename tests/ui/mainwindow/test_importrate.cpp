// SPDX-License-Identifier: GPL-3.0-or-later
// The import's status-bar words: pages, rate and time left from the bytes read, never a guess before
// there is something to go on.
#include "mainwindow/importrate.h"
#include "mainwindow/translations.h"
#include "project/importer.h"

#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

class TestImportRate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The words as an English-speaking editor reads them, plural forms included.
    void initTestCase() { QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates))); }
    void words_data();
    void words();
};

void TestImportRate::words_data()
{
    QTest::addColumn<int>("pages");
    QTest::addColumn<qint64>("bytesDone");
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<int>("permille");
    QTest::addColumn<QString>("text");
    const qint64 total = 1000000;
    QTest::newRow("nothing read yet") << 0 << qint64(0) << qint64(200) << 0 << u"0 pages"_s;
    QTest::newRow("one page") << 1 << qint64(10) << qint64(300) << 0 << u"1 page"_s;
    QTest::newRow("too early for a rate") << 64 << qint64(100000) << qint64(400) << 100 << u"64 pages"_s;
    QTest::newRow("a tenth in two seconds")
        << 420 << qint64(100000) << qint64(2000) << 100 << u"420 pages · 210 pages/s · about 18 s left"_s;
    QTest::newRow("minutes left") << 210 << qint64(10000) << qint64(1000) << 10
                                  << u"210 pages · 210 pages/s · about 1 min 39 s left"_s;
    QTest::newRow("done: no time left")
        << 9995 << total << qint64(30000) << 1000 << u"9995 pages · 333 pages/s"_s;
}

void TestImportRate::words()
{
    QFETCH(int, pages);
    QFETCH(qint64, bytesDone);
    QFETCH(qint64, elapsedMs);
    QFETCH(int, permille);
    QFETCH(QString, text);
    QLocale::setDefault(QLocale::c());
    ImportProgress progress;
    progress.pagesImported = pages;
    progress.bytesDone = bytesDone;
    progress.bytesTotal = 1000000;
    const ImportRate rate = importRate(progress, elapsedMs);
    QCOMPARE(rate.permille, permille);
    QCOMPARE(rate.text, text);
}

QTEST_GUILESS_MAIN(TestImportRate)
#include "test_importrate.moc"
