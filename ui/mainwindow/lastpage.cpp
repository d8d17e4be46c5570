// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/lastpage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>

namespace galley::lastpage {

namespace {

// A settings key per project: a hash of the path, since a path's slashes would nest settings groups.
QString key(const QString &projectPath)
{
    const QByteArray path = QDir::cleanPath(QDir(projectPath).absolutePath()).toUtf8();
    return QStringLiteral("lastPage/") +
           QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}

} // namespace

void remember(const QString &projectPath, const QString &id)
{
    if (!projectPath.isEmpty() && !id.isEmpty())
        QSettings().setValue(key(projectPath), id);
}

QString recall(const QString &projectPath)
{
    return projectPath.isEmpty() ? QString() : QSettings().value(key(projectPath)).toString();
}

} // namespace galley::lastpage
