// SPDX-License-Identifier: GPL-3.0-or-later
// The values all formats derive the same way: dateline place, counts, dates, ids, file names.
#include "export/csvexporter.h"
#include "export/exportfields.h"
#include "export/markdownexporter.h"
#include "exportfixtures.h"

#include <QTest>

using namespace galley;
using namespace galley::exportfields;

class TestExportFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void datelinePlace_data();
    void datelinePlace();
    void wordCount_data();
    void wordCount();
    void rfc3339OnlyForZonedDateTimes();
    void utcRoundTripsMilliseconds();
    void idsAreStableWithoutSourceId();
    void fileNamesAreAsciiAndDistinct();
    void photoCreditKeepsItsOwnLabel();
    void csvQuotesOnlyWhenNeeded();
    void markdownEscapesSyntaxNotText();
    void xmlSafeDropsForbiddenCodePoints();
};

void TestExportFields::datelinePlace_data()
{
    QTest::addColumn<QString>("dateline");
    QTest::addColumn<QString>("place");
    QTest::newRow("agency") << u"PARIS, March 5 (Reuters) -"_qs << u"PARIS"_qs;
    QTest::newRow("place only") << u"BRUSSELS"_qs << u"BRUSSELS"_qs;
    QTest::newRow("em dash") << u"KYIV — "_qs << u"KYIV"_qs;
    QTest::newRow("en dash no space") << u"Berlin–Mitte"_qs << u"Berlin"_qs;
    QTest::newRow("paren") << u"WASHINGTON (AP) —"_qs << u"WASHINGTON"_qs;
    QTest::newRow("two words") << u"NEW YORK, Jan. 2"_qs << u"NEW YORK"_qs;
    QTest::newRow("hyphenated name") << u"WINSTON-SALEM, N.C."_qs << u"WINSTON-SALEM"_qs;
    QTest::newRow("non-Latin") << u"東京"_qs << u"東京"_qs;
    QTest::newRow("empty") << QString() << QString();
}

void TestExportFields::datelinePlace()
{
    QFETCH(QString, dateline);
    QFETCH(QString, place);
    QCOMPARE(exportfields::datelinePlace(dateline), place);
}

void TestExportFields::wordCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("words");
    QTest::newRow("plain") << u"Unions met on Tuesday."_qs << 4;
    QTest::newRow("apostrophe and hyphen") << u"We won't back down, the well-known index"_qs << 7;
    QTest::newRow("punctuation only") << u" — & … "_qs << 0;
    QTest::newRow("numbers") << u"4.2 per cent"_qs << 4;
    QTest::newRow("cyrillic") << u"Цветущая сакура в парке"_qs << 4;
    QTest::newRow("japanese counts characters") << u"東京で桜"_qs << 4;
    QTest::newRow("accents") << u"Seán Opéra"_qs << 2;
}

void TestExportFields::wordCount()
{
    QFETCH(QString, text);
    QFETCH(int, words);
    QCOMPARE(exportfields::wordCount(text), words);
}

void TestExportFields::rfc3339OnlyForZonedDateTimes()
{
    QCOMPARE(rfc3339(u"2026-03-05T14:30:00+01:00"_qs), u"2026-03-05T14:30:00+01:00"_qs);
    QCOMPARE(rfc3339(u"2026-03-05T14:30:00Z"_qs), u"2026-03-05T14:30:00Z"_qs);
    QCOMPARE(rfc3339(u"2026-03-05T14:30Z"_qs), u"2026-03-05T14:30:00Z"_qs);
    QCOMPARE(rfc3339(u"2026-03-05"_qs), QString());          // a date alone is not an instant
    QCOMPARE(rfc3339(u"2026-03-05T14:30:00"_qs), QString()); // nor a local time without offset
    QCOMPARE(rfc3339(u"March 5, 2026"_qs), QString());
    QCOMPARE(rfc3339(u"2026-13-45T99:00:00Z"_qs), QString());
}

void TestExportFields::utcRoundTripsMilliseconds()
{
    const QDateTime t = testing::utc("2026-03-05T16:20:00.250Z");
    QCOMPARE(utcString(t), u"2026-03-05T16:20:00.250Z"_qs);
    QCOMPARE(parseUtc(utcString(t)), t);
    QCOMPARE(utcString(testing::utc("2026-03-05T16:20:00Z")), u"2026-03-05T16:20:00Z"_qs);
    QCOMPARE(utcString(QDateTime()), QString());
}

void TestExportFields::idsAreStableWithoutSourceId()
{
    ReviewRecord a = testing::sparseRecord();
    QCOMPARE(articleId(a), articleId(testing::sparseRecord()));
    QCOMPARE(articleId(a).size(), 64);
    a.source.index = 1;
    QVERIFY(articleId(a) != articleId(testing::sparseRecord()));
    QVERIFY(!articleId(testing::nonLatinRecord()).contains(u'#')); // '#' would end a URI
}

void TestExportFields::fileNamesAreAsciiAndDistinct()
{
    QCOMPARE(fileBaseName(testing::englishRecord()),
             u"bread-roses-strikers-say-no-to-3-offer-6f1c9a3b0d4e"_qs);
    ReviewRecord r = testing::englishRecord();
    r.corrected.headline = u"Ça coûte cher"_qs;
    QCOMPARE(fileBaseName(r), u"ca-coute-cher-6f1c9a3b0d4e"_qs);
    r.corrected.headline = u"东京"_qs;
    QCOMPARE(fileBaseName(r), u"6f1c9a3b0d4e"_qs);
}

void TestExportFields::photoCreditKeepsItsOwnLabel()
{
    QCOMPARE(photoCreditLine(u"Virginia Mayo/AP"_qs), u"Photo: Virginia Mayo/AP"_qs);
    QCOMPARE(photoCreditLine(u"Фото: Иван Петров"_qs), u"Фото: Иван Петров"_qs);
    QCOMPARE(photoCreditLine(u"Foto: dpa"_qs), u"Foto: dpa"_qs);
}

void TestExportFields::csvQuotesOnlyWhenNeeded()
{
    QCOMPARE(CsvExporter::field(u"plain text"_qs), u"plain text"_qs);
    QCOMPARE(CsvExporter::field(u"a, b"_qs), u"\"a, b\""_qs);
    QCOMPARE(CsvExporter::field(u"say \"no\""_qs), u"\"say \"\"no\"\"\""_qs);
    QCOMPARE(CsvExporter::field(u"two\nlines"_qs), u"\"two\nlines\""_qs);
    QCOMPARE(CsvExporter::field(u"cr\r"_qs), u"\"cr\r\""_qs);
    QCOMPARE(CsvExporter::row(testing::englishRecord()).size(), CsvExporter::header().size());
}

void TestExportFields::markdownEscapesSyntaxNotText()
{
    QCOMPARE(MarkdownExporter::escaped(u"*bold* and _under_ [link](x) <b>"_qs),
             u"\\*bold\\* and \\_under\\_ \\[link\\](x) \\<b\\>"_qs);
    QCOMPARE(MarkdownExporter::escaped(u"# title"_qs), u"\\# title"_qs);
    QCOMPARE(MarkdownExporter::escaped(u"- item"_qs), u"\\- item"_qs);
    QCOMPARE(MarkdownExporter::escaped(u"2026. A year"_qs), u"2026\\. A year"_qs);
    QCOMPARE(MarkdownExporter::escaped(u"Tom & Jerry &amp; co"_qs), u"Tom & Jerry \\&amp; co"_qs);
    QCOMPARE(MarkdownExporter::escaped(u"a well-known 3-2 win"_qs), u"a well-known 3-2 win"_qs);
    QCOMPARE(MarkdownExporter::escaped(u"line one\nline two"_qs), u"line one\\\nline two"_qs);
}

void TestExportFields::xmlSafeDropsForbiddenCodePoints()
{
    QCOMPARE(xmlSafe(u"a\u0001b\tc\nd"_qs), u"ab\tc\nd"_qs);
    QString lone = u"x"_qs;
    lone += QChar(0xD800);
    QCOMPARE(xmlSafe(lone), u"x"_qs);
    QCOMPARE(xmlSafe(u"😀"_qs), u"😀"_qs); // a valid surrogate pair stays
}

QTEST_GUILESS_MAIN(TestExportFields)
#include "test_exportfields.moc"
