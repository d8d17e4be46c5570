// SPDX-License-Identifier: GPL-3.0-or-later
#include "editing/agencytable.h"
#include "editing/bylinecheck.h"
#include "editing/fieldwarnings.h"
#include "extract/extractor.h"

#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

class TestBylineCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void check_data();
    void check();
    void warnings();
    void pictureWithoutUsableAddress();
};

void TestBylineCheck::split_data()
{
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("one") << u"Ann Lee"_s << QStringList{u"Ann Lee"_s};
    QTest::newRow("and") << u"By Ann Lee and Bo Chan"_s << QStringList{u"Ann Lee"_s, u"Bo Chan"_s};
    QTest::newRow("list") << u"Ann Lee, Bo Chan and Cy Dunn"_s
                          << QStringList{u"Ann Lee"_s, u"Bo Chan"_s, u"Cy Dunn"_s};
    QTest::newRow("ampersand") << u"Ann Lee & Bo Chan"_s << QStringList{u"Ann Lee"_s, u"Bo Chan"_s};
    QTest::newRow("title") << u"Ann Lee, Staff Writer"_s << QStringList{u"Ann Lee"_s};
}

void TestBylineCheck::split()
{
    QFETCH(QString, byline);
    QFETCH(QStringList, names);
    QCOMPARE(splitByline(byline), names);
}

void TestBylineCheck::check_data()
{
    QTest::addColumn<QString>("byline");
    QTest::addColumn<int>("problem");
    QTest::newRow("name") << u"Ann Lee"_s << int(BylineProblem::None);
    QTest::newRow("by") << u"By Ann Lee"_s << int(BylineProblem::HasBy);
    QTest::newRow("title") << u"Moscow correspondent"_s << int(BylineProblem::JobTitle);
    QTest::newRow("agency") << u"Reuters"_s << int(BylineProblem::Agency);
    QTest::newRow("agency alias") << u"associated press"_s << int(BylineProblem::Agency);
    QTest::newRow("empty") << u"  "_s << int(BylineProblem::Empty);
}

void TestBylineCheck::check()
{
    QFETCH(QString, byline);
    QFETCH(int, problem);
    QCOMPARE(int(checkByline(byline, AgencyTable::builtIn())), problem);
}

void TestBylineCheck::warnings()
{
    Article a;
    a.bylines = {u"Reuters"_s};
    a.images = {Image{QString(), u"The minister speaks in Brussels on Thursday."_s, QString()}};
    a.body = {
        BodyBlock{BlockKind::Paragraph, u"The minister speaks in Brussels on Thursday. AFP reports."_s}};
    a.published = u"5 June"_s;
    QStringList fields;
    for (const FieldWarning &w : fieldWarnings(a, AgencyTable::builtIn()))
        fields.append(w.field);
    QCOMPARE(fields, (QStringList{u"headline"_s, u"bylines/0"_s, u"images/0/caption"_s, u"credit"_s,
                                  u"published"_s}));
    a.headline = u"H"_s;
    a.bylines = {u"Ann Lee"_s};
    a.images.clear();
    a.credit = u"Agence France-Presse"_s;
    a.published = u"2014-06-05"_s;
    QVERIFY(fieldWarnings(a, AgencyTable::builtIn()).isEmpty());
}

// The engine leaves a picture whose page gave no URL (a lazy loader's JSON in data-src) without an
// address and says so in its span; the window turns that into a warning on the picture.
void TestBylineCheck::pictureWithoutUsableAddress()
{
    const QString html =
        u"<html><body><article><h1>Quay approved</h1><figure><img src=\"data:image/gif;base64,"
        u"R0lGOD\" data-src='{\"default\":{\"w\":\"80\"}}'><figcaption>The old quay. "
        u"Photo: Jane Roe</figcaption></figure><p>The council approved the harbour plan on "
        u"Tuesday after a long debate, members said.</p></article></body></html>"_s;
    CaptureData data;
    data.path = u"quay.html"_s;
    data.format = CaptureFormat::Html;
    data.kind = ContentKind::Html;
    data.text = html;
    data.bytes = html.toUtf8();
    Article a = extractArticle(Capture(std::move(data)));
    QCOMPARE(a.images.size(), 1);
    QStringList fields;
    for (const FieldWarning &w : fieldWarnings(a, AgencyTable::builtIn()))
        fields.append(w.field);
    QVERIFY2(fields.contains(u"images/0"_s), qPrintable(fields.join(u", "_s)));
    // An editor who types an address in clears the warning.
    a.images[0].src = u"https://img.example.net/quay.jpg"_s;
    fields.clear();
    for (const FieldWarning &w : fieldWarnings(a, AgencyTable::builtIn()))
        fields.append(w.field);
    QVERIFY(!fields.contains(u"images/0"_s));
}

QTEST_MAIN(TestBylineCheck)
#include "test_bylinecheck.moc"
