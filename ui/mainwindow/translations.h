// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLocale;

namespace galley {

/// Installs the window's translation for `locale` (resources/translations/galley_<lang>.ts, compiled into
/// the binary at build time) and Qt's own for its standard buttons (from the Qt installation, when
/// there). Returns whether Galley has a translation for the locale; English needs none.
bool installTranslations(const QLocale &locale);

} // namespace galley
