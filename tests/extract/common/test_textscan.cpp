// SPDX-License-Identifier: GPL-3.0-or-later
// The inline string tests of the extractors' per-line loops: they must answer exactly as the library's
// general versions they replace.
#include "extract/common/textscan.h"

#include <QSet>
#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

class TestTextScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hasAt();
    void startsWithFolded_data();
    void startsWithFolded();
    void holds_data();
    void holds();
    void lowerCase();
    void holdsThreeSpaces();
    void holdsSurrogate();
};

void TestTextScan::hasAt()
{
    const QString text = u"Storm damage (Photo: Jane Roe)"_s;
    QVERIFY(textscan::hasAt(text, 14, u"Photo"));
    QVERIFY(!textscan::hasAt(text, 14, u"photo"));         // exact case
    QVERIFY(!textscan::hasAt(text, 26, u"Roe) and more")); // runs past the end
    QVERIFY(!textscan::hasAt(text, -1, u"S"));
}

void TestTextScan::startsWithFolded_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("prefix");
    for (const QString &text : {u"Related Stories"_s, u"RELATED"_s, u"À lire aussi"_s, u"Rel"_s, u"Ärger"_s,
                                u"Comments (12)"_s, u""_s})
        for (const QString &prefix : {u"related"_s, u"à lire aussi"_s, u"comment"_s, u"ärger"_s})
            QTest::addRow("%s / %s", qPrintable(text), qPrintable(prefix)) << text << prefix;
}

void TestTextScan::startsWithFolded()
{
    QFETCH(QString, text);
    QFETCH(QString, prefix);
    QCOMPARE(textscan::startsWithFolded(text, prefix), text.startsWith(prefix, Qt::CaseInsensitive));
}

void TestTextScan::holds_data()
{
    QTest::addColumn<QString>("haystack");
    QTest::addColumn<QString>("needle");
    QTest::newRow("inside") << u"Home > World > Harbour cranes stand idle"_s << u"Harbour cranes"_s;
    QTest::newRow("first char often, whole once") << u"HaHaHa Harbour"_s << u"Harbour"_s;
    QTest::newRow("at the very end") << u"News: Harbour"_s << u"Harbour"_s;
    QTest::newRow("cut at the end") << u"News: Harbo"_s << u"Harbour"_s;
    QTest::newRow("case differs") << u"harbour cranes"_s << u"Harbour"_s;
    QTest::newRow("empty needle") << u"abc"_s << QString();
    QTest::newRow("longer needle") << u"ab"_s << u"abc"_s;
}

void TestTextScan::holds()
{
    QFETCH(QString, haystack);
    QFETCH(QString, needle);
    QCOMPARE(textscan::holds(haystack, needle), haystack.contains(needle));
}

void TestTextScan::lowerCase()
{
    const QSet<QString> words{u"staff"_s, u"müller"_s, u"a"_s};
    QVERIFY(words.contains(textscan::LowerCase(u"STAFF")));
    QVERIFY(words.contains(textscan::LowerCase(u"Müller")));
    QVERIFY(words.contains(textscan::LowerCase(u"MÜLLER")));
    QVERIFY(!words.contains(textscan::LowerCase(u"Staff.")));
    QVERIFY(words.contains(textscan::LowerCase(u"Staff.,", true))); // trailing stops chopped
    QVERIFY(words.contains(textscan::LowerCase(u"A")));
    // Longer than the stack buffer: a copy of its own, the same answer.
    const QString longText = QString(60, u'X');
    QCOMPARE(textscan::LowerCase(longText).string(), longText.toLower());
    QCOMPARE(textscan::LowerCase(u"").string(), QString());
}

void TestTextScan::holdsThreeSpaces()
{
    // Every string of up to eight characters over space, letter and tab: the same answer as contains().
    const QString alphabet = u" a\t"_s;
    int gaps = 0;
    for (int length = 0; length <= 8; ++length) {
        int combinations = 1;
        for (int k = 0; k < length; ++k)
            combinations *= int(alphabet.size());
        for (int code = 0; code < combinations; ++code) {
            QString text;
            for (int k = 0, rest = code; k < length; ++k, rest /= int(alphabet.size()))
                text += alphabet[rest % alphabet.size()];
            const bool expected = text.contains(u"   ");
            QCOMPARE(textscan::holdsThreeSpaces(text), expected);
            gaps += expected;
        }
    }
    QVERIFY(gaps > 0);
}

void TestTextScan::holdsSurrogate()
{
    // Every position in strings of 0 to 11 units, and the units either side of the surrogate range:
    // the same answer as a unit-by-unit test.
    const char16_t near[] = {0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0x0000, 0xF800, 0x00D8};
    for (int length = 0; length <= 11; ++length) {
        for (int at = 0; at < length; ++at) {
            for (const char16_t unit : near) {
                QString text(length, u'a');
                text[at] = QChar(unit);
                const bool expected = QChar::isSurrogate(unit);
                QCOMPARE(textscan::holdsSurrogate(text), expected);
                QCOMPARE(textscan::holdsSurrogate(QStringView(text).sliced(at)), expected);
            }
        }
        QVERIFY(!textscan::holdsSurrogate(QString(length, QChar(0xE000))));
    }
}

QTEST_GUILESS_MAIN(TestTextScan)
#include "test_textscan.moc"
