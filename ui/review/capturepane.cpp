// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/capturepane.h"

#include <QTextBlock>

namespace galley {

CapturePane::CapturePane(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("capturePane"));
    setAccessibleName(tr("Raw capture"));
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
}

void CapturePane::setCapture(const Capture &capture, const Provenance &provenance)
{
    setPlainText(capture.text());
    QList<QTextEdit::ExtraSelection> selections;
    for (auto it = provenance.cbegin(); it != provenance.cend(); ++it) {
        for (const SourceSpan &span : it.value()) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(document());
            selection.cursor.setPosition(int(span.start));
            selection.cursor.setPosition(int(span.end), QTextCursor::KeepAnchor);
            selection.format.setBackground(it.key() == QLatin1String("headline") ? QColor(0xff, 0xe0, 0x82)
                                                                                 : QColor(0xc8, 0xe6, 0xc9));
            selections.append(selection);
        }
    }
    setExtraSelections(selections);
}

} // namespace galley
