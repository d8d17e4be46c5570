// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/common/vocabulary.h"
#include "review/articledraft.h"

#include <QStringView>

namespace galley::corrections {

/// Makes the draft say what `target` says (a corrected record from another tool, e.g. an edited JSON
/// Lines export), through the same correction operations an editor uses, so values are normalised and
/// provenance is where each value is printed in `captureText`, or none:
/// - headline, date, dateline, credit, publisher, bylines and image captions and photo credits are typed;
/// - body blocks not in `target` are excluded, blocks only in `target` are added (from the capture when
///   printed there).
/// Contributors and image addresses are left as they are. Returns the number of values changed.
int correctTo(ArticleDraft *draft, const Article &target, const Vocabulary &vocabulary,
              QStringView captureText);

} // namespace galley::corrections
