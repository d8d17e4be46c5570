// SPDX-License-Identifier: GPL-3.0-or-later
// The checks behind the window's warnings and `galley check`: built on the extractor's parsers and
// vocabulary, so they agree with extraction (short agency names only as written, several languages).
#include "../extract/html/htmltestcapture.h"
#include "extract/common/agencies.h"
#include "extract/extractor.h"
#include "review/fieldchecks.h"

#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

class TestFieldChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void check_data();
    void check();
    void warnings();
    void lowercaseAgencyWordIsNoCredit();
    void projectOverridesAreSeen();
    void pictureWithoutUsableAddress();
    void imageAddressMustBeUrl_data();
    void imageAddressMustBeUrl();
};

void TestFieldChecks::split_data()
{
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("one") << u"Ann Lee"_s << QStringList{u"Ann Lee"_s};
    QTest::newRow("and") << u"By Ann Lee and Bo Chan"_s << QStringList{u"Ann Lee"_s, u"Bo Chan"_s};
    QTest::newRow("list") << u"Ann Lee, Bo Chan and Cy Dunn"_s
                          << QStringList{u"Ann Lee"_s, u"Bo Chan"_s, u"Cy Dunn"_s};
    QTest::newRow("ampersand") << u"Ann Lee & Bo Chan"_s << QStringList{u"Ann Lee"_s, u"Bo Chan"_s};
    QTest::newRow("title") << u"Ann Lee, Staff Writer"_s << QStringList{u"Ann Lee"_s};
    // The engine's vocabulary is multilingual: the old window-only splitter knew English alone.
    QTest::newRow("german") << u"Von Anna Schmidt und Jan Berg"_s
                            << QStringList{u"Anna Schmidt"_s, u"Jan Berg"_s};
}

void TestFieldChecks::split()
{
    QFETCH(QString, byline);
    QFETCH(QStringList, names);
    QCOMPARE(splitByline(byline, Vocabulary()), names);
}

void TestFieldChecks::check_data()
{
    QTest::addColumn<QString>("byline");
    QTest::addColumn<int>("problem");
    QTest::newRow("name") << u"Ann Lee"_s << int(BylineProblem::None);
    QTest::newRow("by") << u"By Ann Lee"_s << int(BylineProblem::HasBy);
    QTest::newRow("von") << u"Von Anna Schmidt"_s << int(BylineProblem::HasBy);
    QTest::newRow("title") << u"Moscow correspondent"_s << int(BylineProblem::JobTitle);
    QTest::newRow("name and title") << u"Ann Lee, Staff Writer"_s << int(BylineProblem::JobTitle);
    QTest::newRow("title word as surname") << u"Jane Writer"_s << int(BylineProblem::None);
    QTest::newRow("agency") << u"Reuters"_s << int(BylineProblem::Agency);
    QTest::newRow("agency alias") << u"associated press"_s << int(BylineProblem::Agency);
    QTest::newRow("empty") << u"  "_s << int(BylineProblem::Empty);
}

void TestFieldChecks::check()
{
    QFETCH(QString, byline);
    QFETCH(int, problem);
    QCOMPARE(int(checkByline(byline, Vocabulary())), problem);
}

void TestFieldChecks::warnings()
{
    Article a;
    a.bylines = {u"Reuters"_s};
    a.images = {Image{QString(), u"The minister speaks in Brussels on Thursday."_s, QString()}};
    a.body = {
        BodyBlock{BlockKind::Paragraph, u"The minister speaks in Brussels on Thursday. AFP reports."_s}};
    a.published = u"5 June"_s;
    QStringList fields;
    for (const FieldWarning &w : fieldWarnings(a, Vocabulary()))
        fields.append(w.field.toString());
    QCOMPARE(fields, (QStringList{u"headline"_s, u"bylines/0"_s, u"images/0/caption"_s, u"credit"_s,
                                  u"published"_s}));
    a.headline = u"H"_s;
    a.bylines = {u"Ann Lee"_s};
    a.images.clear();
    a.credit = u"Agence France-Presse"_s;
    a.published = u"2014-06-05"_s;
    QVERIFY(fieldWarnings(a, Vocabulary()).isEmpty());
}

// An Italian page says "ansa" (a bay, a handle) in lower case: the extractor does not take it for the
// ANSA agency, and the window must not warn about a missing ANSA credit either (one short-name rule).
void TestFieldChecks::lowercaseAgencyWordIsNoCredit()
{
    const QString body = u"La barca è entrata nell'ansa del fiume dopo la tempesta, come previsto."_s;
    const Capture capture = testing::htmlCapture(
        u"<html><head><title>Il fiume</title></head><body><article><h1>Il fiume</h1><p>"_s + body +
        u"</p><p>"_s + body + u"</p></article></body></html>"_s);
    const Article extracted = extractArticle(capture, Vocabulary());
    QVERIFY(extracted.credit.isEmpty());
    QVERIFY(!extracted.body.isEmpty());
    for (const FieldWarning &w : fieldWarnings(extracted, Vocabulary()))
        QVERIFY2(w.kind != WarningKind::MissingCredit, qPrintable(w.message));

    // Printed as the agency prints itself, it is the agency, for both.
    Article a = extracted;
    a.body.append(BodyBlock{BlockKind::Paragraph, u"(ANSA) Roma."_s});
    const QList<FieldWarning> warnings = fieldWarnings(a, Vocabulary());
    QVERIFY(std::any_of(warnings.begin(), warnings.end(),
                        [](const FieldWarning &w) { return w.kind == WarningKind::MissingCredit; }));
}

void TestFieldChecks::projectOverridesAreSeen()
{
    const Vocabulary project({agencies::Agency{u"Nordic Wire Service"_s, {u"NWS"_s}}});
    QCOMPARE(checkByline(u"NWS"_s, project), BylineProblem::Agency);
    QCOMPARE(checkByline(u"NWS"_s, Vocabulary()), BylineProblem::None);
    QVERIFY(project.agencyNames().contains(u"Nordic Wire Service"_s));
    QVERIFY(!Vocabulary().agencyNames().contains(u"Nordic Wire Service"_s));
}

// The engine leaves a picture whose page gave no URL (a lazy loader's JSON in data-src) without an
// address and says so in its span; the checks turn that into a warning on the picture.
void TestFieldChecks::pictureWithoutUsableAddress()
{
    const QString html =
        u"<html><body><article><h1>Quay approved</h1><figure><img src=\"data:image/gif;base64,"
        u"R0lGOD\" data-src='{\"default\":{\"w\":\"80\"}}'><figcaption>The old quay. "
        u"Photo: Jane Roe</figcaption></figure><p>The council approved the harbour plan on "
        u"Tuesday after a long debate, members said.</p></article></body></html>"_s;
    Article a = extractArticle(testing::htmlCapture(html), Vocabulary());
    QCOMPARE(a.images.size(), 1);
    QStringList fields;
    for (const FieldWarning &w : fieldWarnings(a, Vocabulary()))
        fields.append(w.field.toString());
    QVERIFY2(fields.contains(u"images/0"_s), qPrintable(fields.join(u", "_s)));
    // An editor who types an address in clears the warning.
    a.images[0].src = u"https://img.example.net/quay.jpg"_s;
    fields.clear();
    for (const FieldWarning &w : fieldWarnings(a, Vocabulary()))
        fields.append(w.field.toString());
    QVERIFY(!fields.contains(u"images/0"_s));
}

// An address typed into the window must stay a URL reference: the check is the extractor's own.
void TestFieldChecks::imageAddressMustBeUrl_data()
{
    QTest::addColumn<QString>("src");
    QTest::addColumn<bool>("warned");
    QTest::newRow("absolute") << u"https://img.example.net/quay.jpg"_s << false;
    QTest::newRow("relative file") << u"images/quay.jpg"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("words") << u"see the photo above"_s << true;
    QTest::newRow("placeholder") << u"lazy"_s << true;
    QTest::newRow("script") << u"javascript:void(0)"_s << true;
}

void TestFieldChecks::imageAddressMustBeUrl()
{
    QFETCH(QString, src);
    QFETCH(bool, warned);
    Article a;
    a.headline = u"Quay approved"_s;
    a.images.append(Image{});
    a.images[0].caption = u"The old quay"_s;
    a.images[0].src = src;
    const QList<FieldWarning> warnings = fieldWarnings(a, Vocabulary());
    const auto found = std::find_if(warnings.begin(), warnings.end(), [](const FieldWarning &w) {
        return w.kind == WarningKind::ImageAddressNotUrl;
    });
    QCOMPARE(found != warnings.end(), warned);
    if (warned) {
        QCOMPARE(found->field.toString(), u"images/0/src"_s);
        QCOMPARE(warningKindName(found->kind), u"image-address-not-url"_s);
    }
}

QTEST_MAIN(TestFieldChecks)
#include "test_fieldchecks.moc"
