// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/captureview.h"

#include "review/fieldstyle.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

namespace galley {

CaptureView::CaptureView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    // Read-only but keyboard-navigable: the editor selects text with the keyboard to use it as a value.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setUndoRedoEnabled(false);
}

void CaptureView::setContent(const TextMap &map, const Provenance &provenance)
{
    m_map = map;
    setPlainText(map.text);
    setProvenance(provenance);
}

void CaptureView::setProvenance(const Provenance &provenance)
{
    m_provenance = provenance;
    refreshHighlights();
}

void CaptureView::refreshHighlights()
{
    m_fieldSelections.clear();
    const int length = document()->characterCount() - 1;
    for (auto it = m_provenance.cbegin(); it != m_provenance.cend(); ++it) {
        const QColor color = fieldColor(fieldKind(it.key()), palette());
        for (const SourceSpan &span : it.value()) {
            qsizetype from = 0, to = 0;
            if (!span.isValid() || !m_map.shownRange(span.start, span.end, &from, &to))
                continue;
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(document());
            selection.cursor.setPosition(int(std::min<qsizetype>(from, length)));
            selection.cursor.setPosition(int(std::min<qsizetype>(to, length)), QTextCursor::KeepAnchor);
            selection.format.setBackground(color);
            m_fieldSelections.append(selection);
        }
    }
    QList<QTextEdit::ExtraSelection> all = m_fieldSelections;
    if (m_flashOn)
        all.append(m_flash);
    setExtraSelections(all);
}

bool CaptureView::firstShown(const QString &path, qsizetype *from, qsizetype *to) const
{
    for (const SourceSpan &span : m_provenance.value(path)) {
        if (span.isValid() && m_map.shownRange(span.start, span.end, from, to))
            return true;
    }
    return false;
}

bool CaptureView::showField(const QString &path)
{
    qsizetype from = 0, to = 0;
    if (firstShown(path, &from, &to)) {
        QTextCursor cursor(document());
        cursor.setPosition(int(from));
        cursor.setPosition(int(to), QTextCursor::KeepAnchor);
        setTextCursor(cursor);
        centerCursor();
        m_flash.cursor = cursor;
        QColor strong = fieldColor(fieldKind(path), palette());
        strong.setAlpha(230);
        m_flash.format.setBackground(strong);
        m_flash.format.setProperty(QTextFormat::OutlinePen, QPen(palette().color(QPalette::Text)));
        m_flashOn = true;
        refreshHighlights();
        QTimer::singleShot(700, this, [this] {
            m_flashOn = false;
            refreshHighlights();
        });
        return true;
    }
    return false;
}

bool CaptureView::scrollToStartOf(const QStringList &paths)
{
    for (const QString &path : paths) {
        qsizetype from = 0, to = 0;
        if (firstShown(path, &from, &to)) {
            QTextCursor cursor(document());
            cursor.setPosition(int(from));
            setTextCursor(cursor);
            // A plain-text view scrolls by lines: this puts the span's line at the top (or as near as the
            // end of the page allows).
            const QTextBlock block = cursor.block();
            const QTextLine line =
                block.layout() ? block.layout()->lineForTextPosition(cursor.positionInBlock()) : QTextLine();
            verticalScrollBar()->setValue(block.firstLineNumber() + (line.isValid() ? line.lineNumber() : 0));
            return true;
        }
    }
    return false;
}

QString CaptureView::fieldAt(qsizetype source) const
{
    QString best;
    qsizetype bestLength = -1;
    for (auto it = m_provenance.cbegin(); it != m_provenance.cend(); ++it) {
        for (const SourceSpan &span : it.value()) {
            if (span.isValid() && source >= span.start && source < span.end &&
                (bestLength < 0 || span.length() < bestLength)) {
                best = it.key();
                bestLength = span.length();
            }
        }
    }
    return best;
}

SourceSpan CaptureView::selectedSpan() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return {};
    // The end is where the last selected character's source ends, not where the next one starts: that
    // may lie past hidden markup.
    const auto [start, end] = m_map.sourceRange(cursor.selectionStart(), cursor.selectionEnd());
    return SourceSpan{start, end, QStringLiteral("editor")};
}

QString CaptureView::selectedText() const
{
    // QTextCursor uses U+2029 between paragraphs; the fields want plain spaces.
    return textCursor().selectedText().replace(QChar::ParagraphSeparator, QLatin1Char(' ')).simplified();
}

void CaptureView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const QString field = fieldAt(m_map.toSource(textCursor().position()));
    if (!field.isEmpty())
        Q_EMIT fieldClicked(field);
}

void CaptureView::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    if (!m_selectionActions.isEmpty()) {
        menu->addSeparator();
        for (QAction *action : m_selectionActions)
            menu->addAction(action);
    }
    menu->exec(event->globalPos());
}

QString CaptureView::sourceLabel(const QString &path) const
{
    const QString via = m_provenance.value(path).value(0).via;
    if (via.startsWith(QLatin1String("rule:"))) {
        const QString id = via.mid(5);
        const QString description = m_ruleNames.value(id);
        return description.isEmpty()
                   ? tr("%1 (set by site rule %2)").arg(fieldDisplayName(path), id)
                   : tr("%1 (set by site rule %2: %3)").arg(fieldDisplayName(path), id, description);
    }
    return via.isEmpty() ? fieldDisplayName(path) : tr("%1 (found by %2)").arg(fieldDisplayName(path), via);
}

bool CaptureView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString field = fieldAt(m_map.toSource(cursorForPosition(help->pos()).position()));
        if (field.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(), sourceLabel(field), viewport());
        }
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void CaptureView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshHighlights(); // light <-> dark: the highlight alpha depends on the base colour
}

} // namespace galley
