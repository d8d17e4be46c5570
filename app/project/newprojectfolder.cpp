// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/newprojectfolder.h"

#include <QDir>
#include <QFileInfo>

namespace galley {

namespace {

// What a failed `galley init` leaves (project.cpp writes these before galley.json) and a repository
// made for the project first: a folder holding only these is still "empty" for a new project.
bool isLeftByInitOrVcs(const QFileInfo &entry)
{
    const QString name = entry.fileName();
    if (entry.isSymLink())
        return false;
    if (name == QLatin1String(".git"))
        return entry.isDir();
    if (name == QLatin1String(".gitignore"))
        return entry.isFile();
    if (name == QLatin1String("records") || name == QLatin1String("captures") ||
        name == QLatin1String("exports"))
        return entry.isDir() &&
               QDir(entry.filePath())
                   .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    return false;
}

} // namespace

bool checkNewProjectFolder(const QString &dir, ProjectError *error)
{
    if (dir.trimmed().isEmpty())
        return fail(error, {ProjectError::Invalid, dir, {}, QStringLiteral("no folder given")});
    const QString root = QDir::cleanPath(QDir(dir).absolutePath());
    const QFileInfo info(root);
    if (QDir(root).isRoot())
        return fail(error, {ProjectError::Invalid,
                            root,
                            {},
                            QStringLiteral("is the filesystem root; a project needs a folder of its own "
                                           "(an empty or new one)")});
    if (!info.exists() && !info.isSymLink())
        return true;
    if (!info.isDir())
        return fail(error, {ProjectError::Invalid, root, {}, QStringLiteral("exists and is not a folder")});
    QDir folder(root);
    if (!folder.isReadable())
        return fail(error,
                    {ProjectError::Io, root, {}, QStringLiteral("cannot be read (permission denied)")});
    const QFileInfoList entries = folder.entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    QStringList foreign;
    for (const QFileInfo &entry : entries) {
        if (!isLeftByInitOrVcs(entry))
            foreign.append(entry.fileName());
    }
    if (foreign.isEmpty())
        return true;
    QStringList shown = foreign.mid(0, 3);
    for (QString &name : shown)
        name = QLatin1Char('"') + name + QLatin1Char('"');
    const QString examples =
        shown.join(QStringLiteral(", ")) + (foreign.size() > 3 ? QStringLiteral(", ...") : QString());
    return fail(
        error,
        {ProjectError::Invalid,
         root,
         {},
         QStringLiteral("is not empty (%1 %2: %3); a project is created only in an empty or new folder")
             .arg(foreign.size())
             .arg(foreign.size() == 1 ? QStringLiteral("entry") : QStringLiteral("entries"), examples)});
}

} // namespace galley
