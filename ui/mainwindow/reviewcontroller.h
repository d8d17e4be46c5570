// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/reviewrecord.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QTimer;
class QWidget;

namespace galley {

class RecordDocument;
class ReviewSession;

/// The page being reviewed: opens records from the session into a RecordDocument, saves them (on
/// Ctrl+S, on leaving the page, and by autosave), and moves the review along (approve and next,
/// reject). The reviewer's name is asked once and remembered.
class ReviewController : public QObject
{
    Q_OBJECT

public:
    explicit ReviewController(QWidget *window);
    ~ReviewController() override;

    void setSession(ReviewSession *session);
    ReviewSession *session() const { return m_session; }
    RecordDocument *document() const { return m_document.get(); }
    QString currentId() const;

    /// Opens a page, saving the one being left. False when it could not be loaded (reported).
    bool openPage(const QString &id);
    /// Saves the open page if modified; false when it failed (the page stays modified).
    bool save();
    /// Sets the status and saves (approve/reject/needs attention).
    bool setStatusAndSave(ReviewStatus status);
    /// Approve, reject or needs attention of the open page: a status that takes a reason asks for it
    /// first (cancelling changes nothing), then the status is set and the page saved.
    bool finish(ReviewStatus status);
    /// Sets the status of several pages at once (the reason, when the status takes one, is asked once):
    /// the open page through its document, the others loaded, marked and saved by the engine's
    /// recordWithMarks(). Returns how many were saved; failures are reported by message().
    int setStatusOfPages(const QStringList &ids, ReviewStatus status);
    /// Closes the page (saving it first); false when saving failed and the editor chose to stay.
    bool closePage();

    /// The reviewer's name from the settings, asking for it the first time. Empty when declined.
    QString reviewer();
    void setAutosaveInterval(int milliseconds);

Q_SIGNALS:
    void documentChanged(galley::RecordDocument *document);
    void saved(const QString &id);
    void message(const QString &text);

private:
    void scheduleJournal();
    void applyRecovered(const ReviewRecord &journalled);

    QWidget *m_window;
    QPointer<ReviewSession> m_session;
    std::unique_ptr<RecordDocument> m_document;
    QTimer *m_autosave;
    QTimer *m_journal;
};

} // namespace galley
