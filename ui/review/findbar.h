// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace galley {

/// An inline find bar for a text view (Ctrl+F opens it, Return / Shift+Return step, Escape closes),
/// like a browser's or Kate's: non-modal, the text stays visible.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    void setView(QPlainTextEdit *view) { m_view = view; }
    /// Shows the bar and focuses the field, seeded with the view's selection.
    void activate();
    /// Finds the next (or previous) match; false when there is none.
    bool findNext(bool backward = false);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_view = nullptr;
    QLineEdit *m_field;
    QLabel *m_status;
};

} // namespace galley
