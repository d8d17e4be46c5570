// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/backgroundjob.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>
#include <QtConcurrent>

namespace galley {

BackgroundJob::BackgroundJob(QObject *parent)
    : QObject(parent), m_widget(new QWidget), m_label(new QLabel), m_detail(new QLabel),
      m_bar(new QProgressBar), m_cancel(new QToolButton)
{
    m_widget->setObjectName(QStringLiteral("jobProgress"));
    m_detail->setObjectName(QStringLiteral("jobProgressDetail"));
    m_bar->setObjectName(QStringLiteral("jobProgressBar"));
    m_bar->setAccessibleName(tr("Progress"));
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(true);
    m_cancel->setObjectName(QStringLiteral("jobCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the running job"));
    auto *layout = new QHBoxLayout(m_widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_detail);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_widget->hide();
    // A pool of its own: the import itself extracts pages in parallel on the global pool, and must find
    // it free rather than wait behind this job.
    m_pool.setMaxThreadCount(1);

    connect(m_cancel, &QToolButton::clicked, this, &BackgroundJob::cancel);
    connect(&m_watcher, &QFutureWatcher<void>::progressRangeChanged, m_bar, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<void>::progressValueChanged, m_bar, &QProgressBar::setValue);
    // The bar keeps its percentage; the words go beside it, where a long text is not cut.
    connect(&m_watcher, &QFutureWatcher<void>::progressTextChanged, m_detail, &QLabel::setText);
    const auto forward = [this] {
        Q_EMIT progressChanged(m_watcher.progressValue(), m_watcher.progressMaximum(),
                               m_watcher.progressText());
    };
    connect(&m_watcher, &QFutureWatcher<void>::progressValueChanged, this, forward);
    connect(&m_watcher, &QFutureWatcher<void>::progressRangeChanged, this, forward);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        m_widget->hide();
        Done done = std::move(m_done);
        m_done = nullptr;
        Q_EMIT runningChanged(false);
        if (done)
            done(m_watcher.isCanceled());
    });
}

bool BackgroundJob::start(const QString &label, Work work, Done done, Editing editing)
{
    if (isRunning())
        return false;
    m_done = std::move(done);
    m_editing = editing;
    m_label->setText(label);
    m_bar->setRange(0, 0);
    m_bar->setFormat(QStringLiteral("%p%"));
    m_detail->clear();
    m_cancel->setEnabled(true);
    m_widget->show();
    m_watcher.setFuture(
        QtConcurrent::run(&m_pool, [work = std::move(work)](QPromise<void> &promise) { work(promise); }));
    Q_EMIT runningChanged(true);
    return true;
}

void BackgroundJob::cancel()
{
    m_cancel->setEnabled(false);
    m_watcher.cancel();
}

void BackgroundJob::waitForFinished()
{
    m_watcher.waitForFinished();
    QCoreApplication::sendPostedEvents(&m_watcher); // deliver finished() now
}

} // namespace galley
