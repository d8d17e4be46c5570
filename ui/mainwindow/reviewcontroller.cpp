// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/reviewcontroller.h"

#include "dialogs/dialogs.h"
#include "editing/recorddocument.h"
#include "mainwindow/reviewsession.h"
#include "review/correctionhistory.h"

#include <QSettings>
#include <QTimer>
#include <QUndoStack>
#include <QWidget>

namespace galley {

namespace {
const auto kReviewerKey = QLatin1String("review/reviewer");
}

ReviewController::ReviewController(QWidget *window)
    : QObject(window), m_window(window), m_autosave(new QTimer(this)), m_journal(new QTimer(this))
{
    // Autosave a while after the last change, so a crash or a power cut loses little; the journal keeps
    // the in-between state sooner still.
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(30000);
    m_journal->setSingleShot(true);
    m_journal->setInterval(1500);
    connect(m_autosave, &QTimer::timeout, this, [this] {
        if (m_document && m_document->isModified() && save())
            Q_EMIT message(tr("Autosaved"));
    });
    connect(m_journal, &QTimer::timeout, this, [this] {
        if (m_document && m_session && m_document->isModified() && !m_session->isReadOnly())
            m_session->writeJournal(m_document->recordForSave(QSettings().value(kReviewerKey).toString(),
                                                              QDateTime::currentDateTimeUtc()));
    });
}

ReviewController::~ReviewController() = default;

void ReviewController::setSession(ReviewSession *session)
{
    // Views let go of the document before it is destroyed.
    Q_EMIT documentChanged(nullptr);
    m_document.reset();
    m_session = session;
}

void ReviewController::setAutosaveInterval(int milliseconds)
{
    m_autosave->setInterval(milliseconds);
}

QString ReviewController::currentId() const
{
    return m_document ? m_document->savedRecord().source.id : QString();
}

bool ReviewController::openPage(const QString &id)
{
    if (!m_session || id == currentId())
        return m_document != nullptr;
    if (!closePage())
        return false;
    ReviewRecord record;
    Capture capture;
    QString error;
    if (!m_session->load(id, &record, &capture, &error)) {
        Q_EMIT message(error);
        return false;
    }
    m_document = std::make_unique<RecordDocument>(record, capture, m_session->vocabulary());
    if (ReviewRecord journalled; m_session->recoveredRecord(id, &journalled))
        applyRecovered(journalled);
    connect(m_document.get(), &RecordDocument::fieldChanged, this, [this] {
        m_autosave->start();
        scheduleJournal();
    });
    connect(m_document.get(), &RecordDocument::statusChanged, this, [this] { m_autosave->start(); });
    connect(m_document.get(), &RecordDocument::marksChanged, this, [this] {
        m_autosave->start();
        scheduleJournal();
    });
    Q_EMIT documentChanged(m_document.get());
    return true;
}

bool ReviewController::closePage()
{
    if (!m_document)
        return true;
    if (m_document->isModified() && !save()) {
        const auto answer =
            dialogs::question(m_window, tr("Unsaved corrections"),
                              tr("The corrections of this page could not be saved. Leave the page "
                                 "and lose them?"),
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return false;
    }
    if (m_session)
        m_session->release(currentId());
    Q_EMIT documentChanged(nullptr);
    m_document.reset();
    return true;
}

bool ReviewController::save()
{
    if (!m_document || !m_session)
        return false;
    if (!m_document->isModified())
        return true;
    if (m_session->isReadOnly()) {
        Q_EMIT message(tr("Read-only: %1").arg(m_session->readOnlyReason()));
        return false;
    }
    const QString name = reviewer();
    const ReviewRecord record = m_document->recordForSave(name, QDateTime::currentDateTimeUtc());
    QString error;
    bool conflict = false;
    bool ok = m_session->save(record, false, &error, &conflict);
    if (!ok && conflict) {
        const auto answer = dialogs::question(m_window, tr("Page changed on disk"),
                                              tr("This page was changed on disk by someone else since you "
                                                 "opened it.\n\nKeep your version (overwrite "
                                                 "theirs) or cancel and keep editing?"),
                                              QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Save)
            ok = m_session->save(record, true, &error, &conflict);
    }
    if (!ok) {
        Q_EMIT message(tr("Could not save: %1").arg(error));
        return false;
    }
    m_document->markSaved(record);
    m_autosave->stop();
    m_journal->stop();
    Q_EMIT saved(record.source.id);
    return true;
}

bool ReviewController::setStatusAndSave(ReviewStatus status)
{
    if (!m_document)
        return false;
    m_document->setStatus(status);
    return save();
}

bool ReviewController::finish(ReviewStatus status)
{
    // A status is a reviewer's decision: without a name (the prompt cancelled) nothing changes.
    if (!m_document || reviewer().isEmpty())
        return false;
    if (statusTakesReason(status)) {
        bool ok = false;
        const QString reason = dialogs::getReason(
            m_window, status, m_document->status() == status ? m_document->reason() : QString(), &ok);
        if (!ok)
            return false;
        m_document->setReason(reason);
    }
    return setStatusAndSave(status);
}

int ReviewController::setStatusOfPages(const QStringList &ids, ReviewStatus status)
{
    if (!m_session || ids.isEmpty() || reviewer().isEmpty())
        return 0;
    if (m_session->isReadOnly()) {
        Q_EMIT message(tr("Read-only: %1").arg(m_session->readOnlyReason()));
        return 0;
    }
    QString reason;
    if (statusTakesReason(status)) {
        bool ok = false;
        reason = dialogs::getReason(m_window, status, QString(), &ok);
        if (!ok)
            return 0;
    }
    const QString name = reviewer();
    int saved = 0;
    QStringList problems;
    for (const QString &id : ids) {
        if (id == currentId()) {
            m_document->setReason(reason);
            if (setStatusAndSave(status))
                ++saved;
            else
                problems.append(id);
            continue;
        }
        ReviewRecord record;
        Capture ignored;
        QString error;
        bool conflict = false;
        if (!m_session->load(id, &record, &ignored, &error)) {
            problems.append(error);
            continue;
        }
        ReviewMarks marks = ReviewMarks::of(record);
        marks.status = status;
        marks.reason = reason;
        const ReviewRecord changed = recordWithMarks(record, marks, name, QDateTime::currentDateTimeUtc());
        if (changed == record || m_session->save(changed, false, &error, &conflict))
            ++saved;
        else
            problems.append(error);
        m_session->release(id);
    }
    if (!problems.isEmpty())
        Q_EMIT message(
            tr("%1 of %2 pages not changed: %3").arg(problems.size()).arg(ids.size()).arg(problems.first()));
    return saved;
}

QString ReviewController::reviewer()
{
    QSettings settings;
    QString name = settings.value(kReviewerKey).toString();
    if (!name.isEmpty())
        return name;
    bool ok = false;
    name = dialogs::getText(m_window, tr("Your name"),
                            tr("Your name is saved with each correction and review (asked once):"), QString(),
                            &ok)
               .trimmed();
    if (ok && !name.isEmpty())
        settings.setValue(kReviewerKey, name);
    return name;
}

void ReviewController::applyRecovered(const ReviewRecord &journalled)
{
    // One undo step over the saved record: the editor sees the recovered corrections as unsaved edits,
    // can check them against the capture, save them, or undo them back to what was saved.
    const ArticleDraft draft =
        ArticleDraft::fromRecord(journalled.corrected, m_document->savedRecord().extracted);
    m_document->edit(FieldPath(), tr("Recover unsaved corrections"), [&draft](ArticleDraft *current) {
        const Article opened = current->opened; // what was saved stays what the page opened with
        *current = draft;
        current->opened = opened;
    });
    m_document->setStatus(journalled.status);
    m_document->setReason(journalled.reason);
    m_document->setNote(journalled.note);
    if (m_document->isModified())
        Q_EMIT message(tr("Recovered the unsaved corrections of this page: check and save them (Ctrl+S), "
                          "or undo them (Ctrl+Z)."));
}

void ReviewController::scheduleJournal()
{
    m_journal->start();
}

} // namespace galley
