// SPDX-License-Identifier: GPL-3.0-or-later
// A project locked by another Galley opens read-only: nothing can be edited or saved, the banner says who
// holds the lock, and the project reopens for editing once the lock is released (the check is driven
// directly, never by waiting for a timer).
#include "../guitestsupport.h"
#include "editing/recorddocument.h"
#include "mainwindow/lockwatch.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/reviewcontroller.h"
#include "mainwindow/reviewsession.h"
#include "mainwindow/sessioncontroller.h"
#include "review/multilinefield.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>

using namespace galley;
using namespace Qt::StringLiterals;

class TestReadOnlyProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::isolate(m_settings, u"test_readonlyproject"_s); }
    void init() { QSettings().clear(); }
    void lockedProjectIsShownNotChangedAndReopensWhenReleased();

private:
    QTemporaryDir m_settings;
};

void TestReadOnlyProject::lockedProjectIsShownNotChangedAndReopensWhenReleased()
{
    QTemporaryDir dir;
    QVERIFY(guitest::makeSampleProject(dir.path()));
    ProjectError error;
    auto holder = ProjectStore::open(dir.path(), &error); // "another Galley" holding the lock
    QVERIFY2(holder && !holder->isReadOnly(), qPrintable(error.toString()));

    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openPaths({dir.path()});
    QTRY_VERIFY(window.review()->document());
    QVERIFY(window.sessions()->session()->isReadOnly());
    RecordDocument *doc = window.review()->document();
    const QString headline = doc->article().headline;

    // The banner names the holder.
    auto *bar = window.findChild<QWidget *>(u"sessionBar"_s);
    QVERIFY(bar->isVisible());
    QString banner;
    for (QLabel *label : bar->findChildren<QLabel *>())
        banner += label->text();
    QVERIFY2(banner.contains(u"locked by"_s) &&
                 banner.contains(u"pid %1"_s.arg(QCoreApplication::applicationPid())),
             qPrintable(banner));

    // No field takes a keystroke, no review action is on.
    auto *edit = window.findChild<MultiLineField *>(u"headlineEdit"_s);
    QVERIFY(edit->isReadOnly());
    edit->setFocus();
    QCOMPARE(QApplication::focusWidget(), edit); // still readable and selectable
    QTest::keyClicks(edit, u"typed"_s);
    QCOMPARE(doc->article().headline, headline);
    QVERIFY(window.findChild<QLineEdit *>(u"pageNoteEdit"_s)->isReadOnly());
    for (const char *name :
         {"actionSave", "actionApproveNext", "actionReject", "actionNeedsAttention", "actionResetPage"})
        QVERIFY2(!window.findChild<QAction *>(QLatin1String(name))->isEnabled(), name);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(doc->status(), ReviewStatus::New);
    QVERIFY(!doc->isModified());

    // Still held: nothing happens. Released: the project reopens for editing, on the same page.
    const QString page = window.review()->currentId();
    QVERIFY(!window.lockWatch()->checkNow());
    QVERIFY(window.sessions()->session()->isReadOnly());
    holder.reset();
    QVERIFY(window.lockWatch()->checkNow());
    QTRY_VERIFY(window.sessions()->session() && !window.sessions()->session()->isReadOnly());
    QTRY_VERIFY(window.review()->document());
    QCOMPARE(window.review()->currentId(), page);
    edit = window.findChild<MultiLineField *>(u"headlineEdit"_s);
    QVERIFY(!edit->isReadOnly());
    QVERIFY(window.findChild<QAction *>(u"actionApproveNext"_s)->isEnabled());
    QVERIFY(!window.findChild<QWidget *>(u"sessionBar"_s)->isVisible());
}

QTEST_MAIN(TestReadOnlyProject)
#include "test_readonlyproject.moc"
