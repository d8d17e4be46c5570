// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindow.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>

using namespace galley;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsRawCaptureBesideArticle();
};

void TestMainWindow::showsRawCaptureBesideArticle()
{
    MainWindow window;
    window.show();
    window.openPaths({QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/seed-capture.txt")});
    auto *pages = window.findChild<QListWidget *>(QStringLiteral("pageList"));
    QVERIFY(pages);
    QCOMPARE(pages->count(), 1);
    auto *raw = window.findChild<QPlainTextEdit *>(QStringLiteral("capturePane"));
    QVERIFY(raw);
    QVERIFY(raw->toPlainText().startsWith(QLatin1String("Accessibility links")));
    QVERIFY(!raw->extraSelections().isEmpty());
    auto *headline = window.findChild<QLineEdit *>(QStringLiteral("headlineEdit"));
    QVERIFY(headline);
    QVERIFY(!headline->text().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
