// SPDX-License-Identifier: GPL-3.0-or-later
// The article's pictures: one entry per picture however often the page marks it up, with its caption
// whole and its photo credit split off.
#include "extract/html/htmlextractor.h"
#include "htmltestcapture.h"

#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

class TestHtmlImages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expandableCaptionPrintedTwice();
    void toggleLabelsAreNotCaptions();
    void captionBesideTheFigure();
    void sameCaptionOnTwoCopiesIsOnePicture();
    void galleryPicturesShareACaption();
    void lineWithPrintedCreditUnderABarePicture();
    void plainLineUnderAPictureIsBody();
    void repeatedWordsInOneCaptionStay();
    void citeBesideTheCaptionIsTheCredit();
    void figureInALayoutColumnNamedSidebar();
    void captionInACreditElementUnderThePicture();
    void proseInACreditElementIsNoCredit();

private:
    static Article extract(const QString &bodyHtml);
};

Article TestHtmlImages::extract(const QString &bodyHtml)
{
    return extractHtmlArticle(
        testing::htmlCapture(
            u"<html><body><article><h1>Ministers agree on a new rail link</h1>"_s + bodyHtml +
            u"<p>The ministers met on Tuesday and agreed the plan after two days of talks in the capital, "
            u"officials said.</p></article></body></html>"_s),
        Vocabulary());
}

void TestHtmlImages::expandableCaptionPrintedTwice()
{
    // The whole caption with a "less" toggle, then the shortened copy with "... more".
    const Article a = extract(uR"(<figure><img src="/p/train.jpg"><figcaption>
<span class="full">A test train leaves the new station in the capital on Monday, Nov. 4, 2024. less</span>
<span class="short">A test train leaves the new station in the capital on ... more</span>
<span class="credit">Jane Roe, AP</span></figcaption></figure>)"_s);
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images[0].caption,
             u"A test train leaves the new station in the capital on Monday, Nov. 4, 2024."_s);
    QCOMPARE(a.images[0].credit, u"Jane Roe, AP"_s);
}

void TestHtmlImages::toggleLabelsAreNotCaptions()
{
    const Article a = extract(uR"(<figure><img src="/p/a.jpg"><figcaption>less</figcaption></figure>
<figure><img src="/p/b.jpg"><figcaption>... more</figcaption></figure>)"_s);
    for (const Image &image : a.images)
        QVERIFY2(image.caption.isEmpty(), qPrintable(image.caption));
}

void TestHtmlImages::captionBesideTheFigure()
{
    // The <figcaption> is the <figure>'s sibling, and the image server names pictures by query only.
    const Article a =
        extract(uR"(<div class="image-container"><figure><div><img src="//img.example/r/?i=77&w=20">
</div></figure><figcaption><span>Workers lay track near the border on Nov. 18, 2024. REUTERS/Jo Bloggs</span>
</figcaption></div>)"_s);
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images[0].src, u"//img.example/r/?i=77&w=20"_s);
    QCOMPARE(a.images[0].caption, u"Workers lay track near the border on Nov. 18, 2024."_s);
    QVERIFY2(a.images[0].credit.contains(u"Jo Bloggs"_s), qPrintable(a.images[0].credit));
}

void TestHtmlImages::sameCaptionOnTwoCopiesIsOnePicture()
{
    // The lead picture named in JSON-LD, shown on the page as a resized copy under another file name.
    const Article a = extract(uR"(<script type="application/ld+json">{"@type": "NewsArticle",
"image": {"@type": "ImageObject", "url": "https://example.org/up/lead-rail.jpg",
"caption": "More than 400 workers will build the line"}}</script>
<figure><img src="https://cdn.example.org/up/1200-lead-rail-650x405.jpg">
<figcaption>More than 400 workers will build the line</figcaption></figure>)"_s);
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images[0].caption, u"More than 400 workers will build the line"_s);
}

void TestHtmlImages::galleryPicturesShareACaption()
{
    // A gallery gives each of its pictures the event's name: still three pictures.
    const Article a = extract(
        uR"(<figure><img src="/p/1.jpg"><figcaption>Opening night of the rail exhibition in the capital</figcaption></figure>
<figure><img src="/p/2.jpg"><figcaption>Opening night of the rail exhibition in the capital</figcaption></figure>
<figure><img src="/p/3.jpg"><figcaption>Opening night of the rail exhibition in the capital</figcaption></figure>)"_s);
    QCOMPARE(a.images.size(), 3);
}

void TestHtmlImages::lineWithPrintedCreditUnderABarePicture()
{
    const Article a = extract(uR"(<div class="image top"><img src="/p/walk.jpg" width="620" height="349">
<p>In this 2006 file photo, two astronauts take part in a space walk. (NASA via AP)</p></div>)"_s);
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images[0].caption, u"In this 2006 file photo, two astronauts take part in a space walk."_s);
    QVERIFY2(!a.images[0].credit.isEmpty(), "the printed credit is split off");
    for (const BodyBlock &block : a.body)
        QVERIFY2(!block.text.contains(u"space walk"_s), qPrintable(block.text));
}

void TestHtmlImages::plainLineUnderAPictureIsBody()
{
    // Without a printed credit, the paragraph after a picture is the story's text.
    const Article a = extract(uR"(<div><img src="/p/walk.jpg" width="620" height="349">
<p>The line will open in 2030, two years later than first planned, the ministry said on Monday.</p></div>)"_s);
    for (const Image &image : a.images)
        QVERIFY2(image.caption.isEmpty(), qPrintable(image.caption));
    bool inBody = false;
    for (const BodyBlock &block : a.body)
        inBody = inBody || block.text.contains(u"two years later"_s);
    QVERIFY(inBody);
}

void TestHtmlImages::repeatedWordsInOneCaptionStay()
{
    // The caption's opening words come back, but what follows them is no copy of the first part.
    const Article a = extract(
        u"<figure><img src=\"/p/x.jpg\"><figcaption>Prime Minister Ann Poe and Prime Minister Ann Poe's "
        u"deputy.</figcaption></figure>"_s);
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images[0].caption, u"Prime Minister Ann Poe and Prime Minister Ann Poe's deputy."_s);
}

void TestHtmlImages::citeBesideTheCaptionIsTheCredit()
{
    const Article a = extract(uR"(<figure><img src="/p/smog.jpg"><span class="meta">
<figcaption>Smog over the city this week.</figcaption> <cite>Jane Roe/Getty Images</cite></span></figure>)"_s);
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images[0].caption, u"Smog over the city this week."_s);
    QCOMPARE(a.images[0].credit, u"Jane Roe/Getty Images"_s);
}

void TestHtmlImages::proseInACreditElementIsNoCredit()
{
    const Article a =
        extract(uR"(<figure><img src="/p/panel.jpg"><figcaption>Solar panels on a roof.</figcaption>
<div class="source">The government has unveiled a plan to halve the cost of solar panels by 2030 and to raise their
efficiency to a quarter of the light that falls on them, the ministry said in a statement on Tuesday.</div></figure>)"_s);
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images[0].caption, u"Solar panels on a roof."_s);
    QVERIFY2(a.images[0].credit.isEmpty(), qPrintable(a.images[0].credit));
}

void TestHtmlImages::figureInALayoutColumnNamedSidebar()
{
    // The story's column is named after the layout ("has a fixed sidebar"); the headline is above it.
    // A real sidebar of teasers beside it keeps its pictures out.
    QString story;
    for (int i = 0; i < 6; ++i)
        story += u"<p>The new line will carry freight and passengers between the two capitals, cutting the "
                 u"journey from nine hours to four, and the ministers said the work would start next spring "
                 u"once the last permits are granted by the regional authorities.</p>"_s;
    const Article a = extract(u"<div class=\"layout--sidebar-right\"><div class=\"main\">"_s +
                              story.left(story.size() / 2) +
                              u"<figure><img src=\"/p/route.jpg\"><figcaption>The planned route across the "
                              u"plain.</figcaption></figure>"_s +
                              story.mid(story.size() / 2) +
                              u"</div></div><div class=\"sidebar\"><figure><img src=\"/p/teaser.jpg\">"
                              u"<figcaption>Another story's picture</figcaption></figure><p>Short teaser.</p>"
                              u"</div>"_s);
    QStringList captions;
    for (const Image &image : a.images)
        captions << image.caption;
    QCOMPARE(captions, QStringList{u"The planned route across the plain."_s});
}

void TestHtmlImages::captionInACreditElementUnderThePicture()
{
    // A "photographer" element prints the caption, then the credit; an address block with a copyright
    // and no picture before it is no caption.
    const Article a = extract(uR"(<img id="lead" src="/p/comet.jpg" width="800" height="450">
<script>var x = 1;</script><div class="image-photographer-wrap"><div class="image-photographer">
<a href="https://video.example/comet">A comet's tail over the desert. (Space Agency/Jane Roe)</a></div></div>
<p>The comet passes about 80 million kilometres from the Earth, the agency said.</p>
<div class="copyright">The Ledger 1 Main Street, Springfield 12345. The contents of this site are (c) 2024 Ledger Media</div>)"_s);
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images[0].src, u"/p/comet.jpg"_s);
    QCOMPARE(a.images[0].caption, u"A comet's tail over the desert."_s);
    QCOMPARE(a.images[0].credit, u"Space Agency/Jane Roe"_s);
}

QTEST_GUILESS_MAIN(TestHtmlImages)
#include "test_htmlimages.moc"
