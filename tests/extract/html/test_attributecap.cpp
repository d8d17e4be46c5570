// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/attributecap.h"

#include <QTest>

using namespace galley;

class TestAttributeCap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tagsUnderTheCapAreUntouched();
    void attributesOverTheCapAreBlankedInPlace();
    void quotedValuesAndRawTextAreNotTags();
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

QTEST_GUILESS_MAIN(TestAttributeCap)
#include "test_attributecap.moc"
