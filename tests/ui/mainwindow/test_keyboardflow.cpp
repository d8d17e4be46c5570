// SPDX-License-Identifier: GPL-3.0-or-later
// The review loop with the keyboard only, through real key events, with the focus checked after every
// step: ten generated pages reviewed (export from a field, typing and its undo, a capture shortcut, the
// page's undo and redo from inside the field, approve), the approve-with-warnings question, the search
// box, the list keys, the shortcuts list, and the caption box.
#include "../guitestsupport.h"
#include "browser/projectbrowser.h"
#include "dialogs/dialogs.h"
#include "editing/recorddocument.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/reviewcontroller.h"
#include "mainwindow/reviewsession.h"
#include "project/importer.h"
#include "project/project.h"
#include "project/projectstore.h"
#include "review/captureview.h"
#include "review/multilinefield.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeWidget>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

constexpr int kPages = 10;

/// Each page's headline has a word of its own, so a search finds exactly one page.
QString headlineOf(int page)
{
    static const QStringList kWords = {u"Alder"_s, u"Birch"_s, u"Cedar"_s, u"Damson"_s,  u"Elm"_s,  u"Fir"_s,
                                       u"Gorse"_s, u"Hazel"_s, u"Ivy"_s,   u"Juniper"_s, u"Larch"_s};
    return u"Harbour plan %1 approved after a long debate"_s.arg(kWords.at(page % kWords.size()));
}

/// A news page as a site serves it: a long site menu above the article, then headline, byline and a body
/// longer than the pane.
QByteArray pageHtml(int page)
{
    QString menu;
    for (int i = 0; i < 60; ++i)
        menu += u"<li><a href=\"/section/%1\">Section %1</a></li>\n"_s.arg(i);
    QString body;
    for (int i = 0; i < 40; ++i) // longer than the capture pane is high, as most articles are
        body +=
            u"<p>Paragraph %1 of story %2: the council met on Tuesday and members discussed the "
            "harbour, the quay and the ferry timetable for the coming summer season at length.</p>\n"_s.arg(i)
                .arg(page);
    return u"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1 | The Harbour "
           "Gazette</title></head><body><nav><ul>\n%2</ul></nav><main><article><h1>%1</h1>\n<p "
           "class=\"byline\">By Jane Roe</p>\n%3</article></main></body></html>\n"_s
               .arg(headlineOf(page), menu, body)
               .toUtf8();
}

/// A project of `pages` generated pages, imported the way the window imports.
bool makeProject(const QString &dir, int pages)
{
    QTemporaryDir captures;
    for (int i = 1; i <= pages; ++i) {
        QFile file(captures.filePath(u"page-%1.html"_s.arg(i, 2, 10, QLatin1Char('0'))));
        if (!file.open(QIODevice::WriteOnly) || file.write(pageHtml(i)) < 0)
            return false;
    }
    ProjectError error;
    if (!Project::init(dir, u"harbour"_s, *Clock::system(), &error))
        return false;
    auto store = ProjectStore::open(dir, &error);
    return store && Importer(*store).importPaths({captures.path()}).pagesImported == pages;
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

QString focusName()
{
    return focused() ? focused()->objectName() : u"(none)"_s;
}

/// Selects `text` in the view with the keyboard (Ctrl+Home, then Right and Shift+Right).
void selectByKeys(CaptureView *view, const QString &text)
{
    const qsizetype at = view->toPlainText().indexOf(text);
    QVERIFY2(at >= 0, qPrintable(text));
    QTextCursor cursor = view->textCursor();
    cursor.setPosition(int(at));
    view->setTextCursor(cursor); // the caret where a reader's eye is; the selection by keys
    for (qsizetype i = 0; i < text.size(); ++i)
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(view->textCursor().selectedText(), text);
}

/// Shows the window, active, on the project in `dir`.
bool showOn(MainWindow &window, const QString &dir)
{
    window.resize(1400, 900);
    window.show();
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    window.openPaths({dir});
    return window.review()->document() != nullptr;
}

/// The window on a project of the bundled samples in `dir`.
bool openSamples(MainWindow &window, const QTemporaryDir &dir)
{
    return guitest::makeSampleProject(dir.path()) && showOn(window, dir.path());
}

class Fixture
{
public:
    QTemporaryDir dir;
    MainWindow window;

    bool open(int pages) { return makeProject(dir.path(), pages) && showOn(window, dir.path()); }
    template<typename T> T *find(const QString &name) { return window.findChild<T *>(name); }
};

} // namespace

class TestKeyboardFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void tenPagesByKeyboard();
    void cancellingTheReviewerNameKeepsThePage();
    void approvingWithWarningsAsks();
    void searchBoxEntersResults();
    void listKeysAndTabStops();
    void shortcutsListEveryKey();
    void captionShownWhole();

private:
    QTemporaryDir m_settings;
};

void TestKeyboardFlow::initTestCase()
{
    guitest::isolate(m_settings, u"test_keyboardflow"_s);
}

void TestKeyboardFlow::init()
{
    QSettings().clear();
    dialogs::queueText(u"Test Editor"_s); // the reviewer's name, asked at the first save
}

void TestKeyboardFlow::tenPagesByKeyboard()
{
    Fixture f;
    QVERIFY(f.open(kPages));
    auto *headline = f.find<MultiLineField>(u"headlineEdit"_s);
    auto *raw = f.find<CaptureView>(u"captureReadable"_s);
    QVERIFY(headline && raw);

    QTest::keyClick(&f.window, Qt::Key_F7);
    QCOMPARE(focused(), headline);

    QStringList approved;
    for (int step = 0; step < kPages; ++step) {
        RecordDocument *doc = f.window.review()->document();
        const QString original = doc->article().headline;
        QVERIFY2(original.startsWith(u"Harbour plan "_s), qPrintable(original));
        QVERIFY2(focused() == headline, qPrintable(focusName()));

        // The capture opens at the article, not at the site's menu above it.
        const QTextBlock top = raw->cursorForPosition(QPoint(2, 2)).block();
        QCOMPARE(top.text(), original);

        // Export from a field: Ctrl+E is the window's (a line edit takes it as end-of-line).
        QTest::keyClick(headline, Qt::Key_E, Qt::ControlModifier);
        auto *exportDialog = f.find<QDialog>(u"exportDialog"_s);
        QVERIFY(exportDialog && exportDialog->isVisible());
        exportDialog->close();
        QApplication::setActiveWindow(&f.window);
        QTRY_VERIFY2(focused() == headline, qPrintable(focusName()));

        // Typing, then Ctrl+Z: the field's own typing undo first.
        QTest::keyClick(headline, Qt::Key_End);
        QTest::keyClicks(headline, u" today"_s);
        QCOMPARE(doc->article().headline, original + u" today"_s);
        QTest::keyClick(headline, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(headline->text(), original);
        QCOMPARE(doc->article().headline, original);
        QCOMPARE(focused(), headline);

        // A capture shortcut sets the headline from a selection made with the keyboard (F6, keys), and
        // the focus moves into the field that changed. (The view is the page, or its HTML source when
        // the field's value is only found there.)
        QTest::keyClick(headline, Qt::Key_F6);
        auto *view = qobject_cast<CaptureView *>(focused());
        QVERIFY2(view, qPrintable(focusName()));
        const QString shorter = original.section(u' ', 0, 3); // "Harbour plan N approved"
        selectByKeys(view, shorter);
        QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(doc->article().headline, shorter);
        QVERIFY2(focused() == headline, qPrintable(focusName()));

        // From the field (no typing of its own), Ctrl+Z and Ctrl+Shift+Z are the page's history.
        QTest::keyClick(headline, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc->article().headline, original);
        QCOMPARE(headline->text(), original);
        QCOMPARE(focused(), headline);
        QTest::keyClick(headline, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(doc->article().headline, shorter);
        QCOMPARE(focused(), headline);

        // From the capture too: the undo goes back into the field, where redo works on.
        QTest::keyClick(headline, Qt::Key_F6);
        view = qobject_cast<CaptureView *>(focused());
        QVERIFY2(view, qPrintable(focusName()));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc->article().headline, original);
        QVERIFY2(focused() == headline, qPrintable(focusName()));
        QTest::keyClick(headline, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(doc->article().headline, shorter);
        QCOMPARE(headline->text(), shorter);
        QCOMPARE(focused(), headline);

        // Approve and Next from the field: the next page opens with the focus in its article.
        const QString id = f.window.review()->currentId();
        QTest::keyClick(headline, Qt::Key_Return, Qt::ControlModifier);
        approved.append(id);
        if (step + 1 < kPages) {
            QVERIFY(f.window.review()->currentId() != id);
            QVERIFY2(focused() == headline, qPrintable(focusName()));
        }
    }
    QCOMPARE(approved.size(), kPages);
    QCOMPARE(QSet<QString>(approved.begin(), approved.end()).size(), kPages);
    QVERIFY(focused() != f.find<QLineEdit>(u"pageSearch"_s));

    // What the keyboard did is what was saved.
    ProjectError error;
    ProjectStore::Options options;
    options.access = Project::Access::ReadOnly;
    options.watch = false;
    auto store = ProjectStore::open(f.dir.path(), &error, options);
    QVERIFY(store);
    for (const RecordSummary &summary : store->summaries()) {
        QCOMPARE(summary.status, ReviewStatus::Reviewed);
        QVERIFY2(summary.headline.endsWith(u" approved"_s), qPrintable(summary.headline));
    }
}

void TestKeyboardFlow::cancellingTheReviewerNameKeepsThePage()
{
    Fixture f;
    QVERIFY(f.open(2));
    auto *headline = f.find<MultiLineField>(u"headlineEdit"_s);
    QTest::keyClick(&f.window, Qt::Key_F7);
    QCOMPARE(focused(), headline);
    const QString first = f.window.review()->currentId();
    bool ok = true;
    dialogs::getText(nullptr, {}, {}, {}, &ok); // takes the name init() queued: this test answers Cancel
    dialogs::queueText(QString());
    QTest::keyClick(headline, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(f.window.review()->currentId(), first);
    QVERIFY(f.window.review()->document()->status() != ReviewStatus::Reviewed);
    QCOMPARE(focused(), headline);
    // Given a name, the same key approves and moves on.
    dialogs::queueText(u"Test Editor"_s);
    QTest::keyClick(headline, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(f.window.review()->currentId() != first);
}

void TestKeyboardFlow::approvingWithWarningsAsks()
{
    Fixture f;
    QVERIFY(f.open(3));
    auto *headline = f.find<MultiLineField>(u"headlineEdit"_s);
    const auto clearHeadline = [&] {
        QTest::keyClick(&f.window, Qt::Key_F7);
        QCOMPARE(focused(), headline);
        QTest::keyClick(headline, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(headline, Qt::Key_Delete);
        QVERIFY(f.window.review()->document()->article().headline.isEmpty()); // "No headline"
    };

    // Cancel: the page stays, unapproved, with the focus on the field with the warning.
    clearHeadline();
    const QString first = f.window.review()->currentId();
    dialogs::queueAnswer(QMessageBox::Cancel);
    QTest::keyClick(headline, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(f.window.review()->currentId(), first);
    QVERIFY(f.window.review()->document()->status() != ReviewStatus::Reviewed);
    QCOMPARE(focused(), headline);
    QVERIFY2(dialogs::lastMessage().contains(u"No headline"_s), qPrintable(dialogs::lastMessage()));

    // "Always approve": approved, and the next page with the same kind of warning is not asked about
    // (an unqueued question would answer Cancel, its default, and keep the page).
    dialogs::queueAnswer(QMessageBox::YesToAll);
    QTest::keyClick(headline, Qt::Key_Return, Qt::ControlModifier);
    const QString second = f.window.review()->currentId();
    QVERIFY(second != first);
    QCOMPARE(focused(), headline);
    clearHeadline();
    dialogs::message(&f.window, QMessageBox::Information, QString(), u"nothing asked since"_s);
    QTest::keyClick(headline, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(f.window.review()->currentId() != second);
    QCOMPARE(dialogs::lastMessage(), u"nothing asked since"_s);

    // Another kind of warning is asked about: a date that is not ISO 8601.
    auto *published = f.find<QLineEdit>(u"publishedEdit"_s);
    published->setFocus();
    QTest::keyClicks(published, u"next Tuesday"_s);
    const QString third = f.window.review()->currentId();
    dialogs::queueAnswer(QMessageBox::Cancel);
    QTest::keyClick(published, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(f.window.review()->currentId(), third);
    QCOMPARE(focused(), published);
}

void TestKeyboardFlow::searchBoxEntersResults()
{
    Fixture f;
    QVERIFY(f.open(kPages));
    auto *search = f.find<QLineEdit>(u"pageSearch"_s);
    auto *table = f.find<QTableView>(u"pageTable"_s);
    QTest::keyClick(&f.window, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(focused(), search);
    QTest::keyClicks(search, u"hazel"_s);
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(focused(), table);
    QCOMPARE(table->model()->rowCount(), 1);
    QTRY_COMPARE(f.window.review()->document()->article().headline, headlineOf(7));

    QTest::keyClick(&f.window, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(focused(), search);
    QTest::keyClicks(search, u"damson"_s); // typed over the selected search text
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(focused(), table);
    QTRY_COMPARE(f.window.review()->document()->article().headline, headlineOf(3));
}

void TestKeyboardFlow::listKeysAndTabStops()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openSamples(window, dir));

    // The list buttons are for the mouse; Tab never stops on them.
    const QList<QToolButton *> buttons =
        window.findChild<QWidget *>(u"articlePane"_s)->findChildren<QToolButton *>();
    QVERIFY(buttons.size() >= 16);
    for (const QToolButton *button : buttons)
        QVERIFY2(!(button->focusPolicy() & Qt::TabFocus), qPrintable(button->objectName()));

    // Body: a printable key does not touch a block; F2 and Return start editing it.
    auto *body = window.findChild<QListWidget *>(u"bodyList"_s);
    QVERIFY(body->count() > 0);
    body->setFocus();
    body->setCurrentRow(0);
    const QString block = body->item(0)->text();
    QTest::keyClick(body, Qt::Key_X);
    QCOMPARE(focused(), body);
    QCOMPARE(body->item(0)->text(), block);
    QCOMPARE(window.review()->document()->article().body.at(0).text, block);
    QTest::keyClick(body, Qt::Key_F2);
    QVERIFY2(qobject_cast<MultiLineField *>(focused()) && body->isAncestorOf(focused()),
             qPrintable(focusName()));
    QTest::keyClick(focused(), Qt::Key_Escape);
    QCOMPARE(focused(), body);
    QTest::keyClick(body, Qt::Key_Return);
    QVERIFY2(qobject_cast<MultiLineField *>(focused()) && body->isAncestorOf(focused()),
             qPrintable(focusName()));
    QTest::keyClick(focused(), Qt::Key_Escape);
    QCOMPARE(body->item(0)->text(), block);

    // Space excludes the block (one undo step); Ctrl+Z from the list brings it back.
    QTest::keyClick(body, Qt::Key_Space);
    QVERIFY(!window.review()->document()->draft().isIncluded(0));
    QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(window.review()->document()->draft().isIncluded(0));
}

void TestKeyboardFlow::shortcutsListEveryKey()
{
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    auto *tree = window.findChild<QTreeWidget *>(u"shortcutsTree"_s);
    QVERIFY(tree);
    QStringList rows;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        rows.append((*it)->text(0) + u" = "_s + (*it)->text(1));
    const auto listed = [&](const QString &row) { return rows.contains(row); };
    // Every key of every window action.
    for (QAction *action : window.QWidget::actions()) {
        for (const QKeySequence &key : action->shortcuts())
            QVERIFY2(std::any_of(rows.begin(), rows.end(),
                                 [&](const QString &r) {
                                     return r.startsWith(action->text().remove(u'&') + u" = "_s) &&
                                            r.contains(key.toString(QKeySequence::NativeText));
                                 }),
                     qPrintable(action->objectName()));
    }
    // The list keys and the Alt+letter field keys, read from the widgets.
    QVERIFY2(listed(u"Add byline = Ins"_s), qPrintable(rows.join(u'\n')));
    QVERIFY(listed(u"Edit block = F2, Return, Enter"_s));
    QVERIFY(listed(u"Include or exclude block = Space"_s));
    QVERIFY(listed(u"Headline = Alt+D"_s));
    QVERIFY(listed(u"Caption = Alt+P"_s));
    QVERIFY(listed(u"Address = Alt+A"_s));
}

void TestKeyboardFlow::captionShownWhole()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openSamples(window, dir));
    auto *table = window.findChild<QTableView *>(u"pageTable"_s);
    auto *caption = window.findChild<MultiLineField *>(u"captionEdit"_s);
    QVERIFY(caption);
    // The page with a long caption.
    for (int row = 0; row < table->model()->rowCount() && caption->text().size() < 40; ++row)
        table->setCurrentIndex(table->model()->index(row, 1));
    QVERIFY2(caption->text().size() >= 40, qPrintable(caption->text()));
    // Wrapped over as many lines as it needs, every one of them shown.
    caption->setFocus();
    QTest::keyClick(caption, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(caption, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(caption->verticalScrollBar()->maximum(), 0);
    QVERIFY(caption->cursorRect(caption->textCursor()).top() >= 0);
    // Return finishes the field like a line edit (no line break in a caption).
    const QString before = caption->text();
    QTest::keyClick(caption, Qt::Key_Return);
    QCOMPARE(caption->text(), before);
    // Typing is one undo step of the page, and Ctrl+Z undoes the field's typing first.
    QTest::keyClick(caption, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(caption, u" More."_s);
    QCOMPARE(window.review()->document()->article().images.at(0).caption, before + u" More."_s);
    QTest::keyClick(caption, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(caption->text(), before);
    QCOMPARE(window.review()->document()->article().images.at(0).caption, before);
}

QTEST_MAIN(TestKeyboardFlow)
#include "test_keyboardflow.moc"
