// SPDX-License-Identifier: GPL-3.0-or-later
// Twin pages (#16): captures of one page, recognised by their normalised URL or their article text, grouped
// from the page summaries; different pages and pages without a body are never grouped.
#include "project/pagetwins.h"
#include "project/recordfile.h"
#include "project/recordsummary.h"
#include "record/reviewrecordjson.h"

#include <QJsonObject>
#include <QTest>

using namespace galley;

namespace {

// A generated record: `n` makes the id unique, the rest is what the test is about.
ReviewRecord page(int n, const QString &url, const QString &headline, const QStringList &paragraphs)
{
    ReviewRecord r;
    r.source.id = QStringLiteral("%1").arg(n, 64, 16, QLatin1Char('0'));
    r.source.url = url;
    r.extracted.headline = headline;
    for (const QString &text : paragraphs)
        r.extracted.body.append(BodyBlock{BlockKind::Paragraph, text});
    r.corrected = r.extracted;
    r.created = r.modified = QDateTime(QDate(2026, 3, 1), QTime(9, n % 60), Qt::UTC);
    return r;
}

RecordSummary summaryOf(const ReviewRecord &record)
{
    return summarize(record, kRecordFormatVersion);
}

} // namespace

class TestPageTwins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalisesUrls_data();
    void normalisesUrls();
    void textKeyFoldsCaseAndWhitespace();
    void groupsTheSameUrl();
    void groupsTheSameTextUnderAnotherUrl();
    void keepsDifferentPagesApart();
    void neverGroupsEmptyBodies();
    void twinshipIsTransitive();
    void theFileSummaryHasTheSameTextKey();
};

void TestPageTwins::normalisesUrls_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("case of scheme and host") << "HTTPS://News.Example.ORG/a/b"
                                             << "https://news.example.org/a/b" << true;
    QTest::newRow("fragment") << "https://x.example/story#comments"
                              << "https://x.example/story" << true;
    QTest::newRow("trailing slash") << "https://x.example/story/"
                                    << "https://x.example/story" << true;
    QTest::newRow("root") << "https://x.example/"
                          << "https://x.example" << true;
    QTest::newRow("path case matters") << "https://x.example/Story"
                                       << "https://x.example/story" << false;
    QTest::newRow("query matters") << "https://x.example/s?id=1"
                                   << "https://x.example/s?id=2" << false;
    QTest::newRow("other host") << "https://x.example/s"
                                << "https://y.example/s" << false;
}

void TestPageTwins::normalisesUrls()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(normalisedPageUrl(a) == normalisedPageUrl(b), same);
    QVERIFY(!normalisedPageUrl(a).isEmpty());
    QVERIFY(normalisedPageUrl(QStringLiteral("  ")).isEmpty());
}

void TestPageTwins::textKeyFoldsCaseAndWhitespace()
{
    const QByteArray key =
        articleTextKey(QStringLiteral("Bridge Reopens"),
                       {QStringLiteral("The bridge opened  today."), QStringLiteral("Cars")});
    QVERIFY(!key.isEmpty());
    QCOMPARE(articleTextKey(QStringLiteral(" bridge   reopens\n"),
                            {QStringLiteral("THE BRIDGE OPENED\ttoday. "), QStringLiteral("\ncars")}),
             key);
    QVERIFY(articleTextKey(QStringLiteral("Bridge Reopens"), {QStringLiteral("The bridge opened today.")}) !=
            key);
    QVERIFY(articleTextKey(QStringLiteral("Bridge Reopens"), {}).isEmpty());
    QVERIFY(articleTextKey(QStringLiteral("Bridge Reopens"), {QStringLiteral("  "), QString()}).isEmpty());
}

void TestPageTwins::groupsTheSameUrl()
{
    // Two captures of one page, the second after the site changed its text, and an unrelated page.
    const QList<RecordSummary> pages{
        summaryOf(page(1, QStringLiteral("https://www.example.org/news/harbour/"), QStringLiteral("Harbour"),
                       {QStringLiteral("First version.")})),
        summaryOf(page(2, QStringLiteral("https://x.example/other"), QStringLiteral("Other"),
                       {QStringLiteral("Something else.")})),
        summaryOf(page(3, QStringLiteral("HTTPS://WWW.EXAMPLE.ORG/news/harbour#top"),
                       QStringLiteral("Harbour"), {QStringLiteral("Updated version.")}))};
    const PageTwins twins = PageTwins::find(pages);
    QCOMPARE(twins.groups(), QList<QStringList>({{pages[0].id, pages[2].id}}));
    QCOMPARE(twins.twinsOf(pages[0].id), QStringList{pages[2].id});
    QCOMPARE(twins.twinsOf(pages[2].id), QStringList{pages[0].id});
    QVERIFY(twins.hasTwins(pages[0].id));
    QVERIFY(!twins.hasTwins(pages[1].id));
    QVERIFY(twins.twinsOf(pages[1].id).isEmpty());
}

void TestPageTwins::groupsTheSameTextUnderAnotherUrl()
{
    // One wire story syndicated on two sites; the second copy differs only in spacing and case.
    const QList<RecordSummary> pages{
        summaryOf(
            page(1, QStringLiteral("https://a.example/story-1"), QStringLiteral("Storm Closes Roads"),
                 {QStringLiteral("Heavy rain closed roads."), QStringLiteral("Crews worked overnight.")})),
        summaryOf(
            page(2, QStringLiteral("https://b.example/2026/storm"), QStringLiteral("storm closes roads"),
                 {QStringLiteral("Heavy rain  closed roads.\n"), QStringLiteral("Crews worked OVERNIGHT.")})),
        summaryOf(page(3, QString(), QStringLiteral("Storm Closes Roads"),
                       {QStringLiteral("Heavy rain closed two roads.")}))};
    const PageTwins twins = PageTwins::find(pages);
    QCOMPARE(twins.groups(), QList<QStringList>({{pages[0].id, pages[1].id}}));
    QVERIFY(!twins.hasTwins(pages[2].id)); // same headline, other text: another article
}

void TestPageTwins::keepsDifferentPagesApart()
{
    QList<RecordSummary> pages;
    for (int n = 0; n < 20; ++n)
        pages.append(
            summaryOf(page(n, QStringLiteral("https://x.example/story/%1").arg(n),
                           QStringLiteral("Story %1").arg(n), {QStringLiteral("Text of %1.").arg(n)})));
    // Pages without a URL are not twins of each other for that alone.
    pages.append(summaryOf(page(30, QString(), QStringLiteral("A"), {QStringLiteral("One.")})));
    pages.append(summaryOf(page(31, QString(), QStringLiteral("B"), {QStringLiteral("Two.")})));
    const PageTwins twins = PageTwins::find(pages);
    QVERIFY(twins.groups().isEmpty());
    for (const RecordSummary &s : std::as_const(pages))
        QVERIFY(!twins.hasTwins(s.id));
}

void TestPageTwins::neverGroupsEmptyBodies()
{
    // Failed extractions (same headline, no body) under different URLs are not one article.
    const QList<RecordSummary> pages{
        summaryOf(page(1, QStringLiteral("https://x.example/a"), QStringLiteral("Site name"), {})),
        summaryOf(page(2, QStringLiteral("https://x.example/b"), QStringLiteral("Site name"), {})),
        summaryOf(page(3, QString(), QString(), {QStringLiteral("   ")})),
        summaryOf(page(4, QString(), QString(), {}))};
    QVERIFY(pages[0].textKey.isEmpty());
    QVERIFY(pages[2].textKey.isEmpty());
    QVERIFY(PageTwins::find(pages).groups().isEmpty());
}

void TestPageTwins::twinshipIsTransitive()
{
    // 1 and 2 share the URL, 2 and 3 the text: one page captured three times.
    const QList<RecordSummary> pages{summaryOf(page(1, QStringLiteral("https://x.example/s"),
                                                    QStringLiteral("H"), {QStringLiteral("Old.")})),
                                     summaryOf(page(2, QStringLiteral("https://x.example/s/"),
                                                    QStringLiteral("H"), {QStringLiteral("New.")})),
                                     summaryOf(page(3, QStringLiteral("https://y.example/s"),
                                                    QStringLiteral("H"), {QStringLiteral("New.")})),
                                     summaryOf(page(4, QStringLiteral("https://z.example/s"),
                                                    QStringLiteral("H"), {QStringLiteral("Else.")}))};
    const PageTwins twins = PageTwins::find(pages);
    QCOMPARE(twins.groups(), QList<QStringList>({{pages[0].id, pages[1].id, pages[2].id}}));
    QCOMPARE(twins.twinsOf(pages[2].id), QStringList({pages[0].id, pages[1].id}));
}

void TestPageTwins::theFileSummaryHasTheSameTextKey()
{
    // The page list reads summaries from the record files; the key must not depend on the path taken.
    ReviewRecord record = page(7, QStringLiteral("https://x.example/s"), QStringLiteral("Headline"),
                               {QStringLiteral("Body one."), QStringLiteral("Body two.")});
    record.corrected.body.append(BodyBlock{BlockKind::Quote, QStringLiteral("An editor's addition.")});
    QJsonObject file = reviewRecordToJson(record);
    file.insert(QStringLiteral("formatVersion"), kRecordFormatVersion);
    RecordSummary fromFile;
    ProjectError problem;
    QVERIFY2(summarizeRecordObject(file, QStringLiteral("r.json"), &fromFile, &problem),
             qPrintable(problem.toString()));
    QVERIFY(!fromFile.textKey.isEmpty());
    QCOMPARE(fromFile.textKey, summaryOf(record).textKey);
    // The corrected text counts, not the extracted one.
    QVERIFY(fromFile.textKey != articleTextKey(record.extracted.headline,
                                               {QStringLiteral("Body one."), QStringLiteral("Body two.")}));
}

QTEST_GUILESS_MAIN(TestPageTwins)
#include "test_pagetwins.moc"
