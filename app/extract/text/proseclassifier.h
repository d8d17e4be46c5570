// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace galley {

class TextPage;

/// How much a line looks like article prose (the classes of jusText).
enum class ProseClass { Skip, Bad, Short, NearGood, Good };

/// Classifies the page's unclaimed lines (claimed lines get Skip and are invisible to the context
/// rules), jusText-style: first each line alone, by length, stop-word density (or, for a page in a
/// language without a table, sentence punctuation), list bullets and repetition; then short and
/// near-good lines take the class of their surroundings, so a short paragraph or a subheading inside
/// the article becomes good while a short line among menus stays bad.
QList<ProseClass> classifyProse(const TextPage &page);

} // namespace galley
