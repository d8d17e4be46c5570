// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/lockwatch.h"

#include "project/project.h"

#include <QDir>
#include <QFileSystemWatcher>
#include <QTimer>

namespace galley {

LockWatch::LockWatch(QObject *parent)
    : QObject(parent), m_poll(new QTimer(this)), m_watcher(new QFileSystemWatcher(this))
{
    m_poll->setInterval(5000);
    connect(m_poll, &QTimer::timeout, this, &LockWatch::checkNow);
    // The folder changes when the lock file is removed (the holder closed the project).
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &LockWatch::checkNow);
}

void LockWatch::watch(const QString &projectRoot)
{
    stop();
    m_root = QDir(projectRoot).absolutePath();
    m_watcher->addPath(m_root);
    m_poll->start();
}

void LockWatch::stop()
{
    m_poll->stop();
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_root.clear();
}

bool LockWatch::checkNow()
{
    if (m_root.isEmpty() || !Project::isLockAvailable(m_root))
        return false;
    const QString root = m_root;
    stop();
    Q_EMIT released(root);
    return true;
}

} // namespace galley
