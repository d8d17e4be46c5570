// SPDX-License-Identifier: GPL-3.0-or-later
// Which of a page's dates is its publication date: metadata against printed dates, time zones, URLs.
#include "extract/html/htmldocument.h"
#include "extract/html/htmlsignals.h"
#include "extract/html/jsonld.h"
#include "extract/html/publisheddate.h"

#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

class TestPublishedDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dateOnlyMetaHasNoTimeZone();
    void printedSignalsOutvoteTheMetadata();
    void printedDateBeforePublicationIsNotIt();
    void printedDateConfirmingTheMetadata();
    void publicationDateMeta();
    void dayFirstDateInTheCanonicalUrl();
    void teaserListDateIsNotTheArticles();
    void proseDateAfterTheHeadline();
    void dateLineReadInThePageLanguage();
    void stampInTheDataScripts();
    void dateLineAboveTheHeadline();
    void printedDateSettlesJsonLdAgainstMeta();

private:
    static QString published(const QString &html, const QString &url = {});
};

QString TestPublishedDate::published(const QString &html, const QString &url)
{
    const HtmlDocument doc(html);
    const HtmlSignals page = collectHtmlSignals(doc);
    return publishedDate(doc, page, readJsonLd(page.jsonLd), url).iso.left(10);
}

void TestPublishedDate::dateOnlyMetaHasNoTimeZone()
{
    // A printed date a day before a UTC stamp is the same moment in the reader's time zone...
    QString html = uR"(<html lang="de"><head>
<meta property="article:published_time" content="2021-11-19T02:10:00Z"></head><body>
<h1>Kinderbetreuung ausbauen</h1><div class="pubdate">18.11.2021</div><p>Der Text des Beitrags.</p>
</body></html>)"_s;
    QCOMPARE(published(html), u"2021-11-18"_s);
    // The same for a JSON-LD stamp written the RFC 1123 way.
    html = uR"(<html lang="es"><head><script type="application/ld+json">{"@type":"NewsArticle",
"headline":"Jugada","datePublished":"Wed, 04 May 2022 00:25:56 GMT"}</script></head><body>
<h1>Jugada</h1><time class="com-date">3 de mayo de 2022</time><p>El texto del artículo.</p></body></html>)"_s;
    QCOMPARE(published(html), u"2022-05-03"_s);
    // ...but a date-only meta has no time to shift: the first date element (a list item's, while the
    // article's own date sits in its share box) a day before it is another date.
    html = uR"(<html lang="de"><head><meta name="sw-pubdate" content="2021-11-19"></head><body>
<h1>Kinderbetreuung ausbauen</h1><p>Der Text des Beitrags.</p>
<div class="share"><div class="pubdate">19.11.2021</div></div>
<div class="list-item"><div class="pubdate">18.11.2021</div><h2><a href="/other">Ein anderer Beitrag</a></h2></div>
</body></html>)"_s;
    QCOMPARE(published(html), u"2021-11-19"_s);
}

void TestPublishedDate::printedSignalsOutvoteTheMetadata()
{
    // The date element after the headline and the first date of the text agree; the metadata's stamp
    // appears nowhere in the page: the page shows the other day.
    QString html = uR"(<html lang="de"><head>
<meta property="article:published_time" content="2021-11-22T17:42:22.455Z"></head><body>
<h1>Die schönsten Hotels</h1><time class="publish-date">1. Januar 2023</time>
<p>Ein Überblick über Häuser in den Bergen.</p></body></html>)"_s;
    QCOMPARE(published(html), u"2023-01-01"_s);
}

void TestPublishedDate::printedDateBeforePublicationIsNotIt()
{
    // Printed dates two weeks before the declared publication are dates the text speaks of.
    QString html = uR"(<html lang="de"><head>
<meta property="article:published_time" content="2022-12-25T11:00:02+00:00"></head><body>
<h1>Erfinderinnen</h1><span class="date">07.12.2022</span>
<p>Ein Porträt der Forscherin.</p></body></html>)"_s;
    QCOMPARE(published(html), u"2022-12-25"_s);
}

void TestPublishedDate::printedDateConfirmingTheMetadata()
{
    // One printed signal ("Veröffentlicht am ...") gives the metadata's day: the metadata stands,
    // the other printed date is an update.
    QString html = uR"(<html lang="de"><head>
<meta property="article:published_time" content="2021-11-22T17:42:22+01:00"></head><body>
<h1>Die schönsten Hotels</h1><time class="date">1. Januar 2023</time>
<p>Veröffentlicht am 22.11.2021</p><p>Ein Überblick über Häuser in den Bergen.</p></body></html>)"_s;
    QCOMPARE(published(html), u"2021-11-22"_s);
}

void TestPublishedDate::publicationDateMeta()
{
    // A site-search tag's "publication_date" beats a date the text mentions.
    QString html = uR"(<html lang="de"><head>
<meta class="swiftype" name="publication_date" content="2022-02-08T14:00:00" data-type="date"></head>
<body><h1>Impfen ohne Termin</h1><p>Die Aktion läuft bis zum 28.02.2022.</p></body></html>)"_s;
    QCOMPARE(published(html), u"2022-02-08"_s);
}

void TestPublishedDate::dayFirstDateInTheCanonicalUrl()
{
    // A saved page without an address: its canonical link ends in a day-first date.
    const QString body = u"<body><h1>Eine Erfolgsgeschichte</h1><p>Kein Datum im Text.</p></body></html>"_s;
    const QString canonical =
        uR"(<html><head><link rel="canonical" href="https://example.org/meldungen/29-10-2021">
</head>)"_s;
    QCOMPARE(published(canonical + body), u"2021-10-29"_s);
    QCOMPARE(published(u"<html><head></head>"_s + body, u"https://example.org/news/2019/03/02/slug"_s),
             u"2019-03-02"_s);
    // A slug that starts with a day and month but has no year is no date.
    QCOMPARE(published(u"<html><head></head>"_s + body, u"https://example.org/artikel/30-11-buch-1619"_s),
             QString());
}

void TestPublishedDate::teaserListDateIsNotTheArticles()
{
    // The article's date is in its banner (furniture); the first date element outside furniture dates
    // an item of a list of other press releases.
    const QString html = uR"(<html lang="de"><body>
<div class="news-banner"><span>Pressemitteilung</span><time datetime="2022-12-12 12:22">12.12.2022 12:22</time></div>
<h1>Das ändert sich im neuen Jahr</h1><p>Ein Überblick über neue Regeln.</p>
<h4>Weitere Pressemitteilungen</h4><ul>
<li><time datetime="2022-08-10 11:05">10.08.2022 11:05</time><a href="/news/haus">Wieviel Haus kann ich mir noch leisten?</a></li>
</ul></body></html>)"_s;
    QCOMPARE(published(html), u"2022-12-12"_s);
}

void TestPublishedDate::proseDateAfterTheHeadline()
{
    // A date in a sentence after the headline is one the text speaks of, not the article's...
    QString html = uR"(<html lang="de"><body><h1>Preisbremsen kommen</h1>
<p>Nach aktuellem Stand sollen die Preisbremsen bis längstens 30. April 2024 gelten, sagt die Beraterin.</p>
<div class="footer"><span class="date">12.12.2022</span></div></body></html>)"_s;
    QCOMPARE(published(html), u"2022-12-12"_s);
    // ...while a date line after it is.
    html = uR"(<html lang="de"><body><h1>Preisbremsen kommen</h1><p>Mittwoch, 14.12.2022</p>
<p>Nach aktuellem Stand sollen die Preisbremsen bis längstens 30. April 2024 gelten, sagt die Beraterin.</p>
<div class="footer"><span class="date">12.12.2022</span></div></body></html>)"_s;
    QCOMPARE(published(html), u"2022-12-14"_s);
}

void TestPublishedDate::dateLineReadInThePageLanguage()
{
    // A Portuguese page writes the day first, slashes or not.
    const QString html = uR"(<html lang="pt-BR"><body><h1>Senado aprova projeto</h1><p>03/05/2022 21h00</p>
<p>O texto segue para a Câmara dos Deputados.</p></body></html>)"_s;
    QCOMPARE(published(html), u"2022-05-03"_s);
}

void TestPublishedDate::stampInTheDataScripts()
{
    // A shop page prints no date; its product data carries the publication stamp.
    const QString html = uR"(<html lang="de"><head><script>var meta = {"product":{"id":42,"title":"Kaffee",
"published_at":"2019-03-02T06:22:28+01:00","created_at":"2019-03-02T06:27:24+01:00"}};</script></head>
<body><h1>Kaffee aus Sidamo</h1><p>Angebaut in 1800 Meter Höhe.</p></body></html>)"_s;
    QCOMPARE(published(html), u"2019-03-02"_s);
}

void TestPublishedDate::dateLineAboveTheHeadline()
{
    // A kicker line above the headline gives the date and the section; the first date of the page's
    // text, in its menu, is not the article's.
    const QString html =
        uR"(<html lang="de"><body><ul class="links"><li>Regeln (zum 28.02.2017 gekündigt)</li></ul>
<p>Hier können Sie eine Seite empfehlen.</p>
<span>24. April 2020 &#124; </span><span>Pressemitteilungen</span>
<h1>Ein Künstler gestaltet die Titelseite</h1><p>Zum Tag der Pressefreiheit am 3. Mai.</p></body></html>)"_s;
    QCOMPARE(published(html), u"2020-04-24"_s);
}

void TestPublishedDate::printedDateSettlesJsonLdAgainstMeta()
{
    // JSON-LD and the meta tag declare days three apart; the date under the headline is the meta's (the
    // header's "today" is another day, so no two printed dates agree).
    const QString head = uR"(<html lang="de"><head><meta property="article:published_time"
content="2022-03-09T08:30:00"><script type="application/ld+json">{"@type":"NewsArticle",
"headline":"Neue Fähre","datePublished":"2022-03-06T07:30:00.000Z"}</script></head><body>
<div class="top">Heute: 12.03.2022</div><h1>Neue Fähre</h1>)"_s;
    const QString text = u"<p>Die neue Fähre fährt ab dem Sommer zweimal täglich zur Insel hinüber.</p>"
                         u"</body></html>"_s;
    QCOMPARE(published(head + u"<div class=\"info\">09.03.2022</div>"_s + text), u"2022-03-09"_s);
    // Printed as the JSON-LD's day, or not printed at all, JSON-LD stays first.
    QCOMPARE(published(head + u"<div class=\"info\">06.03.2022</div>"_s + text), u"2022-03-06"_s);
    QCOMPARE(published(head + text), u"2022-03-06"_s);
}

QTEST_GUILESS_MAIN(TestPublishedDate)
#include "test_publisheddate.moc"
