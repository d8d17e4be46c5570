// SPDX-License-Identifier: GPL-3.0-or-later
// Pages whose markup is broken badly: cut off inside a tag, an attribute value or a comment never
// closed (the rest of the page is swallowed). libxml2 repairs them silently; the user must hear of it, a
// warning naming the file, the line and the column, one per page with the count (exit 0; --strict
// makes it a failure). What libxml2 2.9 flags on every real page (HTML5 tags, '&' without ';', stray end
// tags, repeated attributes) is no warning.
#include "childrun.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace badinput;

class TestBadInputMarkup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void brokenMarkupIsReportedWithItsPlace_data();
    void brokenMarkupIsReportedWithItsPlace();
    void soundHtml5PagesGiveNoWarning();
    void manyBrokenPlacesGiveOneWarning();
    void strictMakesItAFailure();

private:
    QString writePage(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

namespace {

// A story of `paragraphs` lines, one paragraph per line, so line numbers are easy to tell.
QByteArray story(int paragraphs)
{
    QByteArray page = "<!DOCTYPE html>\n<html><head><title>A generated story</title></head>\n<body><main>\n"
                      "<article><h1>The harbour opens again</h1>\n";
    for (int i = 0; i < paragraphs; ++i)
        page += "<p>Paragraph " + QByteArray::number(i) +
                " tells how the harbour reopened after the storm, and what the workers said.</p>\n";
    return page;
}

} // namespace

void TestBadInputMarkup::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestBadInputMarkup::writePage(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return {};
    return path;
}

void TestBadInputMarkup::brokenMarkupIsReportedWithItsPlace_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    // story(8) ends on line 12; the broken markup opens line 13 after "<p>Last " (column 9).
    const QByteArray body = story(8) + "<p>Last ";
    QTest::newRow("cut off inside a tag") << body + "<a href=\"/next\" cla" << 13 << 9;
    QTest::newRow("cut off inside a tag name") << body + "<b" << 13 << 9;
    QTest::newRow("attribute value never closed")
        << body + "<a href=\"/next>words swallowed</a></p>\n<p>More.</p></article></main></body></html>\n"
        << 13 << 9;
    QTest::newRow("comment never closed")
        << body + "<!-- a note\n<p>The rest of the page.</p></article></main></body></html>\n"
        << 13 << 9;
    // Columns count characters, not bytes.
    QTest::newRow("column in characters")
        << story(8) + "<p>Schöne Grüße <a href=\"/x>swallowed</a></p></article></body></html>" << 13 << 17;
}

void TestBadInputMarkup::brokenMarkupIsReportedWithItsPlace()
{
    QFETCH(QByteArray, page);
    QFETCH(int, line);
    QFETCH(int, column);
    const QString path = writePage(QStringLiteral("broken.html"), page);
    QVERIFY(!path.isEmpty());
    const ChildRun r = runGalley({QStringLiteral("extract"), path});
    // A warning, not a failure: the page is still read.
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out.count('\n'), 1);
    QVERIFY2(r.out.contains("harbour reopened"), r.out.constData());
    const QString expected = QStringLiteral("galley: warning: %1: broken markup at line %2, column %3: ")
                                 .arg(path)
                                 .arg(line)
                                 .arg(column);
    QVERIFY2(r.err.startsWith(expected), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
}

// HTML5 elements, '&' in text and addresses, a stray end tag, a repeated attribute: what libxml2 2.9
// reports as errors on nearly every news page, and what browsers read without a second thought.
void TestBadInputMarkup::soundHtml5PagesGiveNoWarning()
{
    const QByteArray page = story(6) +
                            "<section><figure><img src=\"/a.jpg?w=1&h=2\" alt=\"x\" class=\"a\" class=\"b\">"
                            "<figcaption>Boats & nets</figcaption></figure></section>\n"
                            "<nav><a href=\"/?a=1&b=2\">Next</a></nav></p></span>\n"
                            "<footer><time datetime=\"2021-03-04\">4 March</time></footer></article></main>"
                            "</body></html>\n";
    const QString path = writePage(QStringLiteral("sound.html"), page);
    QVERIFY(!path.isEmpty());
    const ChildRun r = runGalley({QStringLiteral("extract"), QStringLiteral("--strict"), path});
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe()));
    QCOMPARE(r.out.count('\n'), 1);
}

void TestBadInputMarkup::manyBrokenPlacesGiveOneWarning()
{
    // An attribute value never closed runs to the end of the page, where its tag is never closed either:
    // two errors, one warning naming where the tag opens.
    const QByteArray page =
        story(3) +
        "<p>Then <a href=\"/x>link text</a> and more.</p>\n<p>The end.</p></article></body></html>\n";
    const QString path = writePage(QStringLiteral("many.html"), page);
    QVERIFY(!path.isEmpty());
    const ChildRun r = runGalley({QStringLiteral("extract"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.contains(QStringLiteral("broken markup at line 8, column 9")), qPrintable(r.err));
    // The count: more than one place, said once.
    const QRegularExpressionMatch count =
        QRegularExpression(QStringLiteral("\\((\\d+) errors in the page")).match(r.err);
    QVERIFY2(count.hasMatch() && count.captured(1).toInt() >= 2, qPrintable(r.err));
}

void TestBadInputMarkup::strictMakesItAFailure()
{
    const QString path = writePage(QStringLiteral("cut.html"), story(4) + "<p>Cut <a hr");
    QVERIFY(!path.isEmpty());
    const ChildRun strict = runGalley({QStringLiteral("extract"), QStringLiteral("--strict"), path});
    QVERIFY2(strict.exitCode == 1 && strict.err.contains(QStringLiteral("broken markup")),
             qPrintable(strict.describe()));
    // Import reports it too, naming the file.
    const QString project = m_dir.filePath(QStringLiteral("project"));
    QCOMPARE(runGalley({QStringLiteral("init"), project}).exitCode, 0);
    const ChildRun import = runGalley({QStringLiteral("import"), QStringLiteral("--project"), project, path});
    QVERIFY2(import.exitCode == 0 && import.err.contains(QStringLiteral("cut.html")) &&
                 import.err.contains(QStringLiteral("broken markup at line 9, column 8")),
             qPrintable(import.describe()));
}

QTEST_GUILESS_MAIN(TestBadInputMarkup)
#include "test_badinput_markup.moc"
