// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML field extractor: which signal wins for each field, and that spans point at the value.
#include "extract/common/bylineparser.h"
#include "extract/html/htmlfields.h"
#include "extract/html/htmlheadline.h"
#include "htmltestcapture.h"
#include "testpaths.h"

#include <QFile>
#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

class TestHtmlFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleArticle();
    void spansPointAtValues();
    void jsonLdBeatsALogoHeading();
    void furnitureIsLeftOut();
    void printedDateBeatsUtcStamp();
    void agencyCopyAndOwnCopyright();
    void siteNameIsStripped_data();
    void siteNameIsStripped();
    void declaredDeskAuthor_data();
    void declaredDeskAuthor();
    void bylineWordInItsOwnElement_data();
    void bylineWordInItsOwnElement();
    void sidebarColumnHoldingTheArticle();
    void prefixedPublishedMeta();
    void dateInsideTheHeading();
    void dateAfterAnItempropHeadline();
    void lastResortDates();
    void rdfaAndItempropCreatedDates();
    void handleInAuthorMarkup();
    void authorBoxBioAndContactForm();
    void prefixedLineOfAnAuthorBox();
    void xmlLangSetsTheDayOrder();
    void localMetaStampBeatsUtcJsonLd();
    void writerNamedInTheSiteName();
    void lowercaseSurnameInAuthorMarkup();
    void webPageAuthorInAGraph();
    void firstNameCompletedByItsDescription();
    void howToWithAHandleAsAuthor();
    void personalSiteNamedAfterItsAuthor();

private:
    static Capture capture(const QString &html);
    static Article extract(const QString &html);
};

Capture TestHtmlFields::capture(const QString &html)
{
    return testing::htmlCapture(html);
}

Article TestHtmlFields::extract(const QString &html)
{
    const Capture c = capture(html);
    const HtmlDocument doc(c.text());
    Article article;
    extractHtmlFields(doc, c, Vocabulary(), &article);
    return article;
}

static QString sampleHtml()
{
    QFile f(galley::test::sourceDir() + QStringLiteral("/resources/samples/brussels-summit.html"));
    [&] { QVERIFY(f.open(QIODevice::ReadOnly)); }();
    return QString::fromUtf8(f.readAll());
}

void TestHtmlFields::sampleArticle()
{
    // The claimed elements live as long as the document: keep it here.
    const Capture c = capture(sampleHtml());
    const HtmlDocument doc(c.text());
    Article a;
    const HtmlFieldElements claimed = extractHtmlFields(doc, c, Vocabulary(), &a);
    QCOMPARE(a.headline, u"EU leaders agree on grid link to the Baltic states"_s);
    QCOMPARE(a.bylines, (QStringList{u"Marta Kowalczyk"_s, u"Tomas Berg"_s}));
    QCOMPARE(a.contributors.size(), 2);
    QCOMPARE(a.contributors[0], (Contributor{u"Anna Lind"_s, u"reporting"_s}));
    QCOMPARE(a.contributors[1], (Contributor{u"Paul Grant"_s, u"editing"_s}));
    QCOMPARE(a.published.left(10), u"2024-03-21"_s);
    QCOMPARE(a.dateline, u"BRUSSELS"_s);
    QCOMPARE(a.publisher, u"The Northern Ledger"_s);
    QVERIFY2(a.credit.isEmpty(),
             qPrintable(a.credit)); // the footer's "© 2024 The Northern Ledger" is the site's own
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images[0].src, u"grid.jpg"_s);
    QCOMPARE(a.images[0].caption, u"Power lines near Vilnius, Lithuania, on March 19, 2024."_s);
    QCOMPARE(a.images[0].credit, u"AP Photo/Mindaugas Kulbis"_s);
    QVERIFY(a.body.isEmpty()); // the body is the body extractor's
    // The byline and the caption are claimed, so the body extractor can skip them.
    QStringList claimedTags;
    for (const HtmlNode &n : claimed.elements())
        claimedTags.append(n.name().toString() + QLatin1Char('.') + n.attribute("class"));
    QVERIFY2(claimedTags.contains(u"p.byline"_s), qPrintable(claimedTags.join(u", "_s)));
    QVERIFY2(claimedTags.contains(u"figcaption."_s), qPrintable(claimedTags.join(u", "_s)));
}

void TestHtmlFields::spansPointAtValues()
{
    const QString html = sampleHtml();
    const Article a = extract(html);
    auto spanned = [&](const QString &field) {
        const QList<SourceSpan> spans = a.provenance.value(field);
        return spans.isEmpty() ? QString() : html.mid(spans.first().start, spans.first().length());
    };
    QCOMPARE(spanned(u"headline"_s), a.headline);
    QCOMPARE(a.provenance.value(u"headline"_s).first().via, u"h1"_s);
    QCOMPARE(spanned(u"bylines/0"_s), u"Marta Kowalczyk"_s);
    QCOMPARE(spanned(u"bylines/1"_s), u"Tomas Berg"_s);
    QCOMPARE(spanned(u"dateline"_s), u"BRUSSELS"_s);
    QCOMPARE(spanned(u"images/0/caption"_s), a.images[0].caption);
    QVERIFY(spanned(u"images/0/credit"_s).contains(u"Mindaugas Kulbis"_s));
    QVERIFY(spanned(u"images/0"_s).startsWith(u"<img"_s));
    QVERIFY(spanned(u"publisher"_s).contains(u"og:site_name"_s));
}

void TestHtmlFields::jsonLdBeatsALogoHeading()
{
    const QString html = uR"(<html><head><title>Markets slide as oil tumbles - Daily Bugle</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"NewsArticle","headline":"Markets slide as oil tumbles","datePublished":"2019-11-19T14:00:00-05:00",
  "author":[{"@id":"#p1"},{"@type":"Person","name":"John Roe"}],"publisher":{"@type":"Organization","name":"Daily Bugle"}},
 {"@id":"#p1","@type":"Person","name":"Jane Doe"}]}</script></head>
<body><h1 class="logo">Daily Bugle</h1><article><p>NEW YORK (Reuters) - Stocks fell on Tuesday as oil prices tumbled
for a third day, traders said.</p></article></body></html>)"_s;
    const Article a = extract(html);
    QCOMPARE(a.headline, u"Markets slide as oil tumbles"_s);
    QCOMPARE(a.bylines, (QStringList{u"Jane Doe"_s, u"John Roe"_s}));
    QCOMPARE(a.published, u"2019-11-19T14:00:00-05:00"_s);
    QCOMPARE(a.publisher, u"Daily Bugle"_s);
    QCOMPARE(a.dateline, u"NEW YORK"_s);
    QCOMPARE(a.credit, u"Reuters"_s);
    QCOMPARE(a.provenance.value(u"headline"_s).first().via, u"json-ld"_s);
}

void TestHtmlFields::furnitureIsLeftOut()
{
    const QString html = uR"(<html><body><article><h1>Council approves new bridge over the river</h1>
<p class="byline">By Ann Poe</p>
<figure><img src="bridge.jpg"><figcaption>The bridge at dusk. Photo: Jo Bloggs</figcaption></figure>
<div class="author-box"><img class="avatar" src="ann.jpg"><p class="byline">By Ann Poe, who covers the city</p></div>
</article>
<aside class="related"><figure><img src="other.jpg"><figcaption>Another story's picture</figcaption></figure>
<p class="byline">By Someone Else</p></aside></body></html>)"_s;
    const Article a = extract(html);
    QCOMPARE(a.bylines, QStringList{u"Ann Poe"_s});
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images[0].src, u"bridge.jpg"_s);
    QCOMPARE(a.images[0].caption, u"The bridge at dusk."_s);
    QCOMPARE(a.images[0].credit, u"Jo Bloggs"_s);
}

void TestHtmlFields::printedDateBeatsUtcStamp()
{
    const QString html =
        uR"(<html><head><meta property="article:published_time" content="2019-11-19T04:58:46Z"></head>
<body><h1>Late night vote ends the session</h1><time class="published" datetime="2019-11-19T04:58:46Z">November 18, 2019 11:58 PM</time>
</body></html>)"_s;
    QCOMPARE(extract(html).published, u"2019-11-18"_s);
    // A printed date far from the stamp is some other date (a related story's): the stamp stays.
    const QString other = QString(html).replace(u"November 18, 2019"_s, u"March 2, 2017"_s);
    QCOMPARE(extract(other).published, u"2019-11-19T04:58:46Z"_s);
}

void TestHtmlFields::agencyCopyAndOwnCopyright()
{
    const QString html =
        uR"(<html><head><meta property="og:site_name" content="Valley Times"></head><body><article>
<h1>Storm knocks out power to thousands</h1><p class="byline">By TOM DAVIES Associated Press</p>
<p>Heavy winds tore through the valley overnight, officials said on Tuesday morning.</p>
<p>Associated Press writers Anna Lind and Paul Grant contributed to this report.</p></article>
<footer><p>Copyright 2019 Valley Times. All rights reserved.</p></footer></body></html>)"_s;
    const Article a = extract(html);
    QCOMPARE(a.bylines, QStringList{u"Tom Davies"_s});
    QCOMPARE(a.credit, u"The Associated Press"_s);
    QCOMPARE(a.contributors.size(), 2);
    QCOMPARE(a.contributors[1].name, u"Paul Grant"_s);
}

void TestHtmlFields::siteNameIsStripped_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("stripped");
    QTest::newRow("suffix") << u"EU leaders agree on grid link | The Northern Ledger"_s
                            << u"The Northern Ledger"_s << u"EU leaders agree on grid link"_s;
    QTest::newRow("prefix") << u"WIRED - Why my friend became a grocery store"_s << u"Wired"_s
                            << u"Why my friend became a grocery store"_s;
    QTest::newRow("section and site") << u"Oil prices fall again - Business - Daily Bugle"_s
                                      << u"Daily Bugle"_s << u"Oil prices fall again - Business"_s;
    QTest::newRow("unknown short site")
        << u"Oil prices fall again today | Bugle"_s << QString() << u"Oil prices fall again today"_s;
    QTest::newRow("no separator") << u"Oil prices fall again"_s << u"Daily Bugle"_s
                                  << u"Oil prices fall again"_s;
}

void TestHtmlFields::siteNameIsStripped()
{
    QFETCH(QString, title);
    QFETCH(QString, site);
    QFETCH(QString, stripped);
    QCOMPARE(stripSiteName(title, site), stripped);
}

void TestHtmlFields::declaredDeskAuthor_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("author");
    // No person is named anywhere: the author the page declares is kept as printed.
    QTest::newRow("twitter label, German") << u"<meta name=\"twitter:label1\" content=\"Verfasst von\">"
                                              "<meta name=\"twitter:data1\" content=\"Redaktion\">"_s
                                           << u"Redaktion"_s;
    QTest::newRow("json-ld handle") << u"<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\","
                                       "\"author\":{\"@type\":\"Person\",\"name\":\"delta201\"}}</script>"_s
                                    << u"delta201"_s;
    // A generic <meta name="author"> often names the site's account: there only a name counts.
    QTest::newRow("meta author account")
        << u"<meta name=\"author\" content=\"Staff Reports\">"_s << QString();
    QTest::newRow("json-ld desk")
        << u"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Unfall\","
           "\"author\":[{\"@type\":\"Person\",\"name\":\"Redaktion Polizeiticker\"}]}</script>"_s
        << u"Redaktion Polizeiticker"_s;
    QTest::newRow("placeholder is no author") << u"<meta name=\"author\" content=\"admin\">"_s << QString();
    QTest::newRow("site account is no author")
        << u"<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"author\":\"jdadmin\"}</script>"_s
        << QString();
    QTest::newRow("a link is no author")
        << u"<meta name=\"author\" content=\"https://x.example/me\">"_s << QString();
}

void TestHtmlFields::declaredDeskAuthor()
{
    QFETCH(QString, head);
    QFETCH(QString, author);
    const Article a = extract(u"<html><head>"_s + head +
                              u"</head><body><h1>Unfall auf der A1</h1><p>Ein Auto ist am Morgen von der "
                              "Fahrbahn abgekommen.</p></body></html>"_s);
    QCOMPARE(a.bylines.join(u"; "_s), author);
}

void TestHtmlFields::bylineWordInItsOwnElement_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("name");
    QTest::newRow("English, screen-reader word")
        << u"<span class=\"sr\">| By </span><span>Cara Stiles</span> | <span>April 13, 2020</span>"_s
        << u"Cara Stiles"_s;
    QTest::newRow("German, name in <strong>")
        << u"Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022 - 12:45"_s << u"Pamela Sladky"_s;
    QTest::newRow("French") << u"<span>Par</span> <a href=\"/a/x\">Didier Roy</a>, 21 juin 2018"_s
                            << u"Didier Roy"_s;
}

void TestHtmlFields::bylineWordInItsOwnElement()
{
    QFETCH(QString, line);
    QFETCH(QString, name);
    const Article a =
        extract(u"<html><body><h1>Eine Überschrift</h1><div>"_s + line +
                u"</div><p>Der Text des Artikels beginnt hier und geht weiter.</p></body></html>"_s);
    QCOMPARE(a.bylines, QStringList{name});
}

void TestHtmlFields::sidebarColumnHoldingTheArticle()
{
    // A layout column whose id says "sidebar" but which holds the <h1> and the article's paragraphs is
    // the article: its byline and date count. A real sidebar (no <h1>) stays furniture.
    const Article a = extract(uR"(<html><body><div id="sidebar" class="site-content">
<header><h1>Expert*innen in der Krise</h1><div class="entry-meta"><span class="author vcard">
<a rel="author" href="/author/heiko-sauer/">Heiko Sauer</a></span>
<time class="entry-date" datetime="2020-04-09T07:59:57+02:00">9 Apr 2020</time></div></header>
<p>Erster Absatz des Beitrags.</p><p>Zweiter Absatz des Beitrags.</p><p>Dritter Absatz.</p></div>
<div class="sidebar"><span class="author">Anna Andere</span><time datetime="2019-01-01">1 Jan 2019</time>
</div></body></html>)"_s);
    QCOMPARE(a.bylines, QStringList{u"Heiko Sauer"_s});
    QCOMPARE(a.published.left(10), u"2020-04-09"_s);
}

void TestHtmlFields::prefixedPublishedMeta()
{
    // A CMS prefixes a known meta name ("sw-pubdate"); an unrelated date meta is not read as one.
    const Article a = extract(uR"(<html><head><meta name="sw-expiredate" content="2030-01-01">
<meta name='sw-pubdate' content='2021-11-19'></head><body><h1>Zum Tag der Kinderrechte</h1>
<p>Text ohne Datum.</p></body></html>)"_s);
    QCOMPARE(a.published.left(10), u"2021-11-19"_s);
}

void TestHtmlFields::dateInsideTheHeading()
{
    // A programme page prints the broadcast date only in its heading.
    const Article a = extract(
        u"<html><body><h1>Das Geschäft mit der Hoffnung | Video der Sendung vom 16.10.2019 18:15 Uhr</h1>"
        "<p>Dubiose Händler versprechen Hilfe.</p></body></html>"_s);
    QCOMPARE(a.published.left(10), u"2019-10-16"_s);
}

void TestHtmlFields::dateAfterAnItempropHeadline()
{
    // No <h1>: the headline is an itemprop="headline" <h3>, the date printed after it in an element
    // whose class says "footer".
    const Article a = extract(uR"(<html><body><div class="news-single"><h3 itemprop="headline">FINA
Weltmeisterschaften verschoben</h3><div class="footer"><p><span class="news-list-date">01.02.2022</span>
</p></div><p>Die Weltmeisterschaften werden verschoben.</p></div></body></html>)"_s);
    QCOMPARE(a.published.left(10), u"2022-02-01"_s);
}

void TestHtmlFields::lastResortDates()
{
    // A date element inside a region otherwise left out ("teaser") beats no date at all...
    Article a = extract(uR"(<html><body><section class="news"><figure class="teaser"><div class="info">
<span class="date">02.02.2022</span></div></figure><p>Regionallehrgang in Hannover.</p></section>
</body></html>)"_s);
    QCOMPARE(a.published.left(10), u"2022-02-02"_s);
    // ...and so does the first date printed in the page's text, in any language.
    a = extract(uR"(<html><body><p>Gefahrstoffe im Betrieb richtig lagern.</p>
<p>Copyright © 19.12.2019 - 12:14 h</p></body></html>)"_s);
    QCOMPARE(a.published.left(10), u"2019-12-19"_s);
    a = extract(u"<html><body><p>Publicado el 3 de mayo de 2022 en la sección local.</p></body></html>"_s);
    QCOMPARE(a.published.left(10), u"2022-05-03"_s);
    // A page without any date stays undated.
    a = extract(u"<html><body><p>Kein Datum hier, nur 12 Äpfel.</p></body></html>"_s);
    QVERIFY(a.published.isEmpty());
}

void TestHtmlFields::rdfaAndItempropCreatedDates()
{
    // A date marked only by RDFa property= or itemprop="dateCreated" on a non-<time> element.
    const QString rdfa = uR"(<html><body><h1>Die Pandemie und die Freiheit</h1><h6>Heidemarie Heim
<span property="schema:dateCreated" content="2020-04-21T14:40:07+00:00"></span></h6>
<p>Text of the article goes on here. Am 3. Mai 2021 ging es weiter.</p></body></html>)"_s;
    QCOMPARE(extract(rdfa).published.left(10), u"2020-04-21"_s);
    const QString micro =
        uR"(<html><body><h1>Heading</h1><div><span itemprop="dateCreated" content="2018-05-02"></span></div>
<p>Text of the article goes on here, and it has no other date.</p></body></html>)"_s;
    QCOMPARE(extract(micro).published.left(10), u"2018-05-02"_s);
    const QString drupal =
        uR"(<html><body><h1>Heading</h1><div><span property="dc:date dc:created" content="2019-07-07T18:44:31+02:00">Submitted by anna</span></div>
<p>Text of the article goes on here, and it has no other date.</p></body></html>)"_s;
    QCOMPARE(extract(drupal).published.left(10), u"2019-07-07"_s);
}

void TestHtmlFields::handleInAuthorMarkup()
{
    // A blog's handle in hCard author markup is the author as the page names it...
    Article a = extract(uR"(<html><body><h1>Politcamp</h1><div class="entry-meta"><span class="by-author">
<span class="author vcard"><a class="url fn n" href="/author/marc/">marc</a></span></span></div>
<p>Ein Bericht vom Wochenende.</p></body></html>)"_s);
    QCOMPARE(a.bylines, QStringList{u"marc"_s});
    // ...but not a lowercase word in a byline-class element without author markup.
    a = extract(uR"(<html><body><h1>Politcamp</h1><div class="byline">gesundheit</div>
<p>Ein Bericht vom Wochenende.</p></body></html>)"_s);
    QVERIFY2(a.bylines.isEmpty(), qPrintable(a.bylines.join(u"; "_s)));
}

void TestHtmlFields::authorBoxBioAndContactForm()
{
    // The author box's bio and its contact form name no second writer; nor does a contact line
    // around the writer's name.
    const Article a = extract(uR"(<html><body><h1>Schnee auf dem Dach</h1>
<div class="byline"><div class="author-name"><a href="/autor/jana">Jana Berger</a></div>
<div class="author--description">Mitglied der Lokal-Redaktion</div>
<a href="#">Schreiben Sie Jana Berger</a>
<form><label for="m">Ihre E-Mail</label><input id="m"><label for="t">Ihre Nachricht</label></form></div>
<p>Der Bericht vom Wochenende mit vielen Details.</p></body></html>)"_s);
    QCOMPARE(a.bylines, QStringList{u"Jana Berger"_s});
}

void TestHtmlFields::prefixedLineOfAnAuthorBox()
{
    // "Von Jane Doe" heads an author box whose bio follows: only the prefixed line names writers, and a
    // lone word in a later element is no second writer.
    const Article a = extract(uR"(<html><body><h1>Heimweh</h1>
<div class="author-profile"><h3 class="author-profile-title">Von Frank Hahn</h3>
<p>Freier Autor in Berlin und Vorsitzender des Vereins, der ins Literaturhaus einlädt.</p></div>
<div class="author-profile"><p>Literatur</p></div>
<p>Der Beitrag beginnt hier und geht weiter.</p></body></html>)"_s);
    QCOMPARE(a.bylines, QStringList{u"Frank Hahn"_s});
}

void TestHtmlFields::xmlLangSetsTheDayOrder()
{
    // An XHTML page declaring only xml:lang="en-GB" writes day first.
    const Article a = extract(uR"(<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en-GB"><body>
<h1>Universities reopen</h1><span class="time">02/10/2020</span>
<p>The first paragraph of the report.</p></body></html>)"_s);
    QCOMPARE(a.published.left(10), u"2020-10-02"_s);
}

void TestHtmlFields::localMetaStampBeatsUtcJsonLd()
{
    // The JSON-LD stamp in UTC falls on the day before the publisher's local time in the meta tag.
    const QString head =
        uR"(<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Bericht",
"datePublished":"2019-10-18T22:04:00Z"}</script>)"_s;
    Article a = extract(u"<html><head>"_s + head +
                        uR"(<meta name="date" content="Sat, 19 Oct 2019 00:04:00 +0200"></head>
<body><h1>Ein Bericht</h1><p>Der Text.</p></body></html>)"_s);
    QCOMPARE(a.published.left(10), u"2019-10-19"_s);
    // A meta date without a local time says nothing about the stamp's day.
    a = extract(u"<html><head>"_s + head + uR"(<meta name="date" content="2019-10-19"></head>
<body><h1>Ein Bericht</h1><p>Der Text.</p></body></html>)"_s);
    QCOMPARE(a.published.left(10), u"2019-10-18"_s);
}

void TestHtmlFields::writerNamedInTheSiteName()
{
    // A personal site named after its writer keeps the writer...
    Article a = extract(uR"(<html><head><meta property="og:site_name" content="Daniel Lemire's blog">
</head><body><h1>Parsing JSON fast</h1><span class="byline">By Daniel Lemire</span>
<p>The post begins here.</p></body></html>)"_s);
    QCOMPARE(a.bylines, QStringList{u"Daniel Lemire"_s});
    // ...but a lone word of the site's name in the author slot is the site, not a writer.
    a = extract(uR"(<html><head><meta property="og:site_name" content="Naijalink News">
</head><body><h1>Parsing JSON fast</h1><span class="byline">By Naijalink</span>
<p>The post begins here.</p></body></html>)"_s);
    QVERIFY2(a.bylines.isEmpty(), qPrintable(a.bylines.join(u"; "_s)));
}

void TestHtmlFields::lowercaseSurnameInAuthorMarkup()
{
    // In a byline element a lowercase last word is the writer's surname as the site prints it...
    Article a = extract(uR"(<html><body><h1>Bhindi fry</h1><div class="byline">By Mobasir hassan</div>
<p>The recipe begins here.</p></body></html>)"_s);
    QCOMPARE(a.bylines, QStringList{u"Mobasir hassan"_s});
    // ...but a lowercase phrase after the name is still cut.
    a = extract(uR"(<html><body><h1>Summit ends</h1><div class="byline">By Jane Doe in Brussels</div>
<p>The report begins here.</p></body></html>)"_s);
    QCOMPARE(a.bylines, QStringList{u"Jane Doe"_s});
    // In free text the lowercase word is no part of a name.
    const ParsedByline parsed = parseByline(Vocabulary(), u"By Mobasir hassan"_s);
    QCOMPARE(parsed.names.size(), 1);
    QCOMPARE(parsed.names.first().name, u"Mobasir"_s);
}

void TestHtmlFields::webPageAuthorInAGraph()
{
    // A JSON-LD graph without an article node names the author on its WebPage node, by @id.
    const QString graph = uR"(<script type="application/ld+json">{"@graph":[
{"@type":"WebPage","@id":"https://x.example/p#page","name":"Climate plan","author":{"@id":"https://x.example/#p1"}},
{"@type":"Person","@id":"https://x.example/#p1","name":"%1"}]}</script>)"_s;
    Article a = extract(u"<html><head>"_s + graph.arg(u"Giovanni Gaggero"_s) +
                        u"</head><body><h1>Climate plan</h1><p>The text.</p></body></html>"_s);
    QCOMPARE(a.bylines, QStringList{u"Giovanni Gaggero"_s});
    // A first name alone on a page node is the posting account, not a writer.
    a = extract(u"<html><head>"_s + graph.arg(u"Josh"_s) +
                u"</head><body><h1>Climate plan</h1><p>The text.</p></body></html>"_s);
    QVERIFY2(a.bylines.isEmpty(), qPrintable(a.bylines.join(u"; "_s)));
}

void TestHtmlFields::firstNameCompletedByItsDescription()
{
    // A JSON-LD author named by the first name alone is completed from the head of its description...
    const QString page = uR"(<html><head><script type="application/ld+json">{"@type":"NewsArticle",
"headline":"Tubeless tyres","author":{"@type":"Person","name":"Stefanus","description":"%1"}}</script>
</head><body><h1>Tubeless tyres</h1><p>The text.</p></body></html>)"_s;
    Article a = extract(page.arg(u"Stefanus Stahl - engineer and adventurer."_s));
    QCOMPARE(a.bylines, QStringList{u"Stefanus Stahl"_s});
    // ...but not from a sentence that goes on about them.
    a = extract(page.arg(u"Stefanus writes about bikes."_s));
    QCOMPARE(a.bylines, QStringList{u"Stefanus"_s});
}

void TestHtmlFields::howToWithAHandleAsAuthor()
{
    // A how-to page's JSON-LD is the article's; its author's login handle "first.last" is spelled out.
    const Article a = extract(uR"(<html><head><script type="application/ld+json">{"@type":"HowTo",
"name":"Sew a round tablecloth","author":{"@type":"Person","name":"robert.stitz"}}</script>
</head><body><p>Measure the table first.</p></body></html>)"_s);
    QCOMPARE(a.bylines, QStringList{u"Robert Stitz"_s});
    QCOMPARE(a.headline, u"Sew a round tablecloth"_s);
}

void TestHtmlFields::personalSiteNamedAfterItsAuthor()
{
    // A site named after its owner, whom JSON-LD types as a Person, keeps that writer...
    const QString page = uR"(<html><head><meta property="og:site_name" content="%1">
<script type="application/ld+json">{"@type":"Article","headline":"A new study",
"author":{"@type":"Person","name":"%1"}}</script></head><body><h1>A new study</h1>
<span class="byline">By %1</span><p>The post begins here.</p></body></html>)"_s;
    Article a = extract(page.arg(u"Wolfgang Schmale"_s));
    QCOMPARE(a.bylines, QStringList{u"Wolfgang Schmale"_s});
    // ...but an outlet's name in the Person slot is still the site, not a writer.
    a = extract(page.arg(u"Springfield News"_s));
    QVERIFY2(a.bylines.isEmpty(), qPrintable(a.bylines.join(u"; "_s)));
}

QTEST_GUILESS_MAIN(TestHtmlFields)
#include "test_htmlfields.moc"
