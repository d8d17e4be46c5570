// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/accuracyreport.h"

#include "rules/ruleapplication.h"

#include <QMap>

namespace galley {

namespace {

QString joined(const QList<Image> &images, QString Image::*member)
{
    QStringList values;
    for (const Image &image : images)
        values.append(image.*member);
    return values.join(QLatin1Char('\n'));
}

void tally(FieldTallies *tallies, const Article &extracted, const Article &reviewed)
{
    for (int i = 0; i < kReportFieldCount; ++i) {
        const auto field = ReportField(i);
        ++(*tallies)[i].pages;
        if (reportFieldValue(extracted, field) == reportFieldValue(reviewed, field))
            ++(*tallies)[i].survived;
    }
}

double overallRate(const FieldTallies &tallies)
{
    int survived = 0;
    int values = 0;
    for (const FieldTally &field : tallies) {
        survived += field.survived;
        values += field.pages;
    }
    return values > 0 ? double(survived) / values : 0.0;
}

} // namespace

QString reportFieldName(ReportField field)
{
    switch (field) {
    case ReportField::Headline:
        return QStringLiteral("headline");
    case ReportField::Bylines:
        return QStringLiteral("bylines");
    case ReportField::Credit:
        return QStringLiteral("credit");
    case ReportField::Date:
        return QStringLiteral("date");
    case ReportField::Dateline:
        return QStringLiteral("dateline");
    case ReportField::Captions:
        return QStringLiteral("captions");
    case ReportField::PhotoCredits:
        return QStringLiteral("photo credits");
    case ReportField::Body:
        return QStringLiteral("body");
    }
    return {};
}

QString reportFieldValue(const Article &article, ReportField field)
{
    switch (field) {
    case ReportField::Headline:
        return article.headline;
    case ReportField::Bylines:
        return article.bylines.join(QLatin1Char('\n'));
    case ReportField::Credit:
        return article.credit;
    case ReportField::Date:
        return article.published;
    case ReportField::Dateline:
        return article.dateline;
    case ReportField::Captions:
        return joined(article.images, &Image::caption);
    case ReportField::PhotoCredits:
        return joined(article.images, &Image::credit);
    case ReportField::Body:
        return article.text();
    }
    return {};
}

double SiteAccuracy::rate(bool rules) const
{
    return overallRate(rules ? withRules : withoutRules);
}

AccuracyReport accuracyReport(const QList<SitePage> &pages, const RuleBook &book,
                              const Vocabulary &vocabulary)
{
    AccuracyReport report;
    report.overall.name = QStringLiteral("overall");
    QMap<QString, SiteAccuracy> sites;
    for (const SitePage &page : pages) {
        if (page.record.status != ReviewStatus::Reviewed)
            continue;
        const Article &reviewed = page.record.corrected;
        const Article ruled =
            applySiteRules(page.capture, page.general, book.rulesFor(page.site), vocabulary);
        SiteAccuracy &site = sites[page.site];
        site.site = page.site;
        site.name = page.site.isEmpty() ? QStringLiteral("(unknown site)") : book.displayName(page.site);
        for (SiteAccuracy *target : {&site, &report.overall}) {
            ++target->pages;
            tally(&target->withoutRules, page.general, reviewed);
            tally(&target->withRules, ruled, reviewed);
        }
    }
    report.sites = sites.values();
    std::stable_sort(report.sites.begin(), report.sites.end(),
                     [](const SiteAccuracy &a, const SiteAccuracy &b) {
                         if (a.rate(true) != b.rate(true))
                             return a.rate(true) < b.rate(true);
                         return a.name < b.name;
                     });
    return report;
}

} // namespace galley
