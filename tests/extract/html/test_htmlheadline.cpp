// SPDX-License-Identifier: GPL-3.0-or-later
// The headline of an HTML page: the visible heading that the page's declared titles agree with.
#include "extract/html/htmlextractor.h"
#include "htmltestcapture.h"

#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

class TestHtmlHeadline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kickerBeforeTheHeadline_data();
    void kickerBeforeTheHeadline();
    void kickerThatTheTitleKeeps();
    void headingOfOnePart();

private:
    static Article extract(const QString &ogTitle, const QString &h1);
};

Article TestHtmlHeadline::extract(const QString &ogTitle, const QString &h1)
{
    return extractHtmlArticle(
        testing::htmlCapture(u"<html><head><meta property=\"og:title\" content=\""_s + ogTitle +
                             u"\"></head><body><article><h1>"_s + h1 +
                             u"</h1><p>The council voted on Tuesday to keep the old market hall open for "
                             u"another ten years, after "
                             u"a long campaign by traders and neighbours.</p></article></body></html>"_s),
        Vocabulary());
}

void TestHtmlHeadline::kickerBeforeTheHeadline_data()
{
    QTest::addColumn<QString>("h1");
    QTest::newRow("kicker span")
        << u"<span class=\"kicker\">Markets</span> <span>Old market hall stays open for "
           u"ten more years</span>"_s;
    QTest::newRow("glued, in a link")
        << u"<a href=\"/a\"><span>Markets</span><span>Old market hall stays open "
           u"for ten more years</span></a>"_s;
    QTest::newRow("date first")
        << u"<small>27.01.2022</small>Old market hall stays open for ten more years"_s;
    QTest::newRow("section and bar")
        << u"<span>Local News</span> | Old market hall stays open for ten more years"_s;
}

void TestHtmlHeadline::kickerBeforeTheHeadline()
{
    QFETCH(QString, h1);
    const Article a = extract(u"Old market hall stays open for ten more years"_s, h1);
    QCOMPARE(a.headline, u"Old market hall stays open for ten more years"_s);
}

void TestHtmlHeadline::kickerThatTheTitleKeeps()
{
    // The declared title carries the kicker too: it is part of the headline.
    const Article a = extract(u"Markets: Old market hall stays open"_s,
                              u"<span>Markets:</span> <span>Old market hall stays open</span>"_s);
    QCOMPARE(a.headline, u"Markets: Old market hall stays open"_s);
}

void TestHtmlHeadline::headingOfOnePart()
{
    // Loose text first: an emphasised word inside the headline is no kicker.
    const Article a = extract(u"Old market hall stays open"_s, u"Old market hall <em>stays</em> open"_s);
    QCOMPARE(a.headline, u"Old market hall stays open"_s);
}

QTEST_GUILESS_MAIN(TestHtmlHeadline)
#include "test_htmlheadline.moc"
