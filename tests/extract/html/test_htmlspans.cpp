// SPDX-License-Identifier: GPL-3.0-or-later
// Source excerpt helpers: blanking tags keeps every offset of the text around them.
#include "extract/html/htmlspans.h"

#include <QTest>

using namespace galley;

class TestHtmlSpans : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blankTagsKeepsOffsets_data();
    void blankTagsKeepsOffsets();
};

void TestHtmlSpans::blankTagsKeepsOffsets_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QChar>("fill");
    QTest::addColumn<QString>("blanked");
    QTest::newRow("tags") << u"<p class=\"a\">Datum: 3. Mai</p>"_qs << QChar(u' ')
                          << u"             Datum: 3. Mai    "_qs;
    QTest::newRow("line breaks") << u"a<br>b"_qs << QChar(u'\n') << u"a\n\n\n\nb"_qs;
    QTest::newRow("'>' outside a tag is text") << u"a > b <i>c</i>"_qs << QChar(u' ') << u"a > b    c    "_qs;
    QTest::newRow("'<' inside a tag") << u"x<a b=\"<\">y"_qs << QChar(u' ') << u"x         y"_qs;
    QTest::newRow("unterminated tag runs to the end") << u"ä<b class"_qs << QChar(u' ') << u"ä        "_qs;
    QTest::newRow("empty") << QString() << QChar(u' ') << QString();
}

void TestHtmlSpans::blankTagsKeepsOffsets()
{
    QFETCH(QString, html);
    QFETCH(QChar, fill);
    QFETCH(QString, blanked);
    blankTags(&html, fill);
    QCOMPARE(html, blanked);
}

QTEST_GUILESS_MAIN(TestHtmlSpans)
#include "test_htmlspans.moc"
