// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/dialogs.h"

#include "dialogs/reasondialog.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QInputDialog>
#include <QQueue>

namespace galley::dialogs {

namespace {

struct Hooks
{
    bool nonInteractive = false;
    QQueue<QMessageBox::StandardButton> answers;
    QQueue<QString> texts;
    QQueue<QString> reasons;
    QQueue<QStringList> fileNames;
    QString lastMessage;
};

Hooks &hooks()
{
    static Hooks h;
    return h;
}

/// A queued file answer, or std::nullopt when the real dialog should be shown.
std::optional<QStringList> queuedFiles()
{
    if (!hooks().fileNames.isEmpty())
        return hooks().fileNames.dequeue();
    if (hooks().nonInteractive)
        return QStringList();
    return std::nullopt;
}

} // namespace

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton,
                                     const QMap<QMessageBox::StandardButton, QString> &labels)
{
    hooks().lastMessage = text;
    if (!hooks().answers.isEmpty())
        return hooks().answers.dequeue();
    if (hooks().nonInteractive)
        return defaultButton;
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
        if (QAbstractButton *button = box.button(it.key()))
            button->setText(it.value());
    }
    return QMessageBox::StandardButton(box.exec());
}

void message(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    hooks().lastMessage = text;
    if (hooks().nonInteractive)
        return;
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.exec();
}

QString getText(QWidget *parent, const QString &title, const QString &label, const QString &text, bool *ok)
{
    if (!hooks().texts.isEmpty() || hooks().nonInteractive) {
        const QString answer = hooks().texts.isEmpty() ? QString() : hooks().texts.dequeue();
        *ok = !answer.isEmpty();
        return answer;
    }
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, ok);
}

QString getReason(QWidget *parent, ReviewStatus status, const QString &current, bool *ok)
{
    if (!hooks().reasons.isEmpty()) {
        const QString answer = hooks().reasons.dequeue();
        *ok = !answer.isNull();
        return answer;
    }
    if (hooks().nonInteractive) {
        *ok = true;
        return {};
    }
    ReasonDialog dialog(status, current, parent);
    *ok = dialog.exec() == QDialog::Accepted;
    return *ok ? dialog.reason() : QString();
}

QString getExistingDirectory(QWidget *parent, const QString &title, const QString &dir)
{
    if (const auto queued = queuedFiles())
        return queued->value(0);
    return QFileDialog::getExistingDirectory(parent, title, dir);
}

QStringList getOpenFileNames(QWidget *parent, const QString &title, const QString &dir, const QString &filter)
{
    if (const auto queued = queuedFiles())
        return *queued;
    return QFileDialog::getOpenFileNames(parent, title, dir, filter);
}

QString getSaveFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter)
{
    if (const auto queued = queuedFiles())
        return queued->value(0);
    return QFileDialog::getSaveFileName(parent, title, dir, filter);
}

void setNonInteractive(bool on)
{
    hooks().nonInteractive = on;
}

void queueAnswer(QMessageBox::StandardButton answer)
{
    hooks().answers.enqueue(answer);
}

void queueText(const QString &text)
{
    hooks().texts.enqueue(text);
}

void queueReason(const QString &reason)
{
    hooks().reasons.enqueue(reason);
}

void queueFileNames(const QStringList &names)
{
    hooks().fileNames.enqueue(names);
}

QString lastMessage()
{
    return hooks().lastMessage;
}

} // namespace galley::dialogs
