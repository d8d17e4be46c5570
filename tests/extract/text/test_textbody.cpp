// SPDX-License-Identifier: GPL-3.0-or-later
// The body rules of the text extractor on invented dumps: which lines are prose (proseclassifier) and
// which run of them is the article (bodyselector).
#include "extract/text/bodyselector.h"
#include "extract/text/proseclassifier.h"
#include "extract/text/stopwords.h"
#include "extract/text/textpage.h"
#include "textdumps.h"

#include <QTest>

using namespace galley;
using galley::testing::bodyLines;
using galley::testing::indexOf;

namespace {

const QString Story1 = QStringLiteral(
    "The harbour board agreed on Monday to rebuild the old ferry pier, which has been closed to the public "
    "since a storm damaged its wooden deck and two of its pillars in the spring.");
const QString Story2 = QStringLiteral(
    "Work is expected to start in the autumn and to take about a year, the board said, and the ferries will "
    "use a temporary landing at the fish market while the pier is closed.");
const QString Story3 = QStringLiteral(
    "Residents who had asked for the pier to be saved said they were pleased with the decision but wanted "
    "to know more about how the new deck would look.");

const QString Story4 = QStringLiteral(
    "The last time the pier was rebuilt was after the great flood, when it took almost three years and most "
    "of the work was done by volunteers from the town, who are still remembered on a plaque at the end of "
    "the pier.");
const QString Story5 = QStringLiteral(
    "The board will ask the town for ideas about what to do with the old timber, and it has already been "
    "suggested that some of it could be used for benches along the promenade or for a new shelter at the "
    "bus station.");

// The class of the line `line` in `text`.
ProseClass classOf(const QString &text, const QString &line)
{
    const TextPage page(text, StopWords::builtin(), Vocabulary());
    const int index = indexOf(page, line);
    return index < 0 ? ProseClass::Skip : classifyProse(page).at(index);
}

} // namespace

class TestTextBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Spacer lines of zero-width or no-break spaces between short paragraphs neither count as chrome
    // nor split the story.
    void invisibleSpacersDoNotSplitTheStory()
    {
        const QString spacer = QStringLiteral("\u200B");
        const QString nbsp = QStringLiteral("\u00A0\u00A0");
        const QString a = QStringLiteral("What a bright morning it was on the island!");
        const QString b = QStringLiteral("We took the first boat of the day and were on the beach by nine.");
        const QString c = QStringLiteral("The water was still cold but the children went in anyway.");
        QString text = QStringLiteral("  • Home\n  • Blog\n  • Shop\n\n");
        for (const QString &line : {Story1, spacer, a, spacer, b, nbsp, c, spacer, Story2})
            text += line + QStringLiteral("\n\n");
        text += QStringLiteral("  • Privacy\n  • Contact\n");
        QCOMPARE(classOf(text, spacer), ProseClass::Skip);
        QCOMPARE(bodyLines(text), (QStringList{Story1, a, b, c, Story2}));
    }

    // The same alt text printed under every picture of a photo story belongs to the pictures: it does
    // not cut the story's short paragraphs off from each other.
    void repeatedPictureTextDoesNotSplitTheStory()
    {
        const QString alt =
            QStringLiteral("Summer fair on the green, photo series by the parish newsletter team");
        const QString a = QStringLiteral("The stalls opened at ten and the cake table was empty by noon!");
        const QString b = QStringLiteral("Next came the dog show, which the vicar judged from a hay bale.");
        QString text = QStringLiteral("  • Home\n  • Events\n\n[pic-1]\n\n") + alt + QStringLiteral("\n\n") +
                       Story1 + QStringLiteral("\n\n");
        text += QStringLiteral("[pic-2]\n\n") + alt + QStringLiteral("\n\n") + a +
                QStringLiteral("\n\n[pic-3]\n\n") + alt + QStringLiteral("\n\n") + b +
                QStringLiteral("\n\n[pic-4]\n\n") + alt + QStringLiteral("\n\n") + Story2 +
                QStringLiteral("\n\n  • Privacy\n");
        QCOMPARE(classOf(text, alt), ProseClass::Skip);
        QCOMPARE(bodyLines(text), (QStringList{Story1, a, b, Story2}));
    }

    // Lines with few letters are chrome (dates, counters, form fields) unless they are table rows or
    // short signatures, which their surroundings decide.
    void sparseLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("maybeProse");
        QTest::newRow("table row") << QStringLiteral("3     Ann Lee                 1204       2     11")
                                   << true;
        QTest::newRow("signature") << QStringLiteral("– Jo. B**") << true;
        QTest::newRow("date") << QStringLiteral("Mar. 4, 2021 6:15 pm ET") << false;
        QTest::newRow("counter") << QStringLiteral("1,024 / 2,048") << false;
        QTest::newRow("form field") << QStringLiteral("[                    ]Go  ok  yes") << false;
    }

    void sparseLines()
    {
        QFETCH(QString, line);
        QFETCH(bool, maybeProse);
        const QString text =
            Story1 + QStringLiteral("\n\n") + line + QStringLiteral("\n\n") + Story2 + QStringLiteral("\n");
        QCOMPARE(classOf(text, line), maybeProse ? ProseClass::Good : ProseClass::Bad);
    }

    // A results table that is the article joins the sentences around it.
    void tableJoinsTheArticle()
    {
        const QStringList rows{QStringLiteral("Pos.  Team              Points   Wins"),
                               QStringLiteral("1     Harbour Rovers        41      13"),
                               QStringLiteral("2     Mill Lane United      38      12"),
                               QStringLiteral("3     Castle Athletic       30       9"),
                               QStringLiteral("4     North End             22       6")};
        const QString intro = QStringLiteral(
            "Here is the final table of the county league after the last round of matches, which ended on "
            "Saturday with a draw between the two leaders in front of a record crowd.");
        const QString note = QStringLiteral(
            "The top two teams are promoted to the regional league, and the club in last place will play "
            "a deciding match against the winner of the second division next month.");
        QString text =
            QStringLiteral("  • Home\n  • Tables\n  • Fixtures\n\n") + intro + QStringLiteral("\n\n");
        for (const QString &row : rows)
            text += row + QStringLiteral("\n\n");
        text += note + QStringLiteral("\n\n  • Privacy\n  • Contact\n");
        QCOMPARE(bodyLines(text), QStringList{intro} + rows + QStringList{note});
    }

    // A label such as "Related" inside the best run ends the article when more of the article stands
    // before it than of what follows; a box of links in the middle of a longer story does not.
    void labelEndsTheArticleBeforeTeasers()
    {
        const QStringList story{Story1, Story2, Story3, Story4, Story5};
        const QStringList teasers{
            QStringLiteral("Bus timetable changes"),
            QStringLiteral("The new bus timetable starts next week with more evening services on the coast "
                           "road and fewer early buses on Sundays, the operator said in a statement."),
            QStringLiteral("Bookshop to close"),
            QStringLiteral("A second hand bookshop in the high street will close at the end of the month "
                           "after forty years, its owner said, because the rent has doubled."),
            QStringLiteral("School roof repaired"),
            QStringLiteral("The primary school on the hill has a new roof after the council found the money "
                           "in its repairs budget, and the pupils are back in their own classrooms.")};
        QString text = QStringLiteral("  • Home\n  • News\n\n");
        for (const QString &line : story + QStringList{QStringLiteral("Related")} + teasers)
            text += line + QStringLiteral("\n\n");
        text += QStringLiteral("  • Privacy\n");
        QCOMPARE(bodyLines(text), story);
    }

    void linkBoxInsideALongerStory()
    {
        const QStringList more{
            QStringLiteral(
                "Engineers will first remove the damaged pillars and check the foundations under the "
                "water, a job that needs calm weather and can only be done at low tide."),
            QStringLiteral(
                "The board said it would publish drawings of the new pier in the summer and hold a "
                "public meeting in the town hall before the contract for the deck is signed."),
            QStringLiteral(
                "Some of the old timber will be kept and used for benches along the promenade, which "
                "is what most of the people who wrote to the board had asked for."),
            QStringLiteral(
                "The last time the pier was rebuilt was after the great flood, when it took almost "
                "three years and most of the work was done by volunteers from the town.")};
        QString text =
            QStringLiteral("  • Home\n  • News\n\n") + Story1 + QStringLiteral("\n\n") + Story2 +
            QStringLiteral("\n\n") + Story3 +
            QStringLiteral("\n\nRelated\n\n  • Ferry fares to rise\n  • Storm damage in pictures\n\n");
        for (const QString &paragraph : more)
            text += paragraph + QStringLiteral("\n\n");
        text += QStringLiteral("  • Privacy\n");
        QCOMPARE(bodyLines(text), QStringList({Story1, Story2, Story3}) + more);
    }

    // A long stretch of chrome after the story (tags, a sign-up form, an author box) ends it, even when
    // a column of teasers with long summaries follows.
    void longChromeStretchEndsTheArticle()
    {
        const QStringList story{Story1, Story2, Story3, Story4, Story5};
        QString text = QStringLiteral("  • Home\n  • News\n\n");
        for (const QString &line : story)
            text += line + QStringLiteral("\n\n");
        for (const char16_t *tag : {u"Harbour",
                                    u"Ferries",
                                    u"Town board",
                                    u"Local news",
                                    u"Share this story",
                                    u"Sign up for the morning letter",
                                    u"Your email address",
                                    u"Send",
                                    u"Facebook",
                                    u"Email",
                                    u"Print",
                                    u"Copy link",
                                    u"Save",
                                    u"Meet the writer",
                                    u"Sam Reed",
                                    u"Write to us",
                                    u"Corrections",
                                    u"Archive",
                                    u"Elsewhere on the site",
                                    u"Opinion"})
            text += QString::fromUtf16(tag) + QStringLiteral("\n\n");
        const QStringList teasers{
            QStringLiteral(
                "Our columnist walks the length of the coast path in one day and finds that most of "
                "the benches the town put up ten years ago have been taken away, and nobody at the "
                "town hall can say where they went, who took them or whether they will ever come back to the "
                "path."),
            QStringLiteral(
                "After forty years behind the counter, the last fishmonger in town talks about the "
                "boats she has bought from, the customers who come every Friday and why she is not "
                "ready to close the shop yet, even though her knees tell her otherwise every morning."),
            QStringLiteral(
                "Every morning of the year a group of swimmers meets at the harbour steps, and in "
                "January we joined them to find out why they keep going in when the water is at its "
                "coldest, and what they do to warm up again afterwards."),
            QStringLiteral("The clock on the old customs house that showed the tide for a century stopped in "
                           "the spring, and the search for someone who knows how to repair it has taken the "
                           "council as far as Scotland and back again without any luck so far.")};
        for (const QString &summary : teasers)
            text += QStringLiteral("Read the story\n\nBy Sam Reed\n\nMonday, 3 May\n\n") + summary +
                    QStringLiteral("\n\n");
        text += QStringLiteral("  • Privacy\n");
        QCOMPARE(bodyLines(text), story);
    }

    // Teaser cards print their title twice (the picture's link and the heading): such a line is
    // chrome, and the cards' summaries stay out of the story above them.
    void titlePrintedTwiceIsATeaser()
    {
        const QStringList story{Story1, Story2, Story3};
        QString text = QStringLiteral("  • Home\n  • News\n\n");
        for (const QString &line : story)
            text += line + QStringLiteral("\n\n");
        // title, kicker, tags, summary
        const QList<QStringList> cards{
            {QStringLiteral("Lighthouse Keeper Retires After Thirty Years"), QStringLiteral("LAST LIGHT"),
             QStringLiteral("news.example People"),
             QStringLiteral(
                 "She climbed the hundred and twelve steps every evening, and she says she will miss "
                 "the view more than she will miss the stairs.")},
            {QStringLiteral("The Town Band Gets New Uniforms"), QStringLiteral("BRASS AND BUTTONS"),
             QStringLiteral("news.example Music"),
             QStringLiteral(
                 "After a year of bake sales and a concert in the park, the band finally has enough "
                 "money to replace the jackets it has worn since the seventies.")},
            {QStringLiteral("Seal Pup Found Asleep On The Slipway"), QStringLiteral("NAP TIME"),
             QStringLiteral("news.example Nature"),
             QStringLiteral(
                 "Volunteers kept dogs and walkers away for most of the afternoon until the pup woke "
                 "up and slid back into the water on its own.")}};
        for (const QStringList &card : cards)
            text += card[0] + QStringLiteral("\n\n") + card[1] + QStringLiteral("\n\n") + card[0] +
                    QStringLiteral("\n\n") + card[2] + QStringLiteral("\n\n") + card[3] +
                    QStringLiteral("\n\n");
        text += QStringLiteral("  • Privacy\n");
        QCOMPARE(classOf(text, cards.first().first()), ProseClass::Bad);
        QCOMPARE(bodyLines(text), story);
    }

    // A lead printed without its full stop under the byline reads like a sentence, not like a title: it
    // joins the article below it; the headline above it does not.
    void unpunctuatedLeadJoinsTheArticle()
    {
        const QString headline = QStringLiteral("Ferry pier to be rebuilt");
        const QString lead =
            QStringLiteral("The harbour board has voted to rebuild the old ferry pier that was "
                           "closed to the public after a storm in the spring");
        const QString text = QStringLiteral("  • Home\n  • News\n  • Sport\n\n") + headline +
                             QStringLiteral("\n\nBy Sam Reed\n\n") + lead + QStringLiteral("\n\n") + Story2 +
                             QStringLiteral("\n\n") + Story3 + QStringLiteral("\n\n  • Privacy\n");
        QCOMPARE(bodyLines(text), (QStringList{lead, Story2, Story3}));
    }

    // A time stamp under the byline has as many words as a lead, but the figures of a date.
    void timeStampIsNoLead()
    {
        const QString stamp =
            QStringLiteral("By Sam Reed, our harbour reporter, on Monday 3 May 2021 at 10:15 in the morning");
        const QString text = QStringLiteral("  • Home\n  • News\n  • Sport\n\nFerry pier to be rebuilt\n\n") +
                             stamp + QStringLiteral("\n\n") + Story1 + QStringLiteral("\n\n") + Story2 +
                             QStringLiteral("\n\n  • Privacy\n");
        QCOMPARE(bodyLines(text), (QStringList{Story1, Story2}));
    }

    // In a page laid out as a table, a paragraph shares its line with the sidebar's cell, padded to the
    // column's width: the spaces do not make it a line of symbols.
    void paragraphInALayoutColumn()
    {
        const QString row = Story2 + QString(150, u' ') + QString(12, u'━');
        const QString text = QStringLiteral("  • Home\n  • News\n\n") + Story1 + QStringLiteral("\n\n") +
                             row + QStringLiteral("\n\n") + Story3 + QStringLiteral("\n\n") + Story4 +
                             QStringLiteral("\n\n  • Privacy\n");
        QCOMPARE(bodyLines(text).size(), 4);
        QVERIFY(bodyLines(text).at(1).startsWith(Story2));
    }

    // "Also read" and a single title inside the story, then the story goes on: the label introduces a
    // link, it does not end the article.
    void readAlsoLinkInsideTheStory()
    {
        const QString link = QStringLiteral("Harbour board approves new ferry timetable for the summer");
        const QString more = Story4 + u' ' + Story5;
        const QString text = QStringLiteral("  • Home\n  • News\n\n") + Story1 + QStringLiteral("\n\n") +
                             Story2 + QStringLiteral("\n\n") + Story3 + QStringLiteral("\n\nAlso read\n\n") +
                             link + QStringLiteral("\n\n") + more +
                             QStringLiteral("\n\n  • Privacy\n  • Contact\n");
        const QStringList body = bodyLines(text);
        QVERIFY(body.contains(Story1));
        QVERIFY(body.contains(more));
        QVERIFY(!body.contains(QStringLiteral("Also read")));
    }

    // Chinese and Japanese put no space between words: a short brief of a few sentences is a story by
    // its length in words (2.5 characters to a word), not one "word" per clause.
    void spacelessBriefIsAStory()
    {
        const QString a = QStringLiteral("東京都は火曜日、新しい橋が来年の春に開通すると発表した。"
                                         "工事は三年前に始まったが、資材の不足で何度も遅れていた。");
        const QString b =
            QStringLiteral("住民の多くはこの決定を歓迎しており、通勤時間が大幅に短くなると期待している。");
        const QString text =
            QStringLiteral("ホーム\nニュース\nスポーツ\n天気\n\n新しい橋、来年春に開通へ\n\n") + a +
            QStringLiteral("\n\n") + b + QStringLiteral("\n\n関連記事\n  • 経済\n  • 政治\n  • 国際\n");
        const TextPage page(text, StopWords::builtin(), Vocabulary());
        QVERIFY(page.lines()[indexOf(page, a)].words >= 20);
        QCOMPARE(bodyLines(text), (QStringList{a, b}));
    }

    // Arabic ends a question with "؟" and right-to-left text may end in an invisible direction mark:
    // both end a sentence, so such a paragraph is prose and no title.
    void rightToLeftSentenceEnds()
    {
        const QString q =
            QStringLiteral("قال المجلس البلدي يوم الثلاثاء إن الجسر الجديد سيفتح في الربيع المقبل؟");
        QVERIFY(endsLikeSentence(q));
        QVERIFY(endsLikeSentence(QStringLiteral("وأضاف أن العمل سيبدأ قريبا.\u200F")));
        QVERIFY(!endsLikeSentence(QStringLiteral("الجسر الجديد يفتح في الربيع")));
    }
};

QTEST_GUILESS_MAIN(TestTextBody)
#include "test_textbody.moc"
