// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace galley {

/// Decodes character references left in a value after parsing ("&#163;", "&amp;#8211;", "&quot;"):
/// pages that escape twice put them in meta tags and JSON-LD, and the reader must see the character.
QString decodeLeftoverEntities(const QString &text);

} // namespace galley
