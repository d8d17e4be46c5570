// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/common/vocabulary.h"

#include <QString>
#include <QStringView>

namespace galley {

/// Where a credit line was found and what kind of line it was.
enum class CreditKind {
    None,
    Signature,   ///< "— The Associated Press", "(Reuters)" on its own, an agency author box
    Copyright,   ///< "© AFP 2024", "Copyright 2024 The Associated Press. All rights reserved."
    Syndication, ///< "This article first appeared in Futurism.", "Originally published on ..."
};

/// A credit found in a line; offsets are into the parsed text.
struct CreditMatch
{
    QString credit;     ///< canonical agency name when known (resources/data/agencies.json), else as printed
    bool known = false; ///< the credit is in the agency table
    CreditKind kind = CreditKind::None;
    qsizetype start = -1; ///< of the printed name
    qsizetype end = -1;
    bool isValid() const { return kind != CreditKind::None; }
};

/// Finds a credit in a short line or paragraph end: agency signatures ("— The Associated Press",
/// "Associated Press" alone), copyright notes naming an agency ("© AFP", "Copyright 2024 The
/// Associated Press") and syndication notes ("This article first appeared in X", "originally appeared
/// on X", "Republished with permission from X"). A copyright or signature counts only for a known
/// agency, since any site prints "© 2024 Its Own Name"; a syndication note names any outlet.
CreditMatch findCredit(const Vocabulary &vocabulary, QStringView text);

/// The credit as printed, cleaned of "The ... staff"/"wire" clutter and normalised through the agency
/// table ("AP" -> "The Associated Press"); outlets that are not agencies keep their printed name.
QString normaliseCredit(const Vocabulary &vocabulary, QStringView printed, bool *known = nullptr);

} // namespace galley
