// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchcommand.h"
#include "batch/commands.h"
#include "batch/projectcommand.h"
#include "rules/accuracyreport.h"

#include <QCommandLineParser>
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
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The editor's own accuracy report: for every field, how often the extractor's value survived review "
        "unchanged, over the project's reviewed pages, per site (worst first) and overall, without and with "
        "the project's site rules (\"83→100\": 83% without, 100% with). Percentages; --json gives the "
        "counts.\n\n"
        "Exit codes: 0 done, 1 a record or capture could not be read (the rest is still counted), 2 wrong "
        "usage."));
    parser.addHelpOption();
    const QCommandLineOption projectOption(QStringLiteral("project"), QStringLiteral("The project folder."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({projectOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("report"), QStringLiteral("The command."));
    QTextStream err(stderr);
    const auto usage = [&](const QString &message) {
        err << "galley report: " << message << "\nTry 'galley report --help'.\n";
        return ExitUsage;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() > 1)
        return usage(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().at(1)));
    if (!parser.isSet(projectOption))
        return usage(QStringLiteral("give --project DIR"));
    const auto store = openCommandProject(parser.value(projectOption), Project::Access::ReadOnly, err);
    if (!store)
        return ExitFailure;
    QList<ProjectError> problems = store->problems();
    const RuleBook book = RuleBook::load(store->project().rulesPath(), &problems);
    const QList<SitePage> pages = loadSitePages(*store, &problems);
    for (const ProjectError &problem : std::as_const(problems))
        err << "galley: " << problem.toString() << Qt::endl;
    const AccuracyReport report = accuracyReport(pages, book, store->vocabulary());

    QTextStream out(stdout);
    if (parser.isSet(jsonOption)) {
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
