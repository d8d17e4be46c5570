// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capture.h"
#include "record/record.h"

namespace galley {

/// Extracts the article from one capture page, choosing the extractor by the page's content kind.
/// Pure: the same capture always gives the same article; safe to call from several threads at once.
Article extractArticle(const Capture &capture);

/// extractArticle() plus the capture's source description.
Record extractRecord(const Capture &capture);

} // namespace galley
