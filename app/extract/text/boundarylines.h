// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace galley {

/// Whether a short line is one of the labels that sites print where an article ends and something
/// else begins: comment sections, related links, share bars, author boxes, newsletter sign-ups,
/// previous/next navigation ("Leave a Reply", "Related Articles", "You may also like", "Kommentare").
/// A general vocabulary, matched at the start of lines of at most six words, case-insensitively.
bool isSectionBoundary(QStringView line, int words);

} // namespace galley
