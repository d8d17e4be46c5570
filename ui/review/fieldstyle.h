// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>

class QPalette;

namespace galley {

/// The groups of fields the raw pane colours alike, in legend order.
enum class FieldKind { Headline, Byline, Date, Credit, Caption, PhotoCredit, Body, Contributor };

/// The kind of a provenance path ("images/0/credit" is a PhotoCredit).
FieldKind fieldKind(const QString &path);
QString fieldKindName(FieldKind kind);
QList<FieldKind> allFieldKinds();
/// A highlight colour readable under text of `palette` (translucent, so it suits light and dark themes).
QColor fieldColor(FieldKind kind, const QPalette &palette);
/// A human name for a field path: "Byline 2", "Image 1 caption".
QString fieldDisplayName(const QString &path);

} // namespace galley
