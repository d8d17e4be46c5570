// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/exportcontroller.h"

#include "dialogs/dialogs.h"
#include "editing/recorddocument.h"
#include "export/exportjob.h"
#include "mainwindow/backgroundjob.h"
#include "mainwindow/projectsession.h"
#include "mainwindow/reviewcontroller.h"
#include "mainwindow/sessioncontroller.h"
#include "project/projectstore.h"

#include <QDir>
#include <QFileInfo>
#include <QWidget>
#include <atomic>

namespace galley {

namespace {

/// What the worker found and wrote; read on the GUI thread once the job is over.
struct ExportOutcome
{
    /// Whether the worker ran at all: a job cancelled before its thread picks it up never calls the work
    /// (QtConcurrent::run checks the promise first), and then nothing was read or written.
    bool ran = false;
    int articles = 0;
    QStringList problems; ///< records that could not be read, the project not opened
    ExportResult result;
};

/// The worker: reads the selected records from disk and writes them. Progress runs over both halves
/// (reading, then writing), so the bar moves from the start.
void runExport(const QString &root, const ExportDialog::Request &request, QPromise<void> &promise,
               ExportOutcome *outcome)
{
    outcome->ran = true;
    ProjectError error;
    ProjectStore::Options options;
    options.access = Project::Access::ReadOnly;
    options.watch = false;
    const auto store = ProjectStore::open(root, &error, options);
    if (!store) {
        outcome->problems.append(error.toString());
        return;
    }
    for (const ProjectError &problem : store->problems())
        outcome->problems.append(problem.toString());
    QStringList ids;
    for (const RecordSummary &summary : store->summaries()) {
        if (!request.status || summary.status == *request.status)
            ids.append(summary.id);
    }
    const int total = int(ids.size());
    promise.setProgressRange(0, 2 * total);
    QList<ReviewRecord> records;
    for (int i = 0; i < total; ++i) {
        if (promise.isCanceled()) {
            outcome->result.cancelled = true;
            return;
        }
        promise.setProgressValueAndText(i, ExportController::tr("Reading %1 of %2").arg(i + 1).arg(total));
        ReviewRecord record;
        if (store->load(ids.at(i), &record, &error))
            records.append(record);
        else
            outcome->problems.append(error.toString());
    }
    records = selectForExport(records, request.status);
    outcome->articles = int(records.size());
    if (records.isEmpty())
        return;
    // Exporters poll an atomic flag; the promise is what Cancel sets, so each progress report passes it on.
    std::atomic<bool> cancel{promise.isCanceled()};
    const ExportMonitor monitor(
        [&](qsizetype done, qsizetype count) {
            promise.setProgressValueAndText(int(total + done),
                                            ExportController::tr("Writing %1 of %2").arg(done).arg(count));
            if (promise.isCanceled())
                cancel.store(true, std::memory_order_relaxed);
        },
        &cancel);
    if (promise.isCanceled()) {
        outcome->result.cancelled = true;
        return;
    }
    // A new file may be asked for in a folder that does not exist yet (the project's exports/ at first).
    const QString folder = request.exporter->layout() == Exporter::Layout::Stream
                               ? QFileInfo(request.path).absolutePath()
                               : request.path;
    if (!QDir().mkpath(folder)) {
        outcome->problems.append(
            ExportController::tr("%1: cannot create the folder").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    outcome->result = exportToPath(*request.exporter, records, request.path, monitor);
}

QString articlesText(int count)
{
    return count == 1 ? ExportController::tr("1 article") : ExportController::tr("%1 articles").arg(count);
}

} // namespace

ExportController::ExportController(QWidget *window, SessionController *sessions, ReviewController *review,
                                   BackgroundJob *job)
    : QObject(window), m_window(window), m_sessions(sessions), m_review(review), m_job(job)
{
    connect(m_job, &BackgroundJob::progressChanged, this,
            [this](int value, int maximum, const QString &text) {
                if (m_running && m_dialog)
                    m_dialog->setProgress(value, maximum, text);
            });
}

bool ExportController::saveOpenPage()
{
    RecordDocument *doc = m_review->document();
    if (!doc || !doc->isModified())
        return true;
    // The export reads the saved pages: corrections still in the editor would silently be left out.
    const auto answer = dialogs::question(
        m_window, tr("Unsaved corrections"),
        tr("The open page has corrections that are not saved yet. The export reads the saved pages.\n\n"
           "Save them before exporting?"),
        QMessageBox::Save | QMessageBox::Ignore | QMessageBox::Cancel, QMessageBox::Save,
        {{QMessageBox::Ignore, tr("Export Without Them")}});
    if (answer == QMessageBox::Save)
        return m_review->save();
    return answer == QMessageBox::Ignore;
}

bool ExportController::showDialog()
{
    auto *project = qobject_cast<ProjectSession *>(m_sessions->session());
    if (!project || project->isSuspended()) {
        Q_EMIT message(tr("Open a project to export its articles."));
        return false;
    }
    if (!saveOpenPage())
        return false;
    if (m_dialog && m_dialog->property("projectRoot").toString() != project->rootPath() && !m_running)
        delete m_dialog;
    if (!m_dialog) {
        m_dialog = new ExportDialog(project->rootPath(), project->exportsPath(), m_window);
        m_dialog->setProperty("projectRoot", project->rootPath());
        connect(m_dialog, &ExportDialog::exportRequested, this, &ExportController::run);
        connect(m_dialog, &ExportDialog::cancelRequested, m_job, &BackgroundJob::cancel);
    }
    m_dialog->setSummaries(project->summaries());
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return true;
}

void ExportController::run(const ExportDialog::Request &request)
{
    auto *project = qobject_cast<ProjectSession *>(m_sessions->session());
    if (!project || !request.exporter)
        return;
    if (m_job->isRunning()) {
        m_dialog->showResult(tr("Another job is running; export when it is over."), QString());
        return;
    }
    const QString root = project->rootPath();
    auto outcome = std::make_shared<ExportOutcome>();
    m_running = true;
    m_dialog->setRunning(true);
    m_job->start(
        tr("Exporting"),
        [root, request, outcome](QPromise<void> &promise) {
            runExport(root, request, promise, outcome.get());
        },
        // What the worker did decides the summary, not whether Cancel was pressed: a Cancel that comes after
        // the last file was written cancels nothing.
        [this, request, outcome](bool canceled) {
            m_running = false;
            if (!outcome->ran)
                outcome->result.cancelled = canceled;
            const ExportResult &result = outcome->result;
            const bool perArticle = request.exporter->layout() == Exporter::Layout::FilePerArticle;
            const QString folder = perArticle ? request.path : QFileInfo(request.path).absolutePath();
            QString text;
            if (result.cancelled) {
                text = result.files.isEmpty()
                           ? tr("Export cancelled; nothing was written.")
                           : tr("Export cancelled after %n file(s) in %1.", nullptr, int(result.files.size()))
                                 .arg(QDir::toNativeSeparators(folder));
            } else if (outcome->articles == 0) {
                text = tr("No article to export; nothing was written.");
            } else if (!result.files.isEmpty()) {
                text = tr("Wrote %1 to %2.")
                           .arg(articlesText(outcome->articles),
                                QDir::toNativeSeparators(perArticle ? folder : result.files.first()));
            } else {
                text = tr("Nothing was written.");
            }
            const QStringList problems = outcome->problems + result.errors;
            if (!problems.isEmpty())
                text += QLatin1Char('\n') +
                        (problems.size() == 1 ? tr("Problem:") : tr("%1 problems:").arg(problems.size())) +
                        QLatin1Char('\n') + problems.mid(0, 5).join(QLatin1Char('\n'));
            if (m_dialog)
                m_dialog->showResult(text, result.files.isEmpty() ? QString() : folder);
            Q_EMIT finished(text.section(QLatin1Char('\n'), 0, 0));
        },
        BackgroundJob::Editing::Allowed);
}

} // namespace galley
