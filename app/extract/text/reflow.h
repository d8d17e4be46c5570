// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/sourcespan.h"

#include <QString>
#include <vector>

namespace galley {

/// A text dump rebuilt as the finders expect it (one logical line per paragraph), with the offset of
/// each of its characters in the capture, so every value found in it still points at its own bytes.
///
/// Dump tools wrap paragraphs at a fixed width (`w3m -dump` at 80 columns, `lynx -dump` at 72 with
/// paragraphs indented by 3, `links -dump` at 80) and lynx prints a link marker before every link
/// ("[12]Next story") and the link list ("References") at the end. The finders read a paragraph per
/// line, so wrapped paragraphs are joined back and the markers and the link list left out.
struct ReflowedText
{
    /// A run of the logical text copied from the capture in one piece (or one replacement character):
    /// text[at + k] is capture[from + k] up to the next run. A run per joint and per dropped marker
    /// instead of an offset per character: a 60 MB dump needs a few MB for them, not 480.
    struct Run
    {
        qsizetype at;
        qsizetype from;
    };

    QString text;          ///< the logical text (empty when the capture needed no change)
    std::vector<Run> runs; ///< ascending `at`; the last one maps the end of `text` to the capture's end
    int wrapWidth = 0;     ///< the width the dump was wrapped at, 0 when it was not
    bool changed = false;  ///< false: read the capture as it is

    /// A span of `text` as a span of the capture (the characters between its first and last one
    /// included: the line breaks and indentation of a joined paragraph, a dropped link marker).
    SourceSpan toCapture(const SourceSpan &span) const;

    /// Where text[i] is in the capture (i == text.size(): the capture's end). Reads the runs alone, so
    /// it still answers once `text` was moved out.
    qsizetype captureOffset(qsizetype i) const;
};

/// The width a dump's paragraphs were wrapped at, 0 when they were not: the width most lines that go on
/// in the next line end just under, since the next line's first word did not fit (and few lines with
/// a space to break at are longer). Columns count as a terminal shows them (a CJK character takes two).
int detectWrapWidth(const QString &capture);

/// The capture with wrapped paragraphs joined (at the detected width, across a fixed indent and list
/// markers' hanging indents; never lists, table rows, image placeholders or short lines), link markers
/// and lynx's link list dropped. `changed` is false when none of that applied.
ReflowedText reflowDump(const QString &capture);

} // namespace galley
