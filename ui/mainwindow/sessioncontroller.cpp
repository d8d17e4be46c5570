// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/sessioncontroller.h"

#include "capture/capturereader.h"
#include "dialogs/dialogs.h"
#include "dialogs/newprojectdialog.h"
#include "mainwindow/backgroundjob.h"
#include "mainwindow/importrate.h"
#include "mainwindow/projectsession.h"
#include "mainwindow/reviewcontroller.h"
#include "project/importer.h"
#include "project/project.h"
#include "project/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

namespace galley {

namespace {

const auto kRecentKey = QLatin1String("session/recentProjects");
const auto kLastKey = QLatin1String("session/lastProject");
constexpr int kMaxRecent = 8;

struct JobOutcome
{
    int pages = 0;
    int skipped = 0;
    QList<Problem> problems; ///< every one goes to the Problems panel; the status bar names the first
    QList<LooseSession::Page> loosePages;
    std::unique_ptr<ProjectStore> store; ///< an import's store, handed to the window when it is over
};

/// The import job's work on the worker thread: every capture under `paths` into `store`, with progress
/// and Cancel through `promise`. The importer ends here, before the store is handed to the window.
void importCaptures(ProjectStore &store, const QStringList &paths, JobOutcome &outcome,
                    QPromise<void> &promise)
{
    const QStringList files = expandCapturePaths(
        paths, [&](const CaptureError &e) { outcome.problems.append(Problem::from(Problem::Import, e)); });
    Importer importer(store);
    importer.setErrorHandler(
        [&](const ProjectError &e) { outcome.problems.append(Problem::from(Problem::Import, e)); });
    // Cancel is heard between batches of pages, inside an archive too; what was written stays.
    importer.setCancelCheck([&promise] { return promise.isCanceled(); });
    promise.setProgressRange(0, ImportProgressScale);
    QElapsedTimer clock;
    clock.start();
    importer.setProgressHandler([&](const ImportProgress &p) {
        const ImportRate rate = importRate(p, clock.elapsed());
        promise.setProgressValueAndText(rate.permille, rate.text);
    });
    const ImportResult result = importer.importPaths(files);
    outcome.pages += result.pagesImported;
    outcome.skipped += result.pagesSkipped;
}

QString problemsSuffix(const QList<Problem> &problems)
{
    if (problems.isEmpty())
        return {};
    return QCoreApplication::translate("galley::SessionController",
                                       "; problems: %1 (%2 in all, see Problems)")
        .arg(problems.first().toString())
        .arg(problems.size());
}

} // namespace

SessionController::SessionController(QWidget *window, ReviewController *review, BackgroundJob *job)
    : QObject(window), m_window(window), m_review(review), m_job(job)
{}

SessionController::~SessionController()
{
    m_review->setSession(nullptr);
}

void SessionController::setSession(std::unique_ptr<ReviewSession> session)
{
    m_review->setSession(session.get());
    m_session = std::move(session);
    Q_EMIT sessionChanged(m_session.get());
}

bool SessionController::openProject(const QString &dir)
{
    if (m_job->isRunning()) {
        // An export leaves the window usable, so this can be asked for while one runs.
        Q_EMIT message(tr("Wait for the running job to finish (or cancel it) before opening a project."));
        return false;
    }
    if (!m_review->closePage())
        return false;
    QString error;
    auto session = ProjectSession::open(dir, &error);
    if (!session) {
        dialogs::message(m_window, QMessageBox::Warning, tr("Cannot open project"), error);
        Q_EMIT message(error);
        return false;
    }
    if (session->isReadOnly())
        Q_EMIT message(tr("Opened read-only: %1").arg(session->readOnlyReason()));
    else
        offerRecovery(session.get()); // before the first page opens, so it opens recovered
    setSession(std::move(session));
    rememberProject(dir);
    return true;
}

void SessionController::offerRecovery(ProjectSession *session)
{
    const QList<JournalEntry> entries = session->unsavedJournals();
    if (entries.isEmpty())
        return;
    QDateTime latest;
    for (const JournalEntry &entry : entries)
        latest = std::max(latest, entry.written);
    const QDateTime local = latest.toLocalTime();
    const QString when = local.date() == QDate::currentDate()
                             ? QLocale().toString(local.time(), QLocale::ShortFormat)
                             : QLocale().toString(local, QLocale::ShortFormat);
    QStringList pages;
    const QList<RecordSummary> summaries = session->summaries();
    for (const JournalEntry &entry : entries) {
        const auto it = std::find_if(summaries.begin(), summaries.end(),
                                     [&](const RecordSummary &s) { return s.id == entry.id; });
        pages.append(QStringLiteral("• ") +
                     (it == summaries.end() || it->headline.isEmpty() ? entry.id : it->headline));
    }
    if (pages.size() > 5)
        pages = pages.mid(0, 4) << tr("• and %1 more").arg(pages.size() - 4);
    const QString question =
        entries.size() == 1
            ? tr("Recover 1 page of unsaved corrections from %1?").arg(when)
            : tr("Recover %1 pages of unsaved corrections from %2?").arg(entries.size()).arg(when);
    const auto answer = dialogs::question(
        m_window, tr("Recover Unsaved Corrections"),
        tr("Galley did not close properly last time.") + QStringLiteral("\n\n") + question +
            QStringLiteral("\n\n") + pages.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
            tr("Recovered corrections open as unsaved edits to check and save, or undo. Discarded ones are "
               "kept in backups/journal."),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes, {{QMessageBox::Yes, tr("&Recover")}});
    if (answer == QMessageBox::Discard) {
        QString error;
        if (session->discard(entries, &error))
            Q_EMIT message(tr("Unsaved corrections discarded (a copy is in backups/journal)."));
        else
            dialogs::message(m_window, QMessageBox::Warning, tr("Cannot discard"), error);
        return;
    }
    session->recover(entries);
    Q_EMIT message(entries.size() == 1
                       ? tr("1 page has recovered corrections (flagged “unsaved edits” in the list).")
                       : tr("%1 pages have recovered corrections (flagged “unsaved edits” in the list).")
                             .arg(entries.size()));
}

void SessionController::openCaptures(const QStringList &paths)
{
    if (m_job->isRunning() || !m_review->closePage())
        return;
    auto outcome = std::make_shared<JobOutcome>();
    // Captures outside a project are read with the shipped tables alone: no project, no overrides.
    const Vocabulary vocabulary;
    m_job->start(
        tr("Reading captures"),
        [paths, outcome, vocabulary](QPromise<void> &promise) {
            const QStringList files = expandCapturePaths(paths, [&](const CaptureError &e) {
                outcome->problems.append(Problem::from(Problem::Import, e));
            });
            promise.setProgressRange(0, int(files.size()));
            for (int i = 0; i < files.size() && !promise.isCanceled(); ++i) {
                promise.setProgressValueAndText(i, QFileInfo(files.at(i)).fileName());
                outcome->loosePages.append(
                    LooseSession::readPages({files.at(i)}, vocabulary, &outcome->problems));
            }
        },
        [this, paths, outcome, vocabulary](bool canceled) {
            if (!canceled && !outcome->loosePages.isEmpty())
                setSession(std::make_unique<LooseSession>(outcome->loosePages, paths, vocabulary));
            Q_EMIT problemsFound(outcome->problems);
            Q_EMIT jobFinished(canceled ? tr("Opening cancelled")
                                        : tr("Pages read: %1").arg(outcome->loosePages.size()) +
                                              problemsSuffix(outcome->problems));
        });
}

void SessionController::importIntoProject(const QStringList &paths, const QList<ReviewRecord> &carried)
{
    auto *project = qobject_cast<ProjectSession *>(m_session.get());
    if (!project || m_job->isRunning())
        return;
    if (project->isReadOnly()) {
        Q_EMIT message(tr("Cannot import: %1").arg(project->readOnlyReason()));
        return;
    }
    if (!m_review->closePage())
        return;
    // The worker opens the project itself (it must own the store while it writes); the window lets go
    // of it until the import is over.
    project->suspend();
    const QString dir = project->rootPath();
    auto outcome = std::make_shared<JobOutcome>();
    m_job->start(
        tr("Importing"),
        [dir, paths, outcome](QPromise<void> &promise) {
            ProjectError error;
            ProjectStore::Options options;
            options.watch = false;
            auto store = ProjectStore::open(dir, &error, options);
            if (!store) {
                outcome->problems.append(Problem::from(Problem::Import, error));
                return;
            }
            importCaptures(*store, paths, *outcome, promise);
            // The store already lists every record: the window takes it over instead of reading the
            // project again on its own thread (a stall of a few hundred ms for 10,000 pages).
            store->moveToThread(QCoreApplication::instance()->thread());
            outcome->store = std::move(store);
        },
        [this, outcome, carried](bool canceled) {
            QString error;
            auto *p = qobject_cast<ProjectSession *>(m_session.get());
            if (p && !p->reopen(&error, std::move(outcome->store)))
                outcome->problems.prepend({Problem::Import, p->rootPath(), {}, error});
            int applied = 0;
            if (p && !carried.isEmpty()) {
                QStringList notApplied;
                applied = p->applyCorrections(carried, &notApplied);
                for (const QString &reason : notApplied)
                    outcome->problems.append({Problem::Import, p->rootPath(), {}, reason});
            }
            QString summary = tr("Pages imported: %1").arg(outcome->pages);
            if (!carried.isEmpty())
                summary += tr(", corrections carried over: %1 of %2").arg(applied).arg(carried.size());
            if (outcome->skipped > 0)
                summary += tr(", already in the project: %1").arg(outcome->skipped);
            if (canceled)
                summary = tr("Import cancelled: ") + summary;
            Q_EMIT problemsFound(outcome->problems);
            Q_EMIT jobFinished(summary + problemsSuffix(outcome->problems));
            if (!carried.isEmpty())
                Q_EMIT correctionsCarried(!canceled && applied == carried.size());
        });
}

void SessionController::askNewProject(const QStringList &paths, const QList<ReviewRecord> &carried)
{
    auto *dialog = new NewProjectDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::rejected, this, [this, carried] {
        if (!carried.isEmpty())
            Q_EMIT correctionsCarried(false);
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog, paths, carried] {
        QStringList captures = paths;
        if (captures.isEmpty())
            captures = dialogs::getOpenFileNames(
                m_window, tr("Captures to import (optional)"), QString(),
                tr("Captures (*.txt *.html *.htm *.mhtml *.mht *.warc *.warc.gz);;All files (*)"));
        if (!newProject(dialog->folder(), captures, dialog->projectName(), carried) && !carried.isEmpty())
            Q_EMIT correctionsCarried(false);
    });
    dialog->open();
}

bool SessionController::newProject(const QString &dir, const QStringList &paths, const QString &name,
                                   const QList<ReviewRecord> &carried)
{
    ProjectError error;
    if (!Project::isProject(dir) && !Project::init(dir, name, *Clock::system(), &error)) {
        dialogs::message(m_window, QMessageBox::Warning, tr("Cannot create project"), error.toString());
        return false;
    }
    if (!openProject(dir))
        return false;
    if (!paths.isEmpty())
        importIntoProject(paths, carried);
    return true;
}

void SessionController::openPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (paths.size() == 1 && QFileInfo(paths.first()).isDir() && Project::isProject(paths.first())) {
        openProject(paths.first());
        return;
    }
    if (qobject_cast<ProjectSession *>(m_session.get()))
        importIntoProject(paths);
    else
        openCaptures(paths);
}

QStringList SessionController::recentProjects() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void SessionController::clearRecentProjects()
{
    QSettings().remove(kRecentKey);
    Q_EMIT recentProjectsChanged();
}

void SessionController::rememberProject(const QString &dir)
{
    const QString path = QDir(dir).absolutePath();
    QStringList recent = recentProjects();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings settings;
    settings.setValue(kRecentKey, recent);
    settings.setValue(kLastKey, path);
    Q_EMIT recentProjectsChanged();
}

} // namespace galley
