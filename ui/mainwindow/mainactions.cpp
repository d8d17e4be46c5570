// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainactions.h"

#include <QAction>
#include <QMenu>

namespace galley {

// The recent-projects menu has no widget parent (this is a QObject) and a menu bar does not own the
// menus added to it, so it is deleted here.
MainActions::~MainActions()
{
    delete recentMenu;
}

MainActions::MainActions(QObject *parent) : QObject(parent)
{
    newProject = make("actionNewProject", tr("&New Project…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                      tr("Create a project folder and import captures into it"));
    openProject =
        make("actionOpenProject", tr("&Open Project…"), QKeySequence::Open, tr("Open a project folder"));
    openCaptures =
        make("actionOpenCaptures", tr("Open &Captures…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
             tr("Review capture files without a project"));
    importCaptures = make("actionImport", tr("&Import Captures…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                          tr("Import capture files or folders into the project"));
    save = make("actionSave", tr("&Save"), QKeySequence::Save, tr("Save the corrections of this page"));
    exportRecords = make("actionExport", tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                         tr("Export the project's records (for now from the command line: galley export "
                            "--project DIR --format FORMAT)"));
    quit = make("actionQuit", tr("&Quit"), QKeySequence::Quit, tr("Save and quit"));
    recentMenu = new QMenu(tr("Open &Recent"));
    recentMenu->setObjectName(QStringLiteral("recentMenu"));

    undo = make("actionUndo", tr("&Undo"), QKeySequence::Undo, tr("Undo the last correction"));
    redo = make("actionRedo", tr("&Redo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                tr("Redo the correction undone last"));
    find =
        make("actionFind", tr("&Find in Capture…"), QKeySequence::Find, tr("Find text in the raw capture"));
    searchPages = make("actionSearchPages", tr("Search &Pages…"), QKeySequence(Qt::CTRL | Qt::Key_K),
                       tr("Search the project's pages"));
    showTwins = make("actionShowTwins", tr("Show T&wins"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                     tr("List only this page and its other captures (same address or same article text)"));

    useAsHeadline = make("actionUseAsHeadline", tr("Use as &Headline"), QKeySequence(Qt::CTRL | Qt::Key_1),
                         tr("Make the selected capture text the headline"));
    addAsByline = make("actionAddAsByline", tr("Add as &Byline"), QKeySequence(Qt::CTRL | Qt::Key_2),
                       tr("Add the selected capture text as a byline"));
    useAsCredit = make("actionUseAsCredit", tr("Use as &Credit"), QKeySequence(Qt::CTRL | Qt::Key_3),
                       tr("Make the selected capture text the credit"));
    useAsCaption = make("actionUseAsCaption", tr("Use as C&aption"), QKeySequence(Qt::CTRL | Qt::Key_4),
                        tr("Make the selected capture text the caption of the current image"));
    useAsPhotoCredit =
        make("actionUseAsPhotoCredit", tr("Use as &Photo Credit"), QKeySequence(Qt::CTRL | Qt::Key_5),
             tr("Make the selected capture text the photo credit of the current image"));
    addToBody = make("actionAddToBody", tr("Add to B&ody"), QKeySequence(Qt::CTRL | Qt::Key_6),
                     tr("Add the selected capture text to the body"));
    markNotArticle =
        make("actionMarkNotArticle", tr("&Not Part of the Article"), QKeySequence(Qt::CTRL | Qt::Key_0),
             tr("Remove what was taken from the selected capture text"));

    approveNext = make("actionApproveNext", tr("&Approve and Next"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                       tr("Mark the page reviewed, save, and go to the next unreviewed page"));
    approveNext->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    reject =
        make("actionReject", tr("&Reject and Next"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace),
             tr("Mark the page rejected (not an article), save, and go on"));
    needsAttention =
        make("actionNeedsAttention", tr("Needs A&ttention"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
             tr("Flag the page for a colleague, save, and go on"));
    nextUnreviewed = make("actionNextUnreviewed", tr("Next &Unreviewed"), QKeySequence(Qt::Key_F8),
                          tr("Go to the next page not yet reviewed"));
    previousUnreviewed =
        make("actionPreviousUnreviewed", tr("Previous Unre&viewed"), QKeySequence(Qt::SHIFT | Qt::Key_F8),
             tr("Go to the previous page not yet reviewed"));
    nextPage = make("actionNextPage", tr("Ne&xt Page"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                    tr("Go to the next page"));
    previousPage = make("actionPreviousPage", tr("Pre&vious Page"), QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                        tr("Go to the previous page"));
    splitByline =
        make("actionSplitByline", tr("&Split Byline"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
             tr("Split the current byline (“A and B”) into names"));
    focusCapture = make("actionFocusCapture", tr("Go to Ca&pture"), QKeySequence(Qt::Key_F6),
                        tr("Focus the raw capture"));
    focusArticle = make("actionFocusArticle", tr("Go to Ar&ticle"), QKeySequence(Qt::Key_F7),
                        tr("Focus the article fields"));

    resetField = make("actionResetField", tr("Reset Field to E&xtracted"),
                      QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R),
                      tr("Put back what the extractor found in the focused field (undoable)"));
    resetPage = make("actionResetPage", tr("Reset &Page to Extracted"),
                     QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_R),
                     tr("Put back the whole page as extracted (undoable)"));

    toggleWrap = make("actionWrap", tr("&Wrap Capture Lines"), QKeySequence(Qt::ALT | Qt::Key_Z),
                      tr("Wrap long capture lines"));
    toggleWrap->setCheckable(true);
    toggleWrap->setChecked(true);
    zoomIn = make("actionZoomIn", tr("&Larger Capture Text"), QKeySequence::ZoomIn,
                  tr("Larger text in the raw capture"));
    zoomOut = make("actionZoomOut", tr("S&maller Capture Text"), QKeySequence::ZoomOut,
                   tr("Smaller text in the raw capture"));

    showRules = make("actionShowRules", tr("Site &Rules"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                     tr("The rules proposed from your corrections, per site, with their effect; accept, "
                        "edit or decline them"));
    reextractSite = make("actionReextractSite", tr("Re-extract &Unreviewed Pages of This Site"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
                         tr("Extract the site's pages again with its rules; reviewed and corrected pages "
                            "are never touched (undoable)"));
    showReport =
        make("actionShowReport", tr("Accuracy Re&port"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
             tr("How often the extractor's values survived review, per field and site, with "
                "and without the rules"));

    shortcuts = make("actionShortcuts", tr("&Keyboard Shortcuts"), QKeySequence(Qt::Key_F1),
                     tr("List every shortcut"));
    about = make("actionAbout", tr("&About Galley"), QKeySequence(), tr("Version and licence"));

    for (QAction *a : selectionActions())
        a->setEnabled(false);
}

QAction *MainActions::make(const char *name, const QString &text, const QKeySequence &key, const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1String(name));
    if (!key.isEmpty())
        action->setShortcut(key);
    action->setStatusTip(tip);
    action->setToolTip(
        key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    return action;
}

QList<QAction *> MainActions::selectionActions() const
{
    return {useAsHeadline,    addAsByline, useAsCredit,   useAsCaption,
            useAsPhotoCredit, addToBody,   markNotArticle};
}

QList<std::pair<QString, QList<QAction *>>> MainActions::groups() const
{
    return {{tr("File"), {newProject, openProject, openCaptures, importCaptures, save, exportRecords, quit}},
            {tr("Edit"), {undo, redo, find, searchPages, showTwins}},
            {tr("Capture selection"), selectionActions()},
            {tr("Review"),
             {approveNext, reject, needsAttention, nextUnreviewed, previousUnreviewed, nextPage, previousPage,
              splitByline, focusCapture, focusArticle, resetField, resetPage}},
            {tr("View"), {toggleWrap, zoomIn, zoomOut}},
            {tr("Rules"), {showRules, reextractSite, showReport}},
            {tr("Help"), {shortcuts, about}}};
}

} // namespace galley
