// SPDX-License-Identifier: GPL-3.0-or-later
// Byline and contributor-note parsing: names, titles, agencies, dates and roles.
#include "extract/common/bylineparser.h"
#include "extract/common/contributorparser.h"

#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

class TestBylineParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data();
    void names();
    void creditFromByline_data();
    void creditFromByline();
    void offsetsPointAtTheNames();
    void lenientKeepsHandles();
    void writersEndAtALineNamingNobody_data();
    void writersEndAtALineNamingNobody();
    void personNames_data();
    void personNames();
    void contributorNotes_data();
    void contributorNotes();
    void proseIsNoContributorNote();
    void uniqueNames();
};

void TestBylineParser::names_data()
{
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("by and") << u"By Jane Doe and John Roe"_s << QStringList{u"Jane Doe"_s, u"John Roe"_s};
    QTest::newRow("title after comma") << u"By Marta Kowalczyk and Tomas Berg, Senior Correspondent"_s
                                       << QStringList{u"Marta Kowalczyk"_s, u"Tomas Berg"_s};
    QTest::newRow("title without comma") << u"Tomas Berg Political Editor"_s << QStringList{u"Tomas Berg"_s};
    // A job-title word after a lone given name is the surname; as a piece of its own it is a title.
    QTest::newRow("title word as surname") << u"By Jane Writer"_s << QStringList{u"Jane Writer"_s};
    QTest::newRow("title word as surname, titled")
        << u"Jane Writer, Staff Reporter"_s << QStringList{u"Jane Writer"_s};
    QTest::newRow("title after dash") << u"Jane Doe - Reporter"_s << QStringList{u"Jane Doe"_s};
    QTest::newRow("title on its own line") << u"Jane Doe\nSenior Writer"_s << QStringList{u"Jane Doe"_s};
    QTest::newRow("lone title") << u"Staff Writer"_s << QStringList{};
    QTest::newRow("list") << u"By Lisa Mascaro, Mary Clare Jalonick and Eric Tucker"_s
                          << QStringList{u"Lisa Mascaro"_s, u"Mary Clare Jalonick"_s, u"Eric Tucker"_s};
    QTest::newRow("initials") << u"By Sarah E. Needleman"_s << QStringList{u"Sarah E. Needleman"_s};
    // The word that opens the date after the name ends it, capitalised or not, in several languages.
    QTest::newRow("capitalised On before the date")
        << u"By Jane Roe On 12. Dezember 2022"_s << QStringList{u"Jane Roe"_s};
    QTest::newRow("Vom before the date")
        << u"Von Jana Novak Vom 3. Februar 2022"_s << QStringList{u"Jana Novak"_s};
    QTest::newRow("Erstellt am") << u"von Jana Novak Erstellt am 01.01.23"_s << QStringList{u"Jana Novak"_s};
    // A dump prints an author photo's alt text and the name: one name, spanning the first copy.
    QTest::newRow("name printed twice, glued") << u"Jane RoeJane Roe"_s << QStringList{u"Jane Roe"_s};
    QTest::newRow("name printed twice") << u"By Jane Roe Jane Roe"_s << QStringList{u"Jane Roe"_s};
    QTest::newRow("suffix") << u"By Perry Bacon Jr."_s << QStringList{u"Perry Bacon Jr."_s};
    QTest::newRow("copyright sign") << u"© Kathrin Führes"_s << QStringList{u"Kathrin Führes"_s};
    QTest::newRow("update note") << u"By Jane Doe | Updated Nov. 19, 2019 3:45 p.m. ET"_s
                                 << QStringList{u"Jane Doe"_s};
    QTest::newRow("date after") << u"Jane Doe, November 19, 2019"_s << QStringList{u"Jane Doe"_s};
    QTest::newRow("weekday date") << u"By Jane Doe • Tuesday, 19 November 2019"_s
                                  << QStringList{u"Jane Doe"_s};
    QTest::newRow("email") << u"By Jane Doe jane.doe@example.com"_s << QStringList{u"Jane Doe"_s};
    QTest::newRow("handle") << u"Jane Doe (@janedoe)"_s << QStringList{u"Jane Doe"_s};
    QTest::newRow("german") << u"Von Anna Schmidt und Jan Weber"_s
                            << QStringList{u"Anna Schmidt"_s, u"Jan Weber"_s};
    QTest::newRow("german title") << u"Von Anna Schmidt, Redakteurin"_s << QStringList{u"Anna Schmidt"_s};
    QTest::newRow("french") << u"Par Claire Dubois et Luc Martin"_s
                            << QStringList{u"Claire Dubois"_s, u"Luc Martin"_s};
    QTest::newRow("spanish") << u"Por María García y José López"_s
                             << QStringList{u"María García"_s, u"José López"_s};
    QTest::newRow("italian") << u"di Marco Rossi"_s << QStringList{u"Marco Rossi"_s};
    QTest::newRow("particles") << u"By Ursula von der Leyen"_s << QStringList{u"Ursula von der Leyen"_s};
    QTest::newRow("capitals") << u"By TOM DAVIES"_s << QStringList{u"Tom Davies"_s};
    QTest::newRow("in place") << u"By Jane Doe in Brussels"_s << QStringList{u"Jane Doe"_s};
    QTest::newRow("duplicate") << u"Jane Doe, Jane Doe"_s << QStringList{u"Jane Doe"_s};
    QTest::newRow("colon") << u"Author: Jane Doe"_s << QStringList{u"Jane Doe"_s};
    QTest::newRow("korean") << u"박생강"_s << QStringList{u"박생강"_s};
    QTest::newRow("staff only") << u"By Staff"_s << QStringList{};
    QTest::newRow("editorial board") << u"The Editorial Board"_s << QStringList{};
    QTest::newRow("only a date") << u"Updated 3 hours ago"_s << QStringList{};
    QTest::newRow("organisation") << u"By Fox News"_s << QStringList{};
    QTest::newRow("credentials") << u"By Rachael Link, MS, RD"_s << QStringList{u"Rachael Link"_s};
    QTest::newRow("line starts with and")
        << u"By\nMarta Kowalczyk\nand Tomas Berg"_s << QStringList{u"Marta Kowalczyk"_s, u"Tomas Berg"_s};
    QTest::newRow("button text") << u"Anna Menin\nShare"_s << QStringList{u"Anna Menin"_s};
    // A date note ends at the "by" word that opens the writer's name, in any language.
    QTest::newRow("posted on a date by")
        << u"Posted on March 3, 2021 by Jane Roe"_s << QStringList{u"Jane Roe"_s};
    QTest::newRow("veröffentlicht am ... von")
        << u"Veröffentlicht am 3. März 2021 von Jana Novak"_s << QStringList{u"Jana Novak"_s};
    QTest::newRow("publicado ... por")
        << u"Publicado el 3 de marzo de 2021 por María García"_s << QStringList{u"María García"_s};
}

void TestBylineParser::names()
{
    QFETCH(QString, byline);
    QFETCH(QStringList, names);
    const ParsedByline parsed = parseByline(Vocabulary(), byline);
    QStringList got;
    for (const ParsedName &n : parsed.names)
        got.append(n.name);
    QCOMPARE(got, names);
}

void TestBylineParser::creditFromByline_data()
{
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("credit");
    QTest::newRow("name, agency") << u"By Tom Davies, Associated Press"_s << QStringList{u"Tom Davies"_s}
                                  << u"The Associated Press"_s;
    QTest::newRow("agency only") << u"By THE ASSOCIATED PRESS"_s << QStringList{}
                                 << u"The Associated Press"_s;
    QTest::newRow("agency writer") << u"By Robert Burns, AP National Security Writer"_s
                                   << QStringList{u"Robert Burns"_s} << u"The Associated Press"_s;
    QTest::newRow("name then agency")
        << u"By TOM DAVIES Associated Press"_s << QStringList{u"Tom Davies"_s} << u"The Associated Press"_s;
    // A short alias in another case is the agency only beside a job title.
    QTest::newRow("agency title in other case")
        << u"Tom Krisher, Ap Auto Writer"_s << QStringList{u"Tom Krisher"_s} << u"The Associated Press"_s;
    QTest::newRow("staff") << u"By Reuters Staff"_s << QStringList{} << u"Reuters"_s;
    QTest::newRow("parenthesised") << u"Jane Doe (AFP)"_s << QStringList{u"Jane Doe"_s}
                                   << u"Agence France-Presse"_s;
    QTest::newRow("agency and place") << u"Reuters, Washington"_s << QStringList{} << u"Reuters"_s;
    QTest::newRow("short alias lowercase is no agency")
        << u"By Jane Doe, ap"_s << QStringList{u"Jane Doe"_s} << QString();
    // An outlet named by a compound ("Tages" + "zeitung") is an outlet as "Zeitung" is.
    QTest::newRow("compound outlet word") << u"Von Hans Meier, Rheinische Tageszeitung"_s
                                          << QStringList{u"Hans Meier"_s} << u"Rheinische Tageszeitung"_s;
    QTest::newRow("compound outlet, Danish")
        << u"Af Jens Holm, Vestkyst Dagbladet"_s << QStringList{u"Jens Holm"_s} << u"Vestkyst Dagbladet"_s;
}

void TestBylineParser::creditFromByline()
{
    QFETCH(QString, byline);
    QFETCH(QStringList, names);
    QFETCH(QString, credit);
    const ParsedByline parsed = parseByline(Vocabulary(), byline);
    QStringList got;
    for (const ParsedName &n : parsed.names)
        got.append(n.name);
    QCOMPARE(got, names);
    QCOMPARE(parsed.credit, credit);
}

void TestBylineParser::offsetsPointAtTheNames()
{
    const QString byline = u"By Jane Doe and John Roe, Staff Writers"_s;
    const ParsedByline parsed = parseByline(Vocabulary(), byline);
    QCOMPARE(parsed.names.size(), 2);
    for (const ParsedName &n : parsed.names)
        QCOMPARE(byline.mid(n.start, n.end - n.start), n.name);
    const QString withCredit = u"By Tom Davies (AP)"_s;
    const ParsedByline p2 = parseByline(Vocabulary(), withCredit);
    QCOMPARE(withCredit.mid(p2.creditStart, p2.creditEnd - p2.creditStart), u"AP"_s);
}

void TestBylineParser::lenientKeepsHandles()
{
    QVERIFY(parseByline(Vocabulary(), u"karstenruppert"_s).names.isEmpty());
    const ParsedByline lenient = parseByline(Vocabulary(), u"karstenruppert"_s, false);
    QCOMPARE(lenient.names.size(), 1);
    QCOMPARE(lenient.names.first().name, u"karstenruppert"_s);
}

void TestBylineParser::writersEndAtALineNamingNobody_data()
{
    QTest::addColumn<QString>("element");
    QTest::addColumn<QStringList>("names");
    // An author element's lines after the writer: search links, reading time, the writer's post.
    QTest::newRow("search links") << u"Jane Roe\nSearch for this author in:\nScholar Index\nLibrary Search"_s
                                  << QStringList{u"Jane Roe"_s};
    QTest::newRow("reading time")
        << u"Jane Roe\n,\nTom Berg\ny\nAna Ruiz\n5 hours ago\nReading time: 4 minutes"_s
        << QStringList{u"Jane Roe"_s, u"Tom Berg"_s, u"Ana Ruiz"_s};
    QTest::newRow("post with a lone word")
        << u"Artikel von\nJana Novak\nLeiterin des Ressorts Wissen und Gesundheit\nj.novak@example.at"_s
        << QStringList{u"Jana Novak"_s};
    QTest::newRow("a second source line")
        << u"Publicado por\nAna Ruiz\nLa información es de\nTom Berg"_s << QStringList{u"Ana Ruiz"_s};
    // What joins writers or says who they are keeps the list open.
    QTest::newRow("job titles between writers")
        << u"Jane Roe\nStaff Writer\nTom Berg\nStaff Writer"_s << QStringList{u"Jane Roe"_s, u"Tom Berg"_s};
    QTest::newRow("handle between writers")
        << u"By\nJane Roe\n@janeroe\nTom Berg"_s << QStringList{u"Jane Roe"_s, u"Tom Berg"_s};
    QTest::newRow("label first") << u"Text\nJane Roe"_s << QStringList{u"Jane Roe"_s};
}

void TestBylineParser::writersEndAtALineNamingNobody()
{
    QFETCH(QString, element);
    QFETCH(QStringList, names);
    const Vocabulary vocabulary;
    const ParsedByline parsed =
        parseBylineRange(vocabulary, element, 0, writersEnd(vocabulary, element, 0, element.size()));
    QStringList got;
    for (const ParsedName &n : parsed.names)
        got.append(n.name);
    QCOMPARE(got, names);
}

void TestBylineParser::personNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("person");
    QTest::newRow("two words") << u"Jane Doe"_s << true;
    QTest::newRow("single given name") << u"Regan"_s << true;
    QTest::newRow("hyphen and apostrophe") << u"Anne-Marie O'Neil"_s << true;
    QTest::newRow("digits") << u"Jane Doe 2"_s << false;
    QTest::newRow("job title") << u"Senior Correspondent"_s << false;
    QTest::newRow("agency") << u"Reuters"_s << false;
    QTest::newRow("newsroom") << u"Newsroom"_s << false;
    QTest::newRow("sentence") << u"This is what we know about the plan"_s << false;
    QTest::newRow("org word") << u"Daily Mail Reporter"_s << false;
    QTest::newRow("acronym") << u"KWCH"_s << false;
    QTest::newRow("description") << u"The Russian"_s << false;
    QTest::newRow("link label") << u"View More Articles"_s << false;
    QTest::newRow("cut before its object") << u"Show All Posts Of"_s << false;
    QTest::newRow("ends in von") << u"Alle Beiträge von"_s << false;
    QTest::newRow("newsroom in Portuguese") << u"Equipe de Redação"_s << false;
    QTest::newRow("surname Le") << u"Kim Le"_s << true;
}

void TestBylineParser::personNames()
{
    QFETCH(QString, name);
    QFETCH(bool, person);
    QCOMPARE(looksLikePersonName(Vocabulary(), name), person);
}

void TestBylineParser::contributorNotes_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QStringList>("expected"); // "name=role" or "name=role*" for lead
    QTest::newRow("reuters") << u"Reporting by Will Dunham; Editing by Tom Brown"_s
                             << QStringList{u"Will Dunham=reporting*"_s, u"Tom Brown=editing"_s};
    // The story's sign-off at its foot: the writer's name, a reporter's title, an e-mail address.
    QTest::newRow("korean sign-off") << u"김철수 기자 chulsoo@example.co.kr"_s
                                     << QStringList{u"김철수=writing*"_s};
    QTest::newRow("japanese sign-off, no space") << u"山田太郎記者"_s << QStringList{u"山田太郎=writing*"_s};
    QTest::newRow("english sign-off") << u"— Jane Roe, staff writer"_s << QStringList{u"Jane Roe=writing*"_s};
    // A sentence that ends in a title is no sign-off.
    QTest::newRow("title in a sentence")
        << u"The council said it would meet the correspondent"_s << QStringList{};
    QTest::newRow("three roles") << u"Reporting by Greg Roumeliotis, Joshua Franklin and Koh Gui Qing; "
                                    u"Additional reporting by Herb Lash and "
                                    u"Megan Davies in New York; Editing by Martin Howell"_s
                                 << QStringList{
                                        u"Greg Roumeliotis=reporting*"_s, u"Joshua Franklin=reporting*"_s,
                                        u"Koh Gui Qing=reporting*"_s,     u"Herb Lash=reporting"_s,
                                        u"Megan Davies=reporting"_s,      u"Martin Howell=editing"_s};
    QTest::newRow("additional, sentence") << u"Additional reporting by Anna Lind; Editing by Paul Grant."_s
                                          << QStringList{u"Anna Lind=reporting"_s, u"Paul Grant=editing"_s};
    QTest::newRow("initial dot") << u"Reporting by Trevor J. Mitchell. Editing by Jane Roe"_s
                                 << QStringList{u"Trevor J. Mitchell=reporting*"_s, u"Jane Roe=editing"_s};
    QTest::newRow("contributed")
        << u"Associated Press writers Alan Fram, Zeke Miller and Laurie Kellman contributed to this report."_s
        << QStringList{u"Alan Fram=reporting"_s, u"Zeke Miller=reporting"_s, u"Laurie Kellman=reporting"_s};
    QTest::newRow("german") << u"Mitarbeit: Jan Weber"_s << QStringList{u"Jan Weber=reporting"_s};
    QTest::newRow("roles after commas")
        << u"(Reporting by Ann Lee, Bo Park, with reporting by Cy Dunn and Dora Fox, editing by Ed Gray.)"_s
        << QStringList{u"Ann Lee=reporting*"_s, u"Bo Park=reporting*"_s, u"Cy Dunn=reporting"_s,
                       u"Dora Fox=reporting"_s, u"Ed Gray=editing"_s};
    QTest::newRow("writing by") << u"Writing by Jane Doe; Editing by John Roe and Ann Poe"_s
                                << QStringList{u"Jane Doe=writing*"_s, u"John Roe=editing"_s,
                                               u"Ann Poe=editing"_s};
}

void TestBylineParser::contributorNotes()
{
    QFETCH(QString, note);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const ParsedContributor &c : parseContributorNote(Vocabulary(), note)) {
        got.append(c.person.name + QLatin1Char('=') + c.role + (c.lead ? u"*"_s : QString()));
        QCOMPARE(note.mid(c.person.start, c.person.end - c.person.start), c.person.name);
    }
    QCOMPARE(got, expected);
}

void TestBylineParser::proseIsNoContributorNote()
{
    QVERIFY(parseContributorNote(Vocabulary(), u"The anthology, which was edited by Jane Doe, sold well."_s)
                .isEmpty());
    QVERIFY(parseContributorNote(Vocabulary(), u"Officials said the report was written by staff in March."_s)
                .isEmpty());
    QVERIFY(parseContributorNote(Vocabulary(), u"The anthology, edited by Jane Doe, sold well."_s).isEmpty());
}

void TestBylineParser::uniqueNames()
{
    QStringList names;
    QCOMPARE(addUniqueName(&names, u"Jane Doe"_s), 0);
    QCOMPARE(addUniqueName(&names, u"John Roe"_s), 1);
    QCOMPARE(addUniqueName(&names, u"jane  doe"_s), 0);
    QCOMPARE(names, (QStringList{u"Jane Doe"_s, u"John Roe"_s}));
}

QTEST_GUILESS_MAIN(TestBylineParser)
#include "test_bylineparser.moc"
