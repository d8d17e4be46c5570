// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capture.h"
#include "extract/common/vocabulary.h"
#include "record/record.h"

namespace galley {

/// Extracts the article from one capture page, choosing the extractor by the page's content kind,
/// deciding with `vocabulary` (the shipped tables unless a project adds its agency overrides).
/// Pure: the same capture and vocabulary always give the same article; safe to call from several
/// threads at once.
/// What a size bound left out of a hostile page (docs/security.md) is appended to `warnings`.
Article extractArticle(const Capture &capture, const Vocabulary &vocabulary, QStringList *warnings = nullptr);

/// extractArticle() plus the capture's source description.
Record extractRecord(const Capture &capture, const Vocabulary &vocabulary, QStringList *warnings = nullptr);

} // namespace galley
