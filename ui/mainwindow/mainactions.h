// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace galley {

/// Every action of the review window, each with an objectName (tests trigger them by name), a
/// shortcut and a status tip. The window puts them in menus and tool bars; nothing here knows widgets.
class MainActions : public QObject
{
    Q_OBJECT

public:
    explicit MainActions(QObject *parent);
    ~MainActions() override;

    // File
    QAction *newProject, *openProject, *openCaptures, *importCaptures, *save, *exportRecords, *quit;
    QMenu *recentMenu;
    // Edit
    QAction *undo, *redo, *find, *searchPages, *showTwins;
    // Use the capture selection as ...
    QAction *useAsHeadline, *addAsByline, *useAsCredit, *useAsCaption, *useAsPhotoCredit, *addToBody,
        *markNotArticle;
    // Review
    QAction *approveNext, *reject, *needsAttention, *nextUnreviewed, *previousUnreviewed, *nextPage,
        *previousPage, *splitByline, *focusCapture, *focusArticle;
    // Review: what the editor changed
    QAction *resetField, *resetPage;
    // View
    QAction *toggleWrap, *zoomIn, *zoomOut;
    // Rules (site rules learned from corrections, the accuracy report)
    QAction *showRules, *reextractSite, *showReport;
    // Help
    QAction *shortcuts, *about;

    /// The "use selection as" actions, in menu order (they also fill the raw pane's context menu).
    QList<QAction *> selectionActions() const;
    /// Title and actions of each menu, for the shortcuts dialog.
    QList<std::pair<QString, QList<QAction *>>> groups() const;

private:
    QAction *make(const char *name, const QString &text, const QKeySequence &key, const QString &tip);
};

} // namespace galley
