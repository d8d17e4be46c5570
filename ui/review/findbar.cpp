// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>

namespace galley {

FindBar::FindBar(QWidget *parent) : QWidget(parent), m_field(new QLineEdit), m_status(new QLabel)
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setAccessibleName(tr("Find in capture"));
    m_field->setPlaceholderText(tr("Find in capture"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);

    auto *previous = new QToolButton;
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+Return)"));
    previous->setAccessibleName(tr("Previous match"));
    auto *next = new QToolButton;
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (Return)"));
    next->setAccessibleName(tr("Next match"));
    auto *close = new QToolButton;
    close->setText(tr("Close"));
    close->setToolTip(tr("Close the find bar (Escape)"));
    close->setAccessibleName(tr("Close find bar"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_field, &QLineEdit::textEdited, this, [this] {
        // Search as you type, from the start of the current match.
        if (m_view) {
            QTextCursor cursor = m_view->textCursor();
            cursor.setPosition(cursor.selectionStart());
            m_view->setTextCursor(cursor);
        }
        findNext(false);
    });
}

void FindBar::activate()
{
    if (m_view && m_view->textCursor().hasSelection())
        m_field->setText(m_view->textCursor().selectedText().simplified());
    show();
    m_field->setFocus();
    m_field->selectAll();
}

bool FindBar::findNext(bool backward)
{
    if (!m_view || m_field->text().isEmpty()) {
        m_status->clear();
        return false;
    }
    const auto flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_view->find(m_field->text(), flags);
    if (!found) { // wrap around
        QTextCursor cursor = m_view->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_view->setTextCursor(cursor);
        found = m_view->find(m_field->text(), flags);
    }
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            findNext(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            if (m_view)
                m_view->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace galley
