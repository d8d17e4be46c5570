// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchcommand.h"
#include "batch/commands.h"
#include "batch/projectcommand.h"
#include "rules/accuracyreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace galley {

namespace {

QJsonObject talliesToJson(const FieldTallies &tallies)
{
    QJsonObject object;
    for (int i = 0; i < kReportFieldCount; ++i)
        object.insert(reportFieldName(ReportField(i)),
                      QJsonObject{{QStringLiteral("survived"), tallies[i].survived},
                                  {QStringLiteral("pages"), tallies[i].pages},
                                  {QStringLiteral("rate"), tallies[i].rate()}});
    return object;
}

QJsonObject siteToJson(const SiteAccuracy &site)
{
    return QJsonObject{{QStringLiteral("site"), site.site},
                       {QStringLiteral("name"), site.name},
                       {QStringLiteral("pages"), site.pages},
                       {QStringLiteral("withoutRules"), talliesToJson(site.withoutRules)},
                       {QStringLiteral("withRules"), talliesToJson(site.withRules)},
                       {QStringLiteral("rateWithoutRules"), site.rate(false)},
                       {QStringLiteral("rateWithRules"), site.rate(true)}};
}

QString percent(double rate)
{
    return QString::number(qRound(rate * 100));
}

// "83→100" when the rules change a field's figure, "83" when they do not.
QString cell(const FieldTally &without, const FieldTally &with)
{
    const QString a = percent(without.rate());
    const QString b = percent(with.rate());
    return a == b ? a : a + QChar(0x2192) + b;
}

void printSite(QTextStream &out, const SiteAccuracy &site)
{
    out << site.name.left(28).leftJustified(29) << QString::number(site.pages).rightJustified(5);
    for (int i = 0; i < kReportFieldCount; ++i)
        out << ' ' << cell(site.withoutRules[i], site.withRules[i]).rightJustified(13);
    out << '\n';
}

} // namespace

int runReportCommand(const QStringList &arguments)
{
    SubcommandLine cli(
        QStringLiteral("report"),
        QStringLiteral(
            "The editor's own accuracy report: for every field, how often the extractor's value survived "
            "review "
            "unchanged, over the project's reviewed pages, per site (worst first) and overall, without and "
            "with "
            "the project's site rules (\"83→100\": 83% without, 100% with). Percentages; --json gives the "
            "counts.\n\n"
            "Exit codes: 0 done, 1 a record or capture could not be read (the rest is still counted), 2 "
            "wrong "
            "usage."));
    const QCommandLineOption projectOption = sharedoption::project();
    const QCommandLineOption jsonOption = sharedoption::json();
    cli.parser().addOptions({projectOption, jsonOption});
    QTextStream err(stderr);
    if (const std::optional<int> done = cli.parse(arguments, 0))
        return *done;
    if (!cli.isSet(projectOption))
        return cli.usage(QStringLiteral("give --project DIR"));
    const auto store = openCommandProject(cli.value(projectOption), Project::Access::ReadOnly, err);
    if (!store)
        return ExitFailure;
    QList<ProjectError> problems = store->problems();
    const RuleBook book = RuleBook::load(store->project().rulesPath(), &problems);
    const QList<SitePage> pages = loadSitePages(*store, book, &problems);
    for (const ProjectError &problem : std::as_const(problems))
        err << "galley: " << problem.toString() << Qt::endl;
    const AccuracyReport report = accuracyReport(pages, book, store->vocabulary());

    QTextStream out(stdout);
    if (cli.isSet(jsonOption)) {
        QJsonArray sites;
        for (const SiteAccuracy &site : report.sites)
            sites.append(siteToJson(site));
        out << QJsonDocument(QJsonObject{{QStringLiteral("project"), store->project().rootPath()},
                                         {QStringLiteral("overall"), siteToJson(report.overall)},
                                         {QStringLiteral("sites"), sites}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << QStringLiteral("site").leftJustified(29) << QStringLiteral("pages").rightJustified(5);
        for (int i = 0; i < kReportFieldCount; ++i)
            out << ' ' << reportFieldName(ReportField(i)).rightJustified(13);
        out << '\n';
        printSite(out, report.overall);
        for (const SiteAccuracy &site : report.sites)
            printSite(out, site);
    }
    return problems.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace galley
