// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/common/vocabulary.h"
#include "record/sourcespan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace galley {

class TextPage;

/// Who wrote the story, as printed between the headline and the body.
struct BylineResult
{
    QStringList names;           ///< persons, plain names, page order
    QList<SourceSpan> nameSpans; ///< one per name
    QString agency;              ///< canonical agency named in the byline position ("Reuters")
    SourceSpan agencySpan;
    QList<int> lines; ///< the lines that carried them (claimed as LineRole::Byline)
};

/// Finds the byline in the lines around the headline and the top of the body: "By A and B",
/// "Von A", a "By" line followed by the name, "Name - date", "Name @handle", "Name, Job Title",
/// "Author:" labels, or a bare name right under the headline. An agency in that position ("Reuters",
/// "By Jane Doe, Associated Press") is the credit, never a byline. Which lines to read is decided
/// here; what a line says is parseByline()'s job (extract/common). Without a byline there, a dated
/// signature line further up, inside the body run or under it (up to `bodyLast` + 30 lines) names the
/// writer.
BylineResult findByline(TextPage &page, int headline, int bodyFirst, int bodyLast = -1);

/// Whether a parsed name may stand as a byline: a capital (or a script without case), no section or
/// button word, not an agency, and one word only when `singleAllowed` ("By Regan") or in a script
/// without case, which writes a whole name as one word ("김철수").
bool isPlausibleByline(const Vocabulary &vocabulary, const QString &name, bool singleAllowed);

} // namespace galley
