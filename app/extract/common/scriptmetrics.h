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
/// Compatibility, extensions A and B+), Hiragana, Katakana (and the half-width forms), Bopomofo. One such
/// character carries about as much as 0.4 of an English word (Chinese words average 1.7 characters,
/// Japanese mixed text about 2.5). Hangul is not here: Korean puts spaces between words.
bool isSpaceless(char32_t c);

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
    qsizetype words = 0;      ///< runs of letters/digits of spaced scripts, split at spaces and punctuation
    qsizetype sentenceEnds = 0;
    qsizetype clauseMarks = 0;

    /// The text's length in words: spaced words plus 0.4 per spaceless character (2.5 characters to a
    /// word). A four-sentence Japanese brief of 200 characters is 80 word units, like its English
    /// translation.
    double wordUnits() const { return double(words) + double(spaceless) * 0.4; }

    /// The text's length in characters of a spaced script: a spaceless character counts 2.5 (an English
    /// word with its space averages six characters, a Chinese or Japanese one 1.7 to 2.5), everything
    /// else visible counts 1, plus the spaces a spaced text would have between its words. Use it where a
    /// rule says "at least N characters".
    qsizetype latinLength() const
    {
        return visible + (words > 0 ? words - 1 : 0) + (spaceless * 3) / 2;
    }
};

/// Measures `text` in one pass.
TextMeasure measure(QStringView text);

/// How many characters of `text` are of spaceless scripts; quick for texts without any.
qsizetype countSpaceless(QStringView text);

/// Shortcuts for the two most common questions.
inline double wordUnits(QStringView text) { return measure(text).wordUnits(); }
inline qsizetype latinLength(QStringView text) { return measure(text).latinLength(); }

/// Whether the text is mostly written in a spaceless script (more than half of its letters).
bool isMostlySpaceless(const TextMeasure &m);

} // namespace galley::scriptmetrics
