// SPDX-License-Identifier: GPL-3.0-or-later
// Keys of the whole window: every Alt+letter is unique and listed by F1, and each label's takes the focus
// to its field; the window's shortcuts work from the note field; undo keeps the capture's tab.
#include "../guitestsupport.h"
#include "editing/recorddocument.h"
#include "review/multilinefield.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeWidget>

using namespace galley;
using namespace Qt::StringLiterals;

class TestWindowKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::isolate(m_settings, u"test_windowkeys"_s); }
    void init() { QSettings().clear(); }
    void altLettersAreUniqueAndListed();
    void newProjectFromTheNoteField();
    void undoKeepsTheCaptureTab();

private:
    QTemporaryDir m_settings;
};

namespace {

QWidget *focused()
{
    return QApplication::focusWidget();
}

QString focusName()
{
    return focused() ? focused()->objectName() : u"(none)"_s;
}

} // namespace

void TestWindowKeys::altLettersAreUniqueAndListed()
{
    guitest::SampleWindow w;
    QVERIFY(w.open());
    // Every Alt+letter of the window: menus, field labels, tabs (what Qt's mnemonics are made of).
    QMultiMap<QString, QString> owners; // key -> what it belongs to
    for (const QAction *menu : w.window.menuBar()->actions())
        owners.insert(QKeySequence::mnemonic(menu->text()).toString(), menu->text());
    QList<const QLabel *> labels;
    for (const QLabel *label : w.window.findChildren<QLabel *>()) {
        if (label->buddy() && label->window() == &w.window &&
            !QKeySequence::mnemonic(label->text()).isEmpty()) {
            owners.insert(QKeySequence::mnemonic(label->text()).toString(), label->text());
            labels.append(label);
        }
    }
    for (const QTabBar *bar : w.window.findChildren<QTabBar *>()) {
        for (int i = 0; i < bar->count(); ++i) {
            if (!QKeySequence::mnemonic(bar->tabText(i)).isEmpty())
                owners.insert(QKeySequence::mnemonic(bar->tabText(i)).toString(), bar->tabText(i));
        }
    }
    owners.remove(QString());
    QVERIFY(owners.size() >= 15);
    for (const QString &key : owners.uniqueKeys())
        QVERIFY2(owners.count(key) == 1,
                 qPrintable(key + u": "_s + QStringList(owners.values(key)).join(u", ")));

    // F1 lists each of them.
    QTest::keyClick(&w.window, Qt::Key_F1);
    auto *tree = w.find<QTreeWidget>(u"shortcutsTree"_s);
    QVERIFY(tree);
    QStringList rows;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        rows.append((*it)->text(0) + u" = "_s + (*it)->text(1));
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        const QString row = QString(it.value()).remove(u'&') + u" = "_s +
                            QKeySequence(it.key()).toString(QKeySequence::NativeText);
        QVERIFY2(rows.contains(row), qPrintable(row + u"\n"_s + rows.join(u'\n')));
    }
    tree->window()->close();
    QApplication::setActiveWindow(&w.window);

    // Each label's key takes the focus to its field (the visible ones; a list's label to the list).
    for (const QLabel *label : labels) {
        if (!label->isVisible())
            continue;
        const QKeySequence key = QKeySequence::mnemonic(label->text());
        QTest::keySequence(&w.window, key);
        QWidget *buddy = label->buddy()->focusProxy() ? label->buddy()->focusProxy() : label->buddy();
        QVERIFY2(focused() == buddy || buddy->isAncestorOf(focused()),
                 qPrintable(label->text() + u" -> "_s + focusName()));
    }
    QTest::keySequence(&w.window, QKeySequence(u"Alt+D"_s));
    QCOMPARE(focusName(), u"headlineEdit"_s);
    QTest::keySequence(&w.window, QKeySequence(u"Alt+I"_s));
    QCOMPARE(focusName(), u"publishedEdit"_s);
}

void TestWindowKeys::newProjectFromTheNoteField()
{
    guitest::SampleWindow w;
    QVERIFY(w.open());
    QTest::keyClick(&w.window, Qt::Key_N, Qt::AltModifier);
    auto *note = w.find<QLineEdit>(u"pageNoteEdit"_s);
    QCOMPARE(focused(), note);
    QTest::keyClicks(note, u"ask the desk"_s);
    QTest::keyClick(note, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = w.find<QDialog>(u"newProjectDialog"_s);
    QVERIFY2(dialog && dialog->isVisible(), "Ctrl+Shift+N from the note field opens New Project");
    QCOMPARE(note->text(), u"ask the desk"_s); // the key typed nothing into the note
    // The offscreen platform activates no window by itself: give the dialog the activation.
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QCOMPARE(focusName(), u"newProjectName"_s);
    QTest::keyClick(focused(), Qt::Key_Escape);
    QTRY_VERIFY(!w.find<QDialog>(u"newProjectDialog"_s) ||
                !w.find<QDialog>(u"newProjectDialog"_s)->isVisible());
}

void TestWindowKeys::undoKeepsTheCaptureTab()
{
    guitest::SampleWindow w;
    QVERIFY(w.open());
    auto *tabs = w.find<QTabWidget>(u"captureTabs"_s);
    QVERIFY(tabs->tabBar()->isVisible()); // the first sample page is HTML: Page and HTML source
    auto *headline = w.find<MultiLineField>(u"headlineEdit"_s);
    const QString extracted = headline->text();
    QTest::keySequence(&w.window, QKeySequence(u"Alt+D"_s));
    QCOMPARE(focused(), headline);
    // A headline whose words are printed in the page's <title> only: its source is in the HTML tab.
    QTest::keyClicks(headline, u"EU leaders"_s);
    tabs->setCurrentIndex(0);
    QTest::keyClick(headline, Qt::Key_Tab);
    QWidget *next = focused();
    QVERIFY(next != headline);
    QCOMPARE(tabs->currentIndex(), 0);
    // Ctrl+Z from the next field (no typing of its own) is the page's undo: back to the headline, whose
    // extracted source is on the page, and the capture stays on the tab the editor was on.
    QTest::keyClick(next, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(headline->text(), extracted);
    QCOMPARE(w.document()->article().headline, extracted);
    QCOMPARE(focused(), headline);
    QCOMPARE(tabs->currentIndex(), 0);
    // Redo brings the typed headline (its words only in <title>) back; the view still does not jump.
    QTest::keyClick(headline, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w.document()->article().headline, u"EU leaders"_s);
    QCOMPARE(focused(), headline);
    QCOMPARE(tabs->currentIndex(), 0);
}

QTEST_MAIN(TestWindowKeys)
#include "test_windowkeys.moc"
