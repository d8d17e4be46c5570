// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/common/vocabulary.h"
#include "record/record.h"
#include "review/fieldpath.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace galley {

/// Why a byline entry looks wrong; None when it looks like a person's name.
enum class BylineProblem { None, Empty, HasBy, JobTitle, Agency };

/// Checks one byline entry with the extractor's own vocabulary: the "By"-words and job titles of
/// resources/data/bylines.json (several languages) and the agency table of `vocabulary`.
BylineProblem checkByline(const QString &byline, const Vocabulary &vocabulary);
/// A sentence for the editor, e.g. "“Reuters” is an agency: set it as the credit".
QString bylineProblemText(BylineProblem problem, const QString &byline);

/// The names parseByline() finds in a byline ("By A and B", "A, B und C", "A, Staff Writer"), in
/// order; the byline itself (trimmed) when it finds none.
QStringList splitByline(const QString &byline, const Vocabulary &vocabulary);

/// Whether `value` is an ISO 8601 date or date-time ("2014-06-05", "2014-06-05T14:30:00Z"), the form
/// the record keeps dates in.
bool isIsoDate(const QString &value);

/// What a warning is about; its name (warningKindName) is what `galley check --json` prints.
enum class WarningKind {
    NoHeadline,
    Byline,
    CaptionInBody,
    ImageWithoutAddress,
    ImageAddressNotUrl,
    MissingCredit,
    DateNotIso
};
QString warningKindName(WarningKind kind);

/// A problem an editor should look at, and the field to jump to.
struct FieldWarning
{
    WarningKind kind = WarningKind::NoHeadline;
    FieldPath field;
    QString message;
    bool operator==(const FieldWarning &) const = default;
};

/// The warnings for an article, in field order: no headline; a byline that is empty, a job title, an
/// agency or starts with "By"; a caption whose text is also in the body; a picture the page gave no
/// usable address for (the extractor marks its span); an image address that is not a URL reference (the
/// extractor's own test, imageurl::isUrlReference: a typed "see above" or "photo.jpg?" is not); an agency
/// named in the body (by the same rules as extraction: short names only as written) while the credit is
/// empty; a published date that is not ISO 8601. The review window and `galley check` both show these.
QList<FieldWarning> fieldWarnings(const Article &article, const Vocabulary &vocabulary);

} // namespace galley
