// SPDX-License-Identifier: GPL-3.0-or-later
// Body extraction on pages where strict furniture rules or a narrow region would lose the article:
// each test is one rule that brings the text back, with the furniture around it still left out.
#include "extract/html/bodyextractor.h"
#include "extract/html/boilerplatevocabulary.h"
#include "extract/html/htmldocument.h"

#include <QTest>

using namespace galley;

class TestBodyRecall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nulBytesDoNotEndThePage();
    void mainIsNotFurnitureByName();
    void shortBodyIsRetriedWithNamesRelaxed();
    void headingWrapperDoesNotHideItsHeading();
    void textCutIntoRowsComesOutWhole();
    void climbsToTheBoxThatScoresMore();
    void leadJoinsTextNestedDeep();
    void trailingTeaserHeadingsAreFurniture();

private:
    static QString prose(int n);
    static QStringList extract(const QString &html);
};

QString TestBodyRecall::prose(int n)
{
    return u"Paragraph %1 of the story tells readers what happened, where, when and why it matters, "
           u"with enough detail that it reads like real reporting."_qs.arg(n);
}

QStringList TestBodyRecall::extract(const QString &html)
{
    HtmlDocument document(html);
    Article article;
    extractHtmlBody(document, {}, &article);
    QStringList out;
    for (const BodyBlock &b : article.body)
        out.append(b.text);
    return out;
}

void TestBodyRecall::nulBytesDoNotEndThePage()
{
    // libxml2 stops at a NUL byte; pages carry runs of them after an image tag.
    QString html = u"<html><body><div class=banner><img src=a.gif>"_qs + QString(8, QChar(0)) +
                   u"</div><article><p>%1</p><p>%2</p></article></body></html>"_qs.arg(prose(1), prose(2));
    QCOMPARE(extract(html), (QStringList{prose(1), prose(2)}));
}

void TestBodyRecall::mainIsNotFurnitureByName()
{
    // "skip" names a skip-link target; on <main> it marks the content, not furniture. Sign-in dialogs
    // elsewhere hold more prose than the short article and must not decide.
    QString dialogs;
    for (int i = 0; i < 6; ++i)
        dialogs +=
            u"<div class=login-modal><p>Please enter the e-mail address of your account and a password "
            u"of at least eight characters here.</p></div>"_qs;
    const QString html =
        u"<html><body><nav><a href=/>Home</a></nav><main id=skip-main class=main>"
        u"<p>%1</p></main>%2<footer><p>Imprint</p></footer></body></html>"_qs.arg(prose(1), dialogs);
    QCOMPARE(extract(html), (QStringList{prose(1)}));
}

void TestBodyRecall::shortBodyIsRetriedWithNamesRelaxed()
{
    // A forum thread: every post is styled as a "comment", so the strict reading leaves nothing. The
    // retry keeps the posts' prose and still drops their vote counters and the navigation.
    const QString html =
        u"<html><body><nav><ul><li><a href=/>Forum</a></li><li><a href=/a>Apps</a></li></ul></nav>"
        u"<div class=thread><div class=post-comment><p>%1</p><div>+1</div></div>"
        u"<div class=post-comment><p>%2</p><div>0</div></div></div>"
        u"<footer><p>Copyright 2024 Example Forum. All rights reserved worldwide.</p></footer></body></html>"_qs
            .arg(prose(1), prose(2));
    QCOMPARE(extract(html), (QStringList{prose(1), prose(2)}));
}

void TestBodyRecall::headingWrapperDoesNotHideItsHeading()
{
    // Page builders wrap each subheading in a box named "...-header" or "...-title".
    const QString html =
        u"<html><body><article><p>%1</p><div class=module-header><h2>What comes next</h2></div>"
        u"<p>%2</p><header class=box-title><h3>The vote</h3></header><p>%3</p></article>"
        u"</body></html>"_qs.arg(prose(1), prose(2), prose(3));
    QCOMPARE(extract(html),
             (QStringList{prose(1), u"What comes next"_qs, prose(2), u"The vote"_qs, prose(3)}));
}

void TestBodyRecall::textCutIntoRowsComesOutWhole()
{
    // An interview laid out by a page builder: each question and answer in its own deeply nested row.
    QString rows;
    for (int i = 1; i <= 4; ++i)
        rows += u"<div class=section><div class=row><div class=column><div class=inner><div "
                u"class=wrapper><div class=text-column>"
                u"<h2>Question %1?</h2><p>%2</p></div></div></div></div></div></div>"_qs.arg(i)
                    .arg(prose(i));
    const QString html =
        u"<html><body><div class=post><div class=post-text>%1</div></div>"
        u"<aside><p>Other stories from the section, long enough to be prose here.</p></aside>"
        u"</body></html>"_qs.arg(rows);
    QStringList expected;
    for (int i = 1; i <= 4; ++i)
        expected << u"Question %1?"_qs.arg(i) << prose(i);
    QCOMPARE(extract(html), expected);
}

void TestBodyRecall::climbsToTheBoxThatScoresMore()
{
    // Four paragraphs in a box win alone; its wrapper scores less, but the article around the wrapper
    // scores more than the wrapper (three more paragraphs, each in its own little box): climb to it.
    const QString html =
        u"<html><body><div class=page><div class=story><div class=wrap><div class=box><p>%1</p><p>%2</p>"
        u"<p>%3</p><p>%4</p></div></div><div class=a><p>%5</p></div><div class=b><p>%6</p></div>"
        u"<div class=c><p>%7</p></div></div>"
        u"<div class=teasers><p><a href=/a>Another story with a long linked headline</a></p></div>"
        u"</div></body></html>"_qs.arg(prose(1), prose(2), prose(3), prose(4), prose(5), prose(6), prose(7));
    QCOMPARE(extract(html),
             (QStringList{prose(1), prose(2), prose(3), prose(4), prose(5), prose(6), prose(7)}));
}

void TestBodyRecall::leadJoinsTextNestedDeep()
{
    // The standfirst sits in the article header; the text box is five wrappers further down.
    const QString lead =
        u"The council voted on Tuesday to close the old bridge for a year, and the repairs will "
        u"cost more than anyone had planned."_qs;
    const QString html =
        u"<html><body><article><header class=article-header><h1>Bridge closes</h1>"
        u"<div class=intro><p>%1</p></div></header>"
        u"<div class=l1><div class=l2><div class=l3><div class=l4><div class=l5>"
        u"<p>%2</p><p>%3</p><p>%4</p></div></div></div></div></div></article>"
        u"<aside><p>Other stories from the section, long enough to be prose here.</p></aside>"
        u"</body></html>"_qs.arg(lead, prose(1), prose(2), prose(3));
    QCOMPARE(extract(html), (QStringList{lead, prose(1), prose(2), prose(3)}));
}

void TestBodyRecall::trailingTeaserHeadingsAreFurniture()
{
    QVERIFY(isBoilerplatePhrase(u"Weitere Themen"));
    QVERIFY(isBoilerplatePhrase(u"Mehr Artikel zum Thema Klima:"));
    QVERIFY(isBoilerplatePhrase(u"Das könnte Sie auch interessieren"));
    QVERIFY(isBoilerplatePhrase(u"You might also like"));
    QVERIFY(isBoilerplatePhrase(u"- Anzeige -"));
    QVERIFY(isBoilerplatePhrase(u"War der Artikel nützlich? (95 Stimmen: 4,7 von 5) Loading..."));
    QVERIFY(!isBoilerplatePhrase(u"Weitere Schritte"));
    QVERIFY(!isBoilerplatePhrase(u"Kontaktsperre für Besucher der Heime"));
    const QString html = u"<html><body><article><p>%1</p><p>%2</p><h3>Weitere Themen</h3>"
                         u"<p>Short teaser.</p></article></body></html>"_qs.arg(prose(1), prose(2));
    QCOMPARE(extract(html), (QStringList{prose(1), prose(2)}));
}

QTEST_GUILESS_MAIN(TestBodyRecall)
#include "test_bodyrecall.moc"
