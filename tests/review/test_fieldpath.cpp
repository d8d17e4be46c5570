// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/fieldpath.h"

#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

class TestFieldPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void rejectsWhatNamesNoField_data();
    void rejectsWhatNamesNoField();
    void provenanceKeys();
};

void TestFieldPath::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    for (const char *path : {"headline", "published", "dateline", "credit", "publisher", "bylines",
                             "bylines/2", "images/0", "images/0/caption", "images/3/credit", "images/1/src",
                             "body/10", "contributors/1/name", "contributors/0/role"})
        QTest::newRow(path) << QString::fromLatin1(path);
}

void TestFieldPath::roundTrip()
{
    QFETCH(QString, text);
    const FieldPath path = FieldPath::parse(text);
    QVERIFY(path.isValid());
    QCOMPARE(path.toString(), text);
    QCOMPARE(FieldPath::parse(path.toString()), path);
}

void TestFieldPath::rejectsWhatNamesNoField_data()
{
    QTest::addColumn<QString>("text");
    for (const char *path : {"", "headlines", "bylines/x", "bylines/-1", "bylines/0/caption", "headline/0",
                             "images/0/name", "body/1/text", "contributors/0/caption"})
        QTest::newRow(path) << QString::fromLatin1(path);
}

void TestFieldPath::rejectsWhatNamesNoField()
{
    QFETCH(QString, text);
    QVERIFY(!FieldPath::parse(text).isValid());
}

void TestFieldPath::provenanceKeys()
{
    QCOMPARE(FieldPath::item(Field::Contributors, 2, Member::Role).provenanceKey(), u"contributors/2"_s);
    QCOMPARE(FieldPath::item(Field::Images, 1, Member::Src).provenanceKey(), u"images/1"_s);
    QCOMPARE(FieldPath::item(Field::Images, 1, Member::Caption).provenanceKey(), u"images/1/caption"_s);
    QCOMPARE(FieldPath(Field::Credit).provenanceKey(), u"credit"_s);
    QCOMPARE(FieldPath::parse(u"images/4/credit").top(), FieldPath(Field::Images));
    QCOMPARE(FieldPath::parse(u"images/4/credit").itemPath().toString(), u"images/4"_s);
}

QTEST_MAIN(TestFieldPath)
#include "test_fieldpath.moc"
