// SPDX-License-Identifier: GPL-3.0-or-later
// Loose captures (no project): quitting with corrections asks to save them into a new project or to
// discard them; saved, the captures are imported and the corrections applied to the imported pages.
#include "../guitestsupport.h"
#include "dialogs/newprojectdialog.h"
#include "editing/recorddocument.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/reviewcontroller.h"
#include "mainwindow/reviewsession.h"
#include "mainwindow/sessioncontroller.h"
#include "review/multilinefield.h"

#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>

using namespace galley;
using namespace Qt::StringLiterals;

class TestLooseQuit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::isolate(m_settings, u"test_loosequit"_s); }
    void init() { QSettings().clear(); }
    void quittingSavesCorrectionsIntoANewProject();
    void quittingCanDiscardThem();
    void quittingWithoutCorrectionsAsksNothing();

private:
    QTemporaryDir m_settings;
};

namespace {

const QString kSeed = guitest::kSamples + u"/seed-capture.txt"_s;

/// Opens the seed capture loose and retypes its headline with the keyboard.
bool openAndCorrect(MainWindow &window)
{
    window.show();
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    window.openPaths({kSeed});
    if (!QTest::qWaitFor([&] { return window.review()->document() != nullptr; }))
        return false;
    auto *headline = window.findChild<MultiLineField *>(u"headlineEdit"_s);
    headline->setFocus();
    QTest::keyClick(headline, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(headline, u"Corrected while loose"_s);
    return window.review()->document()->isModified() && !window.sessions()->session()->isProject();
}

} // namespace

void TestLooseQuit::quittingSavesCorrectionsIntoANewProject()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"kept"_s);
    MainWindow window;
    QVERIFY(openAndCorrect(window));
    const QString id = window.review()->currentId();
    dialogs::queueText(u"Loose Editor"_s); // the reviewer's name at the first save
    dialogs::queueAnswer(QMessageBox::Save);
    QSignalSpy carried(window.sessions(), &SessionController::correctionsCarried);
    QVERIFY(!window.close()); // not yet: the corrections need a project first

    auto *dialog = window.findChild<NewProjectDialog *>(u"newProjectDialog"_s);
    QVERIFY(dialog);
    QApplication::setActiveWindow(dialog);
    auto *name = dialog->findChild<QLineEdit *>(u"newProjectName"_s);
    QTRY_COMPARE(QApplication::focusWidget(), name);
    QTest::keyClicks(name, u"Kept"_s);
    QTest::keyClick(name, Qt::Key_Tab);
    auto *folder = dialog->findChild<QLineEdit *>(u"newProjectFolder"_s);
    QCOMPARE(QApplication::focusWidget(), folder);
    QTest::keyClick(folder, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(folder, target);
    QTest::keyClick(folder, Qt::Key_Return);

    QTRY_COMPARE(carried.count(), 1);
    QVERIFY(carried.at(0).at(0).toBool());
    QTRY_VERIFY(!window.isVisible()); // closed once the corrections were safe
    ProjectError error;
    auto store = ProjectStore::open(target, &error);
    QVERIFY2(store, qPrintable(error.toString()));
    ReviewRecord saved;
    QVERIFY2(store->load(id, &saved, &error), qPrintable(error.toString()));
    QCOMPARE(saved.corrected.headline, u"Corrected while loose"_s);
    QCOMPARE(saved.reviewer, u"Loose Editor"_s);
    QVERIFY(saved.extracted.headline != saved.corrected.headline);
}

void TestLooseQuit::quittingCanDiscardThem()
{
    MainWindow window;
    QVERIFY(openAndCorrect(window));
    dialogs::queueText(u"Loose Editor"_s);
    dialogs::queueAnswer(QMessageBox::Cancel);
    QVERIFY(!window.close());
    QTRY_VERIFY(window.review()->document()); // back on the page, corrections still there
    QCOMPARE(window.review()->document()->article().headline, u"Corrected while loose"_s);
    dialogs::queueAnswer(QMessageBox::Discard);
    QVERIFY(window.close());
    QVERIFY(!window.findChild<NewProjectDialog *>(u"newProjectDialog"_s));
}

void TestLooseQuit::quittingWithoutCorrectionsAsksNothing()
{
    MainWindow window;
    window.show();
    window.openPaths({kSeed});
    QTRY_VERIFY(window.review()->document());
    dialogs::queueAnswer(QMessageBox::Cancel); // would keep the window open if asked
    QVERIFY(window.close());
    // (the queued answer is left unused; drain it so later tests start clean)
    QCOMPARE(dialogs::question(nullptr, {}, {}, QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok),
             QMessageBox::Cancel);
}

QTEST_MAIN(TestLooseQuit)
#include "test_loosequit.moc"
