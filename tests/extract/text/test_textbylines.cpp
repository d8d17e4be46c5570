// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/bylinefinder.h"
#include "extract/text/captionfinder.h"
#include "extract/text/stopwords.h"
#include "extract/text/textextractor.h"
#include "extract/text/textpage.h"
#include "textdumps.h"

#include <QTest>

using namespace galley;
using galley::testing::textCapture;

namespace {

const QString Headline = QStringLiteral("Council Backs Bike Lanes for the City Centre");
const QString Para1 = QStringLiteral(
    "The council voted on Tuesday to build a network of protected bike lanes across the city centre, a plan "
    "that has been debated for more than five years and will cost around forty million dollars.");
const QString Para2 = QStringLiteral(
    "Most of the money is expected to come from state and federal programs, the city said in a statement "
    "after the vote, and the first lanes should open to riders by the end of next year.");

} // namespace

class TestTextBylines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Header lines between the headline (line 0) and the body: the names the byline finder takes.
    void headerLines_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("agency");
        QTest::newRow("by as a field") << QStringLiteral("October 9, 2018 | by Jane Roe")
                                       << QStringList{QStringLiteral("Jane Roe")} << QString();
        QTest::newRow("by: after a date") << QStringLiteral("February 1, 2019 | BY: Jane Roe, MS")
                                          << QStringList{QStringLiteral("Jane Roe")} << QString();
        QTest::newRow("author photo")
            << QStringLiteral("[jane-roe-portrait] Jane Roe\nNov 18, 2019 @17:19 PM")
            << QStringList{QStringLiteral("Jane Roe")} << QString();
        QTest::newRow("date, name") << QStringLiteral("November 20, 2019 Jane Roe")
                                    << QStringList{QStringLiteral("Jane Roe")} << QString();
        // After a date the line runs on into sections: no name is sure.
        QTest::newRow("date, name, sections")
            << QStringLiteral("13/06/2014 Jane Roe All, Books, Kit Reviews") << QStringList() << QString();
        QTest::newRow("name, agency")
            << QStringLiteral("Jane Roe Associated Press\nPublished 11:34 PM Nov 19, 2019")
            << QStringList{QStringLiteral("Jane Roe")} << QStringLiteral("The Associated Press");
        // The story's header as a list: a name over a time stamp.
        QTest::newRow("listed name") << QStringLiteral("  • Jane Roe\n\n  • Published 18 November 2019")
                                     << QStringList{QStringLiteral("Jane Roe")} << QString();
        QTest::newRow("listed, no time stamp")
            << QStringLiteral("  • Jane Roe\n\n  • Share this story") << QStringList() << QString();
        // An author label alone on its line, the name under it (bylines.json authorLabels), any language.
        QTest::newRow("italian author label") << QStringLiteral("Autore:\nMario Rossi")
                                              << QStringList{QStringLiteral("Mario Rossi")} << QString();
        QTest::newRow("spanish author label") << QStringLiteral("Escrito por\nAna García")
                                              << QStringList{QStringLiteral("Ana García")} << QString();
        // The byline inside a dated header line, after other fields, in several languages.
        QTest::newRow("date, by, comment count") << QStringLiteral("July 24, 2019 by Jane Roe 5 Comments")
                                                 << QStringList{QStringLiteral("Jane Roe")} << QString();
        QTest::newRow("posted in, by, on date")
            << QStringLiteral("Posted in Politics by Jane Roe on August 3, 2019")
            << QStringList{QStringLiteral("Jane Roe")} << QString();
        QTest::newRow("erstellt von, dash, date")
            << QStringLiteral("erstellt von Jana Novak — veröffentlicht 28.01.2022 06:00")
            << QStringList{QStringLiteral("Jana Novak")} << QString();
        // Blogs sign with the writer's account name.
        QTest::newRow("account after by") << QStringLiteral("Posted on 2015-04-05 by jroe | Leave a comment")
                                          << QStringList{QStringLiteral("jroe")} << QString();
        QTest::newRow("account after von")
            << QStringLiteral("Gespeichert von anna_m am 24. Juli 2017 - 18:55")
            << QStringList{QStringLiteral("anna_m")} << QString();
        // No account: an acronym, a role account, a stop word, a line without a date.
        QTest::newRow("acronym after by")
            << QStringLiteral("Posted on 2015-04-05 by KXYZ | Leave a comment") << QStringList() << QString();
        QTest::newRow("role account") << QStringLiteral("Posted on 2015-04-05 by siteadmin | Leave a comment")
                                      << QStringList() << QString();
        QTest::newRow("by a stop word")
            << QStringLiteral("Photographed by the river on March 3, 2020") << QStringList() << QString();
        QTest::newRow("undated by") << QStringLiteral("Posted in Politics by jroe") << QStringList()
                                    << QString();
    }

    void headerLines()
    {
        QFETCH(QString, header);
        QFETCH(QStringList, names);
        QFETCH(QString, agency);
        const QString text = Headline + QStringLiteral("\n\n") + header + QStringLiteral("\n\n") + Para1 +
                             QStringLiteral("\n\n") + Para2 + u'\n';
        TextPage page(text, StopWords::builtin(), Vocabulary());
        const BylineResult byline = findByline(page, 0, testing::indexOf(page, Para1));
        QCOMPARE(byline.names, names);
        QCOMPARE(byline.agency, agency);
        // Spans show the name itself, wherever it stands on its line.
        for (qsizetype i = 0; i < names.size(); ++i) {
            const SourceSpan &span = byline.nameSpans[i];
            QCOMPARE(text.mid(span.start, span.end - span.start), names[i]);
        }
    }

    // Without a byline around the headline, the writer's dated signature further away: a header line
    // below a standfirst that the body run took in, or a "by" line over a time stamp under the story.
    // Under the story an undated "by" line or a "Name date" line (a comment, a teaser) is nobody's
    // byline, and nor is a name that opens a sentence or title before the date.
    void signatureAwayFromTheHeadline_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("published");
        const QString filler = QStringLiteral("Share\n\nPrint\n\nSave\n\nMore\n\n");
        QTest::newRow("header line in the run")
            << QStringLiteral("Jana Novak 19.10.2019, 05:00 Uhr\n\n") << QString()
            << QStringList{QStringLiteral("Jana Novak")} << QStringLiteral("2019-10-19");
        QTest::newRow("by line over a time stamp, under the story")
            << QString() << filler + QStringLiteral("von Jana Novak\n18.10.2019 16:06 Uhr\n")
            << QStringList{QStringLiteral("Jana Novak")} << QStringLiteral("2019-10-18");
        QTest::newRow("undated by line under the story")
            << QString() << filler + QStringLiteral("By Jane Roe\n") << QStringList() << QString();
        QTest::newRow("name and date under the story")
            << QString() << filler + QStringLiteral("Jane Roe · May 14, 2019\n") << QStringList()
            << QString();
        // (The date is the story's: a short dated line inside it.)
        QTest::newRow("name opening a title")
            << QStringLiteral("Jane Roe on the council's plan (June 2, 2020)\n\n") << QString()
            << QStringList() << QStringLiteral("2020-06-02");
    }

    void signatureAwayFromTheHeadline()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QStringList, names);
        QFETCH(QString, published);
        // The headline, a standfirst and two paragraphs before `before`: outside the byline finder's
        // window around the headline and the top of the body.
        const QString standfirst = QStringLiteral(
            "The plan has been debated for more than five years and was opposed by shop owners, who fear "
            "that fewer parking spaces will keep their customers away from the centre.");
        const QString para3 = QStringLiteral(
            "Opponents of the plan said they would ask the state court to review the decision, arguing that "
            "the council had not consulted the owners of the shops along the main streets of the centre.");
        const QString para4 = QStringLiteral(
            "The mayor said that the city would listen to their concerns, and that the first stretch of the "
            "network would be built along the river, where most of the cyclists ride to work every day.");
        const QString para5 = QStringLiteral(
            "Work on the first lanes is to start in the spring, once the council has chosen the builders, "
            "and "
            "the streets will stay open to cars and buses while the lanes are being built, the city said.");
        const QString text = Headline + QStringLiteral("\n\n") + standfirst + QStringLiteral("\n\n") + Para1 +
                             QStringLiteral("\n\n") + Para2 + QStringLiteral("\n\n") + before + para3 +
                             QStringLiteral("\n\n") + para4 + QStringLiteral("\n\n") + para5 +
                             QStringLiteral("\n\n") + after;
        const Article article = extractTextArticle(textCapture(text), Vocabulary());
        QCOMPARE(article.bylines, names);
        QCOMPARE(article.published, published);
        if (!names.isEmpty()) {
            const SourceSpan span = article.provenance.value(QStringLiteral("bylines/0")).value(0);
            QCOMPARE(text.mid(span.start, span.end - span.start), names.first());
        }
    }

    // Under an author's photo the byline is no caption, and the byline finder still sees it.
    // A name and a time stamp glued under a logo's placeholder look like a caption to the caption
    // finder; the article does not take it as one (no sentence), so the header's finders read it. The
    // placeholder's own file name holds a date too, which is no time stamp.
    void headerLineUnderAPlaceholder()
    {
        const QString text = Headline +
                             QStringLiteral("\n\n[site-logo_2019-10-02]\nJane Roe Zuletzt geändert am "
                                            "06.11.2023\n\n") +
                             Para1 + QStringLiteral("\n\n") + Para2 + u'\n';
        const Article article = extractTextArticle(textCapture(text), Vocabulary());
        QCOMPARE(article.bylines, QStringList{QStringLiteral("Jane Roe")});
        QCOMPARE(article.published, QStringLiteral("2023-11-06"));
        QVERIFY(article.images.isEmpty());
    }

    // A Korean story signed at its foot: the writer is the byline, highlighted where signed.
    void koreanSignOffAtTheFoot()
    {
        const QString text = QStringLiteral("항만 계획 승인\n\n시의회는 화요일 항만 계획을 승인했다. 새 부두 "
                                            "공사는 봄에 시작될 예정이며 완공까지 약 2년이 "
                                            "걸릴 것으로 보인다고 관계자들이 밝혔다.\n\n시장은 이번 결정이 "
                                            "도시의 미래를 위한 큰 진전이라고 말했다. 일부 "
                                            "의원들은 비용에 대한 우려를 제기했고 최종 예산은 다음 달 "
                                            "확정된다.\n\n김철수 기자 chulsoo@example.co.kr\n");
        const Article article = extractTextArticle(textCapture(text), Vocabulary());
        QCOMPARE(article.bylines, QStringList{QStringLiteral("김철수")});
        const SourceSpan span = article.provenance.value(QStringLiteral("bylines/0")).value(0);
        QCOMPARE(text.mid(span.start, span.end - span.start), QStringLiteral("김철수"));
    }

    void bylineUnderAuthorPhoto()
    {
        const QString text = Headline +
                             QStringLiteral("\n\n[jane-roe]\nWritten by Jane Roe on November 14, 2019\n\n") +
                             Para1 + QStringLiteral("\n\n") + Para2 + u'\n';
        TextPage page(text, StopWords::builtin(), Vocabulary());
        QVERIFY(findCaptions(page, 0, int(page.lines().size())).isEmpty());
        const BylineResult byline = findByline(page, 0, testing::indexOf(page, Para1));
        QCOMPARE(byline.names, QStringList{QStringLiteral("Jane Roe")});
    }

    // A wire note over a "© Agency" line (which looks like a photo credit under a caption) still gives
    // the writers of a page without a byline, and its editors are contributors.
    void wireNoteOverRightsLine()
    {
        const QString text =
            Headline + QStringLiteral("\n\nREUTERS\n\n") + Para1 + QStringLiteral("\n\n") + Para2 +
            QStringLiteral("\n\n(Reporting by Jane Roe; Editing by John Poe)\n\n© Reuters\n");
        const Article article = extractTextArticle(textCapture(text), Vocabulary());
        QCOMPARE(article.bylines, QStringList{QStringLiteral("Jane Roe")});
        QCOMPARE(article.contributors.size(), 1);
        QCOMPARE(article.contributors.first().name, QStringLiteral("John Poe"));
    }

    // A dateline naming the agency whose own site the page is ("NEW YORK (Reuters) -" under a
    // "Reuters" masthead) gives no credit: that is the site's own work.
    void datelineOfTheSiteItself()
    {
        // The masthead is the top dozen lines; the story starts below them.
        QString menu;
        for (int i = 1; i <= 12; ++i)
            menu += QStringLiteral("  • Section %1\n").arg(i);
        const QString story = QStringLiteral("\n") + Headline + QStringLiteral("\n\nNEW YORK (Reuters) - ") +
                              Para1 + QStringLiteral("\n\n") + Para2 + u'\n';
        QCOMPARE(
            extractTextArticle(textCapture(QStringLiteral("Daily Ledger\n") + menu + story), Vocabulary())
                .credit,
            QStringLiteral("Reuters"));
        QVERIFY(
            extractTextArticle(textCapture(QStringLiteral("Discover Reuters\n") + menu + story), Vocabulary())
                .credit.isEmpty());
    }

    // The byline printed again under the story ("Written by ...") is no contributor.
    void bylineAgainIsNoContributor()
    {
        const QString text = Headline + QStringLiteral("\n\nBy Jane Roe\n\n") + Para1 +
                             QStringLiteral("\n\n") + Para2 + QStringLiteral("\n\nWritten by Jane Roe\n");
        const Article article = extractTextArticle(textCapture(text), Vocabulary());
        QCOMPARE(article.bylines, QStringList{QStringLiteral("Jane Roe")});
        QVERIFY(article.contributors.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTextBylines)
#include "test_textbylines.moc"
