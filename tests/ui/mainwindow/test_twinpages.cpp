// SPDX-License-Identifier: GPL-3.0-or-later
// Twin pages in the window (#16), by keyboard: a page captured twice is marked in the page list on both
// captures (not on other pages), Show Twins (Ctrl+Shift+D, also in the list's context menu and F1) filters
// the list to the page and its twin, and Esc in the search box shows every page again.
#include "../guitestsupport.h"
#include "browser/pagefilterproxy.h"
#include "browser/pagetablemodel.h"
#include "browser/projectbrowser.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/reviewcontroller.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

// A generated news page; `comment` makes the file's bytes (and so the capture id) differ while the
// article stays the same, as when a page is saved twice.
QByteArray articleHtml(const QString &headline, const QString &paragraph, const QString &comment)
{
    return u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head><body>"
           "<!-- %3 --><nav><a href=\"/\">Home</a></nav><article><h1>%1</h1>"
           "<p>%2</p><p>%2 A second paragraph follows with more words about it.</p></article>"
           "</body></html>"_s.arg(headline, paragraph, comment)
               .toUtf8();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestTwinPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::isolate(m_settings, u"test_twinpages"_s); }
    void init() { QSettings().clear(); }
    void twinsAreMarkedAndShownByKeyboard();

private:
    QTemporaryDir m_settings;
};

void TestTwinPages::twinsAreMarkedAndShownByKeyboard()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString captures = dir.filePath(u"captures"_s), project = dir.filePath(u"project"_s);
    QVERIFY(QDir().mkpath(captures));
    const QString paragraph = u"The council voted on Tuesday to reopen the harbour bridge after repairs."_s;
    QVERIFY(write(captures + u"/bridge.html"_s,
                  articleHtml(u"Harbour Bridge Reopens"_s, paragraph, u"saved at 9:00"_s)));
    QVERIFY(write(captures + u"/bridge-again.html"_s,
                  articleHtml(u"Harbour Bridge Reopens"_s, paragraph, u"saved at 11:00"_s)));
    QVERIFY(write(captures + u"/library.html"_s,
                  articleHtml(u"Library Extends Hours"_s,
                              u"The city library will stay open until nine on weekdays from March."_s,
                              u"saved at 9:00"_s)));
    ProjectError error;
    QVERIFY(Project::init(project, u"twins"_s, *Clock::system(), &error));
    {
        auto store = ProjectStore::open(project, &error);
        QVERIFY2(store, qPrintable(error.toString()));
        const ImportResult result = Importer(*store).importPaths({captures});
        QCOMPARE(result.pagesImported, 3);
    }

    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openPaths({project});
    QVERIFY(QTest::qWaitFor([&] { return window.review()->document() != nullptr; }));
    auto *browser = window.findChild<ProjectBrowser *>(u"projectBrowser"_s);
    auto *table = window.findChild<QTableView *>(u"pageTable"_s);
    auto *search = window.findChild<QLineEdit *>(u"pageSearch"_s);
    QVERIFY(browser && table && search);
    PageTableModel *model = browser->model();
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(!table->isColumnHidden(PageTableModel::TwinsColumn));

    // The mark: on both captures of the bridge story, naming the other one; nothing on the library page.
    QStringList twins;
    QString other;
    for (int row = 0; row < 3; ++row) {
        const QModelIndex mark = model->index(row, PageTableModel::TwinsColumn);
        const QString headline = model->index(row, PageTableModel::HeadlineColumn).data().toString();
        if (headline == u"Harbour Bridge Reopens"_s) {
            QCOMPARE(mark.data().toString(), u"×2"_s);
            QVERIFY2(mark.data(Qt::ToolTipRole).toString().contains(u"• Harbour Bridge Reopens"_s),
                     qPrintable(mark.data(Qt::ToolTipRole).toString()));
            twins.append(mark.data(PageTableModel::IdRole).toString());
        } else {
            QCOMPARE(headline, u"Library Extends Hours"_s);
            QVERIFY(mark.data().toString().isEmpty());
            QVERIFY(mark.data(Qt::ToolTipRole).isNull());
            other = mark.data(PageTableModel::IdRole).toString();
        }
    }
    QCOMPARE(twins.size(), 2);

    // The action is in the list's context menu and listed by F1 with its key.
    auto *showTwins = window.findChild<QAction *>(u"actionShowTwins"_s);
    QVERIFY(showTwins);
    QVERIFY(table->actions().contains(showTwins));
    QTest::keyClick(&window, Qt::Key_F1);
    auto *tree = window.findChild<QTreeWidget *>(u"shortcutsTree"_s);
    QVERIFY(tree);
    bool listed = false;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        listed = listed || ((*it)->text(0) == u"Show Twins"_s && (*it)->text(1) == u"Ctrl+Shift+D"_s);
    QVERIFY(listed);
    tree->window()->close();
    QApplication::setActiveWindow(&window);

    // From the search box into the list, onto the library page: it has no twin, the list stays whole.
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), search);
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), table);
    while (browser->currentId() != other) {
        const QString before = browser->currentId();
        QTest::keyClick(table, Qt::Key_Down);
        QVERIFY(browser->currentId() != before);
    }
    QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(browser->proxy()->rowCount(), 3);
    QVERIFY(search->text().isEmpty());

    // Onto a bridge capture: Show Twins lists the two captures, the page stays selected, focus in the list.
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    for (int step = 0; step < 3 && !twins.contains(browser->currentId()); ++step)
        QTest::keyClick(table, Qt::Key_Down);
    QVERIFY(twins.contains(browser->currentId()));
    const QString page = browser->currentId();
    QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), table);
    QCOMPARE(browser->proxy()->rowCount(), 2);
    QStringList shown;
    for (int row = 0; row < 2; ++row)
        shown.append(browser->proxy()->index(row, 0).data(PageTableModel::IdRole).toString());
    QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()), QSet<QString>(twins.cbegin(), twins.cend()));
    QCOMPARE(browser->currentId(), page);
    QVERIFY2(search->text().startsWith(u"twins:"_s), qPrintable(search->text())); // the filter says so

    // Esc in the search box shows every page again; the page stays selected.
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), search);
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget(), search);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(browser->proxy()->rowCount(), 3);
    QCOMPARE(browser->currentId(), page);
}

QTEST_MAIN(TestTwinPages)
#include "test_twinpages.moc"
