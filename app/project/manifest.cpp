// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/manifest.h"

#include "record/reviewrecordjson.h"

#include <QJsonArray>

namespace galley {

namespace {

bool stringList(const QJsonValue &value, QStringList *out)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString())
            return false;
        out->append(v.toString());
    }
    return true;
}

} // namespace

Vocabulary ProjectSettings::vocabulary() const
{
    QList<agencies::Agency> overrides;
    for (const CreditOverride &o : creditOverrides)
        overrides.append({o.name, o.aliases});
    return Vocabulary(overrides);
}

QJsonObject manifestToJson(const ProjectManifest &m)
{
    QJsonArray overrides;
    for (const CreditOverride &o : m.settings.creditOverrides)
        overrides.append(QJsonObject{{QStringLiteral("name"), o.name},
                                     {QStringLiteral("aliases"), QJsonArray::fromStringList(o.aliases)}});
    return QJsonObject{
        {QStringLiteral("formatVersion"), m.formatVersion},
        {QStringLiteral("name"), m.name},
        {QStringLiteral("created"), timestampToJson(m.created)},
        {QStringLiteral("settings"),
         QJsonObject{{QStringLiteral("reviewers"), QJsonArray::fromStringList(m.settings.reviewers)},
                     {QStringLiteral("creditOverrides"), overrides}}}};
}

bool manifestFromJson(const QJsonObject &o, const QString &path, ProjectManifest *manifest,
                      ProjectError *error)
{
    const auto corrupt = [&](const QString &message) {
        return fail(error, {ProjectError::Corrupt, path, {}, message});
    };
    const QJsonValue version = o.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toInt() < 1)
        return corrupt(QStringLiteral("\"formatVersion\" should be a positive integer"));
    if (version.toInt() > ProjectManifest::kFormatVersion)
        return fail(error,
                    {ProjectError::NewerVersion,
                     path,
                     {},
                     QStringLiteral("project format version %1 is newer than this Galley understands (%2)")
                         .arg(version.toInt())
                         .arg(ProjectManifest::kFormatVersion)});
    ProjectManifest out;
    out.formatVersion = version.toInt();
    const QJsonValue name = o.value(QStringLiteral("name"));
    if (!name.isString())
        return corrupt(QStringLiteral("\"name\" should be a string"));
    out.name = name.toString();
    out.created = timestampFromJson(o.value(QStringLiteral("created")));

    const QJsonValue settingsValue = o.value(QStringLiteral("settings"));
    if (!settingsValue.isUndefined() && !settingsValue.isObject())
        return corrupt(QStringLiteral("\"settings\" should be an object"));
    const QJsonObject settings = settingsValue.toObject();
    if (!stringList(settings.value(QStringLiteral("reviewers")), &out.settings.reviewers))
        return corrupt(QStringLiteral("\"settings.reviewers\" should be a list of strings"));
    const QJsonValue overrides = settings.value(QStringLiteral("creditOverrides"));
    if (!overrides.isUndefined() && !overrides.isNull() && !overrides.isArray())
        return corrupt(QStringLiteral("\"settings.creditOverrides\" should be an array"));
    for (const QJsonValue &v : overrides.toArray()) {
        CreditOverride entry;
        const QJsonObject e = v.toObject();
        entry.name = e.value(QStringLiteral("name")).toString();
        if (!v.isObject() || entry.name.isEmpty() ||
            !stringList(e.value(QStringLiteral("aliases")), &entry.aliases))
            return corrupt(
                QStringLiteral("\"settings.creditOverrides[]\" should be {name, aliases: [string]}"));
        out.settings.creditOverrides.append(entry);
    }
    *manifest = std::move(out);
    return true;
}

} // namespace galley
