// SPDX-License-Identifier: GPL-3.0-or-later
// ninjs 2.2: the field mapping, and validation of fresh output against the official JSON Schema with
// python3-jsonschema (validate_ninjs.py).
#include "export/exportjob.h"
#include "export/ninjsexporter.h"
#include "exportfixtures.h"
#include "testpaths.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

class TestNinjsExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsArticleFields();
    void picturesAreAssociationsWithCaptionAndCredit();
    void dateWithoutTimeIsNotInvented();
    void statusDecidesPubstatus();
    void severalRecordsMakeAnArray();
    void outputValidatesAgainstSchema();
};

static QString firstValue(const QJsonObject &o, const QString &key, const QString &role)
{
    for (const QJsonValue &v : o.value(key).toArray()) {
        if (v.toObject().value(QStringLiteral("role")).toString() == role)
            return v.toObject().value(QStringLiteral("value")).toString();
    }
    return {};
}

void TestNinjsExporter::mapsArticleFields()
{
    const ReviewRecord r = testing::englishRecord();
    const QJsonObject o = NinjsExporter::toNinjs(r);
    QCOMPARE(o.value(QStringLiteral("uri")).toString(), QStringLiteral("urn:galley:article:") + r.source.id);
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
    QCOMPARE(firstValue(o, QStringLiteral("headlines"), QStringLiteral("main")), r.corrected.headline);
    QCOMPARE(o.value(QStringLiteral("by")).toString(), QStringLiteral("Ana Ruiz, Seán O'Brien"));
    QCOMPARE(o.value(QStringLiteral("located")).toString(), QStringLiteral("PARIS"));
    QCOMPARE(o.value(QStringLiteral("copyrightholder")).toString(), QStringLiteral("Reuters"));
    QCOMPARE(o.value(QStringLiteral("infosources"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("Reuters"));
    QCOMPARE(o.value(QStringLiteral("firstcreated")).toString(), QStringLiteral("2026-03-05T14:30:00+01:00"));
    QCOMPARE(o.value(QStringLiteral("versioncreated")).toString(),
             QStringLiteral("2026-03-05T16:20:00.250Z"));
    const QJsonArray bodies = o.value(QStringLiteral("bodies")).toArray();
    QCOMPARE(bodies.size(), 2);
    const QJsonObject html = bodies.at(0).toObject(), plain = bodies.at(1).toObject();
    QCOMPARE(html.value(QStringLiteral("contenttype")).toString(), QStringLiteral("text/html"));
    QVERIFY(
        html.value(QStringLiteral("value")).toString().contains(QLatin1String("<p>Unions &amp; employers")));
    QCOMPARE(plain.value(QStringLiteral("contenttype")).toString(), QStringLiteral("text/plain"));
    QCOMPARE(plain.value(QStringLiteral("value")).toString(), r.corrected.text());
    QCOMPARE(plain.value(QStringLiteral("charcount")).toInt(), r.corrected.text().size());
    QCOMPARE(plain.value(QStringLiteral("wordcount")).toInt(), 45);
    QCOMPARE(firstValue(o, QStringLiteral("descriptions"), QStringLiteral("contributor")),
             QStringLiteral("Li Wei (additional reporting)"));
}

void TestNinjsExporter::picturesAreAssociationsWithCaptionAndCredit()
{
    const QJsonObject o = NinjsExporter::toNinjs(testing::englishRecord());
    const QJsonArray associations = o.value(QStringLiteral("associations")).toArray();
    QCOMPARE(associations.size(), 2);
    const QJsonObject first = associations.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("picture"));
    QCOMPARE(first.value(QStringLiteral("by")).toString(), QStringLiteral("Virginia Mayo/AP"));
    QCOMPARE(firstValue(first, QStringLiteral("descriptions"), QStringLiteral("caption")),
             QStringLiteral("Strikers march past the \"Opéra\" on March 5.\nA second caption line."));
    QCOMPARE(firstValue(first, QStringLiteral("descriptions"), QStringLiteral("creditline")),
             QStringLiteral("Virginia Mayo/AP"));
    QCOMPARE(first.value(QStringLiteral("renditions"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("href"))
                 .toString(),
             QStringLiteral("https://img.example.com/a.jpg?w=800&h=600"));
    // A relative src cannot be a rendition href (format uri): it is left out rather than made up.
    QVERIFY(!associations.at(1).toObject().contains(QStringLiteral("renditions")));
}

void TestNinjsExporter::dateWithoutTimeIsNotInvented()
{
    const QJsonObject o = NinjsExporter::toNinjs(testing::nonLatinRecord());
    QVERIFY(!o.contains(QStringLiteral("firstcreated")));
    QCOMPARE(o.value(QStringLiteral("versioncreated")).toString(), QStringLiteral("2026-03-20T02:00:00Z"));
    QCOMPARE(o.value(QStringLiteral("located")).toString(), QStringLiteral("東京"));
    QCOMPARE(o.value(QStringLiteral("copyrightholder")).toString(), QStringLiteral("毎日テスト新聞"));
}

void TestNinjsExporter::statusDecidesPubstatus()
{
    ReviewRecord r = testing::sparseRecord();
    QCOMPARE(NinjsExporter::toNinjs(r).value(QStringLiteral("pubstatus")).toString(),
             QStringLiteral("withheld"));
    r.status = ReviewStatus::Reviewed;
    QCOMPARE(NinjsExporter::toNinjs(r).value(QStringLiteral("pubstatus")).toString(),
             QStringLiteral("usable"));
    r.status = ReviewStatus::Rejected;
    QCOMPARE(NinjsExporter::toNinjs(r).value(QStringLiteral("pubstatus")).toString(),
             QStringLiteral("canceled"));
}

void TestNinjsExporter::severalRecordsMakeAnArray()
{
    QBuffer one, all;
    one.open(QIODevice::WriteOnly);
    all.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(NinjsExporter().write({testing::englishRecord()}, &one, &error));
    QVERIFY(NinjsExporter().write(testing::fixtureRecords(), &all, &error));
    QVERIFY(QJsonDocument::fromJson(one.data()).isObject());
    QCOMPARE(QJsonDocument::fromJson(all.data()).array().size(), 3);
}

void TestNinjsExporter::outputValidatesAgainstSchema()
{
    const QString schema = QStringLiteral(GALLEY_STANDARDS_DIR "/ninjs-schema_2.2.json");
    if (!QFile::exists(schema))
        QSKIP("the IPTC schemas are not in GALLEY_STANDARDS_DIR (../shared/standards); runs when they are");
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed; runs when it is (packaging/setup.sh installs it with "
              "python3-jsonschema)");
    QTemporaryDir dir;
    const ExportResult result = exportToPath(NinjsExporter(), testing::fixtureRecords(), dir.path());
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QProcess process;
    process.start(python, {galley::test::sourceDir() + QStringLiteral("/tests/export/validate_ninjs.py"),
                           schema, dir.path()});
    QVERIFY(process.waitForFinished(60000));
    const QString output =
        QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput());
    if (process.exitCode() == 77)
        QSKIP(qPrintable(output +
                         QStringLiteral(" (runs when python3-jsonschema and the schema are installed)")));
    QVERIFY2(process.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("3 file(s), 0 error(s)")), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestNinjsExporter)
#include "test_ninjsexporter.moc"
