// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>
#include <QStringView>
#include <cstdint>
#include <cstring>

/// Small string tests for the extractors' per-line loops, inline. QStringView's own versions are out
/// of line and general (any case folding, any length); run on every line of every page, the call
/// costs more than the test.
namespace galley::textscan {

/// Whether `text` holds `word` at `i` (exact case).
inline bool hasAt(QStringView text, qsizetype i, QStringView word)
{
    if (i < 0 || i + word.size() > text.size())
        return false;
    for (qsizetype k = 0; k < word.size(); ++k) {
        if (text[i + k] != word[k])
            return false;
    }
    return true;
}

/// Whether `text` starts with `lowerPrefix` (given in lower case), ignoring case.
inline bool startsWithFolded(QStringView text, QStringView lowerPrefix)
{
    if (lowerPrefix.size() > text.size())
        return false;
    for (qsizetype k = 0; k < lowerPrefix.size(); ++k) {
        const char16_t c = text[k].unicode();
        const char16_t lower =
            c < 128 ? (c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c) : QChar(c).toLower().unicode();
        if (lower != lowerPrefix[k].unicode())
            return false;
    }
    return true;
}

/// Whether `text` is `lowerWord` (given in lower case), ignoring case.
inline bool equalsFolded(QStringView text, QStringView lowerWord)
{
    return text.size() == lowerWord.size() && startsWithFolded(text, lowerWord);
}

/// Whether `text` holds a surrogate (U+D800 to U+DFFF): text without one is valid UTF-16. Four units
/// at a time: a unit is a surrogate when its top five bits are 11011.
inline bool holdsSurrogate(QStringView text)
{
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4) {
        std::uint64_t units;
        std::memcpy(&units, p + i, sizeof units);
        // Zero in a lane where the unit is a surrogate; then the classic test for a zero lane.
        const std::uint64_t t = (units & 0xF800F800F800F800ULL) ^ 0xD800D800D800D800ULL;
        if ((t - 0x0001000100010001ULL) & ~t & 0x8000800080008000ULL)
            return true;
    }
    for (; i < n; ++i) {
        if ((p[i] & 0xF800) == 0xD800)
            return true;
    }
    return false;
}

/// Whether `haystack` holds `needle` (exact case): the needle's first character is looked for with the
/// library's vectorised search, the rest compared only where it stands.
inline bool holds(QStringView haystack, QStringView needle)
{
    if (needle.isEmpty())
        return true;
    const QChar first = needle.front();
    const qsizetype last = haystack.size() - needle.size();
    for (qsizetype i = haystack.indexOf(first); i >= 0 && i <= last; i = haystack.indexOf(first, i + 1)) {
        if (haystack.mid(i, needle.size()) == needle)
            return true;
    }
    return false;
}

/// Where `first` directly followed by `second` stands in `text` from `from` on, or -1: "a colon and a
/// space", without the general substring search.
inline qsizetype indexOfPair(QStringView text, QChar first, QChar second, qsizetype from = 0)
{
    for (qsizetype i = text.indexOf(first, from); i >= 0 && i + 1 < text.size();
         i = text.indexOf(first, i + 1)) {
        if (text[i + 1] == second)
            return i;
    }
    return -1;
}

/// Whether `text` holds three spaces in a row (a column gap in a dump): text.contains(u"   ") looking
/// at every third character only. Any run of three holds exactly one position i with i % 3 == 2, and
/// the run through a space found there is measured on both sides.
inline bool holdsThreeSpaces(QStringView text)
{
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 2; i < n; i += 3) {
        if (p[i] != u' ')
            continue;
        const int before = (p[i - 1] == u' ') + (p[i - 1] == u' ' && p[i - 2] == u' ');
        const int after =
            (i + 1 < n && p[i + 1] == u' ') + (i + 2 < n && p[i + 1] == u' ' && p[i + 2] == u' ');
        if (before + 1 + after >= 3)
            return true;
    }
    return false;
}

/// A word or short text in lower case, held in a stack buffer. The vocabularies are QSet<QString>,
/// which Qt 6.4 looks up only with a QString: this one is a view of the buffer (QString::fromRawData),
/// so a look-up costs no heap copy. Longer texts get a copy of their own. Neither copyable nor movable,
/// since the string points into the object itself: keep it in a local (`const LowerCase w(text)`).
class LowerCase
{
public:
    explicit LowerCase(QStringView text, bool chopDots = false)
    {
        while (chopDots && !text.isEmpty() && (text.back() == u'.' || text.back() == u','))
            text.chop(1);
        if (text.size() > Capacity) {
            m_string = text.toString().toLower();
            return;
        }
        for (qsizetype k = 0; k < text.size(); ++k) {
            const char16_t c = text[k].unicode();
            m_buffer[k] =
                c < 128 ? (c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c) : QChar(c).toLower().unicode();
        }
        m_string = QString::fromRawData(reinterpret_cast<const QChar *>(m_buffer), text.size());
    }
    LowerCase(const LowerCase &) = delete;
    LowerCase &operator=(const LowerCase &) = delete;

    const QString &string() const { return m_string; }
    operator const QString &() const { return m_string; }

private:
    static constexpr qsizetype Capacity = 48;
    char16_t m_buffer[Capacity];
    QString m_string;
};

} // namespace galley::textscan
