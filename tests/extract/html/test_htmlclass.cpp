// SPDX-License-Identifier: GPL-3.0-or-later
// Class-name vocabularies (htmlclass::matches): an element's class and id, in any case, against the
// word lists of resources/data/htmlclasses.json; the verdicts are cached per name string and kind.
#include "extract/html/htmlsignals.h"

#include <QTest>

using namespace galley;

class TestHtmlClass : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classAndIdInAnyCase();
    void nonAsciiNamesStillMatch();
    void eachKindIsAskedOnItsOwn();

private:
    static HtmlNode element(const HtmlDocument &doc, const char *id);
};

HtmlNode TestHtmlClass::element(const HtmlDocument &doc, const char *id)
{
    QList<HtmlNode> todo{doc.body()};
    while (!todo.isEmpty()) {
        const HtmlNode n = todo.takeFirst();
        if (n.attribute("data-t") == QLatin1String(id))
            return n;
        for (HtmlNode c = n.firstElementChild(); c; c = c.nextElementSibling())
            todo.append(c);
    }
    return {};
}

void TestHtmlClass::classAndIdInAnyCase()
{
    const HtmlDocument doc(
        u"<body><p data-t=a class='Story BYLINE'>x</p><p data-t=b id='Article-Author'>x</p>"
        "<p data-t=c class='lead' id='PubDate'>x</p><p data-t=d>x</p>"
        "<p data-t=e class='' id=''>x</p></body>"_qs);
    QVERIFY(htmlclass::matches(element(doc, "a"), htmlclass::Byline));
    QVERIFY(htmlclass::matches(element(doc, "b"), htmlclass::Byline));
    QVERIFY(htmlclass::matches(element(doc, "c"), htmlclass::Date));
    QVERIFY(!htmlclass::matches(element(doc, "c"), htmlclass::Byline));
    QVERIFY(!htmlclass::matches(element(doc, "d"), htmlclass::Byline));
    QVERIFY(!htmlclass::matches(element(doc, "e"), htmlclass::Date));
}

void TestHtmlClass::nonAsciiNamesStillMatch()
{
    // A name with non-ASCII letters (folded as text, not byte by byte) still finds its words in any case.
    const HtmlDocument doc(u"<body><div data-t=a class='Größe AUTHOR'>x</div>"
                           "<div data-t=b class='ÜBERSICHT'>x</div></body>"_qs);
    QVERIFY(htmlclass::matches(element(doc, "a"), htmlclass::Byline));
    QVERIFY(!htmlclass::matches(element(doc, "b"), htmlclass::Byline));
}

void TestHtmlClass::eachKindIsAskedOnItsOwn()
{
    // The same name string asked for two kinds gets each kind's own verdict, in either order.
    const HtmlDocument doc(u"<body><span data-t=a class='photo-credit'>x</span>"
                           "<span data-t=b class='photo-credit'>x</span></body>"_qs);
    QVERIFY(!htmlclass::matches(element(doc, "a"), htmlclass::Byline));
    QVERIFY(htmlclass::matches(element(doc, "a"), htmlclass::Credit));
    QVERIFY(htmlclass::matches(element(doc, "b"), htmlclass::Credit));
    QVERIFY(!htmlclass::matches(element(doc, "b"), htmlclass::Byline));
}

QTEST_GUILESS_MAIN(TestHtmlClass)
#include "test_htmlclass.moc"
