// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/common/vocabulary.h"
#include "project/projecterror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace galley {

/// One override of the credit table (resources/data/agencies.json): the canonical credit and the names
/// it is printed under. An override with the name of a shipped agency replaces it.
struct CreditOverride
{
    QString name;
    QStringList aliases;
    bool operator==(const CreditOverride &) const = default;
};

/// Per-project settings kept in the manifest.
struct ProjectSettings
{
    QStringList reviewers;                 ///< names offered in the reviewer field, in the order given
    QList<CreditOverride> creditOverrides; ///< project-specific agencies and aliases
    bool operator==(const ProjectSettings &) const = default;

    /// The vocabulary extraction and review of this project decide with: the shipped tables plus the
    /// credit overrides. Compiles the agency patterns: keep the value rather than asking again.
    Vocabulary vocabulary() const;
};

/// galley.json: what makes a folder a Galley project. It rarely changes (settings only), so it is the
/// one shared file editors are unlikely to both touch.
struct ProjectManifest
{
    static constexpr int kFormatVersion = 1;

    int formatVersion = kFormatVersion;
    QString name;
    QDateTime created; ///< UTC
    ProjectSettings settings;
    bool operator==(const ProjectManifest &) const = default;
};

QJsonObject manifestToJson(const ProjectManifest &manifest);
/// Reads galley.json content; `path` is only used to name the file in errors. A manifest from a newer
/// format version is refused (NewerVersion), so an old Galley never rewrites what it does not understand.
bool manifestFromJson(const QJsonObject &object, const QString &path, ProjectManifest *manifest,
                      ProjectError *error);

} // namespace galley
