// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLocale;

namespace galley {

/// Installs the window's translation for `locale` (resources/translations/galley_<lang>.ts, compiled into
/// the binary at build time) and Qt's own for its standard buttons (from the Qt installation, when
/// there), over the English plural forms, which every locale gets. Returns whether the window reads in
/// the locale's language (English, or a language Galley has a translation for).
bool installTranslations(const QLocale &locale);

} // namespace galley
