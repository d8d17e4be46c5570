// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace galley {

class TextPage;

/// The line of the article's headline, or -1.
///
/// Candidates are the unclaimed lines above the body (and a heading-like line at its top). A headline
/// is title-like (a few to thirty words, no closing full stop, not a list item, not printed all over
/// the page like a menu entry), sits close above the body, and is often printed twice (the heading
/// and a breadcrumb, a share line "… for: <headline>"). Each trait adds to a score; the best wins.
int findHeadline(const TextPage &page, int bodyFirst);

/// The headline's text on line `line`: the line, or its first cell when w3m printed a table row on it
/// (cells apart by a wide run of spaces: "Title      Home").
QStringView headlineText(const TextPage &page, int line);

} // namespace galley
