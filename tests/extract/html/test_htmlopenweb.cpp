// SPDX-License-Identifier: GPL-3.0-or-later
// Pages of sites the rules never saw (issue 14): what lazy loaders put in image attributes, saved pages'
// local files, picture credits printed as a line of their own, decoration beside the story's picture,
// the site's own name offered as a credit, a paywall's cut-off teaser, briefs in Chinese, Japanese and
// Arabic, and a "Reporting by" note feeding the byline. Every page here is generated.
#include "extract/common/imageurl.h"
#include "extract/html/htmlextractor.h"
#include "htmltestcapture.h"

#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

class TestHtmlOpenWeb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonBlobInDataSrcHoldsTheUrl();
    void jsonBlobWithoutUrlLeavesTheImageWithoutOne();
    void placeholderWordsAreNoUrl();
    void srcsetGivesItsWidestPicture();
    void relativeAddressesResolveAgainstTheBase_data();
    void relativeAddressesResolveAgainstTheBase();
    void savedPageFileStaysRelativeAndEncoded();
    void pictureCreditLineIsTheCredit();
    void sourceLineIsNoPictureCredit();
    void decorationBesideTheStoryPictureGoes();
    void siteNameIsNoCredit();
    void siteInitialsAreNoCredit_data();
    void siteInitialsAreNoCredit();
    void writerRunIntoTheOutletLeavesTheCredit();
    void agencyStaysTheCredit();
    void paywallFragmentEndsNoStory();
    void ellipsisAfterASentenceStays();
    void cjkBriefGetsItsBody_data();
    void cjkBriefGetsItsBody();
    void arabicBriefGetsItsBody();
    void rubyReadingsAreNotText();
    void glossaryLinksInCjkProse();
    void reportingByNoteIsTheBylineWithItsSpan();
    void koreanSignOffIsTheBylineWithItsSpan();

private:
    static QString page(const QString &article, const QString &head = {},
                        const QString &title = QStringLiteral("Harbour plan approved"));
    static Article extract(const QString &html, const QString &url = {});
    static QString spanText(const Article &a, const QString &field, const QString &html);
};

// A news page around `article`: a site header with its logo and navigation, the article, a footer.
QString TestHtmlOpenWeb::page(const QString &article, const QString &head, const QString &title)
{
    return u"<!DOCTYPE html><html><head><title>"_s + title + u" | Coastal Courier</title>"_s + head +
           u"</head><body><header><img src=\"/static/logo.png\" alt=\"Coastal Courier\"><nav><a href=\"/\">"
           u"Home</a> <a href=\"/news\">News</a></nav></header><main><article>"_s +
           article + u"</article></main><footer><p>© Coastal Courier</p></footer></body></html>"_s;
}

Article TestHtmlOpenWeb::extract(const QString &html, const QString &url)
{
    return extractHtmlArticle(testing::htmlCapture(html, url), Vocabulary());
}

QString TestHtmlOpenWeb::spanText(const Article &a, const QString &field, const QString &html)
{
    const QList<SourceSpan> spans = a.provenance.value(field);
    return spans.isEmpty() ? QString() : html.mid(spans.first().start, spans.first().length());
}

static const QString Story =
    u"<p>The council approved the harbour plan on Tuesday after a debate that lasted "
    u"most of the evening, members said.</p><p>Work on the new quay is due to "
    u"start in the spring and should take about two years to finish.</p>"_s;

void TestHtmlOpenWeb::jsonBlobInDataSrcHoldsTheUrl()
{
    const QString html =
        page(u"<h1>Harbour plan approved</h1><figure><img src=\"data:image/gif;base64,R0lGOD\" "
             u"data-src='{\"default\":{\"load\":\"default\",\"w\":\"80\",\"src\":"
             u"\"https://img.example.net/quay-1200.jpg\"},\"lazy\":true}'>"
             u"<figcaption>The old quay at dawn. Photo: Jane Roe</figcaption></figure>"_s +
             Story);
    const Article a = extract(html);
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images[0].src, u"https://img.example.net/quay-1200.jpg"_s);
    QCOMPARE(a.images[0].caption, u"The old quay at dawn."_s);
}

void TestHtmlOpenWeb::jsonBlobWithoutUrlLeavesTheImageWithoutOne()
{
    const QString html =
        page(u"<h1>Harbour plan approved</h1><figure><img src=\"data:image/gif;base64,R0lGOD\" "
             u"data-src='{\"default\":{\"load\":\"default\",\"w\":\"80\",\"h\":\"45\"}}'>"
             u"<figcaption>The old quay at dawn. Photo: Jane Roe</figcaption></figure>"_s +
             Story);
    const Article a = extract(html);
    QCOMPARE(a.images.size(), 1);
    QVERIFY2(a.images[0].src.isEmpty(), qPrintable(a.images[0].src));
    QCOMPARE(a.images[0].caption, u"The old quay at dawn."_s);
    QCOMPARE(a.images[0].credit, u"Jane Roe"_s);
    // The image's span says why it has no address, for the window's warning, and points at the <img>.
    const QList<SourceSpan> spans = a.provenance.value(u"images/0"_s);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans[0].via, QString(imageurl::UnusableSourceVia));
    QVERIFY(html.mid(spans[0].start, spans[0].length()).startsWith(u"<img"_s));
}

void TestHtmlOpenWeb::placeholderWordsAreNoUrl()
{
    for (const QString &value : {u"lazy"_s, u"true"_s, u"{\"w\":80}"_s, u"javascript:void(0)"_s,
                                 u"<img src=x>"_s, u"#"_s, u"lazy load image"_s}) {
        bool unusable = false;
        QVERIFY2(imageurl::urlIn(value, &unusable).isEmpty(), qPrintable(value));
        QVERIFY2(unusable, qPrintable(value));
        QVERIFY2(imageurl::resolve(value, QUrl(u"https://example.org/a/"_s)).isEmpty(), qPrintable(value));
    }
    // A data: placeholder is nothing, not something wrong.
    bool unusable = true;
    QVERIFY(imageurl::urlIn(u"data:image/gif;base64,R0lGOD"_s, &unusable).isEmpty());
    QVERIFY(!unusable);
    // And an IRI check for the exporters.
    QVERIFY(imageurl::isIriReference(u"https://example.org/Gr%C3%BC%C3%9Fe.jpg"_s));
    QVERIFY(imageurl::isIriReference(u"./page_files/a.jpg"_s));
    QVERIFY(!imageurl::isIriReference(u"{\"default\":{\"w\":\"80\"}}"_s));
    QVERIFY(!imageurl::isIriReference(u"./page files/a.jpg"_s));
    QVERIFY(!imageurl::isIriReference(u"https://example.org/100%.jpg"_s));
}

void TestHtmlOpenWeb::srcsetGivesItsWidestPicture()
{
    const QString html = page(u"<h1>Harbour plan approved</h1><figure><img srcset=\"/i/quay-480.jpg 480w, "
                              u"/i/quay-1600.jpg 1600w, /i/quay-800.jpg 800w\" src=\"lazy\">"
                              u"<figcaption>The old quay at dawn.</figcaption></figure>"_s +
                              Story);
    const Article a = extract(html);
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images[0].src, u"/i/quay-1600.jpg"_s);
}

void TestHtmlOpenWeb::relativeAddressesResolveAgainstTheBase_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("captureUrl");
    QTest::addColumn<QString>("src");
    QTest::addColumn<QString>("expected");
    QTest::newRow("capture address") << QString() << u"https://news.example.org/local/harbour.html"_s
                                     << u"img/quay.jpg"_s << u"https://news.example.org/local/img/quay.jpg"_s;
    QTest::newRow("root-relative") << QString() << u"https://news.example.org/local/harbour.html"_s
                                   << u"/img/quay.jpg"_s << u"https://news.example.org/img/quay.jpg"_s;
    QTest::newRow("protocol-relative") << QString() << u"https://news.example.org/local/harbour.html"_s
                                       << u"//cdn.example.net/q.jpg"_s << u"https://cdn.example.net/q.jpg"_s;
    QTest::newRow("base href wins") << u"<base href=\"https://static.example.com/2024/\">"_s
                                    << u"https://news.example.org/local/harbour.html"_s << u"quay.jpg"_s
                                    << u"https://static.example.com/2024/quay.jpg"_s;
    QTest::newRow("relative base on the capture")
        << u"<base href=\"/media/\">"_s << u"https://news.example.org/local/harbour.html"_s << u"quay.jpg"_s
        << u"https://news.example.org/media/quay.jpg"_s;
    QTest::newRow("no base: relative kept")
        << QString() << QString() << u"img/quay.jpg"_s << u"img/quay.jpg"_s;
    QTest::newRow("spaces and umlauts encoded")
        << QString() << u"https://news.example.org/a/"_s << u"Grafik Übersicht.jpg"_s
        << u"https://news.example.org/a/Grafik%20%C3%9Cbersicht.jpg"_s;
}

void TestHtmlOpenWeb::relativeAddressesResolveAgainstTheBase()
{
    QFETCH(QString, head);
    QFETCH(QString, captureUrl);
    QFETCH(QString, src);
    QFETCH(QString, expected);
    const QString html = page(u"<h1>Harbour plan approved</h1><figure><img src=\""_s + src +
                                  u"\"><figcaption>The old quay at dawn.</figcaption></figure>"_s + Story,
                              head);
    const Article a = extract(html, captureUrl);
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images[0].src, expected);
    QVERIFY(imageurl::isIriReference(a.images[0].src));
}

void TestHtmlOpenWeb::savedPageFileStaysRelativeAndEncoded()
{
    const QString html =
        page(u"<h1>Harbour plan approved</h1><figure><img src=\"./page_files/Grafik Übersicht.jpg\">"
             u"<figcaption>Where the quay will go.</figcaption></figure>"_s +
             Story);
    const Article a = extract(html);
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images[0].src, u"./page_files/Grafik%20%C3%9Cbersicht.jpg"_s);
}

void TestHtmlOpenWeb::pictureCreditLineIsTheCredit()
{
    const QString html =
        page(u"<h1>Harbour plan approved</h1>"_s + Story + u"<p>Main image credit: Getty</p>"_s,
             u"<meta property=\"og:image\" content=\"https://img.example.net/quay.jpg\">"_s);
    const Article a = extract(html);
    QVERIFY2(!a.text().contains(u"credit"_s), qPrintable(a.text()));
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images[0].src, u"https://img.example.net/quay.jpg"_s);
    QCOMPARE(a.images[0].credit, u"Getty"_s);
    QCOMPARE(spanText(a, u"images/0/credit"_s, html), u"Getty"_s);
    // In another language, under the picture it credits.
    const QString de = page(u"<h1>Hafen</h1><div class=\"pic\"><img src=\"/b/kai.jpg\"></div>"
                            u"<p>Titelbild: Hans Meier</p>"_s +
                            Story);
    const Article b = extract(de);
    QCOMPARE(b.images.size(), 1);
    QCOMPARE(b.images[0].src, u"/b/kai.jpg"_s);
    QCOMPARE(b.images[0].credit, u"Hans Meier"_s);
    QVERIFY(!b.text().contains(u"Titelbild"_s));
}

void TestHtmlOpenWeb::sourceLineIsNoPictureCredit()
{
    // "Source:" names where figures come from, not a picture: the line stays in the story.
    const QString html =
        page(u"<h1>Harbour plan approved</h1>"_s + Story + u"<p>Source: Harbour Authority</p>"_s);
    const Article a = extract(html);
    QVERIFY2(a.text().contains(u"Source: Harbour Authority"_s), qPrintable(a.text()));
    for (const Image &image : a.images)
        QVERIFY(image.credit.isEmpty());
}

void TestHtmlOpenWeb::decorationBesideTheStoryPictureGoes()
{
    QString figures;
    for (int i = 1; i <= 5; ++i)
        figures += u"<figure><img src=\"/deco/wave-%1.png\" width=\"300\"></figure>"_s.arg(i);
    const QString html = page(u"<h1>Harbour plan approved</h1><figure><img src=\"/p/quay.jpg\">"
                              u"<figcaption>The old quay at dawn. (Photo: Jane Roe)</figcaption></figure>"_s +
                              Story + figures);
    const Article a = extract(html);
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images[0].src, u"/p/quay.jpg"_s);
}

void TestHtmlOpenWeb::siteNameIsNoCredit()
{
    // The site names itself in JSON-LD as the publisher and in its address; a "— Coastal Courier" line
    // at the foot is its own work, not a source.
    const QString html =
        page(u"<h1>Harbour plan approved</h1>"_s + Story + u"<p>— Coastal Courier</p>"_s,
             u"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Harbour plan "
             u"approved\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Coastal Courier\"},"
             u"\"author\":{\"@type\":\"Organization\",\"name\":\"Coastal Courier\"}}</script>"_s);
    const Article a = extract(html, u"https://www.coastalcourier.example/news/harbour"_s);
    QVERIFY2(a.credit.isEmpty(), qPrintable(a.credit));
    QVERIFY(!a.provenance.contains(u"credit"_s));
}

void TestHtmlOpenWeb::siteInitialsAreNoCredit_data()
{
    QTest::addColumn<QString>("siteName");
    QTest::addColumn<QString>("creditLine");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("credit");
    const QString elsewhere = u"https://news.example/2024/harbour"_s;
    QTest::newRow("site's initials, its name printed")
        << u"HBT"_s << u"The Harbour Bay Tribune"_s << elsewhere << QString();
    QTest::newRow("article before the initials")
        << u"DHB"_s << u"Die Harbour Bote"_s << elsewhere << QString();
    QTest::newRow("host's initials") << QString() << u"Harbour Bay Tribune"_s
                                     << u"https://www.hbt.example/2024/harbour"_s << QString();
    QTest::newRow("another outlet's initials stay")
        << u"HBT"_s << u"Agence France-Presse"_s << elsewhere << u"Agence France-Presse"_s;
    QTest::newRow("host of another outlet")
        << QString() << u"Harbour Bay Tribune"_s << u"https://www.afp.example/2024/harbour"_s
        << u"Harbour Bay Tribune"_s;
}

void TestHtmlOpenWeb::siteInitialsAreNoCredit()
{
    // An author box names the outlet the writer works for: the site itself, under its initials or its
    // full name, is no source credit ("WSJ" beside "The Wall Street Journal").
    QFETCH(QString, siteName);
    QFETCH(QString, creditLine);
    QFETCH(QString, url);
    QFETCH(QString, credit);
    const QString head = siteName.isEmpty()
                             ? QString()
                             : u"<meta property=\"og:site_name\" content=\""_s + siteName + u"\">"_s;
    const QString html = page(u"<h1>Harbour plan approved</h1><p class=\"byline\">By Jane Roe, "_s +
                                  creditLine + u"</p>"_s + Story,
                              head, u"Harbour plan approved"_s);
    const Article a = extract(html, url);
    QCOMPARE(a.credit, credit);
    QCOMPARE(a.provenance.contains(u"credit"_s), !credit.isEmpty());
}

void TestHtmlOpenWeb::writerRunIntoTheOutletLeavesTheCredit()
{
    // Nothing but the markup parts the writer from the outlet: the credit is the outlet alone, and its
    // source is the outlet's text.
    const QString html =
        page(u"<h1>Harbour plan approved</h1><div class=\"byline\">By <span class=\"author\">"
             u"Jane Roe</span> <span>Harbour Bay Tribune</span></div>"_s +
             Story);
    const Article a = extract(html, u"https://news.example/2024/harbour"_s);
    QCOMPARE(a.bylines, QStringList{u"Jane Roe"_s});
    QCOMPARE(a.credit, u"Harbour Bay Tribune"_s);
    QCOMPARE(spanText(a, u"credit"_s, html), u"Harbour Bay Tribune"_s);
}

void TestHtmlOpenWeb::agencyStaysTheCredit()
{
    const QString html =
        page(u"<h1>Harbour plan approved</h1><p>LISBON (Reuters) - The council approved the "
             u"harbour plan on Tuesday after a debate that lasted most of the evening.</p>"_s +
             Story);
    const Article a = extract(html, u"https://www.coastalcourier.example/news/harbour"_s);
    QCOMPARE(a.credit, u"Reuters"_s);
}

void TestHtmlOpenWeb::paywallFragmentEndsNoStory()
{
    const QString html =
        page(u"<h1>Harbour plan approved</h1>"_s + Story + u"<div class=\"teaser-end\"><p>All…</p></div>"_s);
    const Article a = extract(html);
    QVERIFY(!a.body.isEmpty());
    QVERIFY2(!a.body.last().text.contains(u"All"_s), qPrintable(a.body.last().text));
}

void TestHtmlOpenWeb::ellipsisAfterASentenceStays()
{
    const QString html = page(u"<h1>Harbour plan approved</h1>"_s + Story + u"<p>And then…</p>"_s +
                              u"<p>The mayor paused. \"We will see...\"</p>"_s);
    const Article a = extract(html);
    QVERIFY2(a.body.last().text.contains(u"We will see"_s), qPrintable(a.text()));
}

void TestHtmlOpenWeb::cjkBriefGetsItsBody_data()
{
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("brief");
    QTest::newRow("japanese")
        << u"港湾計画を承認"_s
        << u"<p>市議会は火曜日、港湾計画を承認した。</p><p>新しい岸壁の工事は春に始まる予定だ。</p>"
           u"<p>完成まで約二年かかる見込み。</p><p>市長は「大きな一歩だ」と述べた。</p>"_s;
    QTest::newRow("chinese") << u"港口计划获批"_s
                             << u"<p>市议会周二批准了港口计划。</p><p>新码头工程预计春季开工。</p>"
                                u"<p>工程约需两年完成。</p><p>市长表示这是重要的一步。</p>"_s;
}

void TestHtmlOpenWeb::cjkBriefGetsItsBody()
{
    QFETCH(QString, headline);
    QFETCH(QString, brief);
    const QString html = page(u"<h1>"_s + headline + u"</h1>"_s + brief, QString(), headline);
    const Article a = extract(html);
    QCOMPARE(a.body.size(), 4);
    QCOMPARE(a.headline, headline);
}

void TestHtmlOpenWeb::arabicBriefGetsItsBody()
{
    const QString html = u"<html dir=\"rtl\" lang=\"ar\"><head><title>\u200Fخطة الميناء</title></head><body>"
                         u"<nav><a href=\"/\">الرئيسية</a></nav><article><h1>الموافقة على خطة الميناء</h1>"
                         u"<p>\u200Fوافق المجلس البلدي يوم الثلاثاء على خطة الميناء الجديدة.</p>"
                         u"<p>ومن المتوقع أن تبدأ الأعمال في الربيع.</p>"
                         u"<p>هل ستنتهي خلال عامين؟</p></article></body></html>"_s;
    const Article a = extract(html);
    QCOMPARE(a.body.size(), 3);
}

void TestHtmlOpenWeb::rubyReadingsAreNotText()
{
    // Furigana printed above the kanji for young readers: the text is the base characters.
    const QString html =
        page(u"<h1>港湾計画を承認</h1><p><ruby>市議会<rp>(</rp><rt>しぎかい</rt><rp>)</rp></ruby>は"
             u"火曜日、<ruby>港湾<rt>こうわん</rt></ruby>計画を承認した。新しい岸壁の工事は春に始まる予定だ。"
             u"</p><p>完成まで約二年かかる見込み。市長は「大きな一歩だ」と述べた。</p>"_s);
    const Article a = extract(html);
    QVERIFY2(a.text().contains(u"市議会は火曜日、港湾計画を承認した。"_s), qPrintable(a.text()));
    QVERIFY(!a.text().contains(u"しぎかい"_s));
}

void TestHtmlOpenWeb::glossaryLinksInCjkProse()
{
    // Pages for learners link a word or two of each sentence to a dictionary: a quarter of the
    // characters, which is prose, not a link list (link characters are counted as characters, not as
    // UTF-8 bytes, three to a Chinese character).
    const QString p = u"<p>市议会周二批准了<a href=\"#d1\">港口</a>计划，新码头的<a href=\"#d2\">工程</a>预计"
                      u"在春季开工，大约需要两年时间才能完成。</p>"_s;
    const QString html =
        page(u"<h1>港口计划获批</h1>"_s + p +
                 u"<p>反对者<a href=\"#d4\">担心</a>噪音问题，但<a href=\"#d5\">议员</a>认为新码头"
                 u"将带来更多就业机会。</p>"_s +
                 u"<p>市长表示这是<a href=\"#d3\">重要</a>的一步，居民对此表示欢迎。</p>"_s,
             QString(), u"港口计划获批"_s);
    const Article a = extract(html);
    QVERIFY2(a.body.size() >= 2, qPrintable(a.text()));
    QVERIFY(a.text().contains(u"市长表示这是重要的一步"_s));
}

void TestHtmlOpenWeb::reportingByNoteIsTheBylineWithItsSpan()
{
    const QString html = page(u"<h1>Harbour plan approved</h1>"_s + Story +
                              u"<p>Reporting by Jane Roe; Editing by John Poe</p>"_s);
    const Article a = extract(html);
    QCOMPARE(a.bylines, QStringList{u"Jane Roe"_s});
    QCOMPARE(spanText(a, u"bylines/0"_s, html), u"Jane Roe"_s);
    QCOMPARE(a.provenance.value(u"bylines/0"_s).first().via, u"html:contributor-note"_s);
    // The editor is a contributor, highlighted where printed.
    QCOMPARE(a.contributors.size(), 1);
    QCOMPARE(spanText(a, u"contributors/0"_s, html), u"John Poe"_s);
}

// Korean stories are signed at their foot: "김철수 기자 kim@example.co.kr" (name, "reporter", address).
void TestHtmlOpenWeb::koreanSignOffIsTheBylineWithItsSpan()
{
    const QString html =
        page(u"<h1>항만 계획 승인</h1>"_s
             u"<p>시의회는 화요일 항만 계획을 승인했다. 새 부두 공사는 봄에 시작될 예정이다.</p>"
             u"<p>완공까지 약 2년이 걸릴 것으로 보인다. 시장은 큰 진전이라고 말했다.</p>"
             u"<p>일부 의원들은 비용에 대한 우려를 제기했다. 최종 예산은 다음 달 확정된다.</p>"
             u"<p>김철수 기자 chulsoo@example.co.kr</p>"_s,
             QString(), u"항만 계획 승인"_s);
    const Article a = extract(html);
    QCOMPARE(a.bylines, QStringList{u"김철수"_s});
    QCOMPARE(spanText(a, u"bylines/0"_s, html), u"김철수"_s);
}

QTEST_GUILESS_MAIN(TestHtmlOpenWeb)
#include "test_htmlopenweb.moc"
