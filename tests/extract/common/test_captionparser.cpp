// SPDX-License-Identifier: GPL-3.0-or-later
// Splitting captions from their photo credits.
#include "extract/common/captionparser.h"

#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

class TestCaptionParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void offsets();
    void creditOnly();
};

void TestCaptionParser::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QString>("credit");
    QTest::newRow("ap style") << u"Shinzo Abe in Brussels. (AP Photo/Virginia Mayo)"_s
                              << u"Shinzo Abe in Brussels."_s << u"AP Photo/Virginia Mayo"_s;
    QTest::newRow("reuters slash")
        << u"Traders work on the floor in New York, U.S., November 18, 2019. REUTERS/Brendan McDermid"_s
        << u"Traders work on the floor in New York, U.S., November 18, 2019."_s
        << u"REUTERS/Brendan McDermid"_s;
    QTest::newRow("photo label") << u"A view of the harbour. Photo: Jane Doe"_s << u"A view of the harbour."_s
                                 << u"Jane Doe"_s;
    QTest::newRow("german foto") << u"Angela Merkel im Bundestag (Foto: dpa)"_s
                                 << u"Angela Merkel im Bundestag"_s << u"dpa"_s;
    QTest::newRow("image label") << u"Artist's impression of the plumes. Image: NASA/Goddard"_s
                                 << u"Artist's impression of the plumes."_s << u"NASA/Goddard"_s;
    QTest::newRow("getty after sentence") << u"WeWork chairman Marcelo Claure. Getty Images"_s
                                          << u"WeWork chairman Marcelo Claure."_s << u"Getty Images"_s;
    QTest::newRow("name, agency") << u"Indiana teachers rally at the Statehouse. Michael Conroy, AP"_s
                                  << u"Indiana teachers rally at the Statehouse."_s
                                  << u"Michael Conroy, AP"_s;
    QTest::newRow("pipe getty") << u"Kristi Noem at the White House. | Alex Wong | Getty Images"_s
                                << u"Kristi Noem at the White House."_s << u"Alex Wong | Getty Images"_s;
    QTest::newRow("photo by") << u"The new bridge at dusk. Photo by Jane Doe/Getty Images"_s
                              << u"The new bridge at dusk."_s << u"Jane Doe/Getty Images"_s;
    // A label joined to its credit by a "by" word of another language or a label link.
    QTest::newRow("foto por") << u"El puente al atardecer. Foto por Ana Ruiz"_s
                              << u"El puente al atardecer."_s << u"Ana Ruiz"_s;
    QTest::newRow("foto de") << u"El puente al atardecer. Foto de Ana Ruiz/EFE"_s
                             << u"El puente al atardecer."_s << u"Ana Ruiz/EFE"_s;
    QTest::newRow("copyright") << u"Jewels after Jewels, installation views © Inexhibit, 2018"_s
                               << u"Jewels after Jewels, installation views"_s << u"Inexhibit, 2018"_s;
    QTest::newRow("no credit") << u"The best new character in 2019."_s << u"The best new character in 2019."_s
                               << QString();
    QTest::newRow("slashed names after a sentence")
        << u"Artist's impression of the plumes. (Goddard Space Flight Center/David Ladd)"_s
        << u"Artist's impression of the plumes."_s << u"Goddard Space Flight Center/David Ladd"_s;
    QTest::newRow("agency credit before a labelled one")
        << u"A row of unsold cars at a dealership. (AP Photo/Jane Doe) Photo: Jane Doe / Associated Press"_s
        << u"A row of unsold cars at a dealership."_s << u"Jane Doe / Associated Press"_s;
    QTest::newRow("slashed words inside a sentence are no credit")
        << u"Prices rose (in dollars/euros) in October"_s << u"Prices rose (in dollars/euros) in October"_s
        << QString();
    QTest::newRow("parenthesis that is no credit")
        << u"Jane Doe (left) and John Roe."_s << u"Jane Doe (left) and John Roe."_s << QString();
    QTest::newRow("label opening the caption")
        << u"FILE PHOTO: Dock workers unload a ship in the harbour at dawn, June 3, 2021. REUTERS/Jane Roe"_s
        << u"FILE PHOTO: Dock workers unload a ship in the harbour at dawn, June 3, 2021."_s
        << u"REUTERS/Jane Roe"_s;
    QTest::newRow("label and a short credit")
        << u"Photo: J. Roe, Daily Ledger"_s << QString() << u"J. Roe, Daily Ledger"_s;
    QTest::newRow("initial glued to the sentence end")
        << u"The mayor speaks at city hall on May 5, 2021.J. Jane Roe / AP file"_s
        << u"The mayor speaks at city hall on May 5, 2021."_s << u"J. Jane Roe / AP file"_s;
    QTest::newRow("rights notice after the credit")
        << u"Crowds at the fair on Sunday. Photo: Jane Roe, AP / Copyright 2021 The Associated Press. All "
           u"rights reserved."_s
        << u"Crowds at the fair on Sunday."_s << u"Jane Roe, AP"_s;
    QTest::newRow("bars between the credit's parts")
        << u"Dock workers unload a ship at dawn.\nJane Roe | Bloomberg | Getty Images"_s
        << u"Dock workers unload a ship at dawn."_s << u"Jane Roe | Bloomberg | Getty Images"_s;
    QTest::newRow("a page label with bars is no credit")
        << u"Twelve gadgets we liked this week. APPS WE LIKE | SPONSORED"_s
        << u"Twelve gadgets we liked this week. APPS WE LIKE | SPONSORED"_s << QString();
    // The separators a bare credit may follow.
    QTest::newRow("dash glued to the full stop")
        << u"Cranes stand idle at the harbour.— Getty Images"_s << u"Cranes stand idle at the harbour."_s
        << u"Getty Images"_s;
    QTest::newRow("spaced dash") << u"Cranes stand idle at the harbour - Getty Images"_s
                                 << u"Cranes stand idle at the harbour"_s << u"Getty Images"_s;
    QTest::newRow("wide gap") << u"Cranes stand idle at the harbour   Getty Images"_s
                              << u"Cranes stand idle at the harbour"_s << u"Getty Images"_s;
    QTest::newRow("line break") << u"Cranes stand idle at the harbour\nGetty Images"_s
                                << u"Cranes stand idle at the harbour"_s << u"Getty Images"_s;
    QTest::newRow("after a closing quote")
        << u"The sign reads “Closed.” Getty Images"_s << u"The sign reads “Closed.”"_s << u"Getty Images"_s;
    QTest::newRow("a hyphen is no separator")
        << u"Cranes stand idle at the harbour-Getty Images"_s
        << u"Cranes stand idle at the harbour-Getty Images"_s << QString();
    QTest::newRow("one space is no separator")
        << u"Cranes stand idle at the harbour Getty Images"_s
        << u"Cranes stand idle at the harbour Getty Images"_s << QString();
    QTest::newRow("trailing name is no credit")
        << u"Members of the band Wild Rose"_s << u"Members of the band Wild Rose"_s << QString();
}

void TestCaptionParser::split()
{
    QFETCH(QString, text);
    QFETCH(QString, caption);
    QFETCH(QString, credit);
    const CaptionParts parts = splitCaption(Vocabulary(), text);
    QCOMPARE(parts.caption, caption);
    QCOMPARE(parts.credit, credit);
}

void TestCaptionParser::offsets()
{
    const QString text = u"  Power lines near Vilnius. (AP Photo/Mindaugas Kulbis) "_s;
    const CaptionParts parts = splitCaption(Vocabulary(), text);
    QCOMPARE(text.mid(parts.captionStart, parts.captionEnd - parts.captionStart),
             u"Power lines near Vilnius."_s);
    QCOMPARE(text.mid(parts.creditStart, parts.creditEnd - parts.creditStart),
             u"AP Photo/Mindaugas Kulbis"_s);
    QCOMPARE(parts.credit, u"AP Photo/Mindaugas Kulbis"_s); // as printed
}

void TestCaptionParser::creditOnly()
{
    const CaptionParts parts = splitCaption(Vocabulary(), u"Getty Images"_s);
    QVERIFY(parts.caption.isEmpty());
    QCOMPARE(parts.credit, u"Getty Images"_s);
    QVERIFY(looksLikePhotoCredit(Vocabulary(), u"Shutterstock"_s));
    QVERIFY(looksLikePhotoCredit(Vocabulary(), u"Photo: Jane Doe"_s));
    QVERIFY(looksLikePhotoCredit(Vocabulary(), u"(Foto: picture alliance)"_s));
    QVERIFY(!looksLikePhotoCredit(Vocabulary(), u"Power lines near Vilnius"_s));
    QCOMPARE(cleanPhotoCredit(u"Photo: Jane Doe"_s), u"Jane Doe"_s);
    QCOMPARE(cleanPhotoCredit(u"(AP Photo/Evan Vucci)"_s), u"AP Photo/Evan Vucci"_s);
    QCOMPARE(cleanPhotoCredit(u"(Image: © Jane Doe)"_s), u"Jane Doe"_s);
}

QTEST_GUILESS_MAIN(TestCaptionParser)
#include "test_captionparser.moc"
