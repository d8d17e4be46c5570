// SPDX-License-Identifier: GPL-3.0-or-later
#include "editing/agencytable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace galley {

const AgencyTable &AgencyTable::builtIn()
{
    static const AgencyTable table = [] {
        QFile file(QStringLiteral(":/galley/data/agencies.json"));
        return file.open(QIODevice::ReadOnly) ? fromJson(file.readAll()) : AgencyTable();
    }();
    return table;
}

AgencyTable AgencyTable::fromJson(const QByteArray &json)
{
    AgencyTable table;
    const QJsonArray agencies =
        QJsonDocument::fromJson(json).object().value(QLatin1String("agencies")).toArray();
    for (const QJsonValue &value : agencies) {
        Agency agency;
        agency.name = value.toObject().value(QLatin1String("name")).toString();
        for (const QJsonValue &alias : value.toObject().value(QLatin1String("aliases")).toArray())
            agency.aliases.append(alias.toString());
        if (!agency.name.isEmpty())
            table.m_agencies.append(agency);
    }
    return table;
}

QStringList AgencyTable::names() const
{
    QStringList result;
    for (const Agency &agency : m_agencies)
        result.append(agency.name);
    return result;
}

QString AgencyTable::canonical(const QString &text) const
{
    const QString wanted = text.trimmed();
    for (const Agency &agency : m_agencies) {
        if (agency.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return agency.name;
        for (const QString &alias : agency.aliases) {
            if (alias.compare(wanted, Qt::CaseInsensitive) == 0)
                return agency.name;
        }
    }
    return {};
}

QString AgencyTable::findIn(const QString &text) const
{
    for (const Agency &agency : m_agencies) {
        for (const QString &alias : agency.aliases) {
            // Short aliases ("AP", "PA") are only trusted in capitals, or they match ordinary words.
            const bool strictCase = alias.size() <= 3;
            const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(alias)),
                                          strictCase ? QRegularExpression::NoPatternOption
                                                     : QRegularExpression::CaseInsensitiveOption);
            if (word.match(text).hasMatch())
                return agency.name;
        }
    }
    return {};
}

} // namespace galley
