// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindow.h"

#include "browser/pagetablemodel.h"
#include "browser/projectbrowser.h"
#include "dialogs/dialogs.h"
#include "dialogs/shortcutsdialog.h"
#include "editing/articleedits.h"
#include "editing/recorddocument.h"
#include "mainwindow/backgroundjob.h"
#include "mainwindow/exportcontroller.h"
#include "mainwindow/focusflow.h"
#include "mainwindow/lastpage.h"
#include "mainwindow/lockwatch.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/reviewcontroller.h"
#include "mainwindow/reviewsession.h"
#include "mainwindow/rulescontroller.h"
#include "mainwindow/sessioncontroller.h"
#include "mainwindow/shortcutcatalog.h"
#include "mainwindow/shortcutrouter.h"
#include "review/articlepane.h"
#include "review/capturepane.h"
#include "review/captureview.h"
#include "review/fieldchangemarks.h"
#include "review/pagenotebar.h"
#include "review/problemspanel.h"
#include "review/readonlyfields.h"
#include "review/spellchecker.h"
#include "review/warningspanel.h"
#include "rules/rulesview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace galley {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_actions(new MainActions(this)), m_job(new BackgroundJob(this)),
      m_review(new ReviewController(this)), m_sessions(new SessionController(this, m_review, m_job)),
      m_export(new ExportController(this, m_sessions, m_review, m_job)), m_browser(new ProjectBrowser),
      m_capture(new CapturePane), m_article(new ArticlePane), m_warnings(new WarningsPanel),
      m_changeMarks(new FieldChangeMarks(m_article)), m_noteBar(new PageNoteBar),
      m_lockWatch(new LockWatch(this)), m_problems(new ProblemsPanel), m_undoGroup(new QUndoGroup(this)),
      m_undoView(new QUndoView(m_undoGroup)), m_sessionBar(new QWidget), m_sessionBarText(new QLabel),
      m_sessionBarButton(new QPushButton), m_pageStatus(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->addWidget(m_capture);
    splitter->addWidget(m_article);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({540, 520});

    m_sessionBar->setObjectName(QStringLiteral("sessionBar"));
    m_sessionBar->setAutoFillBackground(true);
    m_sessionBar->setBackgroundRole(QPalette::AlternateBase);
    m_sessionBarText->setWordWrap(true);
    m_sessionBarButton->setObjectName(QStringLiteral("sessionBarButton"));
    auto *barLayout = new QHBoxLayout(m_sessionBar);
    barLayout->setContentsMargins(8, 4, 8, 4);
    barLayout->addWidget(m_sessionBarText, 1);
    barLayout->addWidget(m_sessionBarButton);
    m_sessionBar->hide();

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_sessionBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_noteBar);
    setCentralWidget(central);

    m_pageStatus->setObjectName(QStringLiteral("pageStatus"));
    statusBar()->addPermanentWidget(m_job->widget());
    statusBar()->addPermanentWidget(m_pageStatus);

    buildDocks();
    m_rules = new RulesController(this, m_actions, m_sessions, m_review, m_job, m_undoGroup, m_capture);
    connect(m_rules, &RulesController::message, this, &MainWindow::showMessage);
    connect(m_rules, &RulesController::ruleNamesChanged, m_changeMarks, &FieldChangeMarks::setRuleNames);
    buildMenus();
    connectActions();
    connectSelectionActions();

    connect(m_sessions, &SessionController::sessionChanged, this, &MainWindow::onSessionChanged);
    connect(m_sessions, &SessionController::message, this, &MainWindow::showMessage);
    connect(m_sessions, &SessionController::jobFinished, this, &MainWindow::showMessage);
    connect(m_sessions, &SessionController::problemsFound, this,
            [this](const QList<Problem> &problems) { showProblems(Problem::Import, problems); });
    connect(m_sessions, &SessionController::recentProjectsChanged, this, &MainWindow::rebuildRecentMenu);
    connect(m_review, &ReviewController::documentChanged, this, &MainWindow::onDocumentChanged);
    connect(m_review, &ReviewController::message, this, &MainWindow::showMessage);
    connect(m_review, &ReviewController::saved, this, [this] {
        updateStatus();
        showMessage(tr("Saved"));
    });
    connect(m_export, &ExportController::finished, this, &MainWindow::showMessage);
    connect(m_sessions, &SessionController::correctionsCarried, this, [this](bool ok) {
        if (std::exchange(m_closeWhenCarried, false)) {
            if (ok)
                close();
            else
                showMessage(tr("The corrections were not all saved into the project: Galley stays open."));
        }
    });
    connect(m_lockWatch, &LockWatch::released, this, [this](const QString &root) {
        if (m_sessions->openProject(root) && !m_sessions->session()->isReadOnly())
            showMessage(tr("The other Galley released the project: it is open for editing."));
    });
    connect(m_export, &ExportController::message, this, &MainWindow::showMessage);
    connect(m_job, &BackgroundJob::runningChanged, this, [this](bool running) {
        // An import owns the project store: no editing until it is over. An export only reads.
        centralWidget()->setEnabled(!m_job->locksEditing());
        m_actions->importCaptures->setEnabled(!running);
        ReviewSession *session = m_sessions->session();
        m_actions->exportRecords->setEnabled(!running && session && session->isProject());
    });
    connect(m_browser, &ProjectBrowser::pageSelected, this, [this](const QString &id) {
        if (!m_review->openPage(id) && !m_review->currentId().isEmpty())
            m_browser->selectId(m_review->currentId()); // stayed on the page (save failed)
    });

    // Shortcuts work whether or not the menu bar is shown, and from text fields too.
    QList<QAction *> all;
    for (const auto &group : m_actions->groups())
        all += group.second;
    addActions(all);
    new ShortcutRouter(this, all, m_actions->undo, m_actions->redo);

    rebuildRecentMenu();
    onSessionChanged(nullptr);
    readSettings();
}

MainWindow::~MainWindow()
{
    // Children die in creation order; the session (and the page under review) must go while the
    // controllers and panes that refer to them are still alive, and without redrawing them.
    disconnect(m_review, nullptr, this, nullptr);
    m_article->setDocument(nullptr);
    m_changeMarks->setDocument(nullptr);
    m_noteBar->setDocument(nullptr);
    m_warnings->setDocument(nullptr);
    delete m_sessions;
}

void MainWindow::buildDocks()
{
    auto *pages = new QDockWidget(tr("Pages"), this);
    pages->setObjectName(QStringLiteral("pagesDock"));
    pages->setWidget(m_browser);
    addDockWidget(Qt::LeftDockWidgetArea, pages);

    auto *warnings = new QDockWidget(tr("Warnings"), this);
    warnings->setObjectName(QStringLiteral("warningsDock"));
    warnings->setWidget(m_warnings);
    addDockWidget(Qt::RightDockWidgetArea, warnings);

    auto *history = new QDockWidget(tr("Undo History"), this);
    history->setObjectName(QStringLiteral("historyDock"));
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_undoView->setAccessibleName(tr("Undo history"));
    m_undoView->setEmptyLabel(tr("<page as opened>"));
    history->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, history);
    splitDockWidget(warnings, history, Qt::Vertical);

    auto *problems = new QDockWidget(tr("Problems"), this);
    problems->setObjectName(QStringLiteral("problemsDock"));
    problems->setWidget(m_problems);
    addDockWidget(Qt::RightDockWidgetArea, problems);
    tabifyDockWidget(history, problems);
    history->raise();
    connect(m_problems, &ProblemsPanel::countChanged, problems, [problems](int count) {
        problems->setWindowTitle(count ? tr("Problems (%1)").arg(count) : tr("Problems"));
    });
    resizeDocks({pages, warnings}, {340, 230}, Qt::Horizontal);

    connect(m_warnings, &WarningsPanel::countChanged, warnings, [warnings](int count) {
        warnings->setWindowTitle(count ? tr("Warnings (%1)").arg(count) : tr("Warnings"));
    });
    connect(m_warnings, &WarningsPanel::jumpToField, m_article, &ArticlePane::focusField);
}

void MainWindow::buildMenus()
{
    MainActions *a = m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({a->newProject, a->openProject});
    file->addMenu(a->recentMenu);
    file->addActions({a->openCaptures, a->importCaptures});
    file->addSeparator();
    file->addActions({a->save, a->exportRecords});
    file->addSeparator();
    file->addAction(a->quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({a->undo, a->redo});
    edit->addSeparator();
    edit->addActions({a->find, a->searchPages, a->showTwins});
    edit->addSeparator();
    QMenu *selection = edit->addMenu(tr("Capture &Selection"));
    selection->addActions(a->selectionActions());

    QMenu *review = menuBar()->addMenu(tr("&Review"));
    review->addActions({a->approveNext, a->reject, a->needsAttention});
    review->addSeparator();
    review->addActions({a->nextUnreviewed, a->previousUnreviewed, a->nextPage, a->previousPage});
    review->addSeparator();
    review->addActions({a->splitByline, a->focusCapture, a->focusArticle});
    review->addSeparator();
    review->addActions({a->resetField, a->resetPage});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({a->toggleWrap, a->zoomIn, a->zoomOut});
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *rules = menuBar()->addMenu(tr("R&ules"));
    rules->addActions({a->showRules, a->reextractSite, a->showReport});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addActions({a->shortcuts, a->about});

    QToolBar *tools = addToolBar(tr("Review"));
    tools->setObjectName(QStringLiteral("reviewToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addActions({a->save, a->undo, a->redo});
    tools->addSeparator();
    tools->addActions({a->previousUnreviewed, a->approveNext, a->reject, a->nextUnreviewed});
}

void MainWindow::connectActions()
{
    MainActions *a = m_actions;
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->exportRecords, &QAction::triggered, m_export, &ExportController::showDialog);
    connect(a->save, &QAction::triggered, m_review, &ReviewController::save);
    connect(a->undo, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    connect(a->redo, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, a->undo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, a->redo, &QAction::setEnabled);
    a->undo->setEnabled(false);
    a->redo->setEnabled(false);
    connect(a->find, &QAction::triggered, m_capture, &CapturePane::find);
    connect(a->searchPages, &QAction::triggered, this, [this] {
        m_browser->parentWidget()->show();
        m_browser->searchField()->setFocus();
        m_browser->searchField()->selectAll();
    });
    m_browser->view()->addAction(a->showTwins); // the page list's context menu
    connect(a->showTwins, &QAction::triggered, this, [this] {
        const QString id = m_browser->currentId().isEmpty() ? m_review->currentId() : m_browser->currentId();
        m_browser->parentWidget()->show();
        if (!m_browser->showTwinsOf(id))
            showMessage(tr("This page has no twins: no other page has its address or its article text."));
    });
    connect(a->toggleWrap, &QAction::toggled, m_capture, &CapturePane::setWrap);
    connect(a->zoomIn, &QAction::triggered, m_capture, [this] { m_capture->zoom(1); });
    connect(a->zoomOut, &QAction::triggered, m_capture, [this] { m_capture->zoom(-1); });
    connect(a->focusCapture, &QAction::triggered, this, [this] { m_capture->currentView()->setFocus(); });
    connect(a->focusArticle, &QAction::triggered, this, [this] {
        if (RecordDocument *doc = m_review->document())
            focusflow::enterArticle(*doc, m_article, m_capture);
    });
    connect(a->splitByline, &QAction::triggered, this, [this] {
        if (auto *doc = m_review->document()) {
            const QString field = m_article->focusedField();
            const int row = field.startsWith(QLatin1String("bylines/"))
                                ? field.section(QLatin1Char('/'), 1, 1).toInt()
                                : 0;
            if (edits::splitByline(doc, row) > 1)
                m_article->focusField(FieldPath::item(Field::Bylines, row).toString());
        }
    });

    m_changeMarks->setResetActions(a->resetField, a->resetPage);
    connect(a->resetField, &QAction::triggered, this, [this] {
        const FieldPath field = FieldPath::parse(m_article->focusedField());
        if (auto *doc = m_review->document(); doc && field.isValid() && !edits::resetToExtracted(doc, field))
            showMessage(tr("This field is as extracted."));
    });
    connect(a->resetPage, &QAction::triggered, this, [this] {
        if (auto *doc = m_review->document(); doc && !edits::resetPage(doc))
            showMessage(tr("This page is as extracted."));
    });
    connect(a->approveNext, &QAction::triggered, this, [this] { finishPage(int(ReviewStatus::Reviewed)); });
    connect(a->reject, &QAction::triggered, this, [this] { finishPage(int(ReviewStatus::Rejected)); });
    connect(a->needsAttention, &QAction::triggered, this,
            [this] { finishPage(int(ReviewStatus::NeedsAttention)); });
    connect(a->nextUnreviewed, &QAction::triggered, this,
            [this] { goTo(m_browser->adjacentUnreviewed(m_review->currentId(), 1)); });
    connect(a->previousUnreviewed, &QAction::triggered, this,
            [this] { goTo(m_browser->adjacentUnreviewed(m_review->currentId(), -1)); });
    connect(a->nextPage, &QAction::triggered, this,
            [this] { goTo(m_browser->adjacent(m_review->currentId(), 1)); });
    connect(a->previousPage, &QAction::triggered, this,
            [this] { goTo(m_browser->adjacent(m_review->currentId(), -1)); });

    connect(a->openProject, &QAction::triggered, this, [this] {
        const QString dir = dialogs::getExistingDirectory(this, tr("Open Project"), QString());
        if (!dir.isEmpty())
            m_sessions->openProject(dir);
    });
    connect(a->newProject, &QAction::triggered, this, [this] { m_sessions->askNewProject({}); });
    connect(a->openCaptures, &QAction::triggered, this, [this] {
        const QStringList files = dialogs::getOpenFileNames(
            this, tr("Open Captures"), QString(),
            tr("Captures (*.txt *.html *.htm *.mhtml *.mht *.warc *.warc.gz);;All files (*)"));
        if (!files.isEmpty())
            m_sessions->openCaptures(files);
    });
    connect(a->importCaptures, &QAction::triggered, this, [this] {
        const QStringList files = dialogs::getOpenFileNames(
            this, tr("Import Captures"), QString(),
            tr("Captures (*.txt *.html *.htm *.mhtml *.mht *.warc *.warc.gz);;All files (*)"));
        if (!files.isEmpty())
            m_sessions->openPaths(files);
    });
    connect(a->shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(shortcutCatalog(*m_actions, this, {m_rules->rulesView()}), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        // Keys go to its filter at once: a window manager that does not focus new windows would
        // otherwise leave typing in the field behind it.
        dialog->activateWindow();
    });
    connect(a->about, &QAction::triggered, this, [this] {
        dialogs::message(
            this, QMessageBox::Information, tr("About Galley"),
            tr("Galley %1\nReview news-page captures and correct their extraction.\nGPL-3.0-or-later.")
                .arg(QStringLiteral(GALLEY_VERSION_STRING)));
    });
    connect(m_sessionBarButton, &QPushButton::clicked, this, [this] {
        ReviewSession *session = m_sessions->session();
        if (auto *loose = qobject_cast<LooseSession *>(session)) {
            m_review->save(); // the open page's corrections go with the others
            m_sessions->askNewProject(loose->paths(), loose->changedRecords());
        } else if (session && session->isReadOnly() && !m_lockWatch->checkNow())
            showMessage(tr("Still read-only: %1").arg(session->readOnlyReason()));
    });
}

void MainWindow::connectSelectionActions()
{
    MainActions *a = m_actions;
    m_capture->setSelectionActions(a->selectionActions());
    connect(m_capture, &CapturePane::selectionAvailable, this, [this](bool available) {
        for (QAction *action : m_actions->selectionActions())
            action->setEnabled(available && m_review->document() && !m_review->document()->isReadOnly());
    });
    connect(m_capture, &CapturePane::fieldClicked, m_article, &ArticlePane::focusField);
    // The capture changes tab only when the editor goes to another field: focus coming back to the same
    // field (after a menu, a dialog) or undo keeps the view the editor was on.
    connect(m_article, &ArticlePane::fieldFocused, m_capture, [this](const QString &path) {
        const bool another = path != m_lastFocusedField;
        m_lastFocusedField = path;
        m_capture->showField(path, another && !m_keepCaptureTab ? CapturePane::TabChange::Allow
                                                                : CapturePane::TabChange::Keep);
    });

    // Each action takes the raw pane's selection (text and capture span) into a field, as one undo step.
    const auto use =
        [this](const std::function<QString(RecordDocument *, const QString &, const SourceSpan &)> &apply) {
            return [this, apply] {
                RecordDocument *doc = m_review->document();
                const CaptureView *view = m_capture->currentView();
                const QString text = view->selectedText();
                if (!doc || text.isEmpty())
                    return;
                const QString field = apply(doc, text, view->selectedSpan());
                showMessage(tr("%1 set from the capture").arg(field));
            };
        };
    connect(a->useAsHeadline, &QAction::triggered, this,
            use([](RecordDocument *doc, const QString &text, const SourceSpan &span) {
                edits::setFromSource(doc, Field::Headline, text, span);
                return tr("Headline");
            }));
    connect(a->addAsByline, &QAction::triggered, this,
            use([](RecordDocument *doc, const QString &text, const SourceSpan &span) {
                // "By A and B" selected at once becomes two names (the engine's byline parser).
                edits::addBylines(doc, text, span);
                return tr("Byline");
            }));
    connect(a->useAsCredit, &QAction::triggered, this,
            use([](RecordDocument *doc, const QString &text, const SourceSpan &span) {
                // An agency alias becomes its canonical name (the engine normalises, as for a typed credit).
                edits::setFromSource(doc, Field::Credit, text, span);
                return tr("Credit");
            }));
    const auto imageField = [this](Member member) {
        return [this, member](RecordDocument *doc, const QString &text, const SourceSpan &span) {
            doc->beginMacro(tr("Set image text from the capture"));
            int image = m_article->currentImage();
            if (image < 0)
                image = int(edits::addEmpty(doc, Field::Images));
            edits::setFromSource(doc, FieldPath::item(Field::Images, image, member), text, span);
            doc->endMacro();
            return member == Member::Caption ? tr("Caption") : tr("Photo credit");
        };
    };
    connect(a->useAsCaption, &QAction::triggered, this, use(imageField(Member::Caption)));
    connect(a->useAsPhotoCredit, &QAction::triggered, this, use(imageField(Member::Credit)));
    connect(a->addToBody, &QAction::triggered, this,
            use([](RecordDocument *doc, const QString &text, const SourceSpan &span) {
                edits::addBodyBlock(doc, text, span);
                return tr("Body block");
            }));
    connect(a->markNotArticle, &QAction::triggered, this, [this] {
        RecordDocument *doc = m_review->document();
        const SourceSpan span = m_capture->currentView()->selectedSpan();
        if (!doc || !span.isValid())
            return;
        const int affected = edits::markNotArticle(doc, span);
        showMessage(affected ? tr("Taken out of the article: %1 values").arg(affected)
                             : tr("Nothing in the article came from the selection"));
    });
}

void MainWindow::finishPage(int status)
{
    if (const QStringList selected = m_browser->selectedIds(); selected.size() > 1) {
        // Several pages selected in the list: the status goes to all of them, and the review stays put.
        const int done = m_review->setStatusOfPages(selected, ReviewStatus(status));
        showMessage(tr("%1: %2 of %3 pages")
                        .arg(PageTableModel::statusText(ReviewStatus(status)))
                        .arg(done)
                        .arg(selected.size()));
        return;
    }
    if (!m_review->document())
        return;
    if (ReviewStatus(status) == ReviewStatus::Reviewed &&
        !m_approval.confirm(this, m_review->document()->warnings())) {
        m_article->focusField(focusflow::startField(*m_review->document()));
        return;
    }
    const QString id = m_review->currentId();
    if (!m_review->finish(ReviewStatus(status)))
        return;
    const QString next = m_browser->adjacentUnreviewed(id, 1);
    if (next.isEmpty() || next == id) {
        showMessage(tr("Every page shown is reviewed."));
        return;
    }
    m_browser->selectId(next);
    if (RecordDocument *doc = m_review->document())
        focusflow::enterArticle(*doc, m_article, m_capture);
}

void MainWindow::goTo(const QString &id)
{
    if (id.isEmpty())
        return;
    QWidget *focus = QApplication::focusWidget();
    const bool inArticle = !focus || m_article->isAncestorOf(focus);
    m_browser->selectId(id);
    if (RecordDocument *doc = m_review->document(); doc && inArticle)
        focusflow::enterArticle(*doc, m_article, m_capture);
}

void MainWindow::onSessionChanged(ReviewSession *session)
{
    m_approval.reset();
    m_browser->model()->setSummaries(session ? session->summaries() : QList<RecordSummary>());
    m_problems->setProblems(Problem::Import, {});
    showProblems(Problem::Record, session ? session->recordProblems() : QList<Problem>());
    if (session) {
        connect(session, &ReviewSession::recordProblemsChanged, this,
                [this, session] { showProblems(Problem::Record, session->recordProblems()); });
        connect(session, &ReviewSession::summariesReset, this, [this, session] {
            const QString current = m_review->currentId();
            m_browser->model()->setSummaries(session->summaries());
            if (!current.isEmpty())
                m_browser->selectId(current);
        });
        connect(session, &ReviewSession::summariesUpdated, m_browser->model(),
                &PageTableModel::updateSummaries);
        connect(session, &ReviewSession::recordChangedOnDisk, this, [this](const QString &id) {
            if (id == m_review->currentId())
                showMessage(
                    tr("This page was changed on disk by someone else; saving will ask before overwriting."));
        });
    }
    m_actions->importCaptures->setEnabled(true);
    // Loose captures are not records on disk yet: they are exported once imported into a project.
    m_actions->exportRecords->setEnabled(session && session->isProject());
    updateSessionBar();
    updateTitle();
    if (session && m_browser->model()->rowCount() > 0) {
        // Recovered corrections first: the editor chose to see them; then the page last worked on.
        const QStringList recovering = session->recoveringIds();
        QString first = recovering.isEmpty() ? lastpage::recall(session->rootPath()) : recovering.first();
        if (m_browser->model()->rowOf(first) < 0)
            first = m_browser->adjacentUnreviewed(QString(), 1);
        goTo(first.isEmpty() ? m_browser->adjacent(QString(), 1) : first);
    }
}

void MainWindow::updateSessionBar()
{
    ReviewSession *session = m_sessions->session();
    if (session && !session->isProject()) {
        m_sessionBarText->setText(
            tr("These captures are not in a project: corrections are kept only until Galley "
               "closes."));
        m_sessionBarButton->setText(tr("Import into a Project…"));
        m_sessionBarButton->show();
        m_sessionBar->show();
    } else if (session && session->isReadOnly()) {
        // Who holds the lock, and that the window reopens the project for editing once it is released.
        m_sessionBarText->setText(tr("Read-only, nothing can be changed: %1. Galley reopens the project for "
                                     "editing when it is released.")
                                      .arg(session->readOnlyReason()));
        m_sessionBarButton->setText(tr("Reopen for Editing"));
        m_sessionBarButton->show();
        m_sessionBar->show();
        m_lockWatch->watch(session->rootPath());
    } else {
        m_sessionBar->hide();
    }
    if (!session || !session->isReadOnly())
        m_lockWatch->stop();
}

void MainWindow::onDocumentChanged(RecordDocument *document)
{
    m_article->setDocument(document);
    m_changeMarks->setDocument(document);
    m_noteBar->setDocument(document);
    m_warnings->setDocument(document);
    if (document) {
        m_undoGroup->addStack(document->undoStack());
        m_undoGroup->setActiveStack(document->undoStack());
        m_capture->setCapture(document->capture(), document->article().provenance);
        m_capture->showArticleStart();
        connect(document, &RecordDocument::fieldChanged, this,
                [this, document](const FieldPath &field, RecordDocument::Reason reason) {
                    m_capture->setProvenance(document->article().provenance);
                    if (reason == RecordDocument::Reason::Undo || reason == RecordDocument::Reason::Redo) {
                        // Undo goes back to where the change was: the field, and its source, in the
                        // capture view the editor was on.
                        const QScopedValueRollback keep(m_keepCaptureTab, true);
                        m_article->focusField(field.toString());
                        m_capture->showField(field.provenanceKey(), CapturePane::TabChange::Keep);
                    }
                });
        connect(document, &RecordDocument::modifiedChanged, this, &MainWindow::updateTitle);
        connect(document, &RecordDocument::statusChanged, this, &MainWindow::updateStatus);
        if (m_browser->currentId() != document->savedRecord().source.id)
            m_browser->selectId(document->savedRecord().source.id);
        if (ReviewSession *session = m_sessions->session(); session && session->isProject())
            lastpage::remember(session->rootPath(), document->savedRecord().source.id);
    } else {
        m_capture->clear();
    }
    // A project another Galley holds is shown, never changed: no field edits, no save, no review step.
    const ReviewSession *session = m_sessions->session();
    const bool writable = document != nullptr && !(session && session->isReadOnly());
    if (document)
        document->setReadOnly(!writable);
    setFieldsEditable(m_article, writable || !document);
    // The project's own spelling words count as right; loose captures have none to add to.
    m_article->spellChecker()->setProjectFolder(
        session && session->isProject() ? session->rootPath() : QString(), writable);
    m_noteBar->setEditable(writable);
    for (QAction *action :
         {m_actions->save, m_actions->approveNext, m_actions->reject, m_actions->needsAttention,
          m_actions->splitByline, m_actions->resetField, m_actions->resetPage})
        action->setEnabled(writable);
    updateTitle();
    updateStatus();
}

void MainWindow::updateTitle()
{
    RecordDocument *doc = m_review->document();
    ReviewSession *session = m_sessions->session();
    QString title;
    if (doc) {
        const QString headline = doc->article().headline;
        title = (headline.isEmpty() ? QFileInfo(doc->savedRecord().source.path).fileName() : headline) +
                QStringLiteral("[*]");
    }
    if (session)
        title += (title.isEmpty() ? QString() : QStringLiteral(" — ")) + session->title();
    setWindowTitle(title);
    setWindowModified(doc && doc->isModified());
}

void MainWindow::updateStatus()
{
    RecordDocument *doc = m_review->document();
    if (!doc) {
        m_pageStatus->clear();
        return;
    }
    QString text = PageTableModel::statusText(doc->status());
    if (!doc->savedRecord().reviewer.isEmpty())
        text += tr(" · last change by %1").arg(doc->savedRecord().reviewer);
    m_pageStatus->setText(text);
}

void MainWindow::rebuildRecentMenu()
{
    QMenu *menu = m_actions->recentMenu;
    menu->clear();
    const QStringList recent = m_sessions->recentProjects();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action = menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(path));
        connect(action, &QAction::triggered, this, [this, path] { m_sessions->openProject(path); });
    }
    if (!recent.isEmpty()) {
        menu->addSeparator();
        menu->addAction(tr("&Clear List"), m_sessions, &SessionController::clearRecentProjects);
    }
    menu->setEnabled(!recent.isEmpty());
}

void MainWindow::showProblems(int origin, const QList<Problem> &problems)
{
    const QList<Problem> before = m_problems->problems();
    m_problems->setProblems(Problem::Origin(origin), problems);
    const bool fresh =
        std::any_of(problems.begin(), problems.end(), [&](const Problem &p) { return !before.contains(p); });
    if (fresh) {
        auto *dock = findChild<QDockWidget *>(QStringLiteral("problemsDock"));
        dock->show();
        dock->raise();
    }
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::openPaths(const QStringList &paths)
{
    m_sessions->openPaths(paths);
}

bool MainWindow::reopenLastProject()
{
    const QString last = QSettings().value(QStringLiteral("session/lastProject")).toString();
    return !last.isEmpty() && QFileInfo(last).isDir() && m_sessions->openProject(last);
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1600, 1000);
        resize(available * 0.95);
        resizeDocks({findChild<QDockWidget *>(QStringLiteral("pagesDock")),
                     findChild<QDockWidget *>(QStringLiteral("warningsDock"))},
                    {width() * 25 / 100, width() * 15 / 100}, Qt::Horizontal);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("reviewSplitter")))
        splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_browser->restoreState(settings.value(QStringLiteral("window/pageTable")).toByteArray());
    const int points = settings.value(QStringLiteral("capture/fontSize")).toInt();
    if (points > 0)
        m_capture->setFontPointSize(points);
    m_actions->toggleWrap->setChecked(settings.value(QStringLiteral("capture/wrap"), true).toBool());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("reviewSplitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    settings.setValue(QStringLiteral("window/pageTable"), m_browser->saveState());
    settings.setValue(QStringLiteral("capture/fontSize"), m_capture->fontPointSize());
    settings.setValue(QStringLiteral("capture/wrap"), m_capture->wraps());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_job->isRunning()) {
        m_job->cancel();
        m_job->waitForFinished();
    }
    const QString page = m_review->currentId();
    if (!m_review->closePage()) {
        event->ignore();
        return;
    }
    // Loose captures live in memory only: corrections made to them are offered a project before they go.
    if (auto *loose = qobject_cast<LooseSession *>(m_sessions->session()); loose && !m_closeWhenCarried) {
        const QList<ReviewRecord> changed = loose->changedRecords();
        if (!changed.isEmpty()) {
            const auto answer = dialogs::question(
                this, tr("Corrections Not in a Project"),
                tr("You corrected %n page(s) of captures that are not in a project. They are lost when "
                   "Galley "
                   "closes unless you save them into a new project (the captures are imported, then your "
                   "corrections applied).",
                   nullptr, int(changed.size())),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
                {{QMessageBox::Save, tr("&Save into a New Project…")},
                 {QMessageBox::Discard, tr("&Discard")}});
            if (answer != QMessageBox::Discard) {
                event->ignore();
                if (answer == QMessageBox::Save) {
                    m_closeWhenCarried = true;
                    m_sessions->askNewProject(loose->paths(), changed);
                } else {
                    m_review->openPage(page);
                }
                return;
            }
        }
    }
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        openPaths(paths);
    }
}

} // namespace galley
