// SPDX-License-Identifier: GPL-3.0-or-later
// Changes visible: a field the editor changed is marked and shows the extracted original; "Reset to
// extracted" per field and per page, by key, each one undo step.
#include "../guitestsupport.h"
#include "editing/recorddocument.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/reviewcontroller.h"
#include "mainwindow/reviewsession.h"
#include "review/multilinefield.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QUndoStack>

using namespace galley;
using namespace Qt::StringLiterals;

class TestChangeMarks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::isolate(m_settings, u"test_changemarks"_s); }
    void init() { QSettings().clear(); }
    void changedFieldIsMarkedAndResetIsUndoable();
    void resetPageRestoresEveryField();

private:
    QTemporaryDir m_settings;
};

namespace {

bool isMarked(QWidget *w)
{
    return w->property("galleyChanged").toBool();
}

/// Lets the queued mark refresh run.
void settle()
{
    QCoreApplication::processEvents();
}

} // namespace

void TestChangeMarks::changedFieldIsMarkedAndResetIsUndoable()
{
    guitest::SampleWindow w;
    QVERIFY(w.open());
    MainWindow &window = w.window;
    RecordDocument *doc = w.document();
    const QString extracted = doc->savedRecord().extracted.headline;
    QVERIFY(!extracted.isEmpty());

    auto *headline = window.findChild<MultiLineField *>(u"headlineEdit"_s);
    auto *dateline = window.findChild<QLineEdit *>(u"datelineEdit"_s);
    settle();
    QVERIFY(!isMarked(headline));
    QVERIFY(headline->toolTip().isEmpty());

    headline->setFocus();
    QCOMPARE(QApplication::focusWidget(), headline);
    QTest::keyClick(headline, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(headline, u"A better headline"_s);
    settle();
    QVERIFY(isMarked(headline));
    QVERIFY(!isMarked(dateline));
    QVERIFY2(headline->toolTip().contains(extracted), qPrintable(headline->toolTip()));
    QVERIFY(headline->palette().color(QPalette::Base) != dateline->palette().color(QPalette::Base));

    // Reset the field by key: the extracted headline is back, focus stays in the field, one undo step.
    const int steps = doc->undoStack()->count();
    QTest::keyClick(headline, Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(headline->text(), extracted);
    QCOMPARE(doc->article().headline, extracted);
    QCOMPARE(QApplication::focusWidget(), headline);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    settle();
    QVERIFY(!isMarked(headline));
    QVERIFY(headline->toolTip().isEmpty());

    // Undo brings the correction back (and its mark).
    window.findChild<QAction *>(u"actionUndo"_s)->trigger();
    QCOMPARE(doc->article().headline, u"A better headline"_s);
    settle();
    QVERIFY(isMarked(headline));
}

void TestChangeMarks::resetPageRestoresEveryField()
{
    guitest::SampleWindow w;
    QVERIFY(w.open());
    MainWindow &window = w.window;
    RecordDocument *doc = w.document();
    const Article extracted = doc->savedRecord().extracted;

    auto *dateline = window.findChild<QLineEdit *>(u"datelineEdit"_s);
    dateline->setFocus();
    QTest::keyClick(dateline, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(dateline, u"OSLO"_s);
    QTest::keyClick(dateline, Qt::Key_Tab);
    auto *body = window.findChild<QListWidget *>(u"bodyList"_s);
    QVERIFY(body->count() > 0);
    body->setFocus();
    body->setCurrentRow(0);
    QTest::keyClick(body, Qt::Key_Space); // exclude the first block
    QVERIFY(!doc->draft().isIncluded(0));
    settle();
    QVERIFY(isMarked(dateline));
    QVERIFY(isMarked(body));

    const int steps = doc->undoStack()->count();
    QTest::keyClick(body, Qt::Key_R, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(doc->draft().corrected(), extracted);
    QCOMPARE(dateline->text(), extracted.dateline);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    settle();
    QVERIFY(!isMarked(dateline));
    QVERIFY(!isMarked(body));
    window.findChild<QAction *>(u"actionUndo"_s)->trigger();
    QCOMPARE(doc->article().dateline, u"OSLO"_s);
    QVERIFY(!doc->draft().isIncluded(0));
}

QTEST_MAIN(TestChangeMarks)
#include "test_changemarks.moc"
