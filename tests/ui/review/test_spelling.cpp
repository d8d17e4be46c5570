// SPDX-License-Identifier: GPL-3.0-or-later
// Spell checking in the headline, captions and body: the system's Hunspell dictionaries (packaging/setup.sh
// installs hunspell-en-us and hunspell-de-de), the dictionary chosen from the article's language with a
// fallback, the red wavy underline, suggestions and "Add to Dictionary" (the project's dictionary.txt)
// in the context menu.
#include "../guitestsupport.h"
#include "editing/recorddocument.h"
#include "project/projectwords.h"
#include "review/articlepane.h"
#include "review/multilinefield.h"
#include "review/spellchecker.h"
#include "review/spellhighlighter.h"

#include <QContextMenuEvent>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QTextBlock>
#include <QTimer>

using namespace galley;
using namespace Qt::StringLiterals;

class TestSpelling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::isolate(m_settings, u"test_spelling"_s); }
    void init() { QSettings().clear(); }
    void dictionaryFollowsTheLanguageWithAFallback();
    void wordsOfOtherScriptsAreNotChecked();
    void misspeltWordsAreUnderlined();
    void suggestionReplacesTheWordUndoably();
    void addedWordIsAcceptedAndSavedInTheProject();

private:
    QTemporaryDir m_settings;
};

namespace {

const QString kSystem = SpellChecker::systemDictionaryFolder();

/// Whether the character at `position` of `edit` carries the spell-check underline.
bool underlined(const QPlainTextEdit *edit, int position)
{
    const QTextBlock block = edit->document()->findBlock(position);
    const int inBlock = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline && inBlock >= range.start &&
            inBlock < range.start + range.length)
            return true;
    }
    return false;
}

/// Opens `edit`'s context menu from the keyboard (at the text cursor, as the Menu key does) and picks the
/// action named `name` (and, when given, labelled `text`) with the keyboard. False when it is not there.
bool chooseFromContextMenu(QPlainTextEdit *edit, const QString &name, const QString &text = {})
{
    bool chosen = false;
    QTimer::singleShot(0, edit, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            if (action->objectName() == name && (text.isEmpty() || action->text() == text) &&
                action->isEnabled()) {
                menu->setActiveAction(action);
                QTest::keyClick(menu, Qt::Key_Return);
                chosen = true;
                return;
            }
        }
        menu->close();
    });
    const QPoint at = edit->cursorRect().center();
    QContextMenuEvent event(QContextMenuEvent::Keyboard, at, edit->viewport()->mapToGlobal(at));
    QApplication::sendEvent(edit, &event);
    // The offscreen platform does not give the window back its activation after a popup menu closes.
    QApplication::setActiveWindow(edit->window());
    return chosen;
}

/// Types `text` over the whole of `edit`, as the editor would.
// Red pixels (the spelling underline's colour) in row `row` of a list as painted now.
int redPixels(QListWidget *list, int row)
{
    const QRect rect = list->visualItemRect(list->item(row));
    const QImage image = list->viewport()->grab(rect).toImage();
    int red = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            // (Blended into the selection's blue: 171,56,78 on a selected row.)
            red += c.red() > 140 && c.red() > c.green() + 60 && c.red() > c.blue() + 50;
        }
    }
    return red;
}

void retype(QPlainTextEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

} // namespace

void TestSpelling::dictionaryFollowsTheLanguageWithAFallback()
{
    // The choice itself, over any set of installed dictionaries.
    const QStringList both{u"de_DE"_s, u"en_US"_s};
    QCOMPARE(SpellChecker::chooseDictionary(u"de"_s, both), u"de_DE"_s);
    QCOMPARE(SpellChecker::chooseDictionary(u"de-AT"_s, {u"de_AT"_s, u"de_DE"_s}), u"de_AT"_s);
    QCOMPARE(SpellChecker::chooseDictionary(u"de_CH"_s, both), u"de_DE"_s);
    QCOMPARE(SpellChecker::chooseDictionary(u"pt"_s, {u"en_US"_s, u"pt_BR"_s}), u"pt_BR"_s);
    QCOMPARE(SpellChecker::chooseDictionary(u"fr"_s, both), u"en_US"_s); // no French: en_US
    QCOMPARE(SpellChecker::chooseDictionary(QString(), both), u"en_US"_s);
    QCOMPARE(SpellChecker::chooseDictionary(u"fr"_s, {u"de_DE"_s, u"nl_NL"_s}), u"de_DE"_s); // any installed
    QCOMPARE(SpellChecker::chooseDictionary(u"fr"_s, {}), QString());

    // The system's dictionaries (setup.sh installs these two): a language without one falls back.
    const QStringList installed = SpellChecker::installedDictionaries(kSystem);
    QVERIFY2(installed.contains(u"en_US"_s) && installed.contains(u"de_DE"_s),
             qPrintable(installed.join(u' ')));
    SpellChecker checker(kSystem);
    checker.setLanguage(u"de"_s);
    QCOMPARE(checker.dictionary(), u"de_DE"_s);
    QVERIFY(checker.isCorrect(u"Straße"_s));
    QVERIFY(!checker.isCorrect(u"Strasze"_s));
    checker.setLanguage(u"fi"_s); // a stop-word language with no dictionary installed here
    QCOMPARE(checker.dictionary(), u"en_US"_s);
    QVERIFY(checker.isCorrect(u"harbour"_s) || checker.isCorrect(u"harbor"_s));
    QVERIFY(!checker.isCorrect(u"hrabour"_s));

    // A folder holding only the German dictionary: English falls back to it, the only one there.
    QTemporaryDir only;
    for (const char *ext : {".aff", ".dic"})
        QVERIFY(QFile::link(kSystem + u"/de_DE"_s + QLatin1String(ext),
                            only.filePath(u"de_DE"_s + QLatin1String(ext))));
    SpellChecker german(only.path());
    german.setLanguage(u"en"_s);
    QCOMPARE(german.dictionary(), u"de_DE"_s);
    QVERIFY(german.isCorrect(u"Hafen"_s));

    // No dictionary at all: nothing is marked.
    QTemporaryDir none;
    SpellChecker nothing(none.path());
    nothing.setLanguage(u"en"_s);
    QCOMPARE(nothing.dictionary(), QString());
    QVERIFY(nothing.misspelt(u"hrabour qwzx"_s).isEmpty());
}

void TestSpelling::wordsOfOtherScriptsAreNotChecked()
{
    SpellChecker checker(kSystem);
    checker.setLanguage(u"en"_s);
    // Cyrillic and Chinese words in an English text, a number and a word with digits: only "hrabour".
    const QString text = u"The hrabour of Москва, 北京市 and G7 in 2014."_s;
    const QList<MisspeltWord> words = checker.misspelt(text);
    QCOMPARE(words.size(), 1);
    QCOMPARE(text.mid(words.at(0).start, words.at(0).length), u"hrabour"_s);
    // Word boundaries are Unicode's: a German compound with ß and umlauts is one word.
    checker.setLanguage(u"de"_s);
    QVERIFY(checker.misspelt(u"Die Straßenbahn fährt über die Brücke."_s).isEmpty());
    const QString wrong = u"Die Strasenbahn fährt."_s;
    QCOMPARE(checker.misspelt(wrong).size(), 1);
    QCOMPARE(wrong.mid(checker.misspelt(wrong).at(0).start, checker.misspelt(wrong).at(0).length),
             u"Strasenbahn"_s);
}

void TestSpelling::misspeltWordsAreUnderlined()
{
    guitest::SampleWindow w;
    QVERIFY(w.open());
    QCOMPARE(w.find<ArticlePane>(u"articlePane"_s)->spellChecker()->dictionary(), u"en_US"_s);

    // Headline: typed with a misspelt word, which is underlined; the others are not.
    auto *headline = w.find<MultiLineField>(u"headlineEdit"_s);
    retype(headline, u"Leaders meet in the hrabour city"_s);
    QCOMPARE(QApplication::focusWidget(), headline);
    QCOMPARE(headline->text(), u"Leaders meet in the hrabour city"_s);
    QVERIFY(!underlined(headline, 0));
    QVERIFY(underlined(headline, 20));
    QVERIFY(underlined(headline, 26));
    QVERIFY(!underlined(headline, 28));

    // Caption: the same.
    auto *caption = w.find<MultiLineField>(u"captionEdit"_s);
    QVERIFY(caption);
    if (caption->isVisible()) {
        retype(caption, u"A picture of the qauy"_s);
        QVERIFY(underlined(caption, 18));
        QVERIFY(!underlined(caption, 2));
    }

    // Body: a block edited with F2 is checked in its multi-line editor.
    auto *body = w.find<QListWidget>(u"bodyList"_s);
    QVERIFY(body->count() > 0);
    body->setFocus();
    body->setCurrentRow(0);
    QTest::keyClick(body, Qt::Key_F2);
    auto *block = qobject_cast<MultiLineField *>(QApplication::focusWidget());
    QVERIFY2(block && block->objectName() == u"bodyBlockEdit"_s,
             qPrintable(QApplication::focusWidget()->objectName()));
    QTest::keyClick(block, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(block, u"The ferri left"_s);
    QVERIFY(underlined(block, 5));
    QVERIFY(!underlined(block, 0));
    QTest::keyClick(block, Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), body);
    QCOMPARE(w.document()->article().body.at(0).text, u"The ferri left"_s);

    // Out of the editor the block still shows the word underlined in red; spelt right, no red.
    QVERIFY(redPixels(body, 0) > 0);
    body->setCurrentRow(1); // the underline is drawn in red whether or not the row is selected
    QVERIFY(redPixels(body, 0) > 0);
    body->setCurrentRow(0);
    QTest::keyClick(body, Qt::Key_F2);
    block = qobject_cast<MultiLineField *>(QApplication::focusWidget());
    QVERIFY(block);
    QTest::keyClick(block, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(block, u"The ferry left"_s);
    QTest::keyClick(block, Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), body);
    QCOMPARE(redPixels(body, 0), 0);
}

void TestSpelling::suggestionReplacesTheWordUndoably()
{
    guitest::SampleWindow w;
    QVERIFY(w.open());
    auto *headline = w.find<MultiLineField>(u"headlineEdit"_s);
    retype(headline, u"Leaders meet the goverment today"_s);
    QTest::keyClick(headline, Qt::Key_Home, Qt::ControlModifier); // the text's start (it wraps)
    for (int i = 0; i < 20; ++i)                                  // into "goverment"
        QTest::keyClick(headline, Qt::Key_Right);
    const QStringList suggestions =
        w.find<ArticlePane>(u"articlePane"_s)->spellChecker()->suggestions(u"goverment"_s);
    QVERIFY2(suggestions.contains(u"government"_s), qPrintable(suggestions.join(u", ")));

    QVERIFY(chooseFromContextMenu(headline, u"spellSuggestion"_s, u"government"_s));
    QCOMPARE(headline->text(), u"Leaders meet the government today"_s);
    QCOMPARE(w.document()->article().headline, u"Leaders meet the government today"_s);
    QVERIFY(!underlined(headline, 20));
    headline->setFocus();
    QCOMPARE(QApplication::focusWidget(), headline);

    // Ctrl+Z from the field takes the replacement back.
    QTest::keyClick(headline, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(headline->text(), u"Leaders meet the goverment today"_s);
    QCOMPARE(w.document()->article().headline, u"Leaders meet the goverment today"_s);
    QCOMPARE(QApplication::focusWidget(), headline);
    QVERIFY(underlined(headline, 20));
}

void TestSpelling::addedWordIsAcceptedAndSavedInTheProject()
{
    guitest::SampleWindow w;
    QVERIFY(w.open());
    auto *headline = w.find<MultiLineField>(u"headlineEdit"_s);
    retype(headline, u"Talks in Qwenbury end"_s);
    QVERIFY(underlined(headline, 10));
    for (int i = 0; i < 6; ++i) // into "Qwenbury"
        QTest::keyClick(headline, Qt::Key_Left);
    QVERIFY(chooseFromContextMenu(headline, u"spellAddWord"_s));
    QVERIFY(!underlined(headline, 10));
    QCOMPARE(headline->text(), u"Talks in Qwenbury end"_s); // the text is untouched

    // Saved in the project folder, and read back by a new checker of the project.
    QStringList words;
    QVERIFY(readProjectWords(w.dir.path(), &words, nullptr));
    QCOMPARE(words, QStringList{u"Qwenbury"_s});
    QVERIFY(QFile::exists(w.dir.filePath(QLatin1String(kProjectWordsFile))));
    SpellChecker again(kSystem);
    again.setLanguage(u"en"_s);
    QVERIFY(!again.isCorrect(u"Qwenbury"_s));
    again.setProjectFolder(w.dir.path(), false);
    QVERIFY(again.isCorrect(u"Qwenbury"_s));
    QVERIFY(!again.canAddWords()); // a read-only project gets no new words
}

QTEST_MAIN(TestSpelling)
#include "test_spelling.moc"
