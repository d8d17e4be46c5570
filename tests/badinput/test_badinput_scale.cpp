// SPDX-License-Identifier: GPL-3.0-or-later
// Pages built to make any quadratic step show: a million paragraphs, hundreds of thousands of
// figures, list items or table rows, a text page near the 64 MB limit. Each size must finish within a
// CPU-time bound that a linear pass meets with a wide margin (a quadratic one took minutes), in bounded
// memory. The memory bounds are today's figures plus a margin, not the ~200 MB aim: a libxml2 tree of
// a million elements costs several hundred MB (docs/security.md). Sizes between are run too, so a
// bound that only holds at one size shows.
#include "childrun.h"

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

private:
    QTemporaryDir m_dir;
};

void TestBadInputScale::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

namespace {

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

} // namespace

void TestBadInputScale::largePagesFinishInLinearTime_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<double>("cpuBound");
    QTest::addColumn<double>("megabyteBound");
    const int d = sizeDivisor();
    // One million <p> did not finish in 120 s (the body chooser looked along the page from each short
    // paragraph); 80,000 took 13.5 s.
    for (const int n : {80000, 300000, 1000000}) {
        QTest::addRow("%d short paragraphs", n / d)
            << page({}, "<p>x</p>", n / d, {}) << QStringLiteral("html") << 8.0 << 900.0;
    }
    // 200,000 figures took 31.6 s (each picture was compared with every one kept before it).
    for (const int n : {20000, 200000}) {
        QTest::addRow("%d figures", n / d)
            << page({}, "<figure><img src=\"/p/#.jpg\"><figcaption>Picture #</figcaption></figure>", n / d,
                    {})
            << QStringLiteral("html") << 12.0 << 1200.0;
    }
    // A million attributes on one tag did not finish (libxml2 compares each with all before it).
    for (const int n : {10000, 1000000}) {
        QTest::addRow("one tag with %d attributes", n / d)
            << page("<div", " a#=\"x\"", n / d, "><p>text</p></div>") << QStringLiteral("html") << 5.0
            << 400.0;
    }
    QTest::addRow("%d list items", 300000 / d)
        << page("<ul>", "<li>item</li>", 300000 / d, "</ul>") << QStringLiteral("html") << 8.0 << 700.0;
    QTest::addRow("%d table rows", 300000 / d)
        << page("<table>", "<tr><td>cell</td></tr>", 300000 / d, "</table>") << QStringLiteral("html") << 8.0
        << 700.0;
    // A plain-text page near the limit. 313 MB before the text reflow (main 1961291), 934 MB after it:
    // the bound holds today's figure; the ~200 MB aim is open (docs/security.md).
    const QByteArray line = "The quick brown fox jumps over the lazy dog, and then more words follow here.\n";
    QTest::addRow("text page of %d MB", 60 / d)
        << line.repeated((60 << 20) / d / line.size()) << QStringLiteral("txt") << 6.0 << 1200.0;
}

void TestBadInputScale::largePagesFinishInLinearTime()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, suffix);
    QFETCH(double, cpuBound);
    QFETCH(double, megabyteBound);
    const QString path = m_dir.filePath(QStringLiteral("page.") + suffix);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
    file.close();
    const ChildRun r = runGalley({QStringLiteral("extract"), path});
    QVERIFY2(!r.timedOut && r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out.count('\n'), 1);
    QVERIFY2(r.cpuSeconds < cpuBound * cpuScale(), qPrintable(r.describe()));
    QVERIFY2(r.peakMegabytes < megabyteBound * memoryScale(), qPrintable(r.describe()));
    qInfo("%s: %.1f MB page, %.2f s CPU, %.0f MB peak", QTest::currentDataTag(),
          double(content.size()) / (1 << 20), r.cpuSeconds, r.peakMegabytes);
}

QTEST_GUILESS_MAIN(TestBadInputScale)
#include "test_badinput_scale.moc"
