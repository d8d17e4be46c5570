// SPDX-License-Identifier: GPL-3.0-or-later
// Pages built to make any quadratic step show: a million paragraphs, hundreds of thousands of
// figures, list items or table rows, a text page near the 64 MB limit. Each size must finish within a
// CPU-time bound that a linear pass meets with a wide margin (a quadratic one took minutes), in bounded
// memory: the tree keeps at most HtmlDocument::MaxTreeNodes nodes, so a million paragraphs take
// ~145 MB (551 MB before the bound). Sizes between are run too, so a bound that only holds at one size
// shows.
#include "childrun.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace badinput;

class TestBadInputScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void largePagesFinishInLinearTime_data();
    void largePagesFinishInLinearTime();
    void denseMarkupIsBoundedAndSaysSo_data();
    void denseMarkupIsBoundedAndSaysSo();
    void importWarnsOfWhatALimitLeftOut();

private:
    QTemporaryDir m_dir;
};

void TestBadInputScale::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

namespace {

bool writePage(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

// The page of `unit` repeated until it is `megabytes` long, between `open` and `close`.
QByteArray filledPage(const QByteArray &open, const QByteArray &unit, int megabytes, const QByteArray &close)
{
    const QByteArray head = "<!DOCTYPE html><html><head><title>Generated</title></head><body>" + open;
    const QByteArray tail = close + "</body></html>";
    const qsizetype room = (qsizetype(megabytes) << 20) - head.size() - tail.size();
    return head + unit.repeated(room / unit.size()) + tail;
}

QByteArray page(const QByteArray &open, const QByteArray &unit, int count, const QByteArray &close)
{
    QByteArray body = "<!DOCTYPE html><html><head><title>Generated</title></head><body>" + open;
    body.reserve(body.size() + qsizetype(unit.size() + 8) * count + close.size() + 16);
    for (int i = 0; i < count; ++i) {
        QByteArray u = unit;
        u.replace("#", QByteArray::number(i));
        body += u;
    }
    return body + close + "</body></html>";
}

// A row holds how to make its page, not the page: every row's page generated up front took ~430 MB in
// this process, and a forked child's peak (wait4) starts from its parent's size at the fork.
using PageMaker = std::function<QByteArray()>;

PageMaker filled(const QByteArray &open, const QByteArray &unit, int megabytes, const QByteArray &close)
{
    return [=] { return filledPage(open, unit, megabytes, close); };
}

PageMaker counted(const QByteArray &open, const QByteArray &unit, int count, const QByteArray &close)
{
    return [=] { return page(open, unit, count, close); };
}

// Writes the row's page to `path` and returns its size; the page is freed before galley is run.
qsizetype writeRowPage(const QString &path, const PageMaker &make)
{
    const QByteArray content = make();
    return writePage(path, content) ? content.size() : -1;
}

} // namespace

Q_DECLARE_METATYPE(PageMaker)

void TestBadInputScale::largePagesFinishInLinearTime_data()
{
    QTest::addColumn<PageMaker>("makePage");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<double>("cpuBound");
    QTest::addColumn<double>("megabyteBound");
    const int d = sizeDivisor();
    // One million <p> did not finish in 120 s (the body chooser looked along the page from each short
    // paragraph); 80,000 took 13.5 s.
    for (const int n : {80000, 300000, 1000000}) {
        QTest::addRow("%d short paragraphs", n / d)
            << counted({}, "<p>x</p>", n / d, {}) << QStringLiteral("html") << 8.0 << 200.0;
    }
    // 200,000 figures took 31.6 s (each picture was compared with every one kept before it).
    for (const int n : {20000, 200000}) {
        QTest::addRow("%d figures", n / d)
            << counted({}, "<figure><img src=\"/p/#.jpg\"><figcaption>Picture #</figcaption></figure>", n / d,
                       {})
            << QStringLiteral("html") << 12.0 << 200.0;
    }
    // A million attributes on one tag did not finish (libxml2 compares each with all before it).
    for (const int n : {10000, 1000000}) {
        QTest::addRow("one tag with %d attributes", n / d)
            << counted("<div", " a#=\"x\"", n / d, "><p>text</p></div>") << QStringLiteral("html") << 5.0
            << 200.0;
    }
    QTest::addRow("%d list items", 300000 / d)
        << counted("<ul>", "<li>item</li>", 300000 / d, "</ul>") << QStringLiteral("html") << 8.0 << 200.0;
    QTest::addRow("%d table rows", 300000 / d)
        << counted("<table>", "<tr><td>cell</td></tr>", 300000 / d, "</table>") << QStringLiteral("html")
        << 8.0 << 200.0;
    // A plain-text page near the limit. 313 MB before the text reflow (main 1961291), 934 MB after it,
    // 481 MB in session 9, 368 MB measured now (issue 18, session 10: the bytes let go once decoded,
    // the longest paragraph keeps the reflowed text instead of a copy, the page freed before the JSON).
    const QByteArray line = "The quick brown fox jumps over the lazy dog, and then more words follow here.\n";
    QTest::addRow("text page of %d MB", 60 / d)
        << PageMaker([line, d] { return line.repeated((60 << 20) / d / line.size()); })
        << QStringLiteral("txt") << 6.0 << 440.0;
}

// Pages of tiny elements up to the 64 MB limit. libxml2's tree costs several hundred bytes per node:
// 64 MB of <span>a</span> took 8.7 s CPU and 1.9 GB, of <div>a</div> 16.7 s and 3.4 GB; 400,000
// pictures with printed-credit lines did not finish in 6 minutes (each line searched all pictures);
// 11 million nested <div>s gave an empty article (libxml2 stops the parse 256 levels deep). The tree
// keeps HtmlDocument::MaxTreeNodes nodes and MaxTreeDepth levels, the article MaxImagesPerArticle
// pictures; the rest is read as text or left out, with a warning naming the limit. The memory bound is
// the real check, on galley's own peak (rows make their pages one at a time, and the test checks this
// process was small when it forked): the page's bytes and its UTF-16 text alone take ~200 MB; measured
// 226 MB (comments) to 310 MB (nested <div>), 469 MB for the one paragraph (issue 18, session 10,
// docs/security.md).
void TestBadInputScale::denseMarkupIsBoundedAndSaysSo_data()
{
    QTest::addColumn<PageMaker>("makePage");
    QTest::addColumn<QString>("warning");
    QTest::addColumn<QByteArray>("lastText");
    QTest::addColumn<double>("megabyteBound");
    const int mb = 63 / sizeDivisor();
    const QString budget = QStringLiteral("more than 100000 elements");
    QTest::addRow("%d MB of <span>a</span>", mb)
        << filled("<p>", "<span>a</span>", mb, "<span>end.</span></p>") << budget << QByteArray("aend.")
        << 360.0;
    QTest::addRow("%d MB of <div>a</div>", mb)
        << filled({}, "<div>a</div>", mb, "<div>end.</div>") << budget << QByteArray("aend.") << 360.0;
    QTest::addRow("%d MB of empty <b></b>", mb)
        << filled({}, "<b></b>", mb, {}) << budget << QByteArray() << 360.0;
    QTest::addRow("%d MB of comments", mb)
        << filled({}, "<!---->", mb, {}) << QString() << QByteArray() << 360.0;
    QTest::addRow("%d MB of nested <div>", mb)
        << filled({}, "<div>a", mb, "end.") << QStringLiteral("nested more than 200 levels deep")
        << QByteArray("aend.") << 360.0;
    const QByteArray figure = "<figure><img src=\"/p/#.jpg\"><figcaption>Picture #</figcaption></figure>"
                              "<p>Photo: Agency #/AP</p>";
    QTest::addRow("%d pictures with credit lines", 400000 / sizeDivisor())
        << counted({}, figure, 400000 / sizeDivisor(), "<p>The end.</p>")
        << QStringLiteral("more than 1000 pictures") << QByteArray("The end.") << 290.0;
    // One paragraph of 63 MB: libxml2 stopped the parse at its 10,000,000-byte text node limit, so all
    // but the first 10 MB were lost without a word. All of it is read now; the article's text, its
    // paragraph and the JSON line hold the 63 MB three times over, hence the higher bound (516 MB in
    // session 9, 469 MB now: the body's date search, the short-text finders and the paragraph itself no
    // longer copy the whole text).
    const QByteArray sentence = "The quick brown fox jumps over the lazy dog, and then more words follow. ";
    QTest::addRow("one paragraph of %d MB", mb) << filled("<p>", sentence, mb, "The end.</p>") << QString()
                                                << QByteArray("follow. The end.") << 540.0;
}

void TestBadInputScale::denseMarkupIsBoundedAndSaysSo()
{
    QFETCH(PageMaker, makePage);
    QFETCH(QString, warning);
    QFETCH(QByteArray, lastText);
    QFETCH(double, megabyteBound);
    const QString path = m_dir.filePath(QStringLiteral("dense.html"));
    const qsizetype pageSize = writeRowPage(path, makePage);
    QVERIFY(pageSize > 0);
    const ChildRun r = runGalley({QStringLiteral("extract"), path});
    QVERIFY2(r.forkedFromMegabytes < forkedFromBound(), qPrintable(r.describe()));
    // A warning, not a failure: the page is read (exit 0), the user is told what was left out and why.
    QVERIFY2(!r.timedOut && r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out.count('\n'), 1);
    if (warning.isEmpty()) {
        QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    } else {
        QVERIFY2(r.err.contains(QStringLiteral("galley: warning: ") + path) && r.err.contains(warning) &&
                     r.err.contains(QStringLiteral("docs/security.md")),
                 qPrintable(r.describe()));
    }
    // The text after the bound is still read (the page's last words are in the article).
    if (!lastText.isEmpty())
        QVERIFY2(r.out.contains(lastText), r.out.right(300).constData());
    // Generous in time (a loaded machine, a sanitizer build); memory is the real check. Measured
    // (dev build): 3.1 s and 310 MB at most (nested <div>), 469 MB for the one paragraph.
    QVERIFY2(r.cpuSeconds < 10.0 * cpuScale(), qPrintable(r.describe()));
    QVERIFY2(r.peakMegabytes < megabyteBound * memoryScale(), qPrintable(r.describe()));
    qInfo("%s: %.1f MB page, %.2f s CPU, %.0f MB peak", QTest::currentDataTag(), double(pageSize) / (1 << 20),
          r.cpuSeconds, r.peakMegabytes);
}

// `galley import` says what a limit left out too: a warning (exit 0; --strict makes it a failure), the
// page still imported with the first MaxImagesPerArticle pictures.
void TestBadInputScale::importWarnsOfWhatALimitLeftOut()
{
    const QString project = m_dir.filePath(QStringLiteral("project"));
    QCOMPARE(runGalley({QStringLiteral("init"), project}).exitCode, 0);
    const QString path = m_dir.filePath(QStringLiteral("pictures.html"));
    QVERIFY(
        writePage(path, page({}, "<figure><img src=\"/p/#.jpg\"><figcaption>Picture #</figcaption></figure>",
                             1200, {})));
    const ChildRun strict = runGalley(
        {QStringLiteral("import"), QStringLiteral("--strict"), QStringLiteral("--project"), project, path});
    QCOMPARE(strict.exitCode, 1);
    const ChildRun r = runGalley({QStringLiteral("import"), QStringLiteral("--project"), project, path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(strict.err.contains(
                 QStringLiteral("page shows more than 1000 pictures: the last 200 were left out")) &&
                 strict.err.contains(QStringLiteral("pictures.html")),
             qPrintable(strict.describe()));
    const QDir records(project + QStringLiteral("/records"));
    const QStringList files = records.entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(files.size(), 1);
    QFile record(records.filePath(files.first()));
    QVERIFY(record.open(QIODevice::ReadOnly));
    const QByteArray json = record.readAll();
    QVERIFY(json.contains("/p/999.jpg"));
    QVERIFY(!json.contains("/p/1000.jpg"));
}

void TestBadInputScale::largePagesFinishInLinearTime()
{
    QFETCH(PageMaker, makePage);
    QFETCH(QString, suffix);
    QFETCH(double, cpuBound);
    QFETCH(double, megabyteBound);
    const QString path = m_dir.filePath(QStringLiteral("page.") + suffix);
    const qsizetype pageSize = writeRowPage(path, makePage);
    QVERIFY(pageSize > 0);
    const ChildRun r = runGalley({QStringLiteral("extract"), path});
    QVERIFY2(r.forkedFromMegabytes < forkedFromBound(), qPrintable(r.describe()));
    QVERIFY2(!r.timedOut && r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out.count('\n'), 1);
    QVERIFY2(r.cpuSeconds < cpuBound * cpuScale(), qPrintable(r.describe()));
    QVERIFY2(r.peakMegabytes < megabyteBound * memoryScale(), qPrintable(r.describe()));
    qInfo("%s: %.1f MB page, %.2f s CPU, %.0f MB peak", QTest::currentDataTag(), double(pageSize) / (1 << 20),
          r.cpuSeconds, r.peakMegabytes);
}

QTEST_GUILESS_MAIN(TestBadInputScale)
#include "test_badinput_scale.moc"
