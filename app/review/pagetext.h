// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace galley {

/// Text shown for a capture (the review window's capture pane) plus, for each shown character, the offset
/// in Capture::text() it came from, so provenance spans (offsets into the capture) can be drawn on the
/// shown text and a click on the shown text can find the value it fed.
struct TextMap
{
    QString text;
    /// sourceAt[i] is the capture offset of text[i]; one extra entry for the end. Non-decreasing.
    QList<qsizetype> sourceAt;
    /// sourceEnd[i] is where text[i]'s source ends ("&amp;" is five source characters for one shown);
    /// equal to sourceAt[i] for characters the layout made up (line breaks, "[image").
    QList<qsizetype> sourceEnd;

    /// The text as it is (text dumps, the HTML source tab).
    static TextMap identity(const QString &text);

    /// Shown position of capture offset `source`: the first shown character at or after it.
    qsizetype toShown(qsizetype source) const;
    /// Capture offset of shown position `shown`.
    qsizetype toSource(qsizetype shown) const;
    /// The capture span of the shown range [shownStart, shownEnd).
    std::pair<qsizetype, qsizetype> sourceRange(qsizetype shownStart, qsizetype shownEnd) const;
    /// A capture span [start, end) as a shown range; false when nothing of it is shown.
    bool shownRange(qsizetype start, qsizetype end, qsizetype *shownStart, qsizetype *shownEnd) const;
};

/// Lays an HTML page out as readable text, the way a text browser does, from the engine's own parse
/// (HtmlDocument, the one the extractors read): block elements start new lines (paragraphs and headings
/// get a blank line), white space collapses outside <pre>, <head>, <script>, <style> and other invisible
/// parts are left out, images show as "[image: alt]". Characters are decoded by the same parser as the
/// extracted body ("&bdquo;" is „ in both), and each keeps the source span of the characters it stands
/// for, so provenance can be drawn on it. Malformed markup only makes the view less tidy; no offset ever
/// points outside the source, and offsets never decrease.
TextMap renderHtmlAsText(const QString &html);

} // namespace galley
