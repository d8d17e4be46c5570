// SPDX-License-Identifier: GPL-3.0-or-later
// Bylines of HTML pages that print the writer without the usual markup, or misname it in their metadata.
#include "extract/html/htmlextractor.h"
#include "htmltestcapture.h"

#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

class TestHtmlBylines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void siteNamedAsAuthorInJsonLd();
    void siteNamedByItsAddress();
    void dateAndNameUnderTheHeadline_data();
    void dateAndNameUnderTheHeadline();
    void dateAndPlaceIsNoByline();
    void linkLabelCutBeforeTheNameIsNoName();
    void headlineInATeaserModuleOfMain();
    void authorElementEndsAtALineNamingNobody();
    void postedOnADateByTheWriter();
    void authorHeadingInsideTheBioBlock();
    void deskInTheAuthorElement();
    void authorLineInTheArticlesFooterRow();

private:
    static Article extract(const QString &html)
    {
        return extractHtmlArticle(testing::htmlCapture(html), Vocabulary());
    }
    static QString story();
};

QString TestHtmlBylines::story()
{
    return u"<p>The council voted on Tuesday to keep the old market hall open for another ten years, after a "
           u"long campaign by traders and neighbours who feared it would be sold.</p>"
           u"<p>The building needs a new roof, and the city will pay for it from next year's budget.</p>"_s;
}

void TestHtmlBylines::siteNamedAsAuthorInJsonLd()
{
    // The structured data names the site as the author; the page prints the writer.
    const Article a = extract(uR"(<html><head><meta property="og:site_name" content="The Ledger">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Market hall stays open",
"author":{"@type":"Person","name":"The Ledger"}}</script></head><body><article>
<h1>Market hall stays open</h1><span class="article_authors"><a href="/auteur/ann-poe">Ann Poe</a></span>)"_s +
                              story() + u"</article></body></html>"_s);
    QCOMPARE(a.bylines, QStringList{u"Ann Poe"_s});
}

void TestHtmlBylines::siteNamedByItsAddress()
{
    // JSON-LD gives the outlet (spelt as in its web address) as a Person; the page prints the writer.
    const QString head = uR"(<html><head><meta property="og:url" content="https://www.elejemplo.com/a/1">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Market hall stays open",
"author":{"@type":"Person","name":"El Ejemplo"}}</script></head><body><article><h1>Market hall stays open</h1>)"_s;
    const Article printed =
        extract(head + u"<p class=\"byline\">Ann Poe</p>"_s + story() + u"</article></body></html>"_s);
    QCOMPARE(printed.bylines, QStringList{u"Ann Poe"_s});
    // With no printed writer, the declared author stays (a personal site may carry its owner's name).
    const Article declared = extract(head + story() + u"</article></body></html>"_s);
    QCOMPARE(declared.bylines, QStringList{u"El Ejemplo"_s});
}

void TestHtmlBylines::dateAndNameUnderTheHeadline_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("date first") << u"25.10.2022 - Ann Poe"_s;
    QTest::newRow("name first") << u"Ann Poe | 25.10.2022"_s;
}

void TestHtmlBylines::dateAndNameUnderTheHeadline()
{
    QFETCH(QString, line);
    const Article a = extract(u"<html><body><div><h1>Market hall stays open</h1><p class=\"muted\">"_s +
                              line + u"</p></div>"_s + story() + u"</body></html>"_s);
    QCOMPARE(a.bylines, QStringList{u"Ann Poe"_s});
}

void TestHtmlBylines::dateAndPlaceIsNoByline()
{
    const Article a = extract(u"<html><body><div><h1>Market hall stays open</h1><p>25.10.2022 - Essay</p>"
                              u"<p>Berlin, 25.10.2022</p></div>"_s +
                              story() + u"</body></html>"_s);
    QVERIFY2(a.bylines.isEmpty(), qPrintable(a.bylines.join(u"; "_s)));
}

void TestHtmlBylines::linkLabelCutBeforeTheNameIsNoName()
{
    // The author box's link reads "READ EVERYTHING FROM" over the name, on a line of its own.
    const Article a = extract(
        uR"(<html><body><article><header><h1>Market hall stays open</h1>
<span class="author vcard"><a href="/author/ann-poe" class="author url fn" rel="author">Ann Poe</a></span></header>)"_s +
        story() +
        uR"(<div class="author-info"><a href="/author/ann-poe" rel="author"><div>READ EVERYTHING FROM</div>
<div>Ann Poe</div></a></div></article></body></html>)"_s);
    QCOMPARE(a.bylines, QStringList{u"Ann Poe"_s});
}

void TestHtmlBylines::headlineInATeaserModuleOfMain()
{
    // The page's headline sits in a module the layout calls a teaser; the byline follows it.
    const Article a =
        extract(uR"(<html><body><main><div class="module imageTeaser topArticle"><div class="head">
<h1>Market hall stays open</h1></div></div><div class="metaInfo">Ein Artikel von <strong>Ann Poe</strong> |
27.01.2022 - 12:45</div>)"_s +
                story() + u"</main></body></html>"_s);
    QCOMPARE(a.headline, u"Market hall stays open"_s);
    QCOMPARE(a.bylines, QStringList{u"Ann Poe"_s});
}

void TestHtmlBylines::authorElementEndsAtALineNamingNobody()
{
    // The author element goes on with links to search the writer's other work and the reading time.
    const Article a =
        extract(uR"(<html><body><article><h1>Market hall stays open</h1><div class="article-author">
<a href="/staff/ann-poe">Ann Poe</a><p>Search for this author in:</p><ul><li><a href="/s?q=1">Paper Index</a>
</li><li><a href="/s?q=2">Library Search</a></li></ul><span>Reading time: 4 minutes</span></div>)"_s +
                story() + u"</article></body></html>"_s);
    QCOMPARE(a.bylines, QStringList{u"Ann Poe"_s});
}

void TestHtmlBylines::postedOnADateByTheWriter()
{
    // A blog's header line: the date note, then "by" and the writer.
    const Article a = extract(u"<html><body><article><h1>Market hall stays open</h1>"
                              u"<div class=\"entry-author\">Posted on March 3, 2021 by Ann Poe</div>"_s +
                              story() + u"</article></body></html>"_s);
    QCOMPARE(a.bylines, QStringList{u"Ann Poe"_s});
    QCOMPARE(a.published.left(10), u"2021-03-03"_s);
}

void TestHtmlBylines::authorHeadingInsideTheBioBlock()
{
    // The author box's description block holds the writer's name as its heading above the bio (a blog
    // post headed by an <h2>: no "Autorin:" line follows an <h1>).
    const Article a =
        extract(u"<html><body><article><h2 class=\"entry-title\">Market hall stays open</h2>"_s + story() +
                uR"(<div class="author-info"><div class="author-description"><h2>Autorin:
<span>Ann Poe</span></h2><p class="author-bio">Schreibt seit zehn Jahren über die Stadt.
<a href="/author/ann/">Alle Beiträge</a></p></div></div></article></body></html>)"_s);
    QCOMPARE(a.bylines, QStringList{u"Ann Poe"_s});
}

void TestHtmlBylines::deskInTheAuthorElement()
{
    // No person declared or printed: the desk the author element names signs the page.
    const QString top = u"<html><body><article><h1>Market hall stays open</h1><div class=\"author-date\">"_s;
    const QString rest = u"<time>24. Januar 2022</time></div>"_s + story() + u"</article></body></html>"_s;
    const Article desk = extract(top + u"<span class=\"byline\">von Redaktion, </span>"_s + rest);
    QCOMPARE(desk.bylines, QStringList{u"Redaktion"_s});
    // A writer the page declares signs it instead.
    const Article declared = extract(u"<html><head><meta name=\"author\" content=\"Ann Poe\"></head>"_s +
                                     top.mid(6) + u"<span class=\"byline\">von Redaktion, </span>"_s + rest);
    QCOMPARE(declared.bylines, QStringList{u"Ann Poe"_s});
}

void TestHtmlBylines::authorLineInTheArticlesFooterRow()
{
    // The story's own footer row, named like page furniture, holds its only author line; a sidebar's
    // story cards (<article>s that do not hold the headline, or cards that are one link) do not count.
    const QString sidebar =
        u"<aside class=\"sidebar\"><article><h3>Ferry timetable</h3><div class=\"footer-row\">"
        u"<span class=\"author\">von Tom Berg</span></div></article><a href=\"/b\"><div "
        u"class=\"teaser\"><span class=\"author\">von Ida Holm</span></div></a></aside>"_s;
    const QString footer = u"<div class=\"article-footer-row\"><span class=\"author\">erstellt von "
                           u"<a href=\"/author/ann\">Ann</a> —</span></div>"_s;
    // A long story: the footer row is further from the headline than a byline line under it is looked for.
    const QString longStory = story().repeated(60);
    const Article own = extract(u"<html><body>"_s + sidebar + u"<article><h1>Market hall stays open</h1>"_s +
                                longStory + footer + u"</article></body></html>"_s);
    QCOMPARE(own.bylines, QStringList{u"Ann"_s});
    const Article none = extract(u"<html><body>"_s + sidebar + u"<article><h1>Market hall stays open</h1>"_s +
                                 longStory + u"</article></body></html>"_s);
    QVERIFY2(none.bylines.isEmpty(), qPrintable(none.bylines.join(u"; "_s)));
}

QTEST_GUILESS_MAIN(TestHtmlBylines)
#include "test_htmlbylines.moc"
