// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/record.h"

#include <QList>
#include <QString>

namespace galley {

class AgencyTable;

/// A problem an editor should look at, and the field to jump to.
struct FieldWarning
{
    QString field; ///< provenance-style path: "headline", "bylines/1", "images/0/caption", "credit"
    QString message;
    bool operator==(const FieldWarning &) const = default;
};

/// The warnings for an article: no headline; a byline that is a job title, an agency or contains "By";
/// a caption whose text is also in the body; a picture the page gave no usable address for; an agency printed
/// in the article's text while the credit is empty; a published date that is not ISO 8601.
QList<FieldWarning> fieldWarnings(const Article &article, const AgencyTable &agencies);

} // namespace galley
