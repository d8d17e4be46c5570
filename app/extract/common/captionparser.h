// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/common/vocabulary.h"

#include <QString>
#include <QStringView>

namespace galley {

/// A caption split into its text and its photo credit; offsets are into the parsed text.
struct CaptionParts
{
    QString caption; ///< without the credit; may be empty when only a credit is printed
    QString credit;  ///< e.g. "Virginia Mayo/AP", "Getty Images"; empty when none
    qsizetype captionStart = -1;
    qsizetype captionEnd = -1;
    qsizetype creditStart = -1;
    qsizetype creditEnd = -1;
};

/// Splits a caption from its photo credit: "Shinzo Abe in Brussels. (AP Photo/Virginia Mayo)",
/// "... 2019. REUTERS/Brendan McDermid", "... Photo: Jane Doe", "(Foto: dpa)", "Getty Images",
/// "... Image: NASA". The credit keeps its printed form, but for the "(AP Photo/Name)" convention, which
/// becomes "Name/AP" (the agency's own style); labels such as "Photo:" are dropped.
CaptionParts splitCaption(const Vocabulary &vocabulary, QStringView text);

/// Whether the whole of `text` reads as a photo credit (a credit element's content), e.g.
/// "Getty Images", "REUTERS/Brendan McDermid", "Photo: Jane Doe", "Damian Dovarganes, AP".
bool looksLikePhotoCredit(const Vocabulary &vocabulary, QStringView text);

/// A line that is nothing but a picture's credit, printed on its own beside the story ("Main image
/// credit: Getty", "Top photo: Jane Roe/Reuters", "Getty Images"): `credit` holds it without its label,
/// `creditStart`/`creditEnd` where it is in `text`; `caption` stays empty. Empty parts for anything else.
/// A label may follow up to two words ("Main image credit:"); then the label or the words must name a
/// picture (photocredits.json *pictureWords*) or the credit be a picture source or agency, so
/// "Source: Ministry of Health" is no picture credit.
CaptionParts pictureCreditLine(const Vocabulary &vocabulary, QStringView text);

/// A credit element's text without its label: "Photo: Jane Doe" -> "Jane Doe", "(AP Photo/Evan Vucci)" ->
/// "Evan Vucci/AP".
QString cleanPhotoCredit(QStringView text);

} // namespace galley
