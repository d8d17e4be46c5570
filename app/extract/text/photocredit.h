// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace galley {

/// A part of a string: offset and length (so the caller can turn it into a capture span).
struct TextPiece
{
    qsizetype start = -1;
    qsizetype length = 0;
    bool isValid() const { return start >= 0; }
    QStringView in(QStringView text) const { return text.mid(start, length); }
};

/// A caption line split into the caption proper and its photo credit.
struct CreditSplit
{
    TextPiece caption; ///< invalid when the whole line is a credit
    TextPiece credit;  ///< invalid when no credit was found
};

/// Interim string-level photo-credit parsing for text dumps (the shared parser in extract/common
/// replaces it once it lands).
///
/// A line that is only a credit: "Photo: Damian Dovarganes, AP", "(Image: © TNG Collaboration)",
/// "Sanjeev Verma/Hindustan Times/Getty Images", "Natalie Naccache | Bloomberg | Getty Images",
/// "Michael Conroy, AP". The credit piece excludes labels, brackets and copyright notices.
CreditSplit parseCreditLine(QStringView line);

/// A caption with the credit printed at its end: "... June 5, 2014. (AP Photo/Virginia Mayo)",
/// "... in 2019. REUTERS/Brendan McDermid", "... last week.Credit...Anna Moneymaker/The New York
/// Times", "... 2019. © Reuters / David Mercado", "... 2019. Photo: Damian Dovarganes, AP".
/// Returns an invalid credit when the line does not end in one.
CreditSplit splitTrailingCredit(QStringView line);

} // namespace galley
