// SPDX-License-Identifier: GPL-3.0-or-later
// The review window end to end, through real widgets: open a copy of the sample project, correct the
// seed capture with the keyboard and the context menu, undo and redo, approve, and check that the
// record on disk holds exactly the corrections made.
#include "../guitestsupport.h"
#include "browser/pagefilterproxy.h"
#include "browser/pagetablemodel.h"
#include "dialogs/dialogs.h"
#include "editing/recorddocument.h"
#include "mainwindow/backgroundjob.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/reviewcontroller.h"
#include "mainwindow/reviewsession.h"
#include "mainwindow/sessioncontroller.h"
#include "project/importer.h"
#include "project/project.h"
#include "project/projectstore.h"
#include "review/captureview.h"
#include "review/multilinefield.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

using guitest::kSamplePages;
using guitest::kSamples;
using guitest::makeSampleProject;
using guitest::selectInView;
const QString kCaption =
    u"Japan's Prime Minister Shinzo Abe holds a news conference at the end of the G7 summit at "
    "the European Council headquarters in Brussels, June 5, 2014."_s;

/// Opens the view's context menu and picks the action named `name` from it.
void chooseFromContextMenu(CaptureView *view, const QString &name)
{
    bool chosen = false;
    QTimer::singleShot(0, view, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *action : menu->actions()) {
            if (action->objectName() == name) {
                menu->setActiveAction(action);
                QTest::keyClick(menu, Qt::Key_Return);
                chosen = true;
                return;
            }
        }
        menu->close();
    });
    const QPoint at = view->cursorRect().center();
    QContextMenuEvent event(QContextMenuEvent::Keyboard, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    QVERIFY2(chosen, qPrintable(name));
}

QString selectPageWithHeadline(MainWindow &window, const QString &words)
{
    auto *table = window.findChild<QTableView *>(u"pageTable"_s);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, PageTableModel::HeadlineColumn);
        if (index.data().toString().contains(words)) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
            return index.data(PageTableModel::IdRole).toString();
        }
    }
    return {};
}

} // namespace

class TestReviewWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void correctSeedCaptureAndReopen();
    void browserFiltersAndCounts();
    void looseCapturesOpenWithoutProject();
    void shortcutsAreListed();

private:
    QTemporaryDir m_settings;
};

void TestReviewWindow::initTestCase()
{
    guitest::isolate(m_settings, u"test_reviewwindow"_s);
}

void TestReviewWindow::init()
{
    QSettings().clear();
}

void TestReviewWindow::correctSeedCaptureAndReopen()
{
    QTemporaryDir dir;
    QVERIFY(makeSampleProject(dir.path()));
    dialogs::queueText(u"Test Editor"_s); // the reviewer's name, asked once at the first save

    QString seedId;
    {
        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openPaths({dir.path()});
        QTRY_VERIFY(window.review()->document());
        seedId = selectPageWithHeadline(window, u"Putin"_s);
        QVERIFY(!seedId.isEmpty());
        QTRY_COMPARE(window.review()->currentId(), seedId);
        RecordDocument *doc = window.review()->document();
        auto *raw = window.findChild<CaptureView *>(u"captureReadable"_s);
        QVERIFY(raw && raw->toPlainText().startsWith(u"Accessibility links"_s));
        QVERIFY(!window.isWindowModified());

        // Credit: select "Reuters" in the capture, context menu -> Use as Credit.
        selectInView(raw, u"Reuters"_s);
        chooseFromContextMenu(raw, u"actionUseAsCredit"_s);
        QCOMPARE(doc->article().credit, u"Reuters"_s);
        QCOMPARE(doc->article().provenance.value(u"credit"_s).value(0).via, u"editor"_s);
        QVERIFY(window.isWindowModified());
        QVERIFY(window.windowTitle().contains(u"[*]"_s));

        // Byline, by shortcut: Ctrl+2 on the same selection adds no byline: the engine's byline parser
        // takes an agency for the credit, not for a person.
        auto *bylines = window.findChild<QListWidget *>(u"bylinesList"_s);
        const int bylinesBefore = bylines->count();
        selectInView(raw, u"Reuters"_s);
        QVERIFY(window.findChild<QAction *>(u"actionAddAsByline"_s)->isEnabled());
        QTest::keyClick(raw, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(bylines->count(), bylinesBefore);
        // Typed into the list, it is kept, and the warning says it is an agency.
        bylines->setFocus();
        QTest::keyClick(bylines, Qt::Key_Insert);
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() != bylines);
        QTest::keyClicks(QApplication::focusWidget(), u"Reuters"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(doc->article().bylines.value(bylinesBefore), u"Reuters"_s);
        auto *warnings = window.findChild<QListWidget *>(u"warningsPanel"_s);
        QVERIFY(!warnings->findItems(u"is an agency"_s, Qt::MatchContains).isEmpty());
        // Remove every extracted byline and the agency: the seed names no person.
        bylines->setFocus();
        while (bylines->count() > 0) {
            bylines->setCurrentRow(0);
            QTest::keyClick(bylines, Qt::Key_Delete);
        }
        QVERIFY(warnings->findItems(u"is an agency"_s, Qt::MatchContains).isEmpty());
        // ... and type one in: Insert opens a new entry for editing.
        QTest::keyClick(bylines, Qt::Key_Insert);
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() != bylines);
        QTest::keyClicks(QApplication::focusWidget(), u"Jane Doe"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(doc->article().bylines, QStringList{u"Jane Doe"_s});

        // Caption: select the caption line in the capture, Ctrl+4.
        selectInView(raw, kCaption);
        QTest::keyClick(raw, Qt::Key_4, Qt::ControlModifier);
        QVERIFY(!doc->article().images.isEmpty());
        const int captioned = [&] {
            for (int i = 0; i < doc->article().images.size(); ++i)
                if (doc->article().images.at(i).caption == kCaption)
                    return i;
            return -1;
        }();
        QVERIFY(captioned >= 0);

        // Photo credit, typed into its field: one undo step for the whole word.
        auto *photoCredit = window.findChild<MultiLineField *>(u"photoCreditEdit"_s);
        photoCredit->setFocus();
        const int steps = doc->undoStack()->count();
        QTest::keyClick(photoCredit, Qt::Key_A, Qt::ControlModifier); // typed over what is there
        const QString creditBefore = doc->article().images.at(captioned).credit;
        QTest::keyClicks(photoCredit, u"Reuters"_s);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(doc->article().images.at(captioned).credit, u"Reuters"_s);

        // Undo the photo credit, redo it, with the keyboard.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc->article().images.at(captioned).credit, creditBefore);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(doc->article().images.at(captioned).credit, u"Reuters"_s);

        // Approve and next: saved, reviewed, and the window moves on to the other page.
        raw->setFocus();
        QTest::keyClick(raw, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(window.review()->currentId() != seedId);
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.findChild<QLabel *>(u"reviewCounts"_s)->text(),
                 u"1 of %1 reviewed"_s.arg(kSamplePages));
    }

    // On disk: exactly the corrections made.
    ProjectError error;
    auto store = ProjectStore::open(dir.path(), &error);
    QVERIFY2(store, qPrintable(error.toString()));
    ReviewRecord record;
    QVERIFY(store->load(seedId, &record, &error));
    QCOMPARE(record.status, ReviewStatus::Reviewed);
    QCOMPARE(record.reviewer, u"Test Editor"_s);
    QVERIFY(record.reviewedAt.isValid());
    QCOMPARE(record.corrected.credit, u"Reuters"_s);
    QCOMPARE(record.corrected.bylines, QStringList{u"Jane Doe"_s});
    bool found = false;
    for (const Image &image : record.corrected.images)
        found = found || (image.caption == kCaption && image.credit == u"Reuters"_s);
    QVERIFY(found);
    // Nothing else changed: headline, body and date are as extracted.
    QCOMPARE(record.corrected.headline, record.extracted.headline);
    QCOMPARE(record.corrected.body, record.extracted.body);
    QCOMPARE(record.corrected.published, record.extracted.published);
    store.reset();

    // Reopened in a new window, the page shows the corrections and nothing to save.
    MainWindow again;
    again.openPaths({dir.path()});
    QTRY_VERIFY(again.review()->document());
    again.review()->openPage(seedId);
    QCOMPARE(again.review()->document()->article().credit, u"Reuters"_s);
    QVERIFY(!again.review()->document()->isModified());
}

void TestReviewWindow::browserFiltersAndCounts()
{
    QTemporaryDir dir;
    QVERIFY(makeSampleProject(dir.path()));
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openPaths({dir.path()});
    QTRY_VERIFY(window.review()->document());
    auto *table = window.findChild<QTableView *>(u"pageTable"_s);
    QCOMPARE(table->model()->rowCount(), kSamplePages);
    QCOMPARE(window.findChild<QLabel *>(u"reviewCounts"_s)->text(), u"0 of %1 reviewed"_s.arg(kSamplePages));
    // Ctrl+K goes to the search field; typing filters after a short pause.
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    auto *search = window.findChild<QLineEdit *>(u"pageSearch"_s);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"putin"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QVERIFY(window.findChild<QLabel *>(u"reviewCounts"_s)->text().contains(u"1 shown"_s));
    // Sorting by a column is a header click away.
    search->clear();
    QTRY_COMPARE(table->model()->rowCount(), kSamplePages);
    table->sortByColumn(PageTableModel::HeadlineColumn, Qt::AscendingOrder);
    QVERIFY(table->model()->index(0, PageTableModel::HeadlineColumn).data().toString() <=
            table->model()->index(1, PageTableModel::HeadlineColumn).data().toString());
}

void TestReviewWindow::looseCapturesOpenWithoutProject()
{
    MainWindow window;
    window.show();
    window.openPaths({kSamples + u"/seed-capture.txt"_s});
    QTRY_VERIFY(window.review()->document());
    QVERIFY(!window.sessions()->session()->isProject());
    QVERIFY(window.findChild<QWidget *>(u"sessionBar"_s)->isVisible());
    auto *headline = window.findChild<MultiLineField *>(u"headlineEdit"_s);
    QVERIFY(!headline->text().isEmpty());
    // Corrections are kept for the session: edit, save, leave and come back.
    headline->setFocus();
    headline->selectAll();
    QTest::keyClicks(headline, u"Corrected"_s);
    dialogs::queueText(u"Loose Editor"_s);
    window.findChild<QAction *>(u"actionSave"_s)->trigger();
    QVERIFY(!window.review()->document()->isModified());
    QCOMPARE(window.sessions()->session()->summaries().value(0).headline, u"Corrected"_s);
}

void TestReviewWindow::shortcutsAreListed()
{
    MainWindow window;
    window.findChild<QAction *>(u"actionShortcuts"_s)->trigger();
    auto *tree = window.findChild<QTreeWidget *>(u"shortcutsTree"_s);
    QVERIFY(tree);
    QVERIFY(!tree->findItems(u"Approve and Next"_s, Qt::MatchRecursive | Qt::MatchContains).isEmpty());
    // Every action the window offers has an accessible text and, for the review flow, a key.
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->objectName().startsWith(u"action"_s))
            QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
    }
    QVERIFY(!window.findChild<QAction *>(u"actionApproveNext"_s)->shortcut().isEmpty());
    QVERIFY(!window.findChild<QAction *>(u"actionReject"_s)->shortcut().isEmpty());
}

QTEST_MAIN(TestReviewWindow)
#include "test_reviewwindow.moc"
