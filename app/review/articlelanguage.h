// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/record.h"

#include <QString>

namespace galley {

/// The language an article is written in, as the code of its stop-word table ("de", "en"), or empty when
/// its words hit no table often enough (a language without a table, or too little text). The same vote
/// the text extractor takes over a page (StopWords::builtin()), over the headline, captions and body:
/// the window's spell checking picks its dictionary from it.
QString articleLanguage(const Article &article);

} // namespace galley
