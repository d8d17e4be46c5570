// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/capture.h"
#include "extract/text/headlinefinder.h"
#include "extract/text/stopwords.h"
#include "extract/text/textextractor.h"
#include "extract/text/textpage.h"
#include "textdumps.h"

#include <QTest>

using namespace galley;
using galley::testing::textCapture;

namespace {

const QString Para1 = QStringLiteral(
    "Dealers in the region sold fewer new cars and trucks last month than a year before, the trade group "
    "said on Tuesday, as buyers waited for the discounts that usually come at the end of the year.");
const QString Para2 = QStringLiteral(
    "The group said that it expected sales to pick up again in December and that the year as a whole "
    "would still be the second best on record for the dealers in the state.");

// The headline text found in a page header followed by the two sample paragraphs.
QString headlineOver(const QString &header)
{
    return testing::headlineOver(header, Para1, Para2);
}

} // namespace

class TestTextHeadlines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A title that names a month away from its figures is no time stamp ("10 percent in October"); a
    // time stamp puts the day or the year next to the month, also behind a particle ("9 de março").
    void monthInTitleIsNoTimeStamp()
    {
        QCOMPARE(headlineOver(QStringLiteral("  • Business\n  • Autos\n\nLocal dealers post best year in "
                                             "a decade\n\nCar sales fall 10 percent in October\n\n"
                                             "By Jane Roe\n\nPublished 4:00 am, November 20, 2019\n\n")),
                 QStringLiteral("Car sales fall 10 percent in October"));
        QCOMPARE(headlineOver(QStringLiteral("Calendário das corridas\n\nPrimeira etapa: 9 de março em "
                                             "Interlagos\n\n")),
                 QStringLiteral("Calendário das corridas"));
    }

    // A short line holding a whole date, wherever in the line and in whatever language its label is,
    // is the story's time stamp, never its headline.
    void dateInsideAShortLineIsATimeStamp()
    {
        QCOMPARE(headlineOver(QStringLiteral("  • Start\n  • Blog\n\nWas macht eine Idee neu?\n\n"
                                             "Erschienen am 15/07/2014 in Ideen von Jana Roth\n\n")),
                 QStringLiteral("Was macht eine Idee neu?"));
        QCOMPARE(headlineOver(QStringLiteral("  • Home\n  • News\n\nHarbour pier to be rebuilt\n\n"
                                             "Press release 02.11.2021\n\n")),
                 QStringLiteral("Harbour pier to be rebuilt"));
    }

    // A web address is a link target or an embed the dump tool printed, never a headline.
    void webAddressIsNoHeadline()
    {
        QCOMPARE(
            headlineOver(QStringLiteral("  • Home\n  • News\n\nHarbour pier to be rebuilt\n\n"
                                        "IFRAME: https://video.example.org/embed/harbour-pier-story\n\n")),
            QStringLiteral("Harbour pier to be rebuilt"));
    }

    // A headline printed four times (a menu of the section's stories, the gallery, the share text) is
    // still the headline when the byline stands under it; a teaser printed as often is not.
    void repeatedHeadlineWithByline()
    {
        const QString title = QStringLiteral("Car sales slump as buyers wait for discounts");
        const QString header = QStringLiteral("  • ") + title +
                               QStringLiteral("\n  • Other story today\n\n") + title +
                               QStringLiteral("\n\nBy Jane Roe\n\nNov 20, 2019\n\n") + title +
                               QStringLiteral("\n\nImage 1 of 9\n\n") + title + QStringLiteral("\n\n");
        QCOMPARE(headlineOver(header), title);
        // The name may come with the outlet: "Jane Roe, Daily Ledger".
        const QString withOutlet = QStringLiteral("  • ") + title + QStringLiteral("\n\n") + title +
                                   QStringLiteral("\n\nJane Roe, Daily Ledger\n\n") + title +
                                   QStringLiteral("\n\nShare\n\n") + title + QStringLiteral("\n\n");
        QCOMPARE(headlineOver(withOutlet), title);

        const QString teaser = QStringLiteral("Boosted sedan launched with a new turbo engine");
        const QString teasers =
            QStringLiteral("Sedans are back in the city\n\nBy Jane Roe\n\n") + QStringLiteral("RELATED\n\n") +
            teaser + QStringLiteral("\nAUTO NEWS\n") + teaser + QStringLiteral("\nMay 27, 2014\n\n") +
            teaser + QStringLiteral("\nAUTO NEWS\n") + teaser + QStringLiteral("\nMay 27, 2014\n\n");
        QCOMPARE(headlineOver(teasers), QStringLiteral("Sedans are back in the city"));
    }

    // Two variants of the title: the shorter one above is the display headline, the longer one (more
    // words for search engines and sharing) closer to the body is not.
    void shorterVariantAboveIsTheHeadline()
    {
        QCOMPARE(headlineOver(QStringLiteral(
                     "  • Sport\n  • Tennis\n\nPodcast: Cup finals open in "
                     "Madrid and feelings are mixed\n\n  •\n  •\n  •\n  •\n\nSave\n\nPodcast: The Cup "
                     "finals open in Madrid and feelings are mixed so far\n\n"
                     "19 November 2019 1:16pm\n\n")),
                 QStringLiteral("Podcast: Cup finals open in Madrid and feelings are mixed"));
    }

    // w3m prints a table row on one line, its cells apart by a wide gap: the headline is the title
    // cell, even when the row is longer than any title.
    void headlineIsTheFirstCellOfARow()
    {
        const QString gap(300, u' ');
        const QString header = QStringLiteral("News Site - The Network\n\nHome\nWorld\nPolitics\n\n"
                                              "Group says more than 100 protesters were killed") +
                               gap + QStringLiteral("Home\n\nNovember 20, 2019 - 11:28\n\n");
        QCOMPARE(headlineOver(header), QStringLiteral("Group says more than 100 protesters were killed"));
        // The value and its provenance are the cell, not the row.
        const Capture capture = textCapture(header + Para1 + QStringLiteral("\n\n") + Para2 + u'\n');
        const Article article = extractTextArticle(capture, Vocabulary());
        QCOMPARE(article.headline, QStringLiteral("Group says more than 100 protesters were killed"));
        const SourceSpan span = article.provenance.value(QStringLiteral("headline")).value(0);
        QCOMPARE(capture.text().mid(span.start, span.end - span.start), article.headline);
    }

    // A line above the headline next to a picture is a notice or a banner unless it names a
    // photographer: it is no caption of the article's.
    void noUncreditedCaptionAboveTheHeadline()
    {
        const QString text = QStringLiteral("[banner-ad]\nThe article has been sent.\n\n"
                                            "Car sales slump as buyers wait for discounts\n\n"
                                            "By Jane Roe\n\nNov 20, 2019\n\n") +
                             Para1 + QStringLiteral("\n\n") + Para2 + u'\n';
        const Article article = extractTextArticle(textCapture(text), Vocabulary());
        QCOMPARE(article.headline, QStringLiteral("Car sales slump as buyers wait for discounts"));
        QVERIFY2(article.images.isEmpty(), qPrintable(article.images.value(0).caption));
    }
};

QTEST_GUILESS_MAIN(TestTextHeadlines)
#include "test_textheadlines.moc"
