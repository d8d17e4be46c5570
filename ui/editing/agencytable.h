// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace galley {

/// The agency table (resources/data/agencies.json): canonical credits and the names they are printed
/// under. The UI uses it for the credit combo and for warnings, never for extraction.
class AgencyTable
{
public:
    struct Agency
    {
        QString name;
        QStringList aliases;
    };

    /// The table compiled into the engine (":/galley/data/agencies.json"); loaded once.
    static const AgencyTable &builtIn();
    static AgencyTable fromJson(const QByteArray &json);

    const QList<Agency> &agencies() const { return m_agencies; }
    QStringList names() const;
    /// The canonical name when `text` is an agency name or alias (case-insensitive), else empty.
    QString canonical(const QString &text) const;
    /// The first agency printed in `text` as a whole word, else empty.
    QString findIn(const QString &text) const;

private:
    QList<Agency> m_agencies;
};

} // namespace galley
