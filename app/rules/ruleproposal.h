// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/common/vocabulary.h"
#include "rules/rulebook.h"
#include "rules/sitepages.h"
#include "rules/siterule.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace galley {

/// One value a rule changes on a page: the field ("credit", "body") and the text before and after
/// (empty when the value is added or removed).
struct ValueChange
{
    QString pageId;
    QString field;
    QString before;
    QString after;
    bool operator==(const ValueChange &) const = default;
};

/// A rule learned from corrections, with what accepting it would do to the other pages of its site.
struct RuleProposal
{
    SiteRule rule;
    QStringList examplePages; ///< ids of the corrected pages it was learned from
    int otherPages = 0;       ///< pages of the site a re-extraction may change (not the editor's)
    int pagesChanged = 0;     ///< of those, pages where a value changes
    int valuesChanged = 0;
    QList<ValueChange> preview; ///< the first few changes, in page order
};

/// The values that differ between two articles of one page, field by field (body blocks one by one).
QList<ValueChange> articleChanges(const QString &pageId, const Article &before, const Article &after);

/// Rules proposed from the correction history of `pages`: where two or more pages of one site had the
/// same kind of correction (the same field taken from the same kind of line or element, or the same
/// kind of line or block marked not part of the article), a rule saying so, in the editor's words
/// ("On example.com, lines like '…' are not part of the article"), checked to reproduce the corrections
/// on the pages it came from, and its effect on the site's other pages. Rules `book` holds already, and
/// proposals the editor declined (RuleBook::isDeclined()), are not proposed again; a proposal the editor
/// edited (RuleBook::editOf()) is proposed as edited. In site order, then most examples first.
QList<RuleProposal> proposeRules(const QList<SitePage> &pages, const RuleBook &book,
                                 const Vocabulary &vocabulary);

/// What `rule` would do to the pages of its site a re-extraction may change, on top of the site's
/// accepted rules in `book`: the same figures and preview a proposal has. The window shows it for a
/// rule the editor edited before accepting it; `examplePages` are left out of the count (they are the
/// editor's). `reproducesExamples` says whether the rule still makes the editor's correction on each of them.
RuleProposal previewRule(const SiteRule &rule, const QStringList &examplePages, const QList<SitePage> &pages,
                         const RuleBook &book, const Vocabulary &vocabulary,
                         bool *reproducesExamples = nullptr);

inline constexpr int kPreviewChanges = 5;

} // namespace galley
