// SPDX-License-Identifier: GPL-3.0-or-later
// Dates in many formats and languages to ISO 8601; relative forms are refused.
#include "extract/common/dateparser.h"

#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

class TestDateParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void order();
    void findInText();
    void labelled();
    void relative();
};

void TestDateParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");
    QTest::newRow("iso date") << u"2019-11-19"_s << u"2019-11-19"_s;
    QTest::newRow("iso zulu") << u"2019-11-19T10:05:00Z"_s << u"2019-11-19T10:05:00Z"_s;
    QTest::newRow("iso offset kept, not shifted")
        << u"2019-11-19T23:30:00-05:00"_s << u"2019-11-19T23:30:00-05:00"_s;
    QTest::newRow("iso millis, compact offset")
        << u"2019-11-19T10:05:07.123+0100"_s << u"2019-11-19T10:05:07+01:00"_s;
    QTest::newRow("iso space no zone") << u"2019-11-19 10:05"_s << u"2019-11-19T10:05:00"_s;
    QTest::newRow("us long") << u"November 19, 2019"_s << u"2019-11-19"_s;
    QTest::newRow("us abbreviated") << u"Published Nov. 19, 2019 at 3:45 p.m."_s << u"2019-11-19"_s;
    QTest::newRow("weekday") << u"Tuesday, 19 November 2019"_s << u"2019-11-19"_s;
    QTest::newRow("ordinal") << u"19th November 2019"_s << u"2019-11-19"_s;
    QTest::newRow("german") << u"19. November 2019"_s << u"2019-11-19"_s;
    QTest::newRow("german umlaut") << u"3. März 2020, 14:00 Uhr"_s << u"2020-03-03"_s;
    QTest::newRow("german numeric") << u"Stand: 19.11.2019, 10:05 Uhr"_s << u"2019-11-19"_s;
    QTest::newRow("french") << u"le 1er décembre 2019"_s << u"2019-12-01"_s;
    QTest::newRow("spanish") << u"19 de noviembre de 2019"_s << u"2019-11-19"_s;
    QTest::newRow("italian") << u"19 novembre 2019"_s << u"2019-11-19"_s;
    QTest::newRow("portuguese") << u"22 de outubro de 2010"_s << u"2010-10-22"_s;
    QTest::newRow("polish") << u"5 maja 2022"_s << u"2022-05-05"_s;
    QTest::newRow("slash us") << u"11/19/2019"_s << u"2019-11-19"_s;
    QTest::newRow("slash day decides") << u"19/11/2019"_s << u"2019-11-19"_s;
    QTest::newRow("year first slash") << u"2019/11/19"_s << u"2019-11-19"_s;
    QTest::newRow("year first dots") << u"2019.11.19"_s << u"2019-11-19"_s;
    QTest::newRow("dashed day first") << u"05-04-2019"_s << u"2019-04-05"_s;
    QTest::newRow("two-digit year") << u"19.11.19"_s << u"2019-11-19"_s;
    QTest::newRow("rfc 2822") << u"Tue, 19 Nov 2019 10:05:00 GMT"_s << u"2019-11-19"_s;
    QTest::newRow("invalid day") << u"February 30, 2019"_s << QString();
    QTest::newRow("out of range year") << u"1776-07-04"_s << QString();
    QTest::newRow("placeholder stamp") << u"0001-01-01T00:00:00Z"_s << QString();
    QTest::newRow("no date") << u"The Northern Ledger"_s << QString();
    QTest::newRow("month and year only") << u"November 2019"_s << QString();
    // Figures that cannot make a date (the search skips the patterns) and ones that just can.
    QTest::newRow("counters only") << u"12 comments · 5 hours ago · 3 shares"_s << QString();
    QTest::newRow("year without day") << u"Class of 2019, 42 graduates"_s << QString();
    QTest::newRow("three short runs") << u"Updated 7.3.21 at noon"_s << u"2021-03-07"_s;
}

void TestDateParser::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    QCOMPARE(dates::parseDate(text), iso);
}

void TestDateParser::order()
{
    QCOMPARE(dates::parseDate(u"03/04/2019"_s), u"2019-03-04"_s);
    QCOMPARE(dates::parseDate(u"03/04/2019"_s, dates::Order::DayFirst), u"2019-04-03"_s);
    QCOMPARE(dates::parseDate(u"03.04.2019"_s), u"2019-04-03"_s);
    QCOMPARE(dates::parseDate(u"03.04.2019"_s, dates::Order::MonthFirst), u"2019-03-04"_s);
}

void TestDateParser::findInText()
{
    const QString text = u"Posted by admin on March 5, 2021 — updated 2021-03-06"_s;
    const dates::DateMatch m = dates::findDate(text);
    QCOMPARE(m.iso, u"2021-03-05"_s);
    QCOMPARE(text.mid(m.start, m.end - m.start), u"March 5, 2021"_s);
    // A post's two stamps glued together by the dump: the first is read, the year's four figures only.
    const QString glued = u"Veröffentlicht am 10. Februar 20199. Februar 2019 von Jana"_s;
    const dates::DateMatch first = dates::findDate(glued);
    QCOMPARE(first.iso, u"2019-02-10"_s);
    QCOMPARE(glued.mid(first.start, first.end - first.start), u"10. Februar 2019"_s);
    // A five-figure number is no year.
    QVERIFY(!dates::findDate(u"10. Februar 20199 Besucher"_s).isValid());
}

void TestDateParser::labelled()
{
    const QString text = u"Menu  Datum:   03.11.2021  Related 01.01.2020"_s;
    const dates::DateMatch m = dates::findLabelledDate(text);
    QCOMPARE(m.iso, u"2021-11-03"_s);
    QCOMPARE(text.mid(m.start, m.end - m.start), u"03.11.2021"_s);
    QVERIFY(!dates::findLabelledDate(u"The date of the vote is not known; 03.11.2021 was a Wednesday"_s)
                 .isValid());
}

void TestDateParser::relative()
{
    QVERIFY(dates::parseDate(u"3 hours ago"_s).isEmpty());
    QVERIFY(dates::isRelative(u"3 hours ago"_s));
    QVERIFY(dates::isRelative(u"vor 2 Tagen"_s));
    QVERIFY(dates::isRelative(u"Yesterday"_s));
    QVERIFY(!dates::isRelative(u"November 19, 2019"_s));
    QCOMPARE(dates::monthNumber(u"Sept."_s), 9);
    QVERIFY(dates::isWeekday(u"Dienstag,"_s));
}

QTEST_GUILESS_MAIN(TestDateParser)
#include "test_dateparser.moc"
