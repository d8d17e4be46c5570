// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/multilinefield.h"

#include "review/spellchecker.h"
#include "review/spellhighlighter.h"
#include "review/spellingmenu.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QScopedValueRollback>
#include <QTextBlock>

namespace galley {

MultiLineField::MultiLineField(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = toPlainText();
        if (text == m_shownText)
            return; // formats changed (spelling marks), not the text
        m_shownText = text;
        if (!m_settingText)
            Q_EMIT textEdited(text);
        fitHeight();
    });
    fitHeight();
}

void MultiLineField::setTextKeepingCursor(const QString &text)
{
    if (toPlainText() == text)
        return;
    QScopedValueRollback guard(m_settingText, true);
    const int position = textCursor().position();
    setPlainText(text);
    QTextCursor cursor = textCursor();
    cursor.setPosition(std::min(position, int(text.size())));
    setTextCursor(cursor);
}

void MultiLineField::setSpellChecker(SpellChecker *checker)
{
    if (m_spellChecker == checker)
        return;
    m_spellChecker = checker;
    delete document()->findChild<SpellHighlighter *>();
    if (checker)
        new SpellHighlighter(document(), checker);
}

QMenu *MultiLineField::createContextMenu(const QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    // From the keyboard (the Menu key) the word is the one at the text cursor, not under the mouse.
    const QTextCursor at =
        event->reason() == QContextMenuEvent::Keyboard ? textCursor() : cursorForPosition(event->pos());
    addSpellingActions(menu, this, at, m_spellChecker);
    return menu;
}

void MultiLineField::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(event);
    menu->exec(event->globalPos());
    delete menu;
}

void MultiLineField::focusInEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusInEvent(event);
    const Qt::FocusReason reason = event->reason();
    if (m_selectAllOnTabFocus && (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason ||
                                  reason == Qt::ShortcutFocusReason))
        selectAll();
}

void MultiLineField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        Q_EMIT editingFinished();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void MultiLineField::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    // A context menu or a popup is not the editor leaving the field.
    if (event->reason() != Qt::PopupFocusReason)
        Q_EMIT editingFinished();
}

void MultiLineField::insertFromMimeData(const QMimeData *source)
{
    QString text = source->text();
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    insertPlainText(text);
}

void MultiLineField::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    fitHeight(); // a narrower field wraps into more lines
}

void MultiLineField::fitHeight()
{
    // The plain-text layout measures the document in lines, wrapped lines included.
    int lines = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        lines += std::max(1, block.layout() ? block.layout()->lineCount() : 1);
    lines = std::clamp(lines, kMinLines, kMaxLines);
    const QMargins margins = contentsMargins();
    const int height = lines * fontMetrics().lineSpacing() + int(2 * document()->documentMargin()) +
                       2 * frameWidth() + margins.top() + margins.bottom() + 1;
    if (height != this->height())
        setFixedHeight(height);
}

} // namespace galley
