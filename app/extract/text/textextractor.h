// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capture.h"
#include "extract/common/vocabulary.h"
#include "record/record.h"

namespace galley {

/// The article of a plain-text page dump (the page flattened to lines, chrome included).
Article extractTextArticle(const Capture &capture, const Vocabulary &vocabulary);

} // namespace galley
