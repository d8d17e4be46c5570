// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>
#include <functional>

class QLabel;
class QProgressBar;
class QToolButton;

namespace galley {

/// Long work (reading captures, importing) on a worker thread, shown in the status bar as a progress bar
/// with a Cancel button. The GUI never waits for it; the work checks promise.isCanceled() between units.
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<void(QPromise<void> &promise)>;
    using Done = std::function<void(bool canceled)>;

    explicit BackgroundJob(QObject *parent = nullptr);

    /// The widget to put in the status bar (hidden while idle).
    QWidget *widget() const { return m_widget; }
    bool isRunning() const { return m_watcher.isRunning(); }
    /// Whether the window may go on editing while the job runs: an import owns the project store, an
    /// export only reads the saved files.
    enum class Editing { Locked, Allowed };

    /// Starts `work`; `done` runs on the GUI thread afterwards. One job at a time: false if busy.
    bool start(const QString &label, Work work, Done done, Editing editing = Editing::Locked);
    /// Whether the running job (if any) keeps the review panes disabled.
    bool locksEditing() const { return isRunning() && m_editing == Editing::Locked; }
    void cancel();
    /// For tests and shutdown: waits for the job and delivers its result.
    void waitForFinished();

Q_SIGNALS:
    void runningChanged(bool running);
    /// The job's progress, for views other than the status bar (the export dialog).
    void progressChanged(int value, int maximum, const QString &text);

private:
    QThreadPool m_pool;
    QFutureWatcher<void> m_watcher;
    Done m_done;
    Editing m_editing = Editing::Locked;
    QWidget *m_widget;
    QLabel *m_label;
    QLabel *m_detail; ///< the job's own words on its progress ("1,234 pages · 210 pages/s")
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace galley
