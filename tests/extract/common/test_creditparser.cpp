// SPDX-License-Identifier: GPL-3.0-or-later
// Agencies, credit lines, syndication notes and datelines.
#include "extract/common/agencies.h"
#include "extract/common/bylineparser.h"
#include "extract/common/creditparser.h"
#include "extract/common/dateline.h"

#include <QTest>
#include <thread>

using namespace galley;
using namespace Qt::StringLiterals;

class TestCreditParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalAgencies_data();
    void canonicalAgencies();
    void findAgency();
    void credits_data();
    void credits();
    void datelines_data();
    void datelines();
    void datelineOffsets();
    void vocabulariesSideBySide();
};

void TestCreditParser::canonicalAgencies_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("AP") << u"AP"_s << u"The Associated Press"_s;
    QTest::newRow("Associated Press") << u"Associated Press"_s << u"The Associated Press"_s;
    QTest::newRow("capitals") << u"THE ASSOCIATED PRESS"_s << u"The Associated Press"_s;
    QTest::newRow("afp photo") << u"AFP Photo"_s << u"Agence France-Presse"_s;
    QTest::newRow("thomson") << u"Thomson Reuters"_s << u"Reuters"_s;
    QTest::newRow("dpa") << u"dpa"_s << u"Deutsche Presse-Agentur"_s;
    QTest::newRow("short alias in other case") << u"ap"_s << QString();
    QTest::newRow("pa as in Pennsylvania") << u"Pa."_s << QString();
    QTest::newRow("prose") << u"Associated Press reporters said"_s << QString();
}

void TestCreditParser::canonicalAgencies()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QCOMPARE(Vocabulary().canonicalAgency(text), canonical);
}

void TestCreditParser::findAgency()
{
    const QString text = u"Copyright 2019 The Associated Press. All rights reserved."_s;
    const AgencyMatch m = Vocabulary().findAgency(text);
    QCOMPARE(m.name, u"The Associated Press"_s);
    QCOMPARE(text.mid(m.start, m.end - m.start), u"The Associated Press"_s);
    QVERIFY(!Vocabulary().findAgency(u"a tap on the shoulder"_s).isValid());
    // Anchored at the start: the alias that opens the line, as find() would report it there.
    const QString line = u"Reuters, Brussels, 5 June 2014"_s;
    const AgencyMatch opening = Vocabulary().findAgencyAtStart(line);
    QCOMPARE(opening.name, Vocabulary().findAgency(line).name);
    QCOMPARE(opening.end, Vocabulary().findAgency(line).end);
    QCOMPARE(opening.start, 0);
    QVERIFY(
        !Vocabulary().findAgencyAtStart(text).isValid()); // an alias later in the line is not at the start
    QVERIFY(!Vocabulary().findAgencyAtStart(u"Reutersville news"_s).isValid()); // nor a word it begins
    QVERIFY(Vocabulary().isPictureSource(u"Getty Images"_s));
    QVERIFY(!Vocabulary().isPictureSource(u"Jane Doe"_s));
}

void TestCreditParser::credits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("credit");
    QTest::addColumn<int>("kind");
    QTest::newRow("dash signature") << u"— The Associated Press"_s << u"The Associated Press"_s
                                    << int(CreditKind::Signature);
    QTest::newRow("agency alone") << u"Reuters"_s << u"Reuters"_s << int(CreditKind::Signature);
    // The signature's "by" word in any language of bylines.json's byWords.
    QTest::newRow("spanish by signature")
        << u"Por Agencia EFE"_s << u"Agencia EFE"_s << int(CreditKind::Signature);
    QTest::newRow("copyright")
        << u"Copyright 2024 The Associated Press. All rights reserved. This material may not be published."_s
        << u"The Associated Press"_s << int(CreditKind::Copyright);
    QTest::newRow("copyright sign") << u"© AFP 2019"_s << u"Agence France-Presse"_s
                                    << int(CreditKind::Copyright);
    QTest::newRow("site's own copyright")
        << u"© 2024 The Northern Ledger. All rights reserved."_s << QString() << int(CreditKind::None);
    QTest::newRow("first appeared")
        << u"This article originally appeared on Futurism. Read the original article."_s << u"Futurism"_s
        << int(CreditKind::Syndication);
    QTest::newRow("first appeared in") << u"This story first appeared in The Water Coolest, a newsletter."_s
                                       << u"The Water Coolest"_s << int(CreditKind::Syndication);
    QTest::newRow("website") << u"This article was originally published on Business Insider's website."_s
                             << u"Business Insider"_s << int(CreditKind::Syndication);
    QTest::newRow("permission") << u"Republished with permission from The Conversation."_s
                                << u"The Conversation"_s << int(CreditKind::Syndication);
    QTest::newRow("prose") << u"The minister said she first appeared in public on Monday."_s << QString()
                           << int(CreditKind::None);
}

void TestCreditParser::credits()
{
    QFETCH(QString, text);
    QFETCH(QString, credit);
    QFETCH(int, kind);
    const CreditMatch m = findCredit(Vocabulary(), text);
    QCOMPARE(m.credit, credit);
    QCOMPARE(int(m.kind), kind);
    // The span is the printed name: an alias of a known agency, else the credit itself.
    if (m.isValid()) {
        const QString printed = text.mid(m.start, m.end - m.start);
        QCOMPARE(m.known ? Vocabulary().canonicalAgency(printed) : printed, credit);
    }
}

void TestCreditParser::datelines_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("credit");
    QTest::newRow("dash") << u"BRUSSELS — European Union leaders agreed."_s << u"BRUSSELS"_s << QString();
    QTest::newRow("reuters") << u"BRUSSELS (Reuters) - European Union leaders agreed."_s << u"BRUSSELS"_s
                             << u"Reuters"_s;
    QTest::newRow("date and ap") << u"WASHINGTON, June 5 (AP) — The Senate voted."_s << u"WASHINGTON"_s
                                 << u"The Associated Press"_s;
    QTest::newRow("two words") << u"NEW YORK (AP) — Stocks fell."_s << u"NEW YORK"_s
                               << u"The Associated Press"_s;
    QTest::newRow("region") << u"SAN FRANCISCO, Calif. — A startup said."_s << u"SAN FRANCISCO, Calif."_s
                            << QString();
    QTest::newRow("german") << u"Berlin (dpa) - Die Bundesregierung will."_s << u"Berlin"_s
                            << u"Deutsche Presse-Agentur"_s;
    QTest::newRow("other outlet") << u"LOS ANGELES (CNN) -- A judge ruled."_s << u"LOS ANGELES"_s << u"CNN"_s;
    QTest::newRow("colon") << u"NEW DELHI: The government said."_s << u"NEW DELHI"_s << QString();
    QTest::newRow("prose dash") << u"Trump — who spoke on Monday — said."_s << QString() << QString();
    QTest::newRow("label") << u"BREAKING: Markets fall."_s << QString() << QString();
    QTest::newRow("plain sentence") << u"European leaders agreed on Thursday."_s << QString() << QString();
}

void TestCreditParser::datelines()
{
    QFETCH(QString, paragraph);
    QFETCH(QString, place);
    QFETCH(QString, credit);
    const Dateline d = parseDateline(Vocabulary(), paragraph);
    QCOMPARE(d.place, place);
    QCOMPARE(d.credit, credit);
}

void TestCreditParser::datelineOffsets()
{
    const QString p = u"WASHINGTON, June 5 (AP) — The Senate voted."_s;
    const Dateline d = parseDateline(Vocabulary(), p);
    QCOMPARE(p.mid(d.placeStart, d.placeEnd - d.placeStart), u"WASHINGTON"_s);
    QCOMPARE(p.mid(d.creditStart, d.creditEnd - d.creditStart), u"AP"_s);
    QCOMPARE(p.mid(d.end), u"The Senate voted."_s);
}

// Each parser decides with the vocabulary it is given, and only that one: a project's override never
// reaches a call made with another vocabulary, however the calls are interleaved or threaded.
void TestCreditParser::vocabulariesSideBySide()
{
    const Vocabulary shipped;
    const Vocabulary project({agencies::Agency{u"Nordic Wire Service"_s, {u"NWS"_s}}});
    const QString byline = u"By Jane Roe, NWS"_s;
    const QString dateline = u"OSLO (NWS) \u2014 The council met on Monday."_s;
    for (int round = 0; round < 2; ++round) {
        QCOMPARE(parseByline(project, byline).credit, u"Nordic Wire Service"_s);
        QVERIFY(parseByline(shipped, byline).credit.isEmpty());
        QCOMPARE(parseDateline(project, dateline).credit, u"Nordic Wire Service"_s);
        QCOMPARE(parseDateline(shipped, dateline).credit, u"NWS"_s);
        QCOMPARE(normaliseCredit(project, u"NWS"_s), u"Nordic Wire Service"_s);
        QCOMPARE(normaliseCredit(shipped, u"NWS"_s), u"NWS"_s);
    }
    // The shipped agencies stay known under the project's vocabulary.
    QCOMPARE(project.canonicalAgency(u"Reuters"_s), u"Reuters"_s);
    // Another thread with the shipped vocabulary while this one uses the project's.
    QString other;
    std::thread worker([&] { other = parseByline(shipped, byline).credit; });
    const QString here = parseByline(project, byline).credit;
    worker.join();
    QVERIFY(other.isEmpty());
    QCOMPARE(here, u"Nordic Wire Service"_s);
}

QTEST_GUILESS_MAIN(TestCreditParser)
#include "test_creditparser.moc"
