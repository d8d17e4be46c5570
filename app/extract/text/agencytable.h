// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace galley {

/// The news agencies of resources/data/agencies.json: canonical credit and the names it is printed
/// under. Interim copy for the text extractor until the shared credit parser (extract/common) lands.
class AgencyTable
{
public:
    static const AgencyTable &builtin();

    /// The canonical name when `name` as a whole is one of the aliases (case-insensitive, surrounding
    /// punctuation ignored), else empty. "REUTERS" and "Thomson Reuters" give "Reuters".
    QString canonical(QStringView name) const;

    /// The canonical name of the first alias found as whole words inside `text`, else empty. Short
    /// all-capital aliases ("AP", "PA") only match when printed in capitals, so "pa" or "Ap" in prose
    /// do not count; `position` gets the alias's offset in `text`.
    QString findIn(QStringView text, qsizetype *position = nullptr, qsizetype *length = nullptr) const;

private:
    struct Alias
    {
        QString text;
        QString canonical;
        bool capitalsOnly = false;
    };
    QList<Alias> m_aliases; // longest first, so "AP Photo" wins over "AP"
};

} // namespace galley
