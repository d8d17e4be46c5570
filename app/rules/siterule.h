// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/fieldpath.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace galley {

/// What a site rule does with what it finds: makes it a field's value, or says it is not part of the
/// article (docs/rules.md).
enum class RuleAction { SetField, NotArticle };

/// Where a rule looks: the lines of a text dump, the elements of an HTML page, or the captions the
/// general extractor found (on pages of either kind).
enum class RuleKind { Text, Html, Caption };

/// One learned rule of one site: small, declarative and readable, stored in `rules/<site>.json`.
///
/// A rule finds places in a capture by structure, never by a name written in Galley's code:
/// - HTML: `path`, a chain of elements from an ancestor down to the element ("div#main > div.byline >
///   span"), each step a tag with the stable attributes it had on every example page; plus optionally
///   `pattern`, a regular expression the element's text (white space collapsed) must match.
/// - Text dumps: `pattern`, a regular expression a whole line (trimmed) must match, and optionally
///   `after`, one the previous non-blank line must match (the layout context).
/// - Captions: `pattern`, a regular expression each image caption the extractor found is matched
///   against. A `caption` rule makes the value the caption; a `photo-credit` rule makes the value the
///   photo credit and cuts what the pattern matched out of the caption ("\s*Photo:\s*(.+)$").
/// In `pattern`, capture group 1, when there is one, is the value; otherwise the whole text is.
struct SiteRule
{
    QString id;   ///< "r" + 8 hex digits of the rule's content: the same rule always has the same id
    QString site; ///< the site key (host name or text template id) the rule belongs to
    RuleAction action = RuleAction::NotArticle;
    /// SetField only: headline, published, dateline, credit, publisher, bylines; Images for a caption
    /// rule, with `member` Caption or Credit.
    Field field = Field::Headline;
    Member member = Member::None;
    RuleKind kind = RuleKind::Text;
    QString path; ///< HTML only
    QString pattern;
    QString after;       ///< text only
    QString description; ///< in the editor's words
    int examples = 0;    ///< pages it was learned from

    /// The content the id is made from: everything but id, description and examples.
    QString contentKey() const;
    /// Sets id from contentKey().
    void assignId();

    bool isHtml() const { return kind == RuleKind::Html; }
    bool isCaption() const { return kind == RuleKind::Caption; }

    bool operator==(const SiteRule &) const = default;
};

/// The fields a SetField rule may set (the top-level text fields and the bylines).
bool isRuleField(Field field);
/// "not-article" for NotArticle, "caption" or "photo-credit" for a caption rule, else the field's name.
QString ruleTargetName(const SiteRule &rule);

QJsonObject siteRuleToJson(const SiteRule &rule);
/// Reads one rule of `site`; false with *error saying what is wrong (the caller adds file and place).
/// Regular expressions are checked here, so a rule that loads can always be applied.
bool siteRuleFromJson(const QJsonObject &object, const QString &site, SiteRule *rule, QString *error);

} // namespace galley
