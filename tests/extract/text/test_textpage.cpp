// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/stopwords.h"
#include "extract/text/textpage.h"

#include <QTest>

using namespace galley;

class TestTextPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void segmentsLinesWithOffsets()
    {
        const QString text = QStringLiteral(
            "Menu\n\n  • Home\n      ☆ Sports news\n 1. First item\n\n\nA line.  \n12. März 2024\n");
        const TextPage page(text, StopWords::builtin(), Vocabulary());
        const QList<TextLine> &lines = page.lines();
        QCOMPARE(lines.size(), 6);
        QVERIFY(!lines[5].bullet); // a date at the margin, not a list item
        QCOMPARE(page.contentString(5), QStringLiteral("12. März 2024"));
        QCOMPARE(page.contentString(0), QStringLiteral("Menu"));
        QCOMPARE(page.contentString(1), QStringLiteral("Home"));
        QVERIFY(lines[1].bullet);
        QCOMPARE(lines[1].indent, 2);
        QCOMPARE(lines[1].blankBefore, 1);
        QCOMPARE(page.contentString(2), QStringLiteral("Sports news"));
        QCOMPARE(lines[2].indent, 6);
        QVERIFY(lines[3].bullet); // w3m's ordered list
        QCOMPARE(page.contentString(3), QStringLiteral("First item"));
        QCOMPARE(page.contentString(4), QStringLiteral("A line."));
        QCOMPARE(lines[4].blankBefore, 2);
        QCOMPARE(lines[4].number, 7);
        // Offsets point into the capture text itself (trailing spaces excluded).
        QCOMPARE(text.mid(lines[4].start, lines[4].end - lines[4].start), QStringLiteral("A line."));
        QVERIFY(!lines[0].bullet);
    }

    void lineFeatures()
    {
        const QString text = QStringLiteral("[photo-123]\n[a] [b]\n[Vladimir] Putin said so.\n“He left.”\n"
                                            "He said\nHe said\nHe said\n");
        const TextPage page(text, StopWords::builtin(), Vocabulary());
        const QList<TextLine> &lines = page.lines();
        QVERIFY(lines[0].placeholder);
        QVERIFY(lines[1].placeholder);
        QVERIFY(!lines[2].placeholder); // brackets inside prose
        QVERIFY(lines[2].sentenceEnd);
        QVERIFY(lines[3].sentenceEnd); // full stop inside closing quotes
        QVERIFY(!lines[4].sentenceEnd);
        QCOMPARE(lines[4].repeats, 3);
        QCOMPARE(lines[2].repeats, 1);
        QCOMPARE(lines[2].words, 4);
    }

    void repeatsCountEqualLinesOnly()
    {
        // Long lines alike at both ends and of one length differ only in the middle: the line hash
        // samples the ends, so these collide and the equality test must tell them apart.
        const QString a = QStringLiteral("Share this story with friends: alpha edition, tap to copy link");
        const QString b = QStringLiteral("Share this story with friends: omega edition, tap to copy link");
        QCOMPARE(a.size(), b.size());
        const QString text = a + u'\n' + b + u'\n' + a + u'\n' + QStringLiteral("Other\n") + a + u'\n';
        const TextPage page(text, StopWords::builtin(), Vocabulary());
        const QList<TextLine> &lines = page.lines();
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines[0].repeats, 3);
        QCOMPARE(lines[1].repeats, 1);
        QCOMPARE(lines[2].repeats, 3);
        QCOMPARE(lines[3].repeats, 1);
        QCOMPARE(lines[4].repeats, 3);
    }

    void legalBoilerplateAndLetters()
    {
        const QString text = QStringLiteral("We use Cookies to improve the site.\n"
                                            "Drittanbieter-Cookie-Einstellungen\n"
                                            "© 2024 Daily Ledger. All Rights Reserved.\n"
                                            "All rights are reserved for the reader.\n"
                                            "Fortune favours the bold 42 times, Jean-Pierre’s rule.\n");
        const TextPage page(text, StopWords::builtin(), Vocabulary());
        const QList<TextLine> &lines = page.lines();
        QVERIFY(lines[0].legal);
        QVERIFY(lines[1].legal); // inside a compound
        QVERIFY(lines[2].legal);
        QVERIFY(!lines[3].legal); // the words, but not the notice
        QVERIFY(!lines[4].legal);
        // Letters: every letter of the words, digits and punctuation not.
        QCOMPARE(lines[4].letters, 41);
        QCOMPARE(lines[4].words, 8); // "Jean-Pierre’s" is one word
    }

    void wordsKeepApostrophesAndHyphens()
    {
        const QList<QStringView> words = wordsOf(u"Don't stop, Jean-Pierre — it’s 3.5% -x");
        QStringList strings;
        for (QStringView w : words)
            strings.append(w.toString());
        QCOMPARE(strings, (QStringList{QStringLiteral("Don't"), QStringLiteral("stop"),
                                       QStringLiteral("Jean-Pierre"), QStringLiteral("it’s"),
                                       QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("x")}));
    }

    void detectsLanguageByStopWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral(
                                        "The minister said that he would not resign and that the party "
                                        "was behind him in all of this.")
                                 << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral(
                                       "Der Minister sagte, dass er nicht zurücktreten werde und die "
                                       "Partei hinter ihm stehe.")
                                << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral(
                                       "Le ministre a dit qu'il ne démissionnerait pas et que le parti "
                                       "était derrière lui dans cette affaire.")
                                << QStringLiteral("fr");
        // Greek has no table: the page gets no language and no stop-word counts.
        QTest::newRow("Greek") << QStringLiteral("Ο υπουργός δήλωσε ότι δεν θα παραιτηθεί από τη θέση του.")
                               << QString();
    }

    void detectsLanguageByStopWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        const TextPage page(text, StopWords::builtin(), Vocabulary());
        QCOMPARE(page.language(), language);
        if (language.isEmpty())
            QCOMPARE(page.lines().first().stopWords, 0);
        else
            QVERIFY(page.lines().first().stopDensity() > 0.3);
    }

    void builtinTablesAreLoaded()
    {
        const StopWords &stopWords = StopWords::builtin();
        QVERIFY(stopWords.languageCount() >= 10);
        int en = -1;
        for (int i = 0; i < stopWords.languageCount(); ++i) {
            if (stopWords.languageCode(i) == u"en")
                en = i;
        }
        QVERIFY(en >= 0);
        QVERIFY(stopWords.languagesOf(QStringLiteral("the")) & (1u << en));
        QVERIFY(!(stopWords.languagesOf(QStringLiteral("putin")) & (1u << en)));
    }

    void emptyAndBlankTexts()
    {
        QVERIFY(TextPage(QString(), StopWords::builtin(), Vocabulary()).lines().isEmpty());
        const QString blank = QStringLiteral("\n \n\t\n");
        QVERIFY(TextPage(blank, StopWords::builtin(), Vocabulary()).lines().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTextPage)
#include "test_textpage.moc"
