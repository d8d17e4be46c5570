// SPDX-License-Identifier: GPL-3.0-or-later
// File → New Project through the real dialog, keyboard only: a name, a folder, the full path shown before
// anything is created; the filesystem root and folders holding other files are refused.
#include "../guitestsupport.h"
#include "dialogs/newprojectdialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/reviewsession.h"
#include "mainwindow/sessioncontroller.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>

using namespace galley;
using namespace Qt::StringLiterals;

class TestNewProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::isolate(m_settings, u"test_newproject"_s); }
    void init() { QSettings().clear(); }
    void refusesRootAndCrowdedFoldersThenCreates();
    void createsAndImportsInTheBackground();

private:
    QTemporaryDir m_settings;
};

namespace {

NewProjectDialog *openDialog(MainWindow &window)
{
    window.findChild<QAction *>(u"actionNewProject"_s)->trigger();
    auto *dialog = window.findChild<NewProjectDialog *>(u"newProjectDialog"_s);
    if (dialog) {
        QApplication::setActiveWindow(dialog);
        (void)QTest::qWaitForWindowActive(dialog);
    }
    return dialog;
}

/// Replaces the folder field's text as an editor does: focus it, select all, type.
void typeFolder(QLineEdit *folder, const QString &path)
{
    folder->setFocus();
    QTest::keyClick(folder, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(folder, path);
}

} // namespace

void TestNewProject::refusesRootAndCrowdedFoldersThenCreates()
{
    QTemporaryDir dir;
    QFile other(dir.filePath(u"notes.txt"_s));
    QVERIFY(other.open(QIODevice::WriteOnly) && other.write("mine") == 4);
    other.close();

    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    NewProjectDialog *dialog = openDialog(window);
    QVERIFY(dialog && dialog->isVisible());
    auto *name = dialog->findChild<QLineEdit *>(u"newProjectName"_s);
    auto *folder = dialog->findChild<QLineEdit *>(u"newProjectFolder"_s);
    auto *path = dialog->findChild<QLabel *>(u"newProjectPath"_s);
    QPushButton *create = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(QApplication::focusWidget(), name); // the name is asked first
    QVERIFY(!create->isEnabled());

    QTest::keyClicks(name, u"Council budget"_s);
    QVERIFY(folder->text().endsWith(u"/Council budget"_s)); // follows the name until chosen
    QTest::keyClick(name, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), folder);

    // The filesystem root: refused, with the reason, and Return creates nothing.
    typeFolder(folder, u"/"_s);
    QVERIFY2(path->text().contains(u"filesystem root"_s), qPrintable(path->text()));
    QVERIFY(!create->isEnabled());
    QTest::keyClick(folder, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(!QFileInfo::exists(u"/galley.json"_s));

    // A folder holding other files: refused, naming what is in it.
    typeFolder(folder, dir.path());
    QVERIFY2(path->text().contains(u"not empty"_s) && path->text().contains(u"notes.txt"_s),
             qPrintable(path->text()));
    QTest::keyClick(folder, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(!Project::isProject(dir.path()));

    // A new folder: the full path is shown before anything is made, then Return creates it.
    const QString target = dir.filePath(u"council"_s);
    typeFolder(folder, target);
    QVERIFY(create->isEnabled());
    QVERIFY2(path->text().contains(target), qPrintable(path->text()));
    QVERIFY(!QFileInfo::exists(target));
    QTest::keyClick(folder, Qt::Key_Return);
    QTRY_VERIFY(!window.findChild<NewProjectDialog *>(u"newProjectDialog"_s));
    QVERIFY(Project::isProject(target));
    QVERIFY(window.sessions()->session() && window.sessions()->session()->isProject());
    QCOMPARE(window.sessions()->session()->title(), u"Council budget"_s);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"notes.txt"_s}); // untouched
}

void TestNewProject::createsAndImportsInTheBackground()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy finished(window.sessions(), &SessionController::jobFinished);
    NewProjectDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    // Browse… picks an empty folder; the name follows the folder's.
    dialogs::queueFileNames({dir.path()});
    dialog->findChild<QPushButton *>(u"newProjectBrowse"_s)->click();
    QCOMPARE(dialog->projectName(), QDir(dir.path()).dirName());
    dialogs::queueFileNames({guitest::kSamples}); // the captures to import
    auto *name = dialog->findChild<QLineEdit *>(u"newProjectName"_s);
    name->setFocus();
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(finished.at(0).at(0).toString().startsWith(u"Pages imported: %1"_s.arg(guitest::kSamplePages)),
             qPrintable(finished.at(0).at(0).toString()));
    QTRY_COMPARE(window.findChild<QTableView *>(u"pageTable"_s)->model()->rowCount(), guitest::kSamplePages);
    QVERIFY(Project::isProject(dir.path()));
    QVERIFY(window.sessions()->recentProjects().contains(QDir(dir.path()).absolutePath()));
}

QTEST_MAIN(TestNewProject)
#include "test_newproject.moc"
