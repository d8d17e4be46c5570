// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing hidden: record files the project store cannot read (damaged, a newer format version) and every
// failure of an import are listed in the Problems panel with file, place and reason, and "Reveal File"
// opens the file's folder.
#include "../guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/reviewcontroller.h"
#include "mainwindow/reviewsession.h"
#include "mainwindow/sessioncontroller.h"
#include "project/project.h"
#include "review/problemspanel.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// The rows of one group of the panel ("Import (2)"): file, place, reason.
QList<QStringList> rowsOf(QTreeWidget *tree, const QString &groupPrefix)
{
    QList<QStringList> rows;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        if (group->isHidden() || !group->text(0).startsWith(groupPrefix))
            continue;
        for (int i = 0; i < group->childCount(); ++i)
            rows.append({group->child(i)->text(0), group->child(i)->text(1), group->child(i)->text(2)});
    }
    return rows;
}

} // namespace

/// Stands in for the desktop's file manager.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestProblemsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unreadableRecordsAreListed();
    void everyImportFailureIsListed();

private:
    QTemporaryDir m_settings;
};

void TestProblemsPanel::initTestCase()
{
    guitest::isolate(m_settings, u"test_problemspanel"_s);
    QSettings().clear();
}

void TestProblemsPanel::unreadableRecordsAreListed()
{
    QTemporaryDir dir;
    QVERIFY(guitest::makeSampleProject(dir.path()));
    const QDir records(dir.filePath(u"records"_s));
    const QStringList files = records.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), guitest::kSamplePages);
    const QString damaged = records.absoluteFilePath(files.at(0));
    const QString newer = records.absoluteFilePath(files.at(1));
    QVERIFY(writeFile(damaged, "{\n  \"formatVersion\": 1,\n<<<<<<< HEAD\n"));
    QFile newerFile(newer);
    QVERIFY(newerFile.open(QIODevice::ReadOnly));
    QJsonObject future = QJsonDocument::fromJson(newerFile.readAll()).object();
    newerFile.close();
    future.insert(u"formatVersion"_s, 99);
    QVERIFY(writeFile(newer, QJsonDocument(future).toJson()));

    MainWindow window;
    window.show();
    window.openPaths({dir.path()});
    auto *panel = window.findChild<ProblemsPanel *>(u"problemsPanel"_s);
    QVERIFY(panel);
    auto *dock = window.findChild<QDockWidget *>(u"problemsDock"_s);
    QVERIFY(dock->isVisible());
    QCOMPARE(dock->windowTitle(), u"Problems (2)"_s);

    const QList<QStringList> rows = rowsOf(panel->tree(), u"Records that could not be read"_s);
    QCOMPARE(rows.size(), 2);
    const auto rowFor = [&](const QString &path) {
        for (const QStringList &row : rows) {
            if (row.at(0) == QFileInfo(path).fileName())
                return row;
        }
        return QStringList{QString(), QString(), QString()};
    };
    // Where the JSON breaks, and what the store says, for the damaged file; the version for the newer one.
    QVERIFY2(rowFor(damaged).at(1).startsWith(u"line 3"_s), qPrintable(rowFor(damaged).join(u" | "_s)));
    QVERIFY(!rowFor(damaged).at(2).isEmpty());
    QVERIFY2(rowFor(newer).at(2).contains(u"99"_s), qPrintable(rowFor(newer).join(u" | "_s)));

    // Reveal File opens the folder holding the file (through the desktop, here a stand-in).
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
    QTreeWidget *tree = panel->tree();
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->text(0) == QFileInfo(damaged).fileName())
            tree->setCurrentItem(*it);
    }
    QVERIFY(panel->revealAction()->isEnabled());
    QApplication::setActiveWindow(&window);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Return);
    QDesktopServices::unsetUrlHandler(u"file"_s);
    QCOMPARE(catcher.opened, QList<QUrl>{QUrl::fromLocalFile(records.absolutePath())});
}

void TestProblemsPanel::everyImportFailureIsListed()
{
    QTemporaryDir dir;
    QVERIFY(guitest::makeSampleProject(dir.path()));
    QTemporaryDir captures;
    QStringList broken;
    for (int i = 0; i < 7; ++i) {
        broken.append(captures.filePath(u"broken-%1.warc"_s.arg(i)));
        QVERIFY(writeFile(broken.last(), "this is no WARC record\n"));
    }

    MainWindow window;
    window.show();
    window.openPaths({dir.path()});
    QVERIFY(window.review()->document());
    auto *panel = window.findChild<ProblemsPanel *>(u"problemsPanel"_s);
    QCOMPARE(panel->problems().size(), 0);

    QSignalSpy finished(window.sessions(), &SessionController::jobFinished);
    window.openPaths({captures.path()});
    QTRY_COMPARE(finished.count(), 1);
    const QList<QStringList> rows = rowsOf(panel->tree(), u"Import"_s);
    QCOMPARE(rows.size(), broken.size()); // every one, not the first of "(7 in all)"
    for (const QString &path : broken) {
        QVERIFY2(std::any_of(rows.begin(), rows.end(),
                             [&](const QStringList &row) {
                                 return row.at(0) == QFileInfo(path).fileName() && !row.at(2).isEmpty();
                             }),
                 qPrintable(path));
    }
    QVERIFY(window.findChild<QDockWidget *>(u"problemsDock"_s)->isVisible());
}

QTEST_MAIN(TestProblemsPanel)
#include "test_problemspanel.moc"
