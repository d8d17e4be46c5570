// SPDX-License-Identifier: GPL-3.0-or-later
// Length and prose measures across writing systems: a Chinese or Japanese brief must measure about as
// long as its English translation, and right-to-left text with its direction marks must count its words.
#include "extract/common/scriptmetrics.h"

#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

class TestScriptMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spacedText();
    void apostrophesAndHyphensStayInWords();
    void cjkCountsPerCharacter_data();
    void cjkCountsPerCharacter();
    void translationsMeasureAlike();
    void rightToLeftWithDirectionMarks();
    void hangulIsSpaced();
    void sentenceAndClauseMarks();
    void supplementaryIdeographs();
};

void TestScriptMetrics::spacedText()
{
    const auto m = scriptmetrics::measure(u"The council voted on Tuesday, after a long debate."_s);
    QCOMPARE(m.words, 9);
    QCOMPARE(m.spaceless, 0);
    QCOMPARE(m.sentenceEnds, 1);
    QCOMPARE(m.clauseMarks, 1);
    QCOMPARE(m.wordUnits(), 9.0);
    // For a spaced script the Latin length is the text's own length.
    QCOMPARE(m.latinLength(), u"The council voted on Tuesday, after a long debate."_s.size());
}

void TestScriptMetrics::apostrophesAndHyphensStayInWords()
{
    QCOMPARE(scriptmetrics::measure(u"don't re-elect O\u2019Brien"_s).words, 3);
    QCOMPARE(scriptmetrics::measure(u"- a - b -"_s).words, 2);
}

void TestScriptMetrics::cjkCountsPerCharacter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("spaceless");
    QTest::addColumn<int>("ideographs");
    QTest::newRow("chinese") << u"政府周二宣布新的预算。"_s << 10 << 10;
    QTest::newRow("japanese kana and kanji") << u"東京で会議が開かれた。"_s << 10 << 5;
    QTest::newRow("half-width katakana") << u"ﾆｭｰｽ"_s << 4 << 0;
    QTest::newRow("iteration mark") << u"時々"_s << 2 << 2;
}

void TestScriptMetrics::cjkCountsPerCharacter()
{
    QFETCH(QString, text);
    QFETCH(int, spaceless);
    QFETCH(int, ideographs);
    const auto m = scriptmetrics::measure(text);
    QCOMPARE(m.spaceless, spaceless);
    QCOMPARE(m.ideographs, ideographs);
    QCOMPARE(m.words, 0);
    QVERIFY(scriptmetrics::isMostlySpaceless(m));
    QCOMPARE(m.wordUnits(), ideographs * 0.6 + (spaceless - ideographs) / 3.0);
    // Ideographs count 3.5 characters, kana 2.
    QCOMPARE(m.denseExtra(), (ideographs * 5) / 2 + (spaceless - ideographs));
    QCOMPARE(m.latinLength(), m.visible + m.denseExtra());
    QCOMPARE(scriptmetrics::denseExtra(text), m.denseExtra());
}

void TestScriptMetrics::translationsMeasureAlike()
{
    // A four-sentence brief and its translation: the measures must be of the same order, where a plain
    // word count gives the Chinese version no words at all and the character count a third.
    const QString english = u"The central bank kept its key rate unchanged on Thursday. Inflation slowed "
                            u"for a third month. Officials said they would watch wages closely. Markets "
                            u"rose after the decision."_s;
    const QString chinese = u"央行周四维持关键利率不变。通胀连续第三个月放缓。官员表示将密切关注工资。"
                            u"决定公布后市场上涨。"_s;
    const auto en = scriptmetrics::measure(english);
    const auto zh = scriptmetrics::measure(chinese);
    QCOMPARE(zh.sentenceEnds, 4);
    QCOMPARE(en.sentenceEnds, 4);
    QVERIFY2(zh.wordUnits() > en.wordUnits() * 0.5 && zh.wordUnits() < en.wordUnits() * 1.5,
             qPrintable(u"%1 vs %2"_s.arg(zh.wordUnits()).arg(en.wordUnits())));
    QVERIFY2(zh.latinLength() > english.size() / 2 && zh.latinLength() < english.size() * 3 / 2,
             qPrintable(u"%1 vs %2"_s.arg(zh.latinLength()).arg(english.size())));
    QVERIFY(chinese.size() < english.size() / 2); // what the old thresholds saw
}

void TestScriptMetrics::rightToLeftWithDirectionMarks()
{
    // Arabic: four words, a right-to-left mark glued to the first, an Arabic comma and question mark.
    const auto ar = scriptmetrics::measure(u"\u200Fقال الوزير، هل نوافق؟"_s);
    QCOMPARE(ar.words, 4);
    QCOMPARE(ar.clauseMarks, 1);
    QCOMPARE(ar.sentenceEnds, 1);
    QCOMPARE(ar.spaceless, 0);
    QCOMPARE(ar.visible, u"قال الوزير، هل نوافق؟"_s.size() - 3); // marks and spaces are not visible
    // Hebrew with niqqud (combining marks) and an isolate around a Latin name.
    const auto he = scriptmetrics::measure(u"שָׁלוֹם \u2067Reuters\u2069 דיווח."_s);
    QCOMPARE(he.words, 3);
    QCOMPARE(he.sentenceEnds, 1);
}

void TestScriptMetrics::hangulIsSpaced()
{
    const auto m = scriptmetrics::measure(u"정부는 화요일 새 예산을 발표했다."_s);
    QCOMPARE(m.words, 5);
    QCOMPARE(m.spaceless, 0);
    QCOMPARE(m.sentenceEnds, 1);
}

void TestScriptMetrics::sentenceAndClauseMarks()
{
    for (char32_t c : {U'.', U'!', U'?', U'\u3002', U'\uFF01', U'\uFF1F', U'\u061F', U'\u06D4', U'\u0964'})
        QVERIFY(scriptmetrics::isSentenceEnd(c));
    for (char32_t c : {U',', U'\uFF0C', U'\u3001', U'\u060C', U'\u061B'})
        QVERIFY(scriptmetrics::isClauseMark(c));
    QVERIFY(!scriptmetrics::isSentenceEnd(U','));
    QVERIFY(!scriptmetrics::isClauseMark(U'.'));
    QVERIFY(scriptmetrics::isLayoutControl(U'\u200F'));
    QCOMPARE(scriptmetrics::denseExtra(u"Plain Latin, Ελληνικά, العربية."_s), 0);
    QVERIFY(!scriptmetrics::isLayoutControl(U' '));
}

void TestScriptMetrics::supplementaryIdeographs()
{
    // Extension B ideographs are surrogate pairs in UTF-16: one character each.
    const auto m = scriptmetrics::measure(u"𠀀𠀁"_s);
    QCOMPARE(m.spaceless, 2);
    QCOMPARE(m.ideographs, 2);
    QCOMPARE(m.visible, 2);
    QCOMPARE(scriptmetrics::denseExtra(u"𠀀𠀁"_s), 5);
}

QTEST_GUILESS_MAIN(TestScriptMetrics)
#include "test_scriptmetrics.moc"
