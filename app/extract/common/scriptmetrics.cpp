// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptmetrics.h"

#include <QChar>

namespace galley::scriptmetrics {

bool isSpaceless(char32_t c)
{
    if (c < 0x2E80)
        return false;
    return (c >= 0x4E00 && c <= 0x9FFF)      // CJK Unified Ideographs
           || (c >= 0x3400 && c <= 0x4DBF)   // Extension A
           || (c >= 0x3040 && c <= 0x309F)   // Hiragana
           || (c >= 0x30A0 && c <= 0x30FF)   // Katakana
           || (c >= 0x31F0 && c <= 0x31FF)   // Katakana phonetic extensions
           || (c >= 0x3100 && c <= 0x312F)   // Bopomofo
           || (c >= 0x2E80 && c <= 0x2FDF)   // radicals
           || (c >= 0xF900 && c <= 0xFAFF)   // Compatibility Ideographs
           || (c >= 0xFF66 && c <= 0xFF9F)   // half-width Katakana
           || (c >= 0x20000 && c <= 0x3134F) // Extensions B to G
           || c == 0x3005;                   // 々, the ideographic iteration mark
}

bool isIdeograph(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x3134F) || (c >= 0x2E80 && c <= 0x2FDF) || c == 0x3005;
}

bool isSentenceEnd(char32_t c)
{
    switch (c) {
    case U'.':
    case U'!':
    case U'?':
    case U'\u2026': // …
    case U'\u3002': // 。
    case U'\uFF01': // ！
    case U'\uFF1F': // ？
    case U'\uFF0E': // ．
    case U'\uFF61': // ｡
    case U'\u061F': // ؟
    case U'\u06D4': // ۔
    case U'\u0964': // ।
    case U'\u0965': // ॥
    case U'\u0589': // Armenian full stop
    case U'\u1362': // Ethiopic full stop
    case U'\u203C': // ‼
        return true;
    default:
        return false;
    }
}

bool isClauseMark(char32_t c)
{
    switch (c) {
    case U',':
    case U';':
    case U'\uFF0C': // ，
    case U'\u3001': // 、
    case U'\uFF1B': // ；
    case U'\uFF64': // ､
    case U'\u060C': // ،
    case U'\u061B': // ؛
        return true;
    default:
        return false;
    }
}

bool isLayoutControl(char32_t c)
{
    return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
           c == 0x061C || c == 0xFEFF || c == 0x2060;
}

TextMeasure measure(QStringView text)
{
    TextMeasure m;
    bool inWord = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        if (c < 128) {
            // The common case, without the Unicode tables.
            const bool alnum =
                (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
            if (alnum) {
                ++m.visible;
                ++m.letters;
                if (!inWord)
                    ++m.words;
                inWord = true;
                continue;
            }
            if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v') {
                inWord = false;
                continue;
            }
            ++m.visible;
            // An apostrophe or hyphen inside a word ("don't", "well-known") does not split it.
            if ((c == U'\'' || c == U'-') && inWord && i + 1 < n && text[i + 1].isLetterOrNumber())
                continue;
            inWord = false;
            if (isSentenceEnd(c))
                ++m.sentenceEnds;
            else if (isClauseMark(c))
                ++m.clauseMarks;
            continue;
        }
        if (isLayoutControl(c))
            continue; // neither a letter nor a break: "\u200Fكلمة" is one word
        if (QChar::isSpace(c)) {
            inWord = false;
            continue;
        }
        ++m.visible;
        if (isSpaceless(c)) {
            ++m.letters;
            ++m.spaceless;
            m.ideographs += isIdeograph(c);
            inWord = false;
            continue;
        }
        if (QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing ||
            QChar::category(c) == QChar::Mark_SpacingCombining) {
            if (QChar::isLetterOrNumber(c))
                ++m.letters;
            if (!inWord)
                ++m.words;
            inWord = true;
            continue;
        }
        if ((c == U'\u2019' || c == U'\u2010') && inWord && i + 1 < n && text[i + 1].isLetterOrNumber())
            continue;
        inWord = false;
        if (isSentenceEnd(c))
            ++m.sentenceEnds;
        else if (isClauseMark(c))
            ++m.clauseMarks;
    }
    return m;
}

qsizetype denseExtra(QStringView text)
{
    qsizetype ideographs = 0, kana = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (c < 0x2E80)
            continue; // Latin, Greek, Cyrillic, Arabic, Hebrew, Indic, punctuation: none of them
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        if (isIdeograph(c))
            ++ideographs;
        else if (isSpaceless(c))
            ++kana;
    }
    return (ideographs * 5) / 2 + kana;
}

bool isMostlySpaceless(const TextMeasure &m)
{
    return m.spaceless * 2 > m.letters;
}

} // namespace galley::scriptmetrics
