// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

/// How long a text is and whether it reads as prose, in units that hold across writing systems.
/// Extraction thresholds were written for spaced, left-to-right scripts: "at least 25 characters",
/// "a sentence of 12 words", "ends in a full stop". A Chinese or Japanese sentence of 40 characters has
/// no space and ends in "。"; an Arabic one ends in "؟" and may carry invisible direction marks. These
/// helpers let one threshold serve every script.
namespace galley::scriptmetrics {

/// A letter of a script written without spaces between words: Han ideographs (CJK Unified and
/// Compatibility, extensions A and B+), Hiragana, Katakana (and the half-width forms), Bopomofo. Hangul
/// is not here: Korean puts spaces between words.
bool isSpaceless(char32_t c);

/// A Han ideograph (or the iteration mark): the densest of the spaceless letters. A translation into
/// English needs about 3.5 characters for each (a Chinese word averages 1.7 characters, an English
/// one with its space six); a kana needs about 2.
bool isIdeograph(char32_t c);

/// Whether `c` ends a sentence in some script: . ! ? … and the full-width and CJK forms (。！？｡),
/// the Arabic question mark and full stop (؟ ۔), the Devanagari danda (। ॥), the Armenian and Ethiopic
/// full stops. Closing quotes and brackets after it are the caller's business.
bool isSentenceEnd(char32_t c);

/// Whether `c` separates clauses: , ; and the CJK (，、；), Arabic (، ؛) and full-width forms. Readability's
/// comma count is a prose signal; a Chinese paragraph has "，" where English has ",".
bool isClauseMark(char32_t c);

/// Invisible characters that only steer layout: direction marks and isolates (U+200E/F, U+202A–202E,
/// U+2066–2069, U+061C), zero-width joiners and spaces, the byte order mark. Right-to-left pages are
/// full of them; they are neither a letter nor a space for any count.
bool isLayoutControl(char32_t c);

/// Counts over one text.
struct TextMeasure
{
    qsizetype visible = 0;    ///< characters that are not white space nor layout controls
    qsizetype letters = 0;    ///< letters and digits in any script (spaceless ones included)
    qsizetype spaceless = 0;  ///< letters of spaceless scripts (see isSpaceless)
    qsizetype ideographs = 0; ///< of those, Han ideographs (see isIdeograph); the rest are kana
    qsizetype words = 0;      ///< runs of letters/digits of spaced scripts, split at spaces and punctuation
    qsizetype sentenceEnds = 0;
    qsizetype clauseMarks = 0;

    /// The text's length in words: spaced words, plus 0.6 per ideograph (a Chinese word averages 1.7
    /// characters) and 1/3 per kana. A four-sentence Chinese brief of 50 characters is about 30 word
    /// units, like its English translation.
    double wordUnits() const
    {
        return double(words) + double(ideographs) * 0.6 + double(spaceless - ideographs) / 3.0;
    }

    /// The text's length in characters of a spaced script, for rules that say "at least N characters":
    /// what is visible, the spaces a spaced text has between its words, and for each spaceless letter
    /// what its translation would need beyond one character (denseExtra()).
    qsizetype latinLength() const { return visible + (words > 0 ? words - 1 : 0) + denseExtra(); }

    /// Characters a spaced script needs beyond the text's own for the same content: 2.5 per ideograph
    /// (3.5 in all), 1 per kana (2 in all).
    qsizetype denseExtra() const { return (ideographs * 5) / 2 + (spaceless - ideographs); }
};

/// Measures `text` in one pass.
TextMeasure measure(QStringView text);

/// TextMeasure::denseExtra() of `text` alone; quick for texts without spaceless letters. Add it to a
/// text's size to compare the text with a threshold in characters.
qsizetype denseExtra(QStringView text);

/// Shortcuts for the two most common questions.
inline double wordUnits(QStringView text)
{
    return measure(text).wordUnits();
}
inline qsizetype latinLength(QStringView text)
{
    return measure(text).latinLength();
}

/// Whether the text is mostly written in a spaceless script (more than half of its letters).
bool isMostlySpaceless(const TextMeasure &m);

} // namespace galley::scriptmetrics
