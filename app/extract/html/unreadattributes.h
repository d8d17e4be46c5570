// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace galley {

/// Whether no extractor ever reads the attribute `name` (any case): SVG path data (`d`), event
/// handlers (`on...`) and data attributes other than the image addresses and captions htmlimages.cpp
/// reads. They are long (a fifth of the attribute bytes of the corpus pages) and libxml2 reads every
/// byte of an attribute value through two calls, so the extractor's parse leaves them out
/// (HtmlDocument::Attributes::ReadByExtractors). A reader of a new data attribute adds it here; Debug
/// builds assert when an extractor asks for one of these names.
bool isUnreadByExtractors(std::string_view name);

} // namespace galley
