// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/agencytable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace galley {

namespace {

bool isWordBoundary(QStringView text, qsizetype i)
{
    return i < 0 || i >= text.size() || !text[i].isLetterOrNumber();
}

QStringView trimPunctuation(QStringView s)
{
    s = s.trimmed();
    while (!s.isEmpty() && !s.front().isLetterOrNumber())
        s = s.mid(1);
    while (!s.isEmpty() && !s.back().isLetterOrNumber())
        s.chop(1);
    return s;
}

} // namespace

const AgencyTable &AgencyTable::builtin()
{
    static const AgencyTable table = [] {
        AgencyTable t;
        QFile file(QStringLiteral(":/galley/data/agencies.json"));
        if (!file.open(QIODevice::ReadOnly))
            return t;
        const QJsonArray agencies =
            QJsonDocument::fromJson(file.readAll()).object().value(u"agencies").toArray();
        for (const QJsonValue &value : agencies) {
            const QJsonObject agency = value.toObject();
            const QString name = agency.value(u"name").toString();
            QStringList aliases;
            for (const QJsonValue &alias : agency.value(u"aliases").toArray())
                aliases.append(alias.toString());
            aliases.append(name);
            aliases.removeDuplicates();
            for (const QString &alias : std::as_const(aliases)) {
                // An all-capital short alias is an acronym; in lower case it is an ordinary word.
                const bool acronym = alias.size() <= 4 && alias == alias.toUpper();
                t.m_aliases.append({alias, name, acronym});
            }
        }
        std::stable_sort(t.m_aliases.begin(), t.m_aliases.end(),
                         [](const Alias &a, const Alias &b) { return a.text.size() > b.text.size(); });
        return t;
    }();
    return table;
}

QString AgencyTable::canonical(QStringView name) const
{
    const QStringView trimmed = trimPunctuation(name);
    for (const Alias &alias : m_aliases) {
        if (alias.text.size() != trimmed.size())
            continue;
        if (alias.capitalsOnly ? trimmed == alias.text
                               : trimmed.compare(alias.text, Qt::CaseInsensitive) == 0)
            return alias.canonical;
    }
    return {};
}

QString AgencyTable::findIn(QStringView text, qsizetype *position, qsizetype *length) const
{
    for (const Alias &alias : m_aliases) {
        const Qt::CaseSensitivity cs = alias.capitalsOnly ? Qt::CaseSensitive : Qt::CaseInsensitive;
        for (qsizetype at = text.indexOf(alias.text, 0, cs); at >= 0;
             at = text.indexOf(alias.text, at + 1, cs)) {
            if (isWordBoundary(text, at - 1) && isWordBoundary(text, at + alias.text.size())) {
                if (position)
                    *position = at;
                if (length)
                    *length = alias.text.size();
                return alias.canonical;
            }
        }
    }
    return {};
}

} // namespace galley
