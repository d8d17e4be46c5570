// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>

namespace galley {

/// Work a view needs done off the GUI thread (reading and extracting a project's pages), whose result
/// counts only while it is the latest asked for: start() runs `work` on the thread pool and hands the
/// result to `done` on the GUI thread, unless start() or drop() came since (the project changed: the
/// result is stale and ignored). `work` must not touch the caller's objects (it runs on another thread).
template<typename T> class LatestResult
{
public:
    explicit LatestResult(QObject *owner) : m_owner(owner) {}

    void start(std::function<T()> work, std::function<void(const T &)> done)
    {
        drop();
        const quint64 generation = m_generation;
        auto *watcher = new QFutureWatcher<T>(m_owner);
        m_watcher = watcher;
        m_done = std::move(done);
        QObject::connect(watcher, &QFutureWatcher<T>::finished, m_owner, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation == m_generation)
                deliver(watcher);
        });
        watcher->setFuture(QtConcurrent::run(std::move(work)));
    }

    /// Forgets the running work: its result will be ignored.
    void drop()
    {
        ++m_generation;
        m_watcher = nullptr;
    }

    bool isRunning() const { return !m_watcher.isNull(); }

    /// Waits for the running work and hands its result over now (an action needs the result).
    void settle()
    {
        if (QFutureWatcher<T> *watcher = m_watcher) {
            watcher->waitForFinished();
            ++m_generation; // the finished signal still to come has nothing more to do
            deliver(watcher);
        }
    }

private:
    void deliver(QFutureWatcher<T> *watcher)
    {
        m_watcher = nullptr;
        m_done(watcher->result());
    }

    QObject *m_owner;
    QPointer<QFutureWatcher<T>> m_watcher;
    std::function<void(const T &)> m_done;
    quint64 m_generation = 0;
};

} // namespace galley
