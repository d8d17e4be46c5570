// SPDX-License-Identifier: GPL-3.0-or-later
// The capture pane's readable text of an HTML page, laid out from the engine's own parse: characters
// decoded as in the extracted body, each mapped back to the source characters it stands for.
#include "../extract/html/htmltestcapture.h"
#include "extract/extractor.h"
#include "review/pagetext.h"

#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

class TestPageText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referencesDecodeAsInTheExtractedBody();
    void layoutAndOffsets();
    void malformedMarkupKeepsOffsetsInOrder();
};

// A Polish page quotes with &bdquo; ... &rdquo;: the Page view shows „ ” exactly as the body has them.
void TestPageText::referencesDecodeAsInTheExtractedBody()
{
    const QString paragraph =
        u"&bdquo;Nie wiemy jeszcze, kiedy most zostanie otwarty&rdquo; &ndash; powiedział rzecznik miasta "
        u"w poniedziałek wieczorem, dodając, że inżynierowie sprawdzą konstrukcję."_s;
    const QString html =
        u"<html><head><title>Most</title></head><body><article><h1>Most zamknięty</h1><p>"_s + paragraph +
        u"</p><p>"_s + paragraph + u"</p></article></body></html>"_s;
    const TextMap map = renderHtmlAsText(html);
    QVERIFY2(!map.text.contains(u"&bdquo;"_s), qPrintable(map.text));
    const Article article = extractArticle(testing::htmlCapture(html), Vocabulary());
    QVERIFY(!article.body.isEmpty());
    const QString block = article.body.at(0).text;
    QVERIFY(block.startsWith(u"„Nie wiemy"_s));
    QVERIFY2(map.text.contains(block), qPrintable(map.text + u" / "_s + block));
    // The shown „ stands for the whole reference in the source.
    const qsizetype shown = map.text.indexOf(u"„"_s);
    const qsizetype source = html.indexOf(u"&bdquo;"_s);
    QCOMPARE(map.toSource(shown), source);
    QCOMPARE(map.sourceRange(shown, shown + 1), std::make_pair(source, source + 7));
    // And the body's provenance span is drawn on exactly the body's text.
    const SourceSpan span = article.provenance.value(u"body/0"_s).value(0);
    qsizetype from = 0, to = 0;
    QVERIFY(map.shownRange(span.start, span.end, &from, &to));
    QVERIFY2(map.text.mid(from, to - from).contains(u"„Nie wiemy"_s),
             qPrintable(map.text.mid(from, to - from)));
}

void TestPageText::layoutAndOffsets()
{
    const QString html =
        u"<!DOCTYPE html><html><head><title>T</title><style>p{color:red}</style></head><body>"
        "<h1>Big &amp; bold</h1><p>First   line\nwraps.</p><script>var x = '<p>no</p>';</script>"
        "<figure><img src=\"a.jpg\" alt=\"Alt text\"><figcaption>The caption</figcaption></figure>"
        "<p>Caf&eacute; &#8220;quoted&#x201d;<br>next</p><pre>a  b\n c</pre></body></html>"_s;
    const TextMap map = renderHtmlAsText(html);
    QCOMPARE(map.text,
             u"Big & bold\n\nFirst line wraps.\n\n[image: Alt text]\nThe caption\n\nCafé “quoted”\nnext"
             u"\n\na  b\n c"_s);
    QCOMPARE(map.sourceAt.size(), map.text.size() + 1);
    QCOMPARE(map.sourceEnd.size(), map.text.size());
    QVERIFY(std::is_sorted(map.sourceAt.cbegin(), map.sourceAt.cend()));
    QCOMPARE(map.toSource(map.text.indexOf(u"bold"_s)), html.indexOf(u"bold"_s));
    QCOMPARE(map.toSource(map.text.indexOf(u"Alt"_s)), html.indexOf(u"Alt"_s));
    qsizetype from = 0, to = 0;
    const qsizetype script = html.indexOf(u"var x"_s);
    QVERIFY(!map.shownRange(script, script + 5, &from, &to));
}

void TestPageText::malformedMarkupKeepsOffsetsInOrder()
{
    const QString html =
        u"<table><tr><td>cell</td>stray text<p>inside</table></b>tail &amp &copy2019 &#xZZ;"_s;
    const TextMap map = renderHtmlAsText(html);
    QVERIFY(map.text.contains(u"cell"_s));
    QVERIFY(map.text.contains(u"tail"_s));
    QVERIFY(std::is_sorted(map.sourceAt.cbegin(), map.sourceAt.cend()));
    for (qsizetype i = 0; i < map.sourceEnd.size(); ++i) {
        QVERIFY(map.sourceAt.at(i) >= 0 && map.sourceAt.at(i) <= html.size());
        QVERIFY(map.sourceEnd.at(i) >= map.sourceAt.at(i) && map.sourceEnd.at(i) <= html.size());
    }
}

QTEST_MAIN(TestPageText)
#include "test_pagetext.moc"
