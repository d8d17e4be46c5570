// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>
#include <QPointer>

namespace galley {

class SpellChecker;

/// A field for a value that can be long (the headline, an image's caption or photo credit): it wraps and
/// grows to show the whole text (up to kMaxLines, then it scrolls). It edits one paragraph, like a line edit:
/// Return finishes (no line break; pasted breaks become spaces) and Tab moves on. Its signals are the
/// line edit's: textEdited() only for the editor's own typing, editingFinished() on Return or when focus
/// leaves, so it binds to the document as a QLineEdit does (lineeditbinding.h). With a spell checker,
/// misspelt words are underlined and the context menu offers suggestions (spellingmenu.h).
class MultiLineField : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int kMinLines = 1;
    static constexpr int kMaxLines = 8;

    explicit MultiLineField(QWidget *parent = nullptr);

    QString text() const { return toPlainText(); }
    /// Shows the document's value: no textEdited(), the cursor kept where it was (typing undo restarts).
    void setTextKeepingCursor(const QString &text);
    /// Checks the spelling with `checker` (the field keeps no ownership).
    void setSpellChecker(SpellChecker *checker);
    /// Focus by Tab or by the label's Alt+letter selects the whole text, as in a QLineEdit.
    void setSelectAllOnTabFocus(bool on) { m_selectAllOnTabFocus = on; }
    /// The standard editing menu, with the spelling entries of the word under `event` first.
    QMenu *createContextMenu(const QContextMenuEvent *event);

Q_SIGNALS:
    void textEdited(const QString &text);
    void editingFinished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();

    bool m_settingText = false;
    bool m_selectAllOnTabFocus = false;
    QString m_shownText; ///< the text last shown or typed: a re-highlight is no edit
    QPointer<SpellChecker> m_spellChecker;
};

} // namespace galley
