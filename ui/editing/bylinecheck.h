// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace galley {

class AgencyTable;

/// Why a byline entry looks wrong; None when it looks like a person's name.
enum class BylineProblem { None, Empty, HasBy, JobTitle, Agency };

/// Checks one byline entry. Job titles come from a small vocabulary of newsroom roles.
BylineProblem checkByline(const QString &byline, const AgencyTable &agencies);
/// A sentence for the editor, e.g. "“Reuters” is an agency: set it as the credit".
QString bylineProblemText(BylineProblem problem, const QString &byline);

/// Splits "By A and B", "A, B and C", "A & B" into names, dropping a leading "By" and trailing
/// job titles after a comma or dash ("Jane Doe, Staff Writer"). A single name comes back unchanged.
QStringList splitByline(const QString &byline);

} // namespace galley
