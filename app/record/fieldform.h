// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/record.h"

#include <QList>
#include <QString>

// The form each article field must have for every export to state it: names and credits on one line,
// the published date as an ISO 8601 date. One rule for both ends: the review window shows
// formProblems() while an editor types, and exports that need the form (NewsML-G2, whose names and
// credit lines are g2normalizedString and whose dates are XML Schema dates) write normalised().
namespace galley::fieldform {

/// Whether the field at `field` (a provenance-style path: "credit", "bylines/1", "contributors/0/name",
/// "images/2/credit") holds a single line: bylines, contributor names and roles, credit, publisher and
/// photo credits. Headline, dateline, captions and body keep their line breaks.
bool isSingleLine(const QString &field);

/// `text` on one line: each run of white space that holds a tab or a line break becomes one space, and
/// the ends are trimmed.
QString oneLine(const QString &text);

/// `published` as an ISO 8601 date in the XML Schema forms ("2026", "2026-03", "2026-03-05",
/// "2026-03-05T14:30:00" with optional fraction and zone). Repairs only what is unambiguous: white space
/// around it, a space instead of "T", missing seconds ("14:30" -> "14:30:00") and a zone without colon
/// ("+0100" -> "+01:00"). Empty when `published` is no such date ("yesterday", "5 March 2026",
/// "2026-02-30").
QString isoDate(const QString &published);

/// A field whose value an export would have to change, and why (translated, for the window).
struct FieldProblem
{
    QString field; ///< provenance-style path, as FieldWarning::field in the window
    QString message;
    bool operator==(const FieldProblem &) const = default;
};

/// The problems of `article`: a tab or line break in a one-line field, a published value that is not a
/// date. Empty when every export writes the article as it is.
QList<FieldProblem> formProblems(const Article &article);

/// `article` in the form: one-line fields made one line, `published` as isoDate() (empty when it is no
/// date). Other fields are unchanged.
Article normalised(const Article &article);

} // namespace galley::fieldform
