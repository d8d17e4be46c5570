// SPDX-License-Identifier: GPL-3.0-or-later
// Body extraction decisions on small pages built like real news pages.
#include "extract/html/bodyextractor.h"
#include "extract/html/boilerplatevocabulary.h"
#include "extract/html/htmldocument.h"

#include <QTest>

using namespace galley;

class TestBodyExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsArticleDropsFurniture();
    void dropsRepeatedHeadlineBylineAndCaption();
    void keepsListsQuotesAndHeadingsInsideTheText();
    void joinsAnArticleSplitByAnAd();
    void provenanceSpansPointAtTheBlocks();
    void skipsFieldElements();
    void emptyPageGivesNoBody();
    void vocabularyMatchesWordsNotSubstrings();
    void nameHintAgreesForAsciiAndOtherNames();
    void hiddenElementsAreNotText();

private:
    static QString prose(int n);
    static Article extract(const QString &html, const QList<HtmlNode> &skip = {});
};

QString TestBodyExtractor::prose(int n)
{
    return u"Paragraph %1 of the story tells readers what happened, where, when and why it matters, "
           u"with enough detail that it reads like real reporting."_qs.arg(n);
}

Article TestBodyExtractor::extract(const QString &html, const QList<HtmlNode> &skip)
{
    HtmlDocument document(html);
    Article article;
    extractHtmlBody(document, skip, &article);
    return article;
}

static QStringList texts(const Article &a)
{
    QStringList out;
    for (const BodyBlock &b : a.body)
        out.append(b.text);
    return out;
}

void TestBodyExtractor::keepsArticleDropsFurniture()
{
    const QString html =
        u"<html><body><nav><ul><li><a href=/>Home</a></li><li><a href=/w>World news and "
        u"more</a></li></ul></nav>"
        u"<div class=main><article><p>%1</p><p>%2</p>"
        u"<div class=\"social-share\"><p>Share this story with your friends on every network you use "
        u"today.</p></div>"
        u"<p>%3</p></article>"
        u"<aside><p>Sidebar text that is long enough to look like a paragraph of real prose "
        u"here.</p></aside></div>"
        u"<div id=related-stories><ul><li><a href=/a>First related headline that is rather long</a></li>"
        u"<li><a href=/b>Second related headline that is rather long</a></li></ul></div>"
        u"<footer><p>Copyright 2024 The Daily Example. All rights reserved worldwide.</p></footer></body></html>"_qs
            .arg(prose(1), prose(2), prose(3));
    QCOMPARE(texts(extract(html)), (QStringList{prose(1), prose(2), prose(3)}));
}

void TestBodyExtractor::dropsRepeatedHeadlineBylineAndCaption()
{
    const QString html =
        u"<html><head><title>Storm hits the coast | Example News</title></head><body><article>"
        u"<h1>Storm hits the coast</h1><p>By Jane Doe and John Roe</p><p>November 20, 2019</p>"
        u"<figure><img src=a.jpg><figcaption>Waves break over the pier on Tuesday. Photo: "
        u"AP</figcaption></figure>"
        u"<p>%1</p><p>Advertisement</p><p>%2</p></article></body></html>"_qs.arg(prose(1), prose(2));
    QCOMPARE(texts(extract(html)), (QStringList{prose(1), prose(2)}));
}

void TestBodyExtractor::keepsListsQuotesAndHeadingsInsideTheText()
{
    const QString html =
        u"<html><body><article><p>%1</p><h2>What comes next</h2><p>%2</p>"
        u"<ul><li>First point</li><li>Second point</li></ul>"
        u"<blockquote><p>We will rebuild, the mayor said to reporters.</p></blockquote><p>%3</p>"
        u"<table><tr><th>City</th><th>Rain</th></tr><tr><td>Oslo</td><td>12 mm</td></tr></table><p>%4</p>"
        u"</article></body></html>"_qs.arg(prose(1), prose(2), prose(3), prose(4));
    const Article a = extract(html);
    QCOMPARE(a.body.size(), 9);
    QCOMPARE(a.body.at(1), (BodyBlock{BlockKind::Heading, u"What comes next"_qs}));
    QCOMPARE(a.body.at(3), (BodyBlock{BlockKind::ListItem, u"First point"_qs}));
    QCOMPARE(a.body.at(5).kind, BlockKind::Quote);
    QCOMPARE(a.body.at(7), (BodyBlock{BlockKind::Table, u"City | Rain\nOslo | 12 mm"_qs}));
}

void TestBodyExtractor::joinsAnArticleSplitByAnAd()
{
    const QString html =
        u"<html><body><div class=page><div class=story><div class=part><p>%1</p><p>%2</p></div>"
        u"<div class=ad-slot><p>Sponsored: buy the best shoes of the season, now on sale "
        u"everywhere.</p></div>"
        u"<div class=part><p>%3</p><p>%4</p></div></div>"
        u"<div class=teasers><div><p>A teaser paragraph for another story, long enough to be "
        u"prose.</p></div></div>"
        u"</div></body></html>"_qs.arg(prose(1), prose(2), prose(3), prose(4));
    QCOMPARE(texts(extract(html)), (QStringList{prose(1), prose(2), prose(3), prose(4)}));
}

void TestBodyExtractor::provenanceSpansPointAtTheBlocks()
{
    const QString html = u"<html><body><article><p>Zürich — %1</p><p>%2</p></article></body></html>"_qs.arg(
        prose(1), prose(2));
    HtmlDocument document(html);
    Article a;
    extractHtmlBody(document, {}, &a);
    QCOMPARE(a.body.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QList<SourceSpan> spans = a.provenance.value(u"body/%1"_qs.arg(i));
        QCOMPARE(spans.size(), 1);
        QCOMPARE(html.mid(spans.first().start, spans.first().length()), a.body.at(i).text);
        QCOMPARE(spans.first().via, u"html:p");
    }
}

void TestBodyExtractor::skipsFieldElements()
{
    const QString html =
        u"<html><body><article><div class=x>Reporting by Ann Lee</div><p>%1</p><p>%2</p></article></body></html>"_qs
            .arg(prose(1), prose(2));
    HtmlDocument document(html);
    HtmlNode div = document.body().firstElementChild().firstElementChild();
    QVERIFY(div.is("div"));
    Article a;
    extractHtmlBody(document, {div}, &a);
    QCOMPARE(texts(a), (QStringList{prose(1), prose(2)}));
}

void TestBodyExtractor::emptyPageGivesNoBody()
{
    QVERIFY(extract(QString()).body.isEmpty());
    QVERIFY(extract(u"<html><body><nav><a href=/>Home</a></nav></body></html>"_qs).body.isEmpty());
}

void TestBodyExtractor::vocabularyMatchesWordsNotSubstrings()
{
    HtmlDocument doc(
        u"<body><div class=header-ad></div><div class=shadow-reader></div><div "
        u"class=ArticleSocialShare></div>"
        u"<div class=has-sidebar></div><div class=article-body></div><div itemprop=articleBody></div></body>"_qs);
    QList<NameHint> hints;
    for (HtmlNode n = doc.body().firstElementChild(); n; n = n.nextElementSibling())
        hints.append(nameHint(n));
    QCOMPARE(hints, (QList<NameHint>{NameHint::Boilerplate, NameHint::Neutral, NameHint::Boilerplate,
                                     NameHint::Neutral, NameHint::Content, NameHint::ArticleBody}));
    QVERIFY(isBoilerplatePhrase(u"Read more:"));
    QVERIFY(isBoilerplatePhrase(u"Lesen Sie auch: Der Sturm"));
    QVERIFY(
        !isBoilerplatePhrase(u"Read more about the storm in the report published on Monday by the agency."));
    QVERIFY(isBylineOrDateLine(u"By Jane Doe"));
    QVERIFY(isBylineOrDateLine(u"Updated 3:45 PM ET"));
    QVERIFY(!isBylineOrDateLine(u"By the end of the year, prices had doubled."));
    // The "by" words are bylines.json's byWords, one table for every language: Danish "Af" too.
    QVERIFY(isBylineOrDateLine(u"Af Jens Hansen"));
    QVERIFY(isBylineOrDateLine(u"Por Ana Ruiz"));
}

void TestBodyExtractor::nameHintAgreesForAsciiAndOtherNames()
{
    // ASCII names are read from the parser's bytes, others as text: each element here is given twice,
    // the second time with a neutral non-ASCII class word beside, and both must get the same hint.
    const QList<std::pair<QString, NameHint>> cases = {
        {u"role=Navigation"_qs, NameHint::Boilerplate},
        {u"itemprop=ARTICLEBODY"_qs, NameHint::ArticleBody},
        {u"class=\"  story   header-ad \""_qs, NameHint::Boilerplate},
        {u"role=MAIN id=story"_qs, NameHint::Content},
        {u"id=article-body"_qs, NameHint::Content},
        {u"role=menuitem class=qz"_qs, NameHint::Neutral},
    };
    for (const auto &[attributes, expected] : cases) {
        const QString withClass =
            attributes.contains(u"class="_qs) ? attributes : attributes + u" class=ü"_qs;
        const QString other = attributes.contains(u"class="_qs)
                                  ? QString(attributes).replace(u"class=\""_qs, u"class=\"ü "_qs)
                                  : withClass;
        HtmlDocument doc(u"<body><div %1></div><div %2></div></body>"_qs.arg(attributes, other));
        const HtmlNode ascii = doc.body().firstElementChild();
        QVERIFY2(nameHint(ascii) == expected, qPrintable(attributes));
        QVERIFY2(nameHint(ascii.nextElementSibling()) == expected, qPrintable(other));
    }
}

void TestBodyExtractor::hiddenElementsAreNotText()
{
    // Hidden by attribute, by inline style (any case and spacing, also beside non-ASCII text) or by a
    // framework's utility class; a class that hides only on small screens keeps the text.
    const QStringList hidden = {
        u"<p hidden>%1</p>"_qs,
        u"<p aria-hidden=\"true\">%1</p>"_qs,
        u"<p style=\"color: red; Display : None\">%1</p>"_qs,
        u"<p style=\"font-family: 'Süd'; VISIBILITY:hidden\">%1</p>"_qs,
        u"<p class=\"note sr-only\">%1</p>"_qs,
        u"<p class=\"x  d-none\">%1</p>"_qs,
    };
    for (const QString &shape : hidden) {
        const QString html = u"<html><body><article><p>%1</p>"_qs.arg(prose(1)) + shape.arg(prose(9)) +
                             u"<p>%1</p><p>%2</p></article></body></html>"_qs.arg(prose(2), prose(3));
        QVERIFY2(!texts(extract(html)).contains(prose(9)), qPrintable(shape));
        QVERIFY2(texts(extract(html)).contains(prose(2)), qPrintable(shape));
    }
    const QString shown = u"<html><body><article><p>%1</p><p class=\"hidden-xs\" aria-hidden=\"false\" "
                          u"style=\"display:block\">%2</p><p>%3</p></article></body></html>"_qs.arg(
                              prose(1), prose(9), prose(3));
    QVERIFY(texts(extract(shown)).contains(prose(9)));
}

QTEST_GUILESS_MAIN(TestBodyExtractor)
#include "test_bodyextractor.moc"
