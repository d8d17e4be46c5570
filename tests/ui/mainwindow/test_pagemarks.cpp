// SPDX-License-Identifier: GPL-3.0-or-later
// Reasons, notes and batch status in the window, by keyboard: a note typed on a page and a reason given
// when rejecting are saved in the record, shown in the page list and exported; several pages selected in
// the list get their status at once.
#include "../guitestsupport.h"
#include "browser/pagetablemodel.h"
#include "editing/recorddocument.h"
#include "export/csvexporter.h"
#include "export/ninjsexporter.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/reviewcontroller.h"
#include "mainwindow/reviewsession.h"

#include <QAction>
#include <QIcon>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>

using namespace galley;
using namespace Qt::StringLiterals;

class TestPageMarks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::isolate(m_settings, u"test_pagemarks"_s); }
    void init() { QSettings().clear(); }
    void noteAndReasonAreSavedListedAndExported();
    void selectedPagesGetTheirStatusAtOnce();
    void cancellingTheReasonChangesNothing();
    void reopensOnThePageLastWorkedOn();

private:
    QTemporaryDir m_settings;
};

namespace {

ReviewRecord savedRecord(const QString &project, const QString &id)
{
    ProjectError error;
    ProjectStore::Options options;
    options.access = Project::Access::ReadOnly;
    options.watch = false;
    auto store = ProjectStore::open(project, &error, options);
    ReviewRecord record;
    if (!store || !store->load(id, &record, &error))
        qWarning("%s", qPrintable(error.toString()));
    return record;
}

struct Window : guitest::SampleWindow
{
    QTableView *table = nullptr;

    bool open()
    {
        if (!SampleWindow::open())
            return false;
        table = window.findChild<QTableView *>(u"pageTable"_s);
        return table;
    }
    QString cellText(const QString &id, int column) const
    {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, column);
            if (index.data(PageTableModel::IdRole).toString() == id)
                return index.data().toString();
        }
        return {};
    }
};

} // namespace

void TestPageMarks::noteAndReasonAreSavedListedAndExported()
{
    Window w;
    QVERIFY(w.open());
    dialogs::queueText(u"Test Editor"_s);
    RecordDocument *doc = w.window.review()->document();
    const QString id = doc->savedRecord().source.id;

    // Alt+N goes to the note; the note is typed there.
    QTest::keyClick(&w.window, Qt::Key_N, Qt::AltModifier);
    auto *note = w.window.findChild<QLineEdit *>(u"pageNoteEdit"_s);
    QTRY_COMPARE(QApplication::focusWidget(), note);
    QTest::keyClicks(note, u"Ask the desk, \"twice\""_s);
    QCOMPARE(doc->note(), u"Ask the desk, \"twice\""_s);
    QVERIFY(doc->isModified());

    // Reject from the page list by key: the reason is asked, then the page is saved and the review moves on.
    dialogs::queueReason(u"Not an article: an index page"_s);
    w.table->setFocus();
    QTest::keyClick(w.table, Qt::Key_Backspace, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(w.window.review()->currentId() != id);

    const ReviewRecord saved = savedRecord(w.dir.path(), id);
    QCOMPARE(saved.status, ReviewStatus::Rejected);
    QCOMPARE(saved.reason, u"Not an article: an index page"_s);
    QCOMPARE(saved.note, u"Ask the desk, \"twice\""_s);
    QCOMPARE(saved.reviewer, u"Test Editor"_s);
    // Listed: beside the headline (icon and tooltip) and in the reason / note column ...
    QTRY_COMPARE(w.cellText(id, PageTableModel::NoteColumn),
                 u"Not an article: an index page · Ask the desk, \"twice\""_s);
    for (int row = 0; row < w.table->model()->rowCount(); ++row) {
        const QModelIndex headline = w.table->model()->index(row, PageTableModel::HeadlineColumn);
        const bool marked = headline.data(PageTableModel::IdRole).toString() == id;
        QCOMPARE(!headline.data(Qt::DecorationRole).value<QIcon>().isNull(), marked);
        QCOMPARE(headline.data(Qt::ToolTipRole).toString().contains(u"Ask the desk"_s), marked);
    }
    // ... and exported where the formats have a place for them.
    const QStringList header = CsvExporter::header();
    const QStringList row = CsvExporter::row(saved);
    QCOMPARE(row.value(header.indexOf(u"reason"_s)), saved.reason);
    QCOMPARE(row.value(header.indexOf(u"note"_s)), saved.note);
    QCOMPARE(row.value(header.indexOf(u"status"_s)), u"rejected"_s);
    QCOMPARE(row.value(header.indexOf(u"reviewer"_s)), u"Test Editor"_s);
    const QString ednote = NinjsExporter::toNinjs(saved).value(u"ednote"_s).toString();
    QVERIFY2(ednote.contains(saved.reason) && ednote.contains(saved.note), qPrintable(ednote));

    // Back on the page, the note and reason are shown again.
    w.window.review()->openPage(id);
    QCOMPARE(note->text(), saved.note);
    auto *reason = w.window.findChild<QLabel *>(u"pageReason"_s);
    QVERIFY2(reason->isVisible() && reason->text().contains(saved.reason), qPrintable(reason->text()));
}

void TestPageMarks::selectedPagesGetTheirStatusAtOnce()
{
    Window w;
    QVERIFY(w.open());
    dialogs::queueText(u"Test Editor"_s);
    // Click the first row, then extend the selection by two rows with Shift+Down.
    const QModelIndex first = w.table->model()->index(0, PageTableModel::HeadlineColumn);
    QTest::mouseClick(w.table->viewport(), Qt::LeftButton, {}, w.table->visualRect(first).center());
    w.table->setFocus();
    QCOMPARE(QApplication::focusWidget(), w.table);
    QTest::keyClick(w.table, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(w.table, Qt::Key_Down, Qt::ShiftModifier);
    QStringList ids;
    for (int row = 0; row < 3; ++row)
        ids.append(w.table->model()->index(row, 0).data(PageTableModel::IdRole).toString());
    QCOMPARE(w.table->selectionModel()->selectedRows().size(), 3);

    dialogs::queueReason(u"Check with the desk"_s);
    QTest::keyClick(w.table, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    for (const QString &id : std::as_const(ids)) {
        const ReviewRecord saved = savedRecord(w.dir.path(), id);
        QCOMPARE(saved.status, ReviewStatus::NeedsAttention);
        QCOMPARE(saved.reason, u"Check with the desk"_s);
    }
    // The pages not selected are untouched, and the list shows the new statuses.
    const QString fourth = w.table->model()->index(3, 0).data(PageTableModel::IdRole).toString();
    QCOMPARE(savedRecord(w.dir.path(), fourth).status, ReviewStatus::New);
    for (const QString &id : std::as_const(ids))
        QTRY_COMPARE(w.cellText(id, PageTableModel::StatusColumn),
                     PageTableModel::statusText(ReviewStatus::NeedsAttention));
    QCOMPARE(QApplication::focusWidget(), w.table); // the batch leaves the editor where they were
}

void TestPageMarks::cancellingTheReasonChangesNothing()
{
    Window w;
    QVERIFY(w.open());
    const QString id = w.window.review()->currentId();
    dialogs::queueReason(QString()); // Cancel
    w.table->setFocus();
    QTest::keyClick(w.table, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w.window.review()->currentId(), id);
    QCOMPARE(w.window.review()->document()->status(), ReviewStatus::New);
    QVERIFY(!w.window.review()->document()->isModified());
}

void TestPageMarks::reopensOnThePageLastWorkedOn()
{
    QString last;
    QTemporaryDir dir;
    QVERIFY(guitest::makeSampleProject(dir.path()));
    {
        MainWindow window;
        window.show();
        window.openPaths({dir.path()});
        QTRY_VERIFY(window.review()->document());
        const QString first = window.review()->currentId();
        auto *table = window.findChild<QTableView *>(u"pageTable"_s);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier); // the last page of the list
        last =
            table->model()->index(table->model()->rowCount() - 1, 0).data(PageTableModel::IdRole).toString();
        QTRY_COMPARE(window.review()->currentId(), last);
        QVERIFY(last != first);
    }
    {
        MainWindow window;
        window.show();
        window.openPaths({dir.path()});
        QTRY_VERIFY(window.review()->document());
        QCOMPARE(window.review()->currentId(), last);
    }
    // A page that is gone (or another project) falls back to the first unreviewed page.
    QSettings settings;
    for (const QString &key : settings.allKeys()) {
        if (key.startsWith(u"lastPage/"_s))
            settings.setValue(key, u"no-such-page"_s);
    }
    MainWindow again;
    again.show();
    again.openPaths({dir.path()});
    QTRY_VERIFY(again.review()->document());
    QVERIFY(!again.review()->currentId().isEmpty());
}

QTEST_MAIN(TestPageMarks)
#include "test_pagemarks.moc"
