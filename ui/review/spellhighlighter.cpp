// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/spellhighlighter.h"

#include "review/spellchecker.h"

namespace galley {

SpellHighlighter::SpellHighlighter(QTextDocument *document, SpellChecker *checker)
    : QSyntaxHighlighter(document), m_checker(checker)
{
    connect(checker, &SpellChecker::changed, this, &QSyntaxHighlighter::rehighlight);
}

QTextCharFormat SpellHighlighter::misspeltFormat()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(Qt::red);
    return format;
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (!m_checker)
        return;
    const QTextCharFormat format = misspeltFormat();
    for (const MisspeltWord &word : m_checker->misspelt(text))
        setFormat(int(word.start), int(word.length), format);
}

} // namespace galley
