// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace galley {

/// Watches the lock of a project the window opened read-only (another Galley holds it) and says when it
/// is released, so the window can reopen the project for editing. The lock file's removal is noticed
/// at once (QFileSystemWatcher); a slow poll covers file systems that do not report it. checkNow() is
/// the whole decision (tests call it directly rather than wait for a timer).
class LockWatch : public QObject
{
    Q_OBJECT

public:
    explicit LockWatch(QObject *parent = nullptr);

    void watch(const QString &projectRoot);
    void stop();
    QString watchedRoot() const { return m_root; }
    /// Whether the lock is free now; if so, released() is emitted and watching stops.
    bool checkNow();

Q_SIGNALS:
    void released(const QString &projectRoot);

private:
    QString m_root;
    QTimer *m_poll;
    QFileSystemWatcher *m_watcher;
};

} // namespace galley
