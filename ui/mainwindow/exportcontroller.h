// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/exportdialog.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace galley {

class BackgroundJob;
class ReviewController;
class SessionController;

/// File → Export…: makes sure the open page is saved (or the editor chose to export without it), shows
/// the export dialog and runs the export it asks for as a background job that leaves the window usable.
///
/// The job reads the saved records through a read-only project store of its own (as `galley export`
/// does), so it never shares the window's store across threads and never writes into the project.
class ExportController : public QObject
{
    Q_OBJECT

public:
    ExportController(QWidget *window, SessionController *sessions, ReviewController *review,
                     BackgroundJob *job);

    /// Opens the dialog for the open project; false (with a message) when there is nothing to export from
    /// or the editor cancelled at the unsaved-corrections question.
    bool showDialog();
    /// The dialog of the open project, once shown.
    ExportDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    /// The export ended; `summary` says what was written (also shown in the dialog).
    void finished(const QString &summary);
    void message(const QString &text);

private:
    bool saveOpenPage();
    void run(const ExportDialog::Request &request);

    QWidget *m_window;
    SessionController *m_sessions;
    ReviewController *m_review;
    BackgroundJob *m_job;
    QPointer<ExportDialog> m_dialog;
    bool m_running = false;
};

} // namespace galley
