// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/common/vocabulary.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace galley {

class StopWords;

/// What a line of a text dump turned out to be. Finders claim lines in turn; later finders skip
/// claimed ones.
enum class LineRole { Unknown, Chrome, Headline, Byline, Dateline, Caption, PhotoCredit, AgencyCard, Body };

/// One non-blank line of a plain-text page dump (w3m/lynx style: a paragraph per line, list items
/// marked with a bullet glyph, nesting shown by indentation), with the statistics the finders use.
struct TextLine
{
    qsizetype start = 0; ///< content span in the capture text (indentation and bullet excluded), UTF-16
    qsizetype end = 0;
    int number = 0;           ///< 0-based line number in the capture, blank lines included
    int indent = 0;           ///< leading spaces before the content or the bullet
    bool bullet = false;      ///< a list marker (•, ☆, □, ◦, *, "1.") introduced the line
    int blankBefore = 0;      ///< blank lines between this line and the previous non-blank one
    int chars = 0;            ///< length of the content (a spaceless script's letter counts 2.5: see words)
    int words = 0;            ///< words; in Chinese, Japanese, Thai... 2.5 letters make one
    int stopWords = 0;        ///< words in the page language's stop-word table
    int letters = 0;          ///< letters among the content's characters
    int repeats = 1;          ///< lines of the page with the same content (1: unique)
    bool sentenceEnd = false; ///< ends like a sentence (. ! ? … 。, optionally inside quotes)
    bool placeholder = false; ///< an image placeholder such as "[photo-123]" and nothing else
    bool boundary = false;    ///< a label that opens what follows an article (isSectionBoundary())
    bool legal = false;       ///< consent or rights boilerplate ("cookie", "all rights reserved")
    LineRole role = LineRole::Unknown;

    double stopDensity() const { return words ? double(stopWords) / words : 0.0; }
};

/// A list marker glyph as dump tools print them: •, ☆, □, ◦, ▪, ■, ○, ●, *, ◆, ◇, ►, ▸, ‣, ⁃.
bool isBulletGlyph(QChar c);

/// The words of a line: runs of letters and digits, with inner apostrophes and hyphens ("don't",
/// "Jean-Pierre").
QList<QStringView> wordsOf(QStringView text);

/// Whether `text` ends like a sentence: . ! ? … 。, optionally followed by closing quotes or brackets.
bool endsLikeSentence(QStringView text);

/// Whether `word` starts with a capital or a figure.
bool capitalised(QStringView word);

/// Whether `text` has no lower-case letter ("BREAKING NEWS", "REUTERS"): what toUpper() leaves as it
/// is, without building the upper-case copy.
bool shouted(QStringView text);

/// Headline style: most longer words capitalised ("Japan's PM Seeks Dialogue With Putin").
bool headlineCase(QStringView text);

/// A text capture cut into lines with statistics. Lines refer to the capture text, never copy it.
class TextPage
{
public:
    /// `vocabulary` is the one every finder reading this page decides with (a shared, immutable
    /// table: holding it costs a reference count).
    TextPage(const QString &text, const StopWords &stopWords, Vocabulary vocabulary);

    const QString &text() const { return m_text; }
    QList<TextLine> &lines() { return m_lines; }
    const QList<TextLine> &lines() const { return m_lines; }
    QStringView content(const TextLine &line) const
    {
        return QStringView(m_text).mid(line.start, line.end - line.start);
    }
    QString contentString(int index) const { return content(m_lines.at(index)).toString(); }

    /// The code of the stop-word table the page matched ("en", "de", ...), empty when none fits (the
    /// extractor then relies on language-neutral features only).
    const QString &language() const { return m_language; }
    bool hasLanguage() const { return !m_language.isEmpty(); }

    const Vocabulary &vocabulary() const { return m_vocabulary; }

private:
    void countStopWords(const StopWords &stopWords);
    void countRepeats();

    const QString &m_text;
    QList<TextLine> m_lines;
    QString m_language;
    Vocabulary m_vocabulary;
};

} // namespace galley
