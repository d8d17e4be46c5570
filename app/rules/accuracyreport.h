// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/common/vocabulary.h"
#include "rules/rulebook.h"
#include "rules/sitepages.h"

#include <QList>
#include <QString>
#include <array>

namespace galley {

/// The fields the accuracy report counts, in its column order.
enum class ReportField { Headline, Bylines, Credit, Date, Dateline, Captions, PhotoCredits, Body };
inline constexpr int kReportFieldCount = 8;

/// "headline", "bylines", "credit", "date", "dateline", "captions", "photo credits", "body"
QString reportFieldName(ReportField field);
/// A field's value in a form that compares as the editor sees it (lists joined, body blocks in order).
QString reportFieldValue(const Article &article, ReportField field);

/// How often the extractor's value of one field survived review unchanged.
struct FieldTally
{
    int survived = 0;
    int pages = 0;
    double rate() const { return pages > 0 ? double(survived) / pages : 0.0; }
};

using FieldTallies = std::array<FieldTally, kReportFieldCount>;

/// One site's (or all sites') reviewed pages, extracted without and with the project's rules.
struct SiteAccuracy
{
    QString site;
    QString name;
    int pages = 0;
    FieldTallies withoutRules{};
    FieldTallies withRules{};
    /// The share of all field values that survived (every field of every page counts once).
    double rate(bool rules) const;
};

struct AccuracyReport
{
    SiteAccuracy overall;
    QList<SiteAccuracy> sites; ///< worst first (with rules), then by name
};

/// The editor's own accuracy figures: every reviewed page of `pages` extracted again, by the general
/// extractor alone and with its site's rules from `book`, each field compared with the reviewed record.
AccuracyReport accuracyReport(const QList<SitePage> &pages, const RuleBook &book,
                              const Vocabulary &vocabulary);

} // namespace galley
