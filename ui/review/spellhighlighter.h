// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QSyntaxHighlighter>

namespace galley {

class SpellChecker;

/// Underlines the misspelt words of a text field's document with the usual red wavy line, as the
/// checker says; re-checks everything when the checker changes (another dictionary, a word added).
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    SpellHighlighter(QTextDocument *document, SpellChecker *checker);

    /// The format of a misspelt word (tests compare with it).
    static QTextCharFormat misspeltFormat();
    SpellChecker *checker() const { return m_checker; }

protected:
    void highlightBlock(const QString &text) override;

private:
    QPointer<SpellChecker> m_checker;
};

} // namespace galley
