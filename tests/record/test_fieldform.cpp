// SPDX-License-Identifier: GPL-3.0-or-later
// The form article fields must have for every export: one-line fields, ISO 8601 dates. The window asks
// formProblems() while an editor types; NewsML-G2 export writes normalised().
#include "record/fieldform.h"

#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

class TestFieldForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isoDate_data();
    void isoDate();
    void oneLineJoinsLines();
    void singleLineFields();
    void problemsNameTheField();
    void normalisedHasNoProblem();
};

void TestFieldForm::isoDate_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("date");
    QTest::newRow("date-time with zone") << u"2026-03-05T14:30:00+01:00"_s << u"2026-03-05T14:30:00+01:00"_s;
    QTest::newRow("UTC with fraction") << u"2026-03-05T14:30:00.250Z"_s << u"2026-03-05T14:30:00.250Z"_s;
    QTest::newRow("local time") << u"2026-03-05T14:30:00"_s << u"2026-03-05T14:30:00"_s;
    QTest::newRow("date") << u"2026-03-05"_s << u"2026-03-05"_s;
    QTest::newRow("month") << u"2026-03"_s << u"2026-03"_s;
    QTest::newRow("year") << u"2026"_s << u"2026"_s;
    QTest::newRow("no seconds") << u"2026-03-05T14:30+01:00"_s << u"2026-03-05T14:30:00+01:00"_s;
    QTest::newRow("zone without colon") << u"2026-03-05T14:30:00+0100"_s << u"2026-03-05T14:30:00+01:00"_s;
    QTest::newRow("space for T, white space") << u" 2026-03-05 14:30:00Z\n"_s << u"2026-03-05T14:30:00Z"_s;
    QTest::newRow("words") << u"yesterday"_s << QString();
    QTest::newRow("day month year") << u"5 March 2026"_s << QString();
    QTest::newRow("no such day") << u"2026-02-30"_s << QString();
    QTest::newRow("no such hour") << u"2026-03-05T25:00:00"_s << QString();
    QTest::newRow("no such zone") << u"2026-03-05T10:00:00+15:00"_s << QString();
    QTest::newRow("year zero") << u"0000"_s << QString();
    QTest::newRow("line break inside") << u"2026-03-05\nT14:30:00"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestFieldForm::isoDate()
{
    QFETCH(QString, typed);
    QFETCH(QString, date);
    QCOMPARE(fieldform::isoDate(typed), date);
}

void TestFieldForm::oneLineJoinsLines()
{
    QCOMPARE(fieldform::oneLine(u"Ana Ruiz"_s), u"Ana Ruiz"_s);
    QCOMPARE(fieldform::oneLine(u"Ana\nRuiz"_s), u"Ana Ruiz"_s);
    QCOMPARE(fieldform::oneLine(u"Ana \r\n\t Ruiz\n"_s), u"Ana Ruiz"_s);
    QCOMPARE(fieldform::oneLine(u"Ana  Ruiz"_s), u"Ana  Ruiz"_s); // plain spaces are the editor's
}

void TestFieldForm::singleLineFields()
{
    for (const QString &field : {u"credit"_s, u"publisher"_s, u"bylines/0"_s, u"bylines/12"_s,
                                 u"contributors/1/name"_s, u"contributors/1/role"_s, u"images/3/credit"_s})
        QVERIFY2(fieldform::isSingleLine(field), qPrintable(field));
    for (const QString &field :
         {u"headline"_s, u"dateline"_s, u"images/0/caption"_s, u"body/2"_s, u"bylines"_s})
        QVERIFY2(!fieldform::isSingleLine(field), qPrintable(field));
}

void TestFieldForm::problemsNameTheField()
{
    Article a;
    a.headline = u"Two\nlines are fine here"_s;
    a.bylines = {u"Ana Ruiz"_s, u"Li\nWei"_s};
    a.contributors = {{u"Jo\tSmith"_s, u"editing"_s}};
    a.credit = u"Reuters\n"_s;
    a.images = {{QString(), u"Caption\nlines"_s, u"AP\r\nPhoto"_s}};
    a.published = u"last Tuesday"_s;
    QStringList fields;
    for (const fieldform::FieldProblem &p : fieldform::formProblems(a)) {
        fields.append(p.field);
        QVERIFY(!p.message.isEmpty());
        QVERIFY2(p.field == u"published" || fieldform::isSingleLine(p.field), qPrintable(p.field));
    }
    QCOMPARE(fields, (QStringList{u"bylines/1"_s, u"contributors/0/name"_s, u"credit"_s, u"images/0/credit"_s,
                                  u"published"_s}));
    a.published = u"2026-03-05T14:30"_s; // repaired by exports: not a problem
    QCOMPARE(fieldform::formProblems(a).size(), 4);
}

void TestFieldForm::normalisedHasNoProblem()
{
    Article a;
    a.headline = u"Two\nlines"_s;
    a.bylines = {u"Li\nWei"_s};
    a.contributors = {{u"Jo\tSmith"_s, u"additional\nreporting"_s}};
    a.credit = u"Reuters\n"_s;
    a.publisher = u"The\r\nDaily"_s;
    a.images = {{QString(), u"Caption\nlines"_s, u"AP\r\nPhoto"_s}};
    a.published = u"last Tuesday"_s;
    const Article n = fieldform::normalised(a);
    QVERIFY(fieldform::formProblems(n).isEmpty());
    QCOMPARE(n.headline, a.headline); // multi-line fields keep their lines
    QCOMPARE(n.images.at(0).caption, a.images.at(0).caption);
    QCOMPARE(n.bylines, QStringList{u"Li Wei"_s});
    QCOMPARE(n.contributors.at(0).role, u"additional reporting"_s);
    QCOMPARE(n.credit, u"Reuters"_s);
    QCOMPARE(n.publisher, u"The Daily"_s);
    QCOMPARE(n.images.at(0).credit, u"AP Photo"_s);
    QVERIFY(n.published.isEmpty());
}

QTEST_GUILESS_MAIN(TestFieldForm)
#include "test_fieldform.moc"
