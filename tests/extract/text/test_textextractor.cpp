// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/capturereader.h"
#include "extract/common/dateparser.h"
#include "extract/text/textextractor.h"
#include "testpaths.h"
#include "textdumps.h"

#include <QTest>

using namespace galley;
using galley::testing::textCapture;

namespace {

Capture readCapture(const QString &path)
{
    Capture capture;
    readCaptureFile(
        path, [&](const Capture &c) { capture = c; },
        [](const CaptureError &e) { qWarning() << e.toString(); });
    return capture;
}

// Two paragraphs of a markets story, shared by the inline dumps below.
const QString MarketParagraphs = QStringLiteral(
    "Traders cited the lingering uncertainty over whether the two countries could agree to end the trade "
    "war as a reason for stocks to drift and for bond prices to go higher.\n\n"
    "The next round of tariffs is due to start in the middle of December, which the markets are watching "
    "closely as the deadline approaches.\n\n");

// A markets story whose header (byline, time stamp, then `header`) stands over a share bar and the lead.
QString storyUnderHeader(const QString &header)
{
    return QStringLiteral("  • World\n  • Business\n\nOil falls on oversupply worries\n\nBy Jane Doe\n\n"
                          "12 March 2024\n\n") +
           header +
           QStringLiteral(
               "\n\nShare\n\nTweet\n\nEmail\n\n"
               "NEW YORK (Reuters) - Oil prices fell sharply on Tuesday on oversupply concerns, "
               "while a gauge of stocks across the globe rose for a seventh straight session.\n\n") +
           MarketParagraphs + QStringLiteral("  • Terms of Use\n  • Privacy\n");
}

QString spanText(const Capture &capture, const SourceSpan &span)
{
    return capture.text().mid(span.start, span.end - span.start);
}

// Every value the extractor reports must be traceable: spans inside the capture, and where a value is
// printed verbatim (headline, body blocks, bylines), the span shows exactly that text.
void verifyProvenance(const Capture &capture, const Article &article)
{
    for (auto it = article.provenance.cbegin(); it != article.provenance.cend(); ++it) {
        QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
        for (const SourceSpan &span : it.value()) {
            QVERIFY2(span.isValid() && span.end <= capture.text().size(), qPrintable(it.key()));
            QVERIFY2(span.via.startsWith(u"text:"), qPrintable(span.via));
        }
    }
    if (!article.headline.isEmpty())
        QCOMPARE(spanText(capture, article.provenance.value(QStringLiteral("headline")).value(0)),
                 article.headline);
    for (qsizetype i = 0; i < article.body.size(); ++i) {
        const QList<SourceSpan> spans = article.provenance.value(QStringLiteral("body/%1").arg(i));
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spanText(capture, spans.first()), article.body[i].text);
    }
    for (qsizetype i = 0; i < article.bylines.size(); ++i) {
        const QList<SourceSpan> spans = article.provenance.value(QStringLiteral("bylines/%1").arg(i));
        QCOMPARE(spans.size(), 1);
        QVERIFY(spanText(capture, spans.first()).compare(article.bylines[i], Qt::CaseInsensitive) == 0);
    }
}

QString everything(const Article &article)
{
    QStringList parts{article.headline, article.credit, article.dateline, article.text()};
    parts += article.bylines;
    for (const Image &image : article.images)
        parts << image.caption << image.credit;
    return parts.join(u'\n');
}

} // namespace

class TestTextExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The reference capture (resources/samples/seed-capture.txt) must come out exactly.
    void seedCapture()
    {
        const Capture capture =
            readCapture(galley::test::sourceDir() + QStringLiteral("/resources/samples/seed-capture.txt"));
        QVERIFY(!capture.isNull());
        const Article article = extractTextArticle(capture, Vocabulary());

        QCOMPARE(article.headline, QStringLiteral("Japan's PM Seeks Dialogue With Putin Despite G7 Threats"));
        const QString caption = QStringLiteral("Japan's Prime Minister Shinzo Abe holds a news conference at "
                                               "the end of the G7 summit at the European "
                                               "Council headquarters in Brussels, June 5, 2014.");
        QCOMPARE(article.images.size(), 1);
        QCOMPARE(article.images.first().caption, caption);
        QVERIFY(article.images.first().src.isEmpty());
        // Printed twice, reported once, with both places as provenance.
        const QList<SourceSpan> captionSpans = article.provenance.value(QStringLiteral("images/0/caption"));
        QCOMPARE(captionSpans.size(), 2);
        for (const SourceSpan &span : captionSpans)
            QCOMPARE(spanText(capture, span), caption);

        QCOMPARE(article.body.size(), 7);
        QVERIFY(article.body.first().text.startsWith(
            u"Japanese Prime Minister Shinzo Abe, hours after joining fellow industrial powers"));
        QVERIFY(article.body.last().text.endsWith(u"while trying keep relations on an even keel."));
        QVERIFY(article.body[4].text ==
                u"Abe in recent months has been seeking a delicate balance with Moscow.");
        for (const BodyBlock &block : article.body)
            QCOMPARE(block.kind, BlockKind::Paragraph);

        // The agency card at the foot ("Reuters" / "Reuters is a news agency ...") is the credit.
        QCOMPARE(article.credit, QStringLiteral("Reuters"));
        QCOMPARE(spanText(capture, article.provenance.value(QStringLiteral("credit")).value(0)),
                 QStringLiteral("Reuters"));
        QVERIFY(article.bylines.isEmpty()); // an agency is not a person
        QVERIFY(article.contributors.isEmpty());

        const QString all = everything(article);
        for (QStringView chrome :
             {QStringView(u"Accessibility links"), QStringView(u"Breaking News"), QStringView(u"16x9 Image"),
              QStringView(u"news agency founded in 1851"), QStringView(u"XS"), QStringView(u"LG")}) {
            QVERIFY2(!all.contains(chrome), qPrintable(chrome.toString()));
        }
        QVERIFY(!article.text().contains(caption));
        verifyProvenance(capture, article);
    }

    // A German page: German stop words decide, "Von" introduces the byline, the related-links block and
    // the comments after "Mehr zum Thema" / "Kommentare" are not body.
    void germanCapture()
    {
        const Capture capture = readCapture(galley::test::sourceDir() +
                                            QStringLiteral("/tests/data/extract/text/german-dump.txt"));
        const Article article = extractTextArticle(capture, Vocabulary());
        QCOMPARE(article.headline,
                 QStringLiteral("Stadtrat beschließt neues Radwegenetz für die Innenstadt"));
        QCOMPARE(article.bylines, QStringList{QStringLiteral("Anna Schmidt")});
        QCOMPARE(article.published.left(10), QStringLiteral("2024-03-12"));
        QCOMPARE(article.body.size(), 4);
        QVERIFY(article.body.first().text.startsWith(u"Der Stadtrat hat am Dienstagabend"));
        QVERIFY(article.body.last().text.startsWith(u"Die Oberbürgermeisterin"));
        const QString text = article.text();
        QVERIFY(!text.contains(u"Mehr zum Thema"));
        QVERIFY(!text.contains(u"Parkgebühren"));
        QVERIFY(!text.contains(u"Max M."));
        QVERIFY(!text.contains(u"Impressum"));
        verifyProvenance(capture, article);
    }

    // Greek has no stop-word table: sentence punctuation and length still find the article.
    void languageWithoutTable()
    {
        const Capture capture = readCapture(galley::test::sourceDir() +
                                            QStringLiteral("/tests/data/extract/text/greek-dump.txt"));
        const Article article = extractTextArticle(capture, Vocabulary());
        QCOMPARE(article.headline, QStringLiteral("Νέα γέφυρα ενώνει τις δύο όχθες του ποταμού"));
        QCOMPARE(article.body.size(), 3);
        QVERIFY(article.body.first().text.startsWith(u"Η νέα γέφυρα άνοιξε"));
        QVERIFY(!article.text().contains(u"Αρχική"));
        QVERIFY(!article.text().contains(u"Επικοινωνία"));
        verifyProvenance(capture, article);
    }

    // A wire story: the dateline gives place and credit; a "Reporting by" note is contributors, not body.
    void wireStory()
    {
        const QString text =
            QStringLiteral("  • World\n  • Business\n\nOil falls on oversupply worries\n\nBy Jane Doe\n\n"
                           "NEW YORK (Reuters) - Oil prices fell sharply on Tuesday on oversupply concerns, "
                           "while a gauge of "
                           "stocks across the globe rose for a seventh straight session.\n\n") +
            MarketParagraphs +
            QStringLiteral("Reporting by Jane Doe; Editing by Tom Brown\n\n  • Terms of Use\n  • Privacy\n");
        const Capture capture = textCapture(text);
        const Article article = extractTextArticle(capture, Vocabulary());
        QCOMPARE(article.headline, QStringLiteral("Oil falls on oversupply worries"));
        QCOMPARE(article.bylines, QStringList{QStringLiteral("Jane Doe")});
        QCOMPARE(article.credit, QStringLiteral("Reuters"));
        QCOMPARE(article.dateline, QStringLiteral("NEW YORK"));
        QCOMPARE(article.body.size(), 3);
        QVERIFY(!article.text().contains(u"Editing by"));
        QVERIFY(article.contributors.contains(
            Contributor{QStringLiteral("Tom Brown"), QStringLiteral("editing")}));
        verifyProvenance(capture, article);
    }

    // A summary printed under the byline and the time stamp, with the share bar between it and the
    // paragraphs, opens the text: it is the first body block, and the dateline still comes from the lead.
    void standfirstUnderTheTimeStampOpensTheBody()
    {
        const QString standfirst =
            QStringLiteral("Prices slid for a third day as traders worried that supply would outrun what the "
                           "world needs this winter");
        const Capture capture = textCapture(storyUnderHeader(standfirst));
        const Article article = extractTextArticle(capture, Vocabulary());
        QCOMPARE(article.headline, QStringLiteral("Oil falls on oversupply worries"));
        QCOMPARE(article.body.size(), 4);
        QCOMPARE(article.body.first().text, standfirst);
        QCOMPARE(article.body.first().kind, BlockKind::Paragraph);
        QCOMPARE(article.dateline, QStringLiteral("NEW YORK"));
        QCOMPARE(article.credit, QStringLiteral("Reuters"));
        QVERIFY(!article.text().contains(u"Tweet"));
        verifyProvenance(capture, article);
    }

    // A deck printed right under the headline, over the byline, stays out of the body (news sites keep
    // it apart from the story's text), and a short label under the time stamp is no standfirst.
    void deckOverTheBylineIsNoBody()
    {
        const QString deck =
            QStringLiteral("Prices slid for a third day as traders worried that supply would outrun what the "
                           "world needs this winter");
        const QString text =
            QStringLiteral("  • World\n  • Business\n\nOil falls on oversupply worries\n\n") + deck +
            QStringLiteral(
                "\n\nBy Jane Doe\n\n12 March 2024\n\nListen to this story\n\nShare\n\n"
                "NEW YORK (Reuters) - Oil prices fell sharply on Tuesday on oversupply concerns, "
                "while a gauge of stocks across the globe rose for a seventh straight session.\n\n") +
            MarketParagraphs + QStringLiteral("  • Terms of Use\n  • Privacy\n");
        const Article article = extractTextArticle(textCapture(text), Vocabulary());
        QCOMPARE(article.body.size(), 3);
        QVERIFY(!article.text().contains(deck));
        QVERIFY(!article.text().contains(u"Listen to this story"));
    }

    // Under the time stamp, the text under a picture's placeholder is its caption, not a standfirst.
    void pictureTextIsNoStandfirst()
    {
        const QString caption = QStringLiteral(
            "Workers walk past the pumps of an oil field in the west of the state in the evening");
        const Article article = extractTextArticle(
            textCapture(storyUnderHeader(QStringLiteral("[oil-rig]\n\n") + caption)), Vocabulary());
        QCOMPARE(article.body.size(), 3);
        QVERIFY(!article.text().contains(caption));
    }

    // Only what reads as a caption is one: a sentence about the picture. A link title under a picture,
    // the headline printed over it and a "By" line next to a credit are not.
    void captionsMustReadAsCaptions()
    {
        const QString text =
            QStringLiteral("  • World\n  • Business\n\nOil falls on oversupply worries\n\n"
                           "By Jane Doe\n\n[photo-1]\nRead the Letter\n\n"
                           "Traders work on the floor of the exchange in New York on Tuesday.\n"
                           "Jane Roe/Getty Images\n\n"
                           "Oil prices fell sharply on Tuesday on oversupply concerns, while a gauge of "
                           "stocks across the globe rose for a seventh straight session.\n\n") +
            MarketParagraphs +
            QStringLiteral("Oil falls on oversupply worries\nAP Photo/Jane Roe\n\n  • Privacy\n");
        const Capture capture = textCapture(text);
        const Article article = extractTextArticle(capture, Vocabulary());
        QCOMPARE(article.headline, QStringLiteral("Oil falls on oversupply worries"));
        QCOMPARE(article.images.size(), 1);
        QCOMPARE(article.images.first().caption,
                 QStringLiteral("Traders work on the floor of the exchange in New York on Tuesday."));
        QCOMPARE(article.images.first().credit, QStringLiteral("Jane Roe/Getty Images"));
        verifyProvenance(capture, article);
    }

    // A name label is a caption when the picture is beyond doubt: under the image's placeholder with a
    // credit of its own. The same label with a credit but no picture above is not.
    void creditedLabelUnderPicture()
    {
        const QString text =
            QStringLiteral("  • World\n  • Business\n\nOil falls on oversupply worries\n\nBy Jane Doe\n\n"
                           "[photo-1]\nOil Minister Ahmed Al Farsi\nJane Roe, Associated Press\n\n"
                           "Oil prices fell sharply on Tuesday on oversupply concerns, while a gauge of "
                           "stocks across the globe rose for a seventh straight session.\n\n") +
            MarketParagraphs;
        const Capture capture = textCapture(text);
        const Article article = extractTextArticle(capture, Vocabulary());
        QCOMPARE(article.images.size(), 1);
        QCOMPARE(article.images.first().caption, QStringLiteral("Oil Minister Ahmed Al Farsi"));
        QCOMPARE(article.images.first().credit, QStringLiteral("Jane Roe, Associated Press"));
        verifyProvenance(capture, article);
        QString unpictured = text;
        unpictured.remove(QStringLiteral("[photo-1]\n"));
        QVERIFY(extractTextArticle(textCapture(unpictured), Vocabulary()).images.isEmpty());
    }

    // A row of banners glued under a picture's placeholder opens with another placeholder: the
    // advertiser's call to action is no caption.
    void bannerRowIsNoCaption()
    {
        const QString text =
            QStringLiteral("  • World\n  • Business\n\nOil falls on oversupply worries\n\n[banner-top]\n"
                           "[banner-a] [banner-b] Advertise with us today on every page of the site!\n\n"
                           "Oil prices fell sharply on Tuesday on oversupply concerns, while a gauge of "
                           "stocks across the globe rose for a seventh straight session.\n\n") +
            MarketParagraphs;
        const Article article = extractTextArticle(textCapture(text), Vocabulary());
        QCOMPARE(article.headline, QStringLiteral("Oil falls on oversupply worries"));
        QVERIFY(article.images.isEmpty());
    }

    // A short story followed by a long comment thread: the article is the prose before the
    // "Comments" label. Its byline names the site itself (the masthead says so): no credit; and a
    // teaser's "By Reuters" in the list under the story is not the story's credit either.
    void shortStoryBeforeComments()
    {
        QString text =
            QStringLiteral("The Harbour Gazette - Local News\n\n  • Home\n  • Sport\n\n"
                           "Ferry service resumes after storm\n\nBy Harbour Gazette Staff\n\n"
                           "The ferry between the two islands resumed its service on Monday after "
                           "the storm had kept it in port for four days, the operator said, and the "
                           "timetable that was in place before the storm applies again from "
                           "today.\n\n"
                           "Passengers were asked to book ahead because the first crossings were "
                           "expected to be full, and the operator said that it would add an extra "
                           "boat on Tuesday if the queues at the harbour were too long.\n\n  • Ferry fares "
                           "to rise in spring\n"
                           "  • By Reuters\n\nComments\n\n");
        for (int i = 0; i < 4; ++i)
            text += QStringLiteral("Reader %1 on November 20 said: I have been waiting for this ferry all "
                                   "week and the company never told us anything about the delays, which is "
                                   "not how a public service should treat the people who depend on it.\n\n")
                        .arg(i);
        const Capture capture = textCapture(text);
        const Article article = extractTextArticle(capture, Vocabulary());
        QCOMPARE(article.body.size(), 2);
        QVERIFY(article.body.first().text.startsWith(u"The ferry between"));
        QVERIFY(!article.text().contains(u"Reader"));
        QCOMPARE(article.credit, QString());
        verifyProvenance(capture, article);
    }

    // Without a time stamp over the story, a short dated line at its foot dates it; a slashed date on
    // a page that is not in English is read day first.
    void dateAtTheFootOfTheStory()
    {
        const QString english =
            QStringLiteral("  • Home\n  • Blog\n\nMarkets drift as tariff talks stall\n\n") +
            MarketParagraphs + QStringLiteral("Posted on March 5, 2021 in Markets\n\n  • Contact\n");
        QCOMPARE(extractTextArticle(textCapture(english), Vocabulary()).published,
                 QStringLiteral("2021-03-05"));
        const QString german = QStringLiteral(
            "  • Start\n  • Blog\n\nDie Brücke wird im Frühjahr eröffnet\n\n"
            "Der Stadtrat hat am Dienstag beschlossen, dass die neue Brücke über den Fluss im "
            "Frühjahr eröffnet wird, nachdem die Arbeiten monatelang verzögert worden waren.\n\n"
            "Die Anwohner begrüßten die Entscheidung, wollen aber wissen, wie lange die Fähre "
            "noch fahren wird und was mit dem alten Anleger geschieht.\n\n"
            "Veröffentlicht am 03/05/2022\n\n  • Kontakt\n");
        QCOMPARE(extractTextArticle(textCapture(german), Vocabulary()).published,
                 QStringLiteral("2022-05-03"));
    }

    // Without a time stamp over the story or a short dated line in it: a date that opens the lead (a
    // press release's or agency's "Place, date –"), else a labelled date in the footer under the story
    // (but not past the teasers, and no date inside a sentence).
    void dateOfTheLeadOrTheFooter_data()
    {
        QTest::addColumn<QString>("lead");
        QTest::addColumn<QString>("footer");
        QTest::addColumn<QString>("published");
        const QString lead = QStringLiteral(
            "The city council has approved the new harbour plan after a debate that lasted most of the "
            "night, and work on the first pier is to begin in the spring.");
        QTest::newRow("place, date, dash") << QStringLiteral("Wien, 14. Dezember 2021 – ") + lead << QString()
                                           << QStringLiteral("2021-12-14");
        QTest::newRow("date, full stop")
            << QStringLiteral("31 October 2023. ") + lead << QString() << QStringLiteral("2023-10-31");
        QTest::newRow("label, date, bar") << QStringLiteral("Press release of 25 January 2022 | ") + lead
                                          << QString() << QStringLiteral("2022-01-25");
        QTest::newRow("date inside the sentence")
            << QStringLiteral("On 14 December 2021 the city council approved the new harbour plan after a "
                              "debate that lasted most of the night, and work is to begin in the spring.")
            << QString() << QString();
        QTest::newRow("labelled date in the footer")
            << lead << QStringLiteral("Share\n\nPrint\n\nMore\n\nPublished: 16.08.2019\n\nDuration: 1 hour\n")
            << QStringLiteral("2019-08-16");
        QTest::newRow("unlabelled date in the footer")
            << lead
            << QStringLiteral("Share\n\nPrint\n\nMore\n\nA teaser title of another story 16.08.2019\n")
            << QString();
    }

    void dateOfTheLeadOrTheFooter()
    {
        QFETCH(QString, lead);
        QFETCH(QString, footer);
        QFETCH(QString, published);
        const QString text = QStringLiteral("  • Home\n  • News\n\nCouncil approves the harbour plan\n\n") +
                             lead + QStringLiteral("\n\n") + MarketParagraphs + footer;
        const Capture capture = textCapture(text);
        const Article article = extractTextArticle(capture, Vocabulary());
        QCOMPARE(article.published, published);
        if (!published.isEmpty())
            QVERIFY(dates::findDate(
                        spanText(capture, article.provenance.value(QStringLiteral("published")).value(0)))
                        .iso == published);
    }

    void emptyAndChromeOnlyCaptures()
    {
        QCOMPARE(extractTextArticle(textCapture(QString()), Vocabulary()), Article());
        const Article menu = extractTextArticle(
            textCapture(QStringLiteral("  • Home\n  • News\n  • Sport\n\nLogin\n")), Vocabulary());
        QVERIFY(menu.body.isEmpty());
        QVERIFY(menu.images.isEmpty());
    }

    // A list marker alone on its line (an empty list item) leaves a line without content; every
    // finder must pass it by. (Debug builds assert on the first character of an empty view: the
    // ASan preset runs this test in one.)
    void bareListMarkers()
    {
        const QString text = QStringLiteral(
            "  •\n  • Home\n  •\n\nHarbour cranes stand idle as the strike goes on\n\n  •\n"
            "Dock workers walked out on Monday after talks on pay broke down, and the port has been quiet "
            "since then, with ships waiting in the bay.\n  •\n"
            "The union said it would meet the employers again on Friday, but neither side expects a quick "
            "deal after a week of harsh words.\n\n  •\nReuters\n");
        const Article article = extractTextArticle(textCapture(text), Vocabulary());
        QCOMPARE(article.headline, QStringLiteral("Harbour cranes stand idle as the strike goes on"));
        QCOMPARE(article.body.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTextExtractor)
#include "test_textextractor.moc"
