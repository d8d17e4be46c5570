// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/linefeatures.h"

#include "extract/common/textscan.h"
#include "extract/text/textpage.h"

#include <QChar>
#include <algorithm>
#include <cmath>

namespace galley {

namespace {

// The constants of tools/linefeatures.py (same names there, in capitals).
constexpr double ProseWeight = 100;
constexpr int ProseDistance = 10;
constexpr int ProseNextLines = 5;

// Calls f(code point) for each code point of `s` (an unpaired surrogate counts as one; the capture
// reader never leaves one).
template<typename F> void forEachCodePoint(QStringView s, F f)
{
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = s[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && s[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(s[i].unicode(), s[i + 1].unicode());
            ++i;
        }
        f(c);
    }
}

bool isSpaceless(char32_t o)
{
    if (o < 0x0E00)
        return false; // Latin, Greek, Cyrillic, Arabic, Hebrew, Indic: nearly every character of a page
    return (o >= 0x0E00 && o <= 0x0EFF) || (o >= 0x1000 && o <= 0x109F) || (o >= 0x1780 && o <= 0x17FF) ||
           (o >= 0x3040 && o <= 0x30FF) || (o >= 0x31F0 && o <= 0x31FF) || (o >= 0x3400 && o <= 0x4DBF) ||
           (o >= 0x4E00 && o <= 0x9FFF) || (o >= 0xF900 && o <= 0xFAFF) || (o >= 0xFF66 && o <= 0xFF9F) ||
           (o >= 0x20000 && o <= 0x2FFFF);
}

bool isRightToLeft(char32_t o)
{
    return (o >= 0x0590 && o <= 0x08FF) || (o >= 0xFB1D && o <= 0xFDFF) || (o >= 0xFE70 && o <= 0xFEFF);
}

bool isLetterCategory(QChar::Category c)
{
    return c >= QChar::Letter_Uppercase && c <= QChar::Letter_Other;
}

bool isPunctuationCategory(QChar::Category c)
{
    return c >= QChar::Punctuation_Connector && c <= QChar::Punctuation_Other;
}

bool isSentenceEnd(char16_t c)
{
    return std::u16string_view(u".!?…。！？｡؟۔।॥").find(c) != std::u16string_view::npos;
}

bool isCloser(char16_t c)
{
    return std::u16string_view(u"\"'”’»)]」』›\u200E\u200F\u2066\u2067\u2068\u2069").find(c) !=
           std::u16string_view::npos;
}

// Sentence ends, closing quotes and direction marks are all in the BMP: code units will do.
bool endsLikeSentenceHere(QStringView s)
{
    qsizetype i = s.size() - 1;
    while (i >= 0 && isCloser(s[i].unicode()))
        --i;
    return i >= 0 && isSentenceEnd(s[i].unicode());
}

double clip(int value, int limit)
{
    return double(std::min(value, limit)) / limit;
}

// A line's weight (code points, a spaceless script's letter weighing 2.5) up to `enough`: the scan
// stops there.
double weightOf(QStringView s, double enough)
{
    double weight = 0;
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n && weight < enough; ++i) {
        char32_t c = s[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && s[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(s[i].unicode(), s[i + 1].unicode());
            ++i;
        }
        weight += isSpaceless(c) && isLetterCategory(QChar::category(c)) ? 2.5 : 1.0;
    }
    return weight;
}

bool isProse(QStringView s)
{
    // A code point is at most 2.5 of weight and at least one UTF-16 unit.
    return s.size() * 2.5 >= ProseWeight && endsLikeSentenceHere(s) &&
           weightOf(s, ProseWeight) >= ProseWeight;
}

using OwnFeatures = LineFeatures::OwnFeatures;

// Upper ends of the token-count bands (a title's length is a band, not "the longer the better").
constexpr int TokenBands[] = {2, 5, 10, 20, 40};

// The features of the line's own text: the first twenty of the vector.
OwnFeatures ownFeatures(QStringView s, double *f)
{
    int n = 0;
    forEachCodePoint(s, [&](char32_t) { ++n; });
    int letters = 0, digits = 0, punct = 0, upper = 0, cased = 0, spaceless = 0, rtl = 0, commas = 0,
        separators = 0, markers = 0, digitGroups = 0;
    bool year = false;
    int run = 0;           // the current run of decimal digits
    char32_t runHead[2]{}; // its first two
    // A link marker "[12]" opened at code point `markerAt`: digits seen since, -1 when none is open.
    int markerDigits = -1;
    int k = 0;
    const auto endRun = [&] {
        if (run == 0)
            return;
        ++digitGroups;
        if (run == 4 && runHead[0] == U'1' && runHead[1] == U'9')
            year = true;
        if (run == 4 && runHead[0] == U'2' && runHead[1] == U'0')
            year = true;
        run = 0;
    };
    forEachCodePoint(s, [&](char32_t c) {
        const QChar::Category cat = QChar::category(c);
        if (isLetterCategory(cat)) {
            ++letters;
            if (cat == QChar::Letter_Uppercase || cat == QChar::Letter_Titlecase) {
                ++upper;
                ++cased;
            } else if (cat == QChar::Letter_Lowercase) {
                ++cased;
            }
            spaceless += isSpaceless(c);
            rtl += isRightToLeft(c);
        } else if (isPunctuationCategory(cat)) {
            ++punct;
        }
        const bool digit = cat == QChar::Number_DecimalDigit;
        if (digit) {
            if (run < 2)
                runHead[run] = c;
            ++digits;
            ++run;
        } else {
            endRun();
        }
        commas += c == U',' || c == U'，' || c == U'、' || c == U'،';
        separators += c == U'|' || c == U'·' || c == U'•';
        // "[" then at least one digit then "]", with two code points after the "[" at least.
        if (markerDigits >= 0) {
            if (digit) {
                ++markerDigits;
            } else {
                markers += c == U']' && markerDigits > 0;
                markerDigits = -1;
            }
        }
        if (c == U'[' && k + 2 < n)
            markerDigits = 0;
        ++k;
    });
    endRun();
    int tokens = 0, capitalTokens = 0, casedTokens = 0;
    bool inToken = false;
    forEachCodePoint(s, [&](char32_t c) {
        if (QChar::isSpace(c)) {
            inToken = false;
            return;
        }
        if (!inToken) {
            ++tokens;
            const QChar::Category cat = QChar::category(c);
            if (cat == QChar::Letter_Uppercase || cat == QChar::Letter_Titlecase ||
                cat == QChar::Letter_Lowercase) {
                ++casedTokens;
                capitalTokens += cat != QChar::Letter_Lowercase;
            }
        }
        inToken = true;
    });
    OwnFeatures out;
    out.weight = n + 1.5 * spaceless;
    out.sentence = endsLikeSentenceHere(s);
    out.tokens = tokens;
    const auto ratio = [](int a, int b) { return b ? double(a) / b : 0.0; };
    const double values[] = {
        std::log1p(double(n)) / 6,
        std::log1p(out.weight) / 6,
        std::log1p(double(tokens)) / 5,
        ratio(letters, n),
        ratio(digits, n),
        ratio(punct, n),
        ratio(upper, cased),
        ratio(capitalTokens, casedTokens),
        ratio(spaceless, letters),
        ratio(rtl, letters),
        out.sentence ? 1.0 : 0.0,
        s.endsWith(u':') ? 1.0 : 0.0,
        clip(commas, 5),
        clip(separators, 5),
        s.contains(u'@') ? 1.0 : 0.0,
        textscan::holds(s, u"://") || s.contains(u"www.") ? 1.0 : 0.0,
        clip(markers, 5),
        s.contains(u'©') ? 1.0 : 0.0,
        year ? 1.0 : 0.0,
        clip(digitGroups, 6),
    };
    std::copy(std::begin(values), std::end(values), f);
    return out;
}

} // namespace

LineFeatures::LineFeatures(const TextPage &page) : m_page(page)
{
    const QList<TextLine> &lines = page.lines();
    m_proseBefore.resize(size_t(lines.size()) + 1);
    int prose = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        m_proseBefore[size_t(i)] = prose;
        prose += isProse(page.content(lines[i]));
    }
    m_proseBefore.back() = prose;
}

LineFeatures::OwnFeatures LineFeatures::cachedOwn(int line, double *f) const
{
    if (m_own.empty())
        m_own.resize(size_t(m_page.lines().size()));
    CachedOwn &c = m_own[size_t(line)];
    if (!c.known) {
        c.own = ownFeatures(m_page.content(m_page.lines()[line]), c.values.data());
        c.known = true;
    }
    if (f)
        std::copy(c.values.begin(), c.values.end(), f);
    return c.own;
}

LineFeatureVector LineFeatures::of(int i) const
{
    const QList<TextLine> &lines = m_page.lines();
    const int count = int(lines.size());
    const auto prose = [&](int j) { return m_proseBefore[size_t(j) + 1] > m_proseBefore[size_t(j)]; };
    LineFeatureVector f{};
    const TextLine &line = lines[i];
    const OwnFeatures own = cachedOwn(i, f.data());
    OwnFeatures previous, next;
    if (i > 0)
        previous = cachedOwn(i - 1, nullptr);
    if (i + 1 < count)
        next = cachedOwn(i + 1, nullptr);
    int below = ProseDistance;
    for (int j = i + 1; j < count && j - i < ProseDistance; ++j) {
        if (prose(j)) {
            below = j - i;
            break;
        }
    }
    int above = ProseDistance;
    for (int j = i - 1; j >= 0 && i - j < ProseDistance; --j) {
        if (prose(j)) {
            above = i - j;
            break;
        }
    }
    const int total = m_proseBefore.back();
    const int nextEnd = std::min(count, i + 1 + ProseNextLines);
    const double values[] = {
        line.bullet ? 1.0 : 0.0,
        line.indent > 0 ? 1.0 : 0.0,
        clip(line.blankBefore, 3),
        clip(i + 1 < count ? lines[i + 1].blankBefore : 3, 3),
        count > 1 ? double(i) / (count - 1) : 0.0,
        clip(line.repeats - 1, 3),
        i > 0 ? std::log1p(previous.weight) / 6 : 0.0,
        i + 1 < count ? std::log1p(next.weight) / 6 : 0.0,
        i > 0 && previous.sentence ? 1.0 : 0.0,
        i + 1 < count && next.sentence ? 1.0 : 0.0,
        double(below) / ProseDistance,
        double(above) / ProseDistance,
        total ? double(m_proseBefore[size_t(i)]) / total : 0.0,
        double(m_proseBefore[size_t(nextEnd)] - m_proseBefore[size_t(i) + 1]) / ProseNextLines,
    };
    std::copy(std::begin(values), std::end(values), f.begin() + 20);
    if (own.tokens > 0) {
        const auto band = std::count_if(std::begin(TokenBands), std::end(TokenBands),
                                        [&](int top) { return own.tokens > top; });
        f[size_t(34 + band)] = 1.0;
    }
    return f;
}

} // namespace galley
