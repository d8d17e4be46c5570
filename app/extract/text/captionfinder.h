// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/sourcespan.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace galley {

class TextPage;

/// An image caption found in a dump, printed once or several times.
struct CaptionHit
{
    QString caption;
    QString credit;
    QList<SourceSpan> captionSpans;
    QList<SourceSpan> creditSpans;
    QList<int> lines; ///< every line that printed it (or its credit)
};

/// Finds picture captions in a dump and claims their lines (LineRole::Caption / PhotoCredit), so
/// they never pass for body prose. Signals, none of which knows a site:
///  - a line followed by a picture-credit line ("Photo: …", "… / Getty Images", "Name, AP");
///  - a line ending in a credit ("… (AP Photo/…)", "… REUTERS/Name", "…Credit...Name");
///  - a long line printed again straight away (the alt text and the caption of the same image),
///    or again with "less"/"more" (collapsible gallery captions);
///  - a short line glued under an image placeholder ("[photo-123]").
/// The same caption printed in several places is one hit with several spans. Captions are looked
/// for in lines [from, to) (the region of the article); their copies anywhere.
QList<CaptionHit> findCaptions(TextPage &page, int from, int to);

/// A cheap look before the caption parser's regular expressions: a line that may end in a photo
/// credit has one of its marks (a bracket, a slash, "©", "Photo", "Getty", an agency) near its end.
bool mayHoldCredit(QStringView line);

} // namespace galley
