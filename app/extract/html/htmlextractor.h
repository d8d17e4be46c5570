// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capture.h"
#include "extract/common/vocabulary.h"
#include "record/record.h"

namespace galley {

/// The article of an HTML page (plain HTML, or the HTML page of an MHTML/WARC capture). What a size
/// bound left out (docs/security.md) is appended to `warnings`, one sentence each.
Article extractHtmlArticle(const Capture &capture, const Vocabulary &vocabulary,
                           QStringList *warnings = nullptr);

} // namespace galley
