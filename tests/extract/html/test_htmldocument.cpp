// SPDX-License-Identifier: GPL-3.0-or-later
// The DOM adapter: tree shape as browsers recover it, and source spans exact to the UTF-16 unit.
#include "extract/html/htmldocument.h"

#include <QTest>

using namespace galley;

class TestHtmlDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void elementSpansCoverTheirTags();
    void spansCountUtf16UnitsNotBytes();
    void impliedEndTagsEndAtTheNextTag();
    void textNodeSpansCoverRawText();
    void textSkipsScriptAndStyle();
    void longScriptsAreSkippedWithoutLosingPlace();
    void largePagesReadInWindowsKeepExactSpans();
    void attributesAreReadable();
    void metaCharsetDoesNotRedecode();
    void emptyAndBrokenInputGiveAUsableDocument();

private:
    static HtmlNode find(HtmlNode from, const char *tag);
    static QStringView spanned(const HtmlDocument &doc, HtmlNode node);
};

HtmlNode TestHtmlDocument::find(HtmlNode from, const char *tag)
{
    for (HtmlNode c = from.firstChild(); c; c = c.nextSibling()) {
        if (c.is(tag))
            return c;
        if (HtmlNode inner = find(c, tag))
            return inner;
    }
    return {};
}

QStringView TestHtmlDocument::spanned(const HtmlDocument &doc, HtmlNode node)
{
    const SourceSpan s = node.span();
    if (!s.isValid())
        return {};
    return QStringView(doc.source()).mid(s.start, s.length());
}

void TestHtmlDocument::elementSpansCoverTheirTags()
{
    const QString html = u"<html><body><div id=\"a\"><p class=x>One <b>two</b></p></div></body></html>"_qs;
    HtmlDocument doc(html);
    QCOMPARE(spanned(doc, find(doc.body(), "p")), u"<p class=x>One <b>two</b></p>");
    QCOMPARE(spanned(doc, find(doc.body(), "b")), u"<b>two</b>");
    QCOMPARE(spanned(doc, find(doc.body(), "div")), u"<div id=\"a\"><p class=x>One <b>two</b></p></div>");
}

void TestHtmlDocument::spansCountUtf16UnitsNotBytes()
{
    // Umlauts are two UTF-8 bytes, the emoji four bytes and two UTF-16 units; a long prefix crosses
    // several prefix-table blocks.
    const QString prefix = u"<p>Grüße aus München, Äpfel & Öl 😀 — "_qs.repeated(20) + u"</p>"_qs;
    const QString html = u"<html><body>"_qs + prefix + u"<h2 title=\"ü\">Überschrift 😀</h2></body></html>"_qs;
    HtmlDocument doc(html);
    const HtmlNode h2 = find(doc.body(), "h2");
    QCOMPARE(spanned(doc, h2), u"<h2 title=\"ü\">Überschrift 😀</h2>");
    QCOMPARE(h2.text(), u"Überschrift 😀");
    QCOMPARE(spanned(doc, h2.firstChild()), u"Überschrift 😀");
}

void TestHtmlDocument::impliedEndTagsEndAtTheNextTag()
{
    const QString html = u"<body><p>first<p>second<ul><li>a<li>b</ul></body>"_qs;
    HtmlDocument doc(html);
    const HtmlNode p1 = find(doc.body(), "p");
    QCOMPARE(spanned(doc, p1), u"<p>first");
    QCOMPARE(spanned(doc, p1.nextElementSibling()), u"<p>second");
    const HtmlNode li = find(doc.body(), "li");
    QCOMPARE(spanned(doc, li), u"<li>a");
    QCOMPARE(spanned(doc, li.nextElementSibling()), u"<li>b");
}

void TestHtmlDocument::textNodeSpansCoverRawText()
{
    const QString html = u"<body><p>Tom &amp; Jerry said &quot;hi&quot;</p></body>"_qs;
    HtmlDocument doc(html);
    const HtmlNode text = find(doc.body(), "p").firstChild();
    QVERIFY(text.isText());
    QCOMPARE(text.text(), u"Tom & Jerry said \"hi\"");
    QCOMPARE(spanned(doc, text), u"Tom &amp; Jerry said &quot;hi&quot;");
}

void TestHtmlDocument::textSkipsScriptAndStyle()
{
    HtmlDocument doc(u"<body><div>a<script>var x = '<p>';</script>b<style>p{}</style>c</div></body>"_qs);
    QCOMPARE(find(doc.body(), "div").text(), u"abc");
    QVERIFY(!find(doc.body(), "p")); // script content is not markup
}

// The parser jumps over long script and style content (see htmldocument.cpp): what follows must keep
// its exact place, whatever characters end the skipped blocks, and JSON data scripts stay whole.
void TestHtmlDocument::longScriptsAreSkippedWithoutLosingPlace()
{
    const QString json =
        u"{\"@type\": \"NewsArticle\", \"articleBody\": \""_qs + QString(3000, u'é') + u"\"}"_qs;
    for (const QChar filler : {QChar(u'x'), QChar(u'ü'), QChar(u'€')}) {
        const QString code = u"var s = '</div><p>not markup</p>';"_qs + QString(2500, filler) + u"</scrip"_qs;
        const QString page = u"<html><head><script type=\"application/ld+json\">"_qs + json +
                             u"</script><style>"_qs + QString(2200, filler) +
                             u"</style></head><body><div id=a><script>"_qs + code +
                             u"</SCRIPT ><p class=x>after 😀</p></div><script>"_qs + code + u"</script>"_qs +
                             u"<p>end</p></body></html>"_qs;
        HtmlDocument doc(page);
        const HtmlNode ld = find(doc.head(), "script");
        QCOMPARE(QString::fromUtf8(ld.firstChild().textUtf8()), json);
        const HtmlNode div = find(doc.body(), "div");
        const HtmlNode script = div.firstElementChild();
        QVERIFY(script.is("script"));
        const HtmlNode p = script.nextElementSibling();
        QVERIFY(p.is("p"));
        QCOMPARE(spanned(doc, p), u"<p class=x>after 😀</p>");
        QCOMPARE(spanned(doc, script), u"<script>"_qs + code + u"</SCRIPT >"_qs);
        QCOMPARE(div.text(), u"after 😀");
        const HtmlNode end = div.nextElementSibling().nextElementSibling();
        QVERIFY(end.is("p"));
        QCOMPARE(spanned(doc, end), u"<p>end</p>");
    }
}

// A page of 16 MB and more whose tags are all short is fed to libxml2 a window at a time (issue 18):
// spans must stay exact across windows, and scripts longer than a window are skipped to their end tag
// without losing the place. Multi-byte text keeps UTF-8 and UTF-16 offsets apart.
void TestHtmlDocument::largePagesReadInWindowsKeepExactSpans()
{
    const QString code = QString(20000, u'ü') + u"var a = 1;"_qs;
    QString page = u"<!DOCTYPE html><html><head><title>Windows</title></head><body>"_qs;
    QStringList paragraphs;
    QStringList scripts;
    for (int i = 0; i < 300; ++i) {
        paragraphs.append(u"<p class=x>Wörter 😀 %1</p>"_qs.arg(i));
        scripts.append(u"<script>"_qs + code + QString::number(i) + u"</script>"_qs);
        page += paragraphs.last() + scripts.last();
    }
    page += u"<div>"_qs + QString(17 << 20, u'a') + u"</div><p id=last>the end</p></body></html>"_qs;
    const HtmlDocument doc(page);
    int p = 0;
    int script = 0;
    for (HtmlNode n = doc.body().firstElementChild(); n; n = n.nextElementSibling()) {
        if (n.is("p") && p < paragraphs.size()) {
            QCOMPARE(spanned(doc, n), paragraphs[p]);
            QCOMPARE(n.text(), u"Wörter 😀 %1"_qs.arg(p));
            ++p;
        } else if (n.is("script")) {
            QCOMPARE(spanned(doc, n), scripts[script++]);
        }
    }
    QCOMPARE(p, 300);
    QCOMPARE(script, 300);
    const HtmlNode last = find(doc.body(), "div").nextElementSibling();
    QCOMPARE(spanned(doc, last), u"<p id=last>the end</p>");
    QCOMPARE(last.text(), u"the end");
}

void TestHtmlDocument::attributesAreReadable()
{
    HtmlDocument doc(u"<body><A HREF='/x?a=1&amp;b=2' Class=\"nav main\" hidden>x</A></body>"_qs);
    const HtmlNode a = find(doc.body(), "a");
    QCOMPARE(a.name(), QLatin1StringView("a"));
    QCOMPARE(a.attribute("href"), u"/x?a=1&b=2");
    QCOMPARE(a.attribute("class"), u"nav main");
    QVERIFY(a.hasAttribute("hidden"));
    QVERIFY(!a.hasAttribute("id"));
    QCOMPARE(a.attributes().size(), 3);
    QCOMPARE(a.attributes().first().first, u"href");
    // The same values as bytes, without a copy; absent and valueless attributes read as empty.
    QByteArrayView bytes;
    QVERIFY(a.attributeUtf8("class", &bytes));
    QCOMPARE(bytes, QByteArrayView("nav main"));
    QVERIFY(a.attributeUtf8("href", &bytes));
    QCOMPARE(bytes, QByteArrayView("/x?a=1&b=2"));
    QVERIFY(a.attributeUtf8("id", &bytes));
    QVERIFY(bytes.isEmpty());
    QVERIFY(a.attributeUtf8("hidden", &bytes));
    QVERIFY(bytes.isEmpty());
}

void TestHtmlDocument::metaCharsetDoesNotRedecode()
{
    // The capture reader already decoded the page: a stale charset declaration must not garble it.
    const QString html =
        u"<html><head><meta charset=\"iso-8859-1\"></head><body><p>Straße</p></body></html>"_qs;
    HtmlDocument doc(html);
    QCOMPARE(find(doc.body(), "p").text(), u"Straße");
    QCOMPARE(doc.head().firstElementChild().name(), QLatin1StringView("meta"));
}

void TestHtmlDocument::emptyAndBrokenInputGiveAUsableDocument()
{
    HtmlDocument empty{QString()};
    QVERIFY(empty.root().isNull());
    QVERIFY(empty.body().isNull());
    QVERIFY(!empty.body().span().isValid());
    HtmlDocument broken(u"<div <p>>></b></i>text<"_qs);
    QVERIFY(!broken.root().isNull());
    QVERIFY(broken.body().text().contains(u"text"));
}

QTEST_GUILESS_MAIN(TestHtmlDocument)
#include "test_htmldocument.moc"
