// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capture.h"
#include "extract/common/vocabulary.h"
#include "record/record.h"
#include "rules/rulebook.h"
#include "rules/siterule.h"

#include <QList>

namespace galley {

class HtmlDocument;

/// One place a rule found in a capture: the whole line or element, and the value inside it.
struct RuleMatch
{
    SourceSpan place;
    SourceSpan value;
    QString valueText;
};

/// The places `rule` finds in a capture's text: lines of a text dump, or elements of `document` (the
/// capture parsed, for HTML rules; null for a text dump, where HTML rules find nothing).
QList<RuleMatch> findRuleMatches(const SiteRule &rule, const QString &captureText,
                                 const HtmlDocument *document);

/// The provenance `via` of a value a rule set: "rule:<id>".
QString ruleVia(const SiteRule &rule);

/// `article` (the general extractor's) with `rules` applied in order, as the editor's corrections would
/// be (app/review corrections): a NotArticle rule marks each place it finds not part of the article;
/// a SetField rule sets its field from the first place it finds, normalised like a selection, with
/// provenance via "rule:<id>". Only rules of the capture's kind apply (HTML rules to HTML pages); the
/// caller passes the rules of the capture's own site only (siteKey()). A rule that finds nothing
/// changes nothing.
Article applySiteRules(const Capture &capture, const Article &article, const QList<SiteRule> &rules,
                       const Vocabulary &vocabulary);

/// The general extractor's record of a capture with the rules of its site (RuleBook::siteOf()) from `book`
/// applied: what `galley import` and `galley extract --rules` write. `warnings` as for extractRecord().
Record extractRecordWithRules(const Capture &capture, const Vocabulary &vocabulary, const RuleBook &book,
                              QStringList *warnings = nullptr);

} // namespace galley
