// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace galley {

/// A count with its noun for the command line's summaries, which are English: "1 page", "3 pages",
/// "0 pages". `many` defaults to `one` + "s"; irregular nouns pass it ("1 capture file", "2 capture files"
/// is regular; "1 copy", "2 copies" is not).
inline QString counted(qsizetype n, const char *one, const char *many = nullptr)
{
    const QString count = QString::number(n) + QLatin1Char(' ');
    if (n == 1)
        return count + QLatin1StringView(one);
    return many ? count + QLatin1StringView(many) : count + QLatin1StringView(one) + QLatin1Char('s');
}

} // namespace galley
