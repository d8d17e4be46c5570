// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <string_view>

namespace galley {

/// libxml2 checks each attribute of a tag against all the others before it: a tag with a million
/// attributes costs a trillion comparisons (issue 18). Real pages stay well under a hundred, so the
/// attributes after the first `maxPerTag` of a tag are blanked with spaces before parsing. Blanking
/// keeps every byte where it was, so source offsets stay exact. One pass over the bytes; raw-text
/// elements (script, style, ...) and comments are skipped as the HTML tokenizer skips them.
/// Returns how many tags were capped.
/// Attributes whose name `blank` accepts are blanked too (name, '=' and quoted value), when written
/// plainly enough that libxml2 would read the same attribute and in ASCII; others are left as they are.
int capAttributesPerTag(QByteArray *html, int maxPerTag, bool (*blank)(std::string_view name) = nullptr);

} // namespace galley
