// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/reviewrecord.h"

#include <QMap>
#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace galley {

/// Every modal question the window asks goes through here, so tests can answer in advance and never
/// block on a dialog (the keepassxc MessageBox/FileDialog pattern).
///
/// When an answer is queued, the dialog is not shown and the queued answer is returned; with
/// setNonInteractive(true) (tests) unqueued questions return the default without showing anything.
namespace dialogs {

/// `labels` renames standard buttons ("Recover" rather than "Yes"); the answer is still the standard
/// button, so callers and tests stay independent of the wording.
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton,
                                     const QMap<QMessageBox::StandardButton, QString> &labels = {});
/// Informational or error message; in non-interactive mode it is only recorded (lastMessage()).
void message(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text);
QString getText(QWidget *parent, const QString &title, const QString &label, const QString &text, bool *ok);
/// Why a page gets `status` (ReasonDialog: a short list plus free text); `current` is the reason so far.
/// Non-interactive without a queued answer: accepted, with no reason.
QString getReason(QWidget *parent, ReviewStatus status, const QString &current, bool *ok);
QString getExistingDirectory(QWidget *parent, const QString &title, const QString &dir);
QStringList getOpenFileNames(QWidget *parent, const QString &title, const QString &dir,
                             const QString &filter);
QString getSaveFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter);

// Test hooks.
void setNonInteractive(bool on);
void queueAnswer(QMessageBox::StandardButton answer);
void queueText(const QString &text);           ///< getText() answers; an empty string means "cancelled"
void queueReason(const QString &reason);       ///< getReason() answers; a null string means "cancelled"
void queueFileNames(const QStringList &names); ///< the next file or directory dialog answers
QString lastMessage();

} // namespace dialogs

} // namespace galley
