// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/attributecap.h"
#include "extract/html/htmldocument.h"
#include "extract/html/unreadattributes.h"

#include <QTest>

using namespace galley;

class TestAttributeCap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tagsUnderTheCapAreUntouched();
    void attributesOverTheCapAreBlankedInPlace();
    void quotedValuesAndRawTextAreNotTags();
    void unreadAttributesAreBlankedOnlyWhenPlain();
    void extractorDocumentLeavesOutUnreadAttributesOnly();
};

namespace {

QByteArray tagWith(int attributes, const QByteArray &value = "v")
{
    QByteArray tag = "<div";
    for (int i = 0; i < attributes; ++i)
        tag += " a" + QByteArray::number(i) + "=\"" + value + "\"";
    return tag + ">";
}

} // namespace

void TestAttributeCap::tagsUnderTheCapAreUntouched()
{
    const QByteArray page = "<!-- <a b c d e> --><p class=x id='y' hidden>" + tagWith(4) + "text</div></p>";
    QByteArray capped = page;
    QCOMPARE(capAttributesPerTag(&capped, 4), 0);
    QCOMPARE(capped, page);
}

void TestAttributeCap::attributesOverTheCapAreBlankedInPlace()
{
    const QByteArray page = "<p>before</p>" + tagWith(10) + "after</div>";
    QByteArray capped = page;
    QCOMPARE(capAttributesPerTag(&capped, 3), 1);
    QCOMPARE(capped.size(), page.size()); // every later byte keeps its offset
    const QByteArray kept = "<div a0=\"v\" a1=\"v\" a2=\"v\" ";
    QVERIFY2(capped.contains(kept), capped.constData());
    QVERIFY(!capped.contains("a3="));
    const qsizetype keptEnd = capped.indexOf(kept) + kept.size();
    const qsizetype close = capped.indexOf('>', keptEnd);
    QCOMPARE(capped.mid(keptEnd, close - keptEnd), QByteArray(close - keptEnd, ' '));
    QVERIFY(capped.endsWith(">after</div>"));
}

void TestAttributeCap::quotedValuesAndRawTextAreNotTags()
{
    // A '>' inside a quoted value does not end the tag; a tag-like run inside a script or a comment is
    // text, however many "attributes" it seems to have.
    const QByteArray inScript = "<script>if (a <b c d e f g h) {}</script>";
    const QByteArray inComment = "<!-- <b c d e f g h> -->";
    const QByteArray upperScript = "<SCRIPT>x <b c d e f g h></Script>";
    const QByteArray page = inScript + inComment + upperScript + "<a t=\"x > y\" u v w x y>z</a>";
    QByteArray capped = page;
    QCOMPARE(capAttributesPerTag(&capped, 3), 1);
    QVERIFY(capped.startsWith(inScript + inComment + upperScript + "<a t=\"x > y\" u v "));
    QVERIFY(capped.endsWith("    >z</a>"));
}

void TestAttributeCap::unreadAttributesAreBlankedOnlyWhenPlain()
{
    QVERIFY(isUnreadByExtractors("data-track") && isUnreadByExtractors("D") &&
            isUnreadByExtractors("onClick"));
    QVERIFY(!isUnreadByExtractors("data-src") && !isUnreadByExtractors("data-caption") &&
            !isUnreadByExtractors("class") && !isUnreadByExtractors("on") && !isUnreadByExtractors("id"));
    const QByteArray page = "<div class=\"a\" data-track=\"x>y\" data-src=\"p.jpg\" onclick='go()'>"
                            "<path d=\"M0 0\"/><i data-x=unquoted data-y=\"caf\xc3\xa9\"></i>"
                            "<b/data-z=\"1\"></b><script>a = '<p data-w=\"1\">';</script></div>";
    QByteArray blanked = page;
    QCOMPARE(capAttributesPerTag(&blanked, 10, isUnreadByExtractors), 0);
    QCOMPARE(blanked.size(), page.size()); // every later byte keeps its offset
    QByteArray expected = page;
    for (const QByteArray &gone :
         {QByteArray("data-track=\"x>y\""), QByteArray("onclick='go()'"), QByteArray("d=\"M0 0\"")}) {
        const qsizetype at = expected.indexOf(gone);
        QVERIFY(at >= 0);
        expected.replace(at, gone.size(), QByteArray(gone.size(), ' '));
    }
    QCOMPARE(blanked, expected);
    // Without a filter nothing but the cap blanks.
    QByteArray untouched = page;
    QCOMPARE(capAttributesPerTag(&untouched, 10), 0);
    QCOMPARE(untouched, page);
}

void TestAttributeCap::extractorDocumentLeavesOutUnreadAttributesOnly()
{
    const QString page =
        QStringLiteral("<html><body><p id=\"a\" data-track=\"t\" data-src=\"s.jpg\" "
                       "onclick=\"x()\">caf\u00e9 <b data-n=\"1\">bold</b></p></body></html>");
    const HtmlDocument all(page);
    const HtmlDocument extractor(page, page.toUtf8(), HtmlDocument::Attributes::ReadByExtractors);
    const HtmlNode p1 = all.body().firstElementChild();
    const HtmlNode p2 = extractor.body().firstElementChild();
    QCOMPARE(p1.attributes().size(), 4);
    const QList<std::pair<QString, QString>> kept = {{QStringLiteral("id"), QStringLiteral("a")},
                                                     {QStringLiteral("data-src"), QStringLiteral("s.jpg")}};
    QCOMPARE(p2.attributes(), kept);
    // The tree and every place in the source are the same.
    QCOMPARE(p2.span().start, p1.span().start);
    QCOMPARE(p2.span().end, p1.span().end);
    QCOMPARE(p2.text(), p1.text());
    const HtmlNode b1 = p1.firstElementChild();
    const HtmlNode b2 = p2.firstElementChild();
    QCOMPARE(b2.name(), b1.name());
    QCOMPARE(b2.span().start, b1.span().start);
    QCOMPARE(b2.span().end, b1.span().end);
    QVERIFY(b2.attributes().isEmpty());
}

QTEST_GUILESS_MAIN(TestAttributeCap)
#include "test_attributecap.moc"
