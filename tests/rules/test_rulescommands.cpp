// SPDX-License-Identifier: GPL-3.0-or-later
// The learning loop on the command line, on a generated same-site page set: import, an edited JSON Lines
// export brought back with import-corrections, rules proposed and accepted, the site re-extracted,
// extract --rules on a loose capture, and the report's figures before and after.
#include "sitefixture.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;
using namespace galley::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runGalley(const QStringList &arguments)
{
    QProcess process;
    process.start(galley::test::galleyBinary(), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

QString fileId(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

QList<QJsonObject> jsonLines(const QByteArray &data)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : data.split('\n')) {
        if (!line.trimmed().isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    }
    return out;
}

QStringList bodyTexts(const QJsonObject &record)
{
    QStringList texts;
    for (const QJsonValue &block : record.value(QStringLiteral("body")).toArray())
        texts.append(block.toObject().value(QStringLiteral("text")).toString());
    return texts;
}

int survived(const QJsonObject &report, const char *rules, const char *field)
{
    return report.value(QStringLiteral("overall"))
        .toObject()
        .value(QLatin1String(rules))
        .toObject()
        .value(QLatin1String(field))
        .toObject()
        .value(QStringLiteral("survived"))
        .toInt(-1);
}

bool initAndImport(const QString &project, const QStringList &files)
{
    return runGalley({QStringLiteral("init"), project, QStringLiteral("--quiet")}).exitCode == 0 &&
           runGalley(QStringList{QStringLiteral("import"), QStringLiteral("--project"), project,
                                 QStringLiteral("--quiet")} +
                     files)
                   .exitCode == 0;
}

} // namespace

class TestRulesCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeLoop();
    void usageAndErrors();
    void sitesMergeSplitAndName();
};

void TestRulesCommands::wholeLoop()
{
    if (!QDir(corpusDir()).exists())
        QSKIP(qPrintable(
            QStringLiteral("the shared corpus is missing at %1 (set GALLEY_SHARED_DIR)").arg(corpusDir())));
    QTemporaryDir dir;
    constexpr int kPages = 12;
    const QStringList files = writeSitePages(corpusTexts(), dir.filePath(QStringLiteral("in")), kPages);
    QCOMPARE(files.size(), kPages + 1);
    QHash<QString, int> pageOf; // record id -> page number
    for (int n = 0; n < files.size(); ++n)
        pageOf.insert(fileId(files.at(n)), n);
    const QString project = dir.filePath(QStringLiteral("project"));
    QVERIFY(initAndImport(project, files));

    // The editor corrects two pages in another tool: the widget line out, the outlet as the credit.
    const Run exported =
        runGalley({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--format"),
                   QStringLiteral("jsonl"), QStringLiteral("--status"), QStringLiteral("new")});
    QCOMPARE(exported.exitCode, 0);
    QByteArray edited;
    for (QJsonObject record : jsonLines(exported.out)) {
        const int n = pageOf.value(
            record.value(QStringLiteral("source")).toObject().value(QStringLiteral("id")).toString(), -1);
        QVERIFY(n >= 0);
        if (n > 1)
            continue;
        QJsonArray body;
        for (const QJsonValue &block : record.value(QStringLiteral("body")).toArray()) {
            if (block.toObject().value(QStringLiteral("text")).toString() != widgetLine(n))
                body.append(block);
        }
        QVERIFY(body.size() < record.value(QStringLiteral("body")).toArray().size());
        record.insert(QStringLiteral("body"), body);
        record.insert(QStringLiteral("credit"), outlet(n));
        record.insert(QStringLiteral("status"), QStringLiteral("reviewed"));
        record.insert(QStringLiteral("reviewer"), QStringLiteral("desk"));
        edited += QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    }
    const QString correctionsFile = dir.filePath(QStringLiteral("corrected.jsonl"));
    QVERIFY(writeText(correctionsFile, QString::fromUtf8(edited)));
    const Run imported = runGalley(
        {QStringLiteral("import-corrections"), QStringLiteral("--project"), project, correctionsFile});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.err.contains(QLatin1String("2 pages corrected")), qPrintable(imported.err));

    const Run before =
        runGalley({QStringLiteral("report"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    QCOMPARE(before.exitCode, 0);
    const QJsonObject reportBefore = QJsonDocument::fromJson(before.out).object();
    QCOMPARE(reportBefore.value(QStringLiteral("overall")).toObject().value(QStringLiteral("pages")).toInt(),
             2);
    QCOMPARE(survived(reportBefore, "withoutRules", "credit"), 0);
    QCOMPARE(survived(reportBefore, "withoutRules", "body"), 0);
    QCOMPARE(survived(reportBefore, "withRules", "credit"), 0);

    const Run proposed = runGalley({QStringLiteral("rules"), QStringLiteral("propose"),
                                    QStringLiteral("--project"), project, QStringLiteral("--json")});
    QCOMPARE(proposed.exitCode, 0);
    const QJsonArray proposals =
        QJsonDocument::fromJson(proposed.out).object().value(QStringLiteral("proposals")).toArray();
    QStringList ids;
    QStringList fields;
    for (const QJsonValue &proposal : proposals) {
        ids.append(proposal.toObject().value(QStringLiteral("id")).toString());
        fields.append(proposal.toObject()
                          .value(QStringLiteral("rule"))
                          .toObject()
                          .value(QStringLiteral("field"))
                          .toString());
        QCOMPARE(proposal.toObject().value(QStringLiteral("pagesChanged")).toInt(), kPages - 2);
    }
    fields.sort();
    QCOMPARE(fields, (QStringList{QStringLiteral("credit"), QStringLiteral("not-article")}));
    const QString site = proposals.first().toObject().value(QStringLiteral("site")).toString();
    // The text form names the rules in the editor's words, with a preview.
    const Run text =
        runGalley({QStringLiteral("rules"), QStringLiteral("propose"), QStringLiteral("--project"), project});
    QVERIFY(text.out.contains("are not part of the article"));
    QVERIFY(text.out.contains(" -> "));

    const Run accepted = runGalley(
        QStringList{QStringLiteral("rules"), QStringLiteral("accept"), QStringLiteral("--project"), project} +
        ids);
    QCOMPARE(accepted.exitCode, 0);
    QVERIFY(QFile::exists(project + QStringLiteral("/rules/") + site + QStringLiteral(".json")));

    const Run after =
        runGalley({QStringLiteral("report"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    const QJsonObject reportAfter = QJsonDocument::fromJson(after.out).object();
    QCOMPARE(survived(reportAfter, "withoutRules", "credit"), 0);
    QCOMPARE(survived(reportAfter, "withRules", "credit"), 2);
    QCOMPARE(survived(reportAfter, "withRules", "body"), 2);

    const Run reextracted = runGalley({QStringLiteral("reextract"), QStringLiteral("--project"), project});
    QCOMPARE(reextracted.exitCode, 0);
    QVERIFY2(reextracted.err.contains(QStringLiteral("%1 pages changed").arg(kPages - 2)),
             qPrintable(reextracted.err));
    QVERIFY2(reextracted.err.contains(QLatin1String("2 kept")), qPrintable(reextracted.err));

    const Run all =
        runGalley({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--format"),
                   QStringLiteral("jsonl"), QStringLiteral("--status"), QStringLiteral("new")});
    int checked = 0;
    for (const QJsonObject &record : jsonLines(all.out)) {
        const int n = pageOf.value(
            record.value(QStringLiteral("source")).toObject().value(QStringLiteral("id")).toString(), -1);
        QVERIFY(n >= 2);
        if (n == kPages) { // the other site: untouched
            QVERIFY(bodyTexts(record).contains(widgetLine(n)));
            QVERIFY(record.value(QStringLiteral("credit")).toString() != outlet(n));
            continue;
        }
        QCOMPARE(record.value(QStringLiteral("credit")).toString(), outlet(n));
        QVERIFY(!bodyTexts(record).contains(widgetLine(n)));
        ++checked;
    }
    QCOMPARE(checked, kPages - 2);

    // The rules folder on loose captures: this site's page changes, the other site's does not.
    const Run loose = runGalley({QStringLiteral("extract"), QStringLiteral("--rules"),
                                 project + QStringLiteral("/rules"), files.at(3), files.at(kPages)});
    QCOMPARE(loose.exitCode, 0);
    const QList<QJsonObject> records = jsonLines(loose.out);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).value(QStringLiteral("credit")).toString(), outlet(3));
    QVERIFY(records.at(1).value(QStringLiteral("credit")).toString() != outlet(kPages));
}

void TestRulesCommands::usageAndErrors()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("project"));
    QCOMPARE(runGalley({QStringLiteral("init"), project, QStringLiteral("--quiet")}).exitCode, 0);
    QCOMPARE(runGalley({QStringLiteral("rules"), QStringLiteral("propose")}).exitCode, 2);
    QCOMPARE(runGalley({QStringLiteral("rules"), QStringLiteral("--project"), project,
                        QStringLiteral("frobnicate")})
                 .exitCode,
             2);
    const Run unknown = runGalley({QStringLiteral("rules"), QStringLiteral("accept"),
                                   QStringLiteral("--project"), project, QStringLiteral("r00000000")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QLatin1String("no proposed rule r00000000")), qPrintable(unknown.err));
    const Run declineUnknown = runGalley({QStringLiteral("rules"), QStringLiteral("decline"),
                                          QStringLiteral("--project"), project, QStringLiteral("r00000000")});
    QCOMPARE(declineUnknown.exitCode, 1);
    QVERIFY2(declineUnknown.err.contains(QLatin1String("no proposed rule r00000000")),
             qPrintable(declineUnknown.err));
    QVERIFY(!QDir(project + QStringLiteral("/rules")).exists()); // nothing written
    QCOMPARE(
        runGalley({QStringLiteral("rules"), QStringLiteral("decline"), QStringLiteral("--project"), project})
            .exitCode,
        2);
    // A damaged rules file is named with its place; extraction goes on, exit 1.
    QDir().mkpath(project + QStringLiteral("/rules"));
    QVERIFY(writeText(
        project + QStringLiteral("/rules/example.org.json"),
        QStringLiteral("{\"format\": 1, \"site\": \"example.org\", \"rules\": [{\"kind\": \"text\", "
                       "\"field\": \"credit\", \"pattern\": \"(\"}]}")));
    const QString page = dir.filePath(QStringLiteral("page.txt"));
    QVERIFY(writeText(page, QStringLiteral("A headline\n\nSome text of an article that is long enough.\n")));
    const Run extract = runGalley(
        {QStringLiteral("extract"), QStringLiteral("--rules"), project + QStringLiteral("/rules"), page});
    QCOMPARE(extract.exitCode, 1);
    QVERIFY2(extract.err.contains(
                 QLatin1String("example.org.json: rules[0]: 'pattern' is not a valid regular expression")),
             qPrintable(extract.err));
    QCOMPARE(jsonLines(extract.out).size(), 1);
    const Run missing = runGalley({QStringLiteral("import-corrections"), QStringLiteral("--project"), project,
                                   dir.filePath(QStringLiteral("none.jsonl"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QLatin1String("none.jsonl")));
    QVERIFY(
        writeText(dir.filePath(QStringLiteral("bad.jsonl")), QStringLiteral("{\"source\": {}}\nnot json\n")));
    const Run bad = runGalley({QStringLiteral("import-corrections"), QStringLiteral("--project"), project,
                               dir.filePath(QStringLiteral("bad.jsonl"))});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QLatin1String("bad.jsonl: line 2: ")), qPrintable(bad.err));
    QVERIFY2(bad.err.contains(QLatin1String("bad.jsonl: line 1: ")), qPrintable(bad.err));
}

namespace {

QJsonObject siteEntry(const QJsonObject &listed, const QString &site)
{
    for (const QJsonValue &entry : listed.value(QStringLiteral("sites")).toArray()) {
        if (entry.toObject().value(QStringLiteral("site")).toString() == site)
            return entry.toObject();
    }
    return {};
}

} // namespace

void TestRulesCommands::sitesMergeSplitAndName()
{
    if (!QDir(corpusDir()).exists())
        QSKIP("the shared corpus is missing");
    // One site whose footer changed on its odd pages (two fingerprints), and one page of another site.
    QTemporaryDir dir;
    constexpr int kPages = 8;
    const QStringList files =
        writeSitePages(corpusTexts(), dir.filePath(QStringLiteral("in")), kPages, /*footerVariant=*/true);
    QCOMPARE(files.size(), kPages + 1);
    const QString project = dir.filePath(QStringLiteral("project"));
    QVERIFY(initAndImport(project, files));
    const auto sites = [&](const QStringList &arguments) {
        return runGalley(QStringList{QStringLiteral("sites")} + arguments.mid(0, 1) +
                         QStringList{QStringLiteral("--project"), project} + arguments.mid(1));
    };
    const auto listed = [&] {
        const Run run = sites({QStringLiteral("list"), QStringLiteral("--json")});
        return run.exitCode == 0 ? QJsonDocument::fromJson(run.out).object() : QJsonObject();
    };
    const auto siteOfPage = [](const QJsonObject &list, const QString &id) {
        for (const QJsonValue &entry : list.value(QStringLiteral("sites")).toArray()) {
            if (entry.toObject().value(QStringLiteral("pages")).toArray().contains(id))
                return entry.toObject().value(QStringLiteral("site")).toString();
        }
        return QString();
    };
    QJsonObject list = listed();
    QCOMPARE(list.value(QStringLiteral("sites")).toArray().size(), 3);
    const QString even = siteOfPage(list, fileId(files.at(0)));
    const QString odd = siteOfPage(list, fileId(files.at(1)));
    const QString other = siteOfPage(list, fileId(files.at(kPages)));
    QVERIFY(!even.isEmpty() && !odd.isEmpty() && even != odd && other != even);
    QCOMPARE(siteEntry(list, even).value(QStringLiteral("pages")).toArray().size(), kPages / 2);

    // Merged: one site of all the pages; the merge is in the rules folder.
    const Run merged = sites({QStringLiteral("merge"), odd, even});
    QCOMPARE(merged.exitCode, 0);
    QVERIFY2(merged.err.contains(odd + QStringLiteral(" merged into ") + even), qPrintable(merged.err));
    QVERIFY(QFile::exists(project + QStringLiteral("/rules/_sites.json")));
    list = listed();
    QCOMPARE(list.value(QStringLiteral("sites")).toArray().size(), 2);
    QCOMPARE(siteEntry(list, even).value(QStringLiteral("pages")).toArray().size(), kPages);
    QCOMPARE(siteEntry(list, even).value(QStringLiteral("merged")).toArray(), QJsonArray{odd});
    QCOMPARE(sites({QStringLiteral("merge"), odd, even}).exitCode, 1); // one site already
    QCOMPARE(sites({QStringLiteral("merge"), QStringLiteral("text-00000000"), even}).exitCode, 1);

    // Split by id prefixes, named: a new site of those pages, without rules.
    const QString first = fileId(files.at(2));
    const QString second = fileId(files.at(3));
    const Run split = sites({QStringLiteral("split"), QStringLiteral("--name"),
                             QStringLiteral("Harbour desk"), first.left(12), second});
    QCOMPARE(split.exitCode, 0);
    const QString newSite = QString::fromUtf8(split.out).trimmed();
    QVERIFY2(newSite.startsWith(even + QLatin1Char('-')), qPrintable(newSite));
    list = listed();
    const QJsonObject entry = siteEntry(list, newSite);
    QCOMPARE(entry.value(QStringLiteral("pages")).toArray().size(), 2);
    QCOMPARE(entry.value(QStringLiteral("name")).toString(), QStringLiteral("Harbour desk"));
    QCOMPARE(entry.value(QStringLiteral("splitFrom")).toString(), even);
    QCOMPARE(entry.value(QStringLiteral("rules")).toInt(), 0);
    QCOMPARE(siteEntry(list, even).value(QStringLiteral("pages")).toArray().size(), kPages - 2);

    // Pages of two sites, an unknown page, an unknown merge: failures, each named.
    const Run twoSites = sites({QStringLiteral("split"), fileId(files.at(4)), fileId(files.at(kPages))});
    QCOMPARE(twoSites.exitCode, 1);
    QVERIFY2(twoSites.err.contains(QLatin1String("must be of one site")), qPrintable(twoSites.err));
    const Run unknown = sites({QStringLiteral("split"), QStringLiteral("0123456789abcdef")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QLatin1String("no page 0123456789abcdef")), qPrintable(unknown.err));
    QCOMPARE(sites({QStringLiteral("unmerge"), odd}).exitCode, 0);
    QCOMPARE(sites({QStringLiteral("unmerge"), odd}).exitCode, 1);
    QCOMPARE(listed().value(QStringLiteral("sites")).toArray().size(), 4);
    QCOMPARE(sites({QStringLiteral("name"), other, QStringLiteral("Other desk")}).exitCode, 0);
    QCOMPARE(siteEntry(listed(), other).value(QStringLiteral("name")).toString(),
             QStringLiteral("Other desk"));

    // Wrong usage: exit code 2.
    QCOMPARE(sites({QStringLiteral("merge"), odd}).exitCode, 2);
    QCOMPARE(sites({QStringLiteral("frob")}).exitCode, 2);
    QCOMPARE(sites({QStringLiteral("list"), QStringLiteral("--name"), QStringLiteral("x")}).exitCode, 2);
    QCOMPARE(runGalley({QStringLiteral("sites"), QStringLiteral("list")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestRulesCommands)
#include "test_rulescommands.moc"
