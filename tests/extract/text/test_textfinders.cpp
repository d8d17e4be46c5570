// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/bodyselector.h"
#include "extract/text/boundarylines.h"
#include "extract/text/bylinefinder.h"
#include "extract/text/captionfinder.h"
#include "extract/text/headlinefinder.h"
#include "extract/text/profilecards.h"
#include "extract/text/proseclassifier.h"
#include "extract/text/stopwords.h"
#include "extract/text/textpage.h"
#include "textdumps.h"

#include <QTest>

using namespace galley;
using galley::testing::bodyLines;
using galley::testing::indexOf;

namespace {

const QString Para1 = QStringLiteral(
    "The council voted on Tuesday to build a network of protected bike lanes across the city centre, a plan "
    "that "
    "has been debated for more than five years and that will cost around forty million dollars in total.");
const QString Para2 =
    QStringLiteral("Most of the money is expected to come from state and federal programs, the city said in "
                   "a statement after "
                   "the vote, and the first lanes should open to riders by the end of next year.");
const QString Para3 = QStringLiteral(
    "Shop owners on the main street said they were worried about losing parking in front of their stores and "
    "asked the council to talk to them before any of the work begins.");

// The headline found in a page header followed by the first two sample paragraphs.
QString headlineOver(const QString &header)
{
    return testing::headlineOver(header, Para1, Para2);
}

} // namespace

class TestTextFinders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A short paragraph and a subheading inside the article join it; menus and a teaser block after a
    // "Related" label do not.
    void bodyIsTheDenseProseRun()
    {
        const QString text = QStringLiteral("  • Home\n  • News\n\nCouncil backs bike lanes\n\n") + Para1 +
                             QStringLiteral("\n\nWhat comes next\n\n") + Para2 +
                             QStringLiteral("\n\nThe mayor welcomed the vote.\n\n") + Para3 +
                             QStringLiteral("\n\nRelated Articles\n\nBus fares rise\n\n") + Para2 +
                             QStringLiteral("\n\n  • Privacy\n");
        const QStringList got = bodyLines(text);
        QCOMPARE(got, (QStringList{Para1, QStringLiteral("What comes next"), Para2,
                                   QStringLiteral("The mayor welcomed the vote."), Para3}));
    }

    void claimedLinesAreSkipped()
    {
        const QString text = Para1 + u'\n' + Para2 + u'\n' + Para3 + u'\n';
        TextPage page(text, StopWords::builtin(), Vocabulary());
        page.lines()[1].role = LineRole::Caption;
        const QList<ProseClass> classes = classifyProse(page);
        QCOMPARE(classes[1], ProseClass::Skip);
        const BodySelection body = selectBody(page, classes);
        QCOMPARE(body.lines, (QList<int>{0, 2}));
    }

    void captions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QString>("credit");
        QTest::addColumn<int>("spans");
        QTest::newRow("printed twice")
            << QStringLiteral("Leaders meet at the summit in Brussels, June 5, 2014.\n"
                              "Leaders meet at the summit in Brussels, June 5, 2014.\n") +
                   Para1
            << QStringLiteral("Leaders meet at the summit in Brussels, June 5, 2014.") << QString() << 2;
        QTest::newRow("credit line below")
            << QStringLiteral("A view of the city gate in the smog on Friday.\n"
                              "Sanjeev Verma/Hindustan Times/Getty Images\n\n") +
                   Para1
            << QStringLiteral("A view of the city gate in the smog on Friday.")
            << QStringLiteral("Sanjeev Verma/Hindustan Times/Getty Images") << 1;
        QTest::newRow("gallery copy above")
            << QStringLiteral("The hospital in the city where the patients sought treatment\n6\n\n"
                              "The hospital in the city where the patients sought treatmentCredit: EPA\n\n") +
                   Para1
            << QStringLiteral("The hospital in the city where the patients sought treatment")
            << QStringLiteral("EPA") << 2;
        QTest::newRow("alt text glued")
            << QStringLiteral("moon geological map nasaThe first global geologic map of the moon. "
                              "(NASA/JPL-Caltech/ASU)\n\n") +
                   Para1
            << QStringLiteral("The first global geologic map of the moon.")
            << QStringLiteral("NASA/JPL-Caltech/ASU") << 1;
        QTest::newRow("inline credit")
            << QStringLiteral("Traders work on the floor of the exchange in New York, "
                              "November 18, 2019. REUTERS/Brendan McDermid\n\n") +
                   Para1
            << QStringLiteral("Traders work on the floor of the exchange in New York, "
                              "November 18, 2019.")
            << QStringLiteral("REUTERS/Brendan McDermid") << 1;
    }

    void captions()
    {
        QFETCH(QString, text);
        QFETCH(QString, caption);
        QFETCH(QString, credit);
        QFETCH(int, spans);
        TextPage page(text, StopWords::builtin(), Vocabulary());
        const QList<CaptionHit> hits = findCaptions(page, 0, int(page.lines().size()));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().caption, caption);
        QCOMPARE(hits.first().credit, credit);
        QCOMPARE(hits.first().captionSpans.size(), spans);
        for (const SourceSpan &span : hits.first().captionSpans)
            QCOMPARE(text.mid(span.start, span.end - span.start), caption);
        // The article paragraph stays unclaimed.
        QCOMPARE(page.lines().last().role, LineRole::Unknown);
    }

    // A title over an agency's name with the time stamp glued under it is the story's header, not a
    // caption over its photo credit: the headline stays free.
    void storyHeaderIsNoCaption()
    {
        const QString text = QStringLiteral("Scientists Unveil the First Geological Map of a Distant Moon\n\n"
                                            "REUTERS\n19 NOV 2019\n\n") +
                             Para1 + u'\n';
        TextPage page(text, StopWords::builtin(), Vocabulary());
        QVERIFY(findCaptions(page, 0, int(page.lines().size())).isEmpty());
        QCOMPARE(page.contentString(findHeadline(page, indexOf(page, Para1))),
                 QStringLiteral("Scientists Unveil the First Geological Map of a Distant Moon"));
    }

    // A rights notice under a sentence is the page's footer, not a photo credit.
    void rightsNoticeIsNoCredit()
    {
        const QString text =
            Para1 + QStringLiteral("\n\nUse of this site constitutes acceptance of our terms and policy\n"
                                   "© 2019 Example Media. All rights reserved.\n");
        TextPage page(text, StopWords::builtin(), Vocabulary());
        QVERIFY(findCaptions(page, 0, int(page.lines().size())).isEmpty());
    }

    // A line of "Label: value" fields (a review's specifications) is no title, even right above the body.
    void headlineIsNotASpecificationLine()
    {
        QCOMPARE(
            headlineOver(QStringLiteral("  • Home\n  • Reviews\n\nWorkshop manual review\n\n"
                                        "13/06/2014 Tony Carter Books\n\n"
                                        "Tested by: Jane Doe Price: 23.99 More info: Example Books\n\n")),
            QStringLiteral("Workshop manual review"));
    }

    // A breadcrumb's last entry repeats the title on the next line: that is no alt text and caption pair,
    // and the title stays the headline.
    void breadcrumbOverTitleIsNoCaption()
    {
        const QString text =
            QStringLiteral(" 1. Home\n 2. Fact Checks\n 3. Does the Council Really Own Twelve Bridges?\n\n"
                           "Does the Council Really Own Twelve Bridges?\n\n") +
            Para1 + u'\n' + Para2 + u'\n';
        TextPage page(text, StopWords::builtin(), Vocabulary());
        QVERIFY(findCaptions(page, 0, int(page.lines().size())).isEmpty());
        QCOMPARE(page.contentString(findHeadline(page, indexOf(page, Para1))),
                 QStringLiteral("Does the Council Really Own Twelve Bridges?"));
    }

    void headlineSkipsPageFurniture()
    {
        const QString text =
            QStringLiteral("  • Sections\n\nBreaking News\n\nCouncil Backs Bike Lanes for the City "
                           "Centre\n\nBy Jane Doe\n\nNov 19, 2019 10:31 pm\n\nShare on Facebook\n\n") +
            Para1 + u'\n' + Para2 + u'\n';
        const TextPage page(text, StopWords::builtin(), Vocabulary());
        const int body = indexOf(page, Para1);
        QCOMPARE(page.contentString(findHeadline(page, body)),
                 QStringLiteral("Council Backs Bike Lanes for the City Centre"));
    }

    // A headline stands alone between blank lines above its time stamp, here printed in figures; the
    // time stamp line and the menu entries printed without gaps above are not the headline.
    void headlineStandsAloneAboveItsDate()
    {
        QCOMPARE(
            headlineOver(QStringLiteral("Home\nNews\nBikes and riders\nReviews\n\nWorkshop manual review\n\n"
                                        "13/06/2014 Tony Carter All, Books, Kit Reviews\n\n")),
            QStringLiteral("Workshop manual review"));
    }

    // The byline under a standfirst belongs to the title above the standfirst, and a byline printed
    // without "By", glued to its time stamp, is no headline.
    void headlineTakesTheHeaderUnderItsStandfirst()
    {
        QCOMPARE(
            headlineOver(QStringLiteral("Contact Privacy Cookie Policy Terms of Use\n\nThree Cases of Plague "
                                        "Diagnosed in China\n\nOfficials say the risk of an outbreak is low, "
                                        "but many are concerned about the cases\n\nBy Brigit Katz\n"
                                        "November 18, 2019\n\n")),
            QStringLiteral("Three Cases of Plague Diagnosed in China"));
        QCOMPARE(
            headlineOver(QStringLiteral("Learn More\n\nCity says it is ready, and residents ask, are you "
                                        "sure?\n\nLisa Kaczke and Trevor J. Mitchell City Daily News\n"
                                        "Published 10:02 AM EST Nov 19, 2019\n\n")),
            QStringLiteral("City says it is ready, and residents ask, are you sure?"));
    }

    // A gallery's captions are a run of short lines of about the same length: the title above them is
    // the headline, not the caption closest to the body.
    void headlineIsNotAGalleryCaption()
    {
        QCOMPARE(headlineOver(QStringLiteral(
                     "  • Home\n  • Article\n\nState swim meet ends with records\n\n\n"
                     "Aidan Smith 100 backstroke\n\n\nMiguel Bernal North Diving\n\n\n"
                     "Ben Patton Trinity\n\n\nLuis Ortega Relay Team\n\nShare this gallery\n\n")),
                 QStringLiteral("State swim meet ends with records"));
    }

    // The dek under the headline is longer and written like a sentence: it is not the headline, even
    // with fewer lines between it and the body.
    void headlineIsNotTheStandfirst()
    {
        const QString text =
            QStringLiteral("  • Sections\n\nCouncil Backs Bike Lanes for the City Centre\n\n"
                           "The plan has been debated for five years and will cost around forty million "
                           "dollars\n\nNov 19, 2019 10:31 pm\n\n") +
            Para1 + u'\n' + Para2 + u'\n';
        const TextPage page(text, StopWords::builtin(), Vocabulary());
        QCOMPARE(page.contentString(findHeadline(page, indexOf(page, Para1))),
                 QStringLiteral("Council Backs Bike Lanes for the City Centre"));
    }

    // A gallery repeats the headline right above the body; the byline sits under the first copy, so
    // that is the line reported. A line under an explicit byline is not taken for the headline.
    void headlineIsItsFirstCopy()
    {
        const QString title = QStringLiteral("Stadtrat beschließt neues Radwegenetz für die Innenstadt");
        const QString text = title +
                             QStringLiteral("\n\nVon Anna Schmidt\n\nDeutsche Presse-Agentur "
                                            "Redaktion\n\nBild 1 von 9\n\n") +
                             title + QStringLiteral("\n\n") + Para1 + u'\n' + Para2 + u'\n';
        const TextPage page(text, StopWords::builtin(), Vocabulary());
        QCOMPARE(findHeadline(page, indexOf(page, Para1)), 0);
    }

    // Filtering captions: a glued credit ("...treatmentCredit: EPA") is split off, and an empty form
    // field "[    ]" is no picture, so the line under it is no caption.
    void gluedCreditAndFormFields()
    {
        QString text = QStringLiteral("Doctors at the hospital where the patients sought treatmentCredit: "
                                      "EPA\n\n") +
                       Para1;
        TextPage page(text, StopWords::builtin(), Vocabulary());
        QList<CaptionHit> hits = findCaptions(page, 0, int(page.lines().size()));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().caption,
                 QStringLiteral("Doctors at the hospital where the patients sought treatment"));
        QCOMPARE(hits.first().credit, QStringLiteral("EPA"));

        text = QStringLiteral("[                    ]\nSearch the archive for older stories\n\n") + Para1;
        TextPage form(text, StopWords::builtin(), Vocabulary());
        QVERIFY(findCaptions(form, 0, int(form.lines().size())).isEmpty());
        // A field and its button on one line: still a form, and the title under it no caption.
        text =
            QStringLiteral("[                    ] [Search]\nHarbour cranes stand idle as the strike enters "
                           "its second week\n\n") +
            Para1;
        TextPage formWithButton(text, StopWords::builtin(), Vocabulary());
        QVERIFY(findCaptions(formWithButton, 0, int(formWithButton.lines().size())).isEmpty());
    }

    // Picture, title, picture, title: other stories' teasers. Their titles are page chrome (claimed, so
    // that the headline finder passes them by); a gallery's sentences under pictures are captions.
    void teaserListIsNoCaption()
    {
        const QString teasers = QStringLiteral("[teaser-1]\nCity council votes on the new bridge budget\n\n"
                                               "[teaser-2]\nLocal bakery wins a regional prize for bread\n\n"
                                               "[teaser-3]\n") +
                                Para1;
        TextPage page(teasers, StopWords::builtin(), Vocabulary());
        const QList<CaptionHit> hits = findCaptions(page, 0, int(page.lines().size()));
        QCOMPARE(page.lines()[1].role, LineRole::Chrome);
        QCOMPARE(page.lines()[3].role, LineRole::Chrome);
        for (const CaptionHit &hit : hits)
            QVERIFY(!hit.lines.contains(1) && !hit.lines.contains(3));

        const QString gallery =
            QStringLiteral("[photo-1]\nA ferry crosses the bay at dawn on Monday.\n\n"
                           "[photo-2]\nCrowds gather on the pier to watch it leave.\n\n") +
            Para1;
        TextPage galleryPage(gallery, StopWords::builtin(), Vocabulary());
        const QList<CaptionHit> captions = findCaptions(galleryPage, 0, int(galleryPage.lines().size()));
        QCOMPARE(captions.size(), 2);
        QCOMPARE(captions[0].caption, QStringLiteral("A ferry crosses the bay at dawn on Monday."));
    }

    // A story of two short paragraphs has no line jusText calls good; its near-good lines then make
    // the body rather than nothing.
    void shortStoryAmongChrome()
    {
        const QString a = QStringLiteral("Chelsea paid the release fee to the league this morning to sign "
                                         "the keeper from Bilbao.");
        const QString b = QStringLiteral("He will have a medical at the club today ahead of the move, which "
                                         "makes him the most expensive keeper.");
        const QString text = QStringLiteral("  • Home\n  • Sport\n  • World\n\nChelsea sign keeper\n\n") + a +
                             QStringLiteral("\n\n") + b +
                             QStringLiteral("\n\n  • Facebook\n  • Twitter\n  • Privacy\n");
        const QStringList got = bodyLines(text);
        QCOMPARE(got, (QStringList{a, b}));
    }

    void bylines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("agency");
        QTest::newRow("by") << QStringLiteral("By Jane Doe and John Roe")
                            << QStringList{u"Jane Doe"_qs, u"John Roe"_qs} << QString();
        QTest::newRow("name, date") << QStringLiteral("Chris Davies - Nov 19, 2019, 10:31 pm CST")
                                    << QStringList{u"Chris Davies"_qs} << QString();
        QTest::newRow("agency alone")
            << QStringLiteral("REUTERS") << QStringList() << QStringLiteral("Reuters");
        QTest::newRow("von") << QStringLiteral("Von Anna Schmidt") << QStringList{u"Anna Schmidt"_qs}
                             << QString();
    }

    void bylines()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, names);
        QFETCH(QString, agency);
        const QString text = QStringLiteral("Council Backs Bike Lanes for the City Centre\n\n") + line +
                             QStringLiteral("\n\n") + Para1 + u'\n' + Para2 + u'\n';
        TextPage page(text, StopWords::builtin(), Vocabulary());
        const BylineResult byline = findByline(page, 0, 2);
        QCOMPARE(byline.names, names);
        QCOMPARE(byline.agency, agency);
        QCOMPARE(byline.nameSpans.size(), names.size());
        if (!names.isEmpty() || !agency.isEmpty())
            QCOMPARE(page.lines()[1].role, LineRole::Byline);
    }

    void proseIsNoByline()
    {
        const QString text =
            QStringLiteral("Council Backs Bike Lanes\n\nMayor Smith said the plan was good.\n\n") + Para1;
        TextPage page(text, StopWords::builtin(), Vocabulary());
        const BylineResult byline = findByline(page, 0, 2);
        QVERIFY(byline.names.isEmpty());
    }

    void agencyCard()
    {
        const QString text =
            Para1 + QStringLiteral("\n\n    Reuters\n\n    Reuters is a news agency founded in 1851 "
                                   "and owned by the Thomson Reuters Corporation.\n\nApple\n\nApple "
                                   "is said to be working on a new phone for next year.\n");
        TextPage page(text, StopWords::builtin(), Vocabulary());
        const QList<ProfileCard> cards = findProfileCards(page);
        QCOMPARE(cards.size(), 1); // "Apple" / "Apple is ..." is a subheading and its paragraph
        QCOMPARE(cards.first().agency, QStringLiteral("Reuters"));
        QCOMPARE(page.lines()[cards.first().descriptionLine].role, LineRole::AgencyCard);
    }

    void sectionBoundaries()
    {
        QVERIFY(isSectionBoundary(u"Related Articles", 2));
        QVERIFY(isSectionBoundary(u"Leave a Reply", 3));
        QVERIFY(isSectionBoundary(u"12 Comments", 2));
        QVERIFY(isSectionBoundary(u"Mehr zum Thema", 3));
        QVERIFY(!isSectionBoundary(u"Relatedness in families", 3));
        QVERIFY(!isSectionBoundary(u"The mayor welcomed the vote.", 5));
    }
};

QTEST_GUILESS_MAIN(TestTextFinders)
#include "test_textfinders.moc"
