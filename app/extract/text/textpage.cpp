// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/textpage.h"

#include "extract/text/boundarylines.h"
#include "extract/text/stopwords.h"

#include <algorithm>
#include <array>
#include <bit>
#include <vector>

namespace galley {

namespace {

// What the page's hot loop needs to know of a character, as bits.
enum CharClass : quint8 { WordChar = 1, LetterChar = 2, DigitChar = 4 };

quint8 charClassSlow(char16_t u)
{
    // No-break space and general punctuation (curly quotes, dashes, bullets): common, never word chars.
    if (u == 0xA0 || (u >= 0x2000 && u <= 0x206F))
        return 0;
    const QChar c(u);
    if (c.isLetter())
        return WordChar | LetterChar;
    if (c.isNumber())
        return WordChar | (c.isDigit() ? DigitChar : 0);
    return c.category() == QChar::Mark_NonSpacing ? WordChar : 0;
}

// The look-up form of a word character: lower case, and the typographic apostrophe as the ASCII one
// (the stop-word tables spell "don't" with it).
char16_t lookupFormSlow(char16_t u)
{
    return u == u'’' ? u'\'' : QChar(u).toLower().unicode();
}

// Class and look-up form of the Latin characters (ASCII, Latin-1, Latin Extended-A and -B), which
// make up nearly every page: one table load instead of the Unicode tables' calls.
struct LatinChar
{
    quint8 cls;
    char16_t lower;
};
constexpr char16_t LatinEnd = 0x250;

const std::array<LatinChar, LatinEnd> &latinChars()
{
    static const std::array<LatinChar, LatinEnd> table = [] {
        std::array<LatinChar, LatinEnd> t{};
        for (char16_t u = 0; u < LatinEnd; ++u)
            t[u] = {charClassSlow(u), lookupFormSlow(u)};
        return t;
    }();
    return table;
}

inline LatinChar classify(char16_t u, const std::array<LatinChar, LatinEnd> &latin)
{
    if (u < LatinEnd)
        return latin[u];
    // General punctuation (curly quotes, dashes, bullets) is common and never a word character; the
    // typographic apostrophe joins words as the ASCII one.
    if (u >= 0x2000 && u <= 0x206F)
        return {0, u == u'’' ? u'\'' : u};
    return {charClassSlow(u), lookupFormSlow(u)};
}

inline quint8 charClass(char16_t u)
{
    return u < LatinEnd ? latinChars()[u].cls : charClassSlow(u);
}

inline bool isWordChar(QChar c)
{
    return charClass(c.unicode()) & WordChar;
}

bool isConnector(char16_t u)
{
    return u == u'\'' || u == u'’' || u == u'-';
}

// A numbered list marker as w3m prints ordered lists: " 1. item".
qsizetype numberedMarkerLength(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && i < 3 && s[i].isDigit())
        ++i;
    if (i == 0 || i + 1 >= s.size() || s[i] != u'.' || s[i + 1] != u' ')
        return 0;
    return i + 2;
}

// "[photo-123]", "[a] [b]": w3m's rendering of images without a caption, nothing else on the line.
bool isPlaceholder(QStringView s)
{
    if (!s.startsWith(u'['))
        return false;
    int depth = 0;
    for (QChar c : s) {
        if (c == u'[')
            ++depth;
        else if (c == u']')
            depth = qMax(0, depth - 1);
        else if (depth == 0 && c.isLetterOrNumber())
            return false;
    }
    return true;
}

// Legal boilerplate is written in full sentences: consent banners ("we use cookies") and rights
// notices ("All rights reserved"). Fed the page's words in order, in their look-up form.
class LegalWords
{
public:
    void reset() { m_rights = 0; }
    // Whether the words so far make the line boilerplate.
    bool feed(QStringView word)
    {
        if (word.size() >= 6 && holdsCookie(word))
            return true;
        // "all rights reserved", word by word.
        if (m_rights == 2 && is(word, u"reserved"))
            return true;
        m_rights = m_rights == 1 && is(word, u"rights") ? 2 : (is(word, u"all") ? 1 : 0);
        return false;
    }

private:
    // word == literal, inline: the length is known when compiled and checked first.
    template<size_t N> static bool is(QStringView word, const char16_t (&literal)[N])
    {
        if (word.size() != qsizetype(N - 1))
            return false;
        for (size_t k = 0; k + 1 < N; ++k) {
            if (word[qsizetype(k)].unicode() != literal[k])
                return false;
        }
        return true;
    }

    // word.contains(u"cookie"), without a library call for each long word of the page.
    static bool holdsCookie(QStringView word)
    {
        for (qsizetype i = 0; i + 6 <= word.size(); ++i) {
            if (word[i] == u'c' && word[i + 1] == u'o' && word[i + 2] == u'o' && word[i + 3] == u'k' &&
                word[i + 4] == u'i' && word[i + 5] == u'e')
                return true;
        }
        return false;
    }

    int m_rights = 0;
};

// A hash of a line from its length and its first and last characters: enough to tell the lines of a
// page apart but for a few, which the equality test after it sorts out, at a fraction of the cost of
// hashing every character.
size_t sampledHash(QStringView line)
{
    constexpr qsizetype Sample = 12;
    size_t h = size_t(line.size()) * 0x9E3779B97F4A7C15ull;
    const auto mix = [&h](char16_t c) { h = (h ^ c) * 0x100000001B3ull; };
    const qsizetype head = qMin(line.size(), Sample);
    for (qsizetype i = 0; i < head; ++i)
        mix(line[i].unicode());
    for (qsizetype i = qMax(head, line.size() - Sample); i < line.size(); ++i)
        mix(line[i].unicode());
    return h;
}

// Calls f(word) for each word (see wordsOf()) without building a list: the hot path of a page.
template<typename F> void forEachWord(QStringView text, F f)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && !isWordChar(text[i]))
            ++i;
        const qsizetype start = i;
        while (i < n) {
            if (isWordChar(text[i]))
                ++i;
            else if ((text[i] == u'\'' || text[i] == u'’' || text[i] == u'-') && i + 1 < n &&
                     isWordChar(text[i + 1]) && i > start)
                ++i;
            else
                break;
        }
        if (i > start)
            f(text.mid(start, i - start));
    }
}

} // namespace

bool isBulletGlyph(QChar c)
{
    switch (c.unicode()) {
    case u'•':
    case u'☆':
    case u'□':
    case u'◦':
    case u'▪':
    case u'■':
    case u'○':
    case u'●':
    case u'*':
    case u'◆':
    case u'◇':
    case u'►':
    case u'▸':
    case u'‣':
    case u'⁃':
        return true;
    default:
        return false;
    }
}

bool endsLikeSentence(QStringView s)
{
    qsizetype i = s.size();
    // Closing quotes and brackets, and the invisible direction marks right-to-left text ends with.
    const auto closing = [](char16_t c) {
        return c == u'"' || c == u'\'' || c == u'”' || c == u'’' || c == u'»' || c == u')' || c == u']' ||
               c == 0x200E || c == 0x200F || c == 0x202C || c == 0x2069 || c == 0x061C;
    };
    while (i > 0 && closing(s[i - 1].unicode()))
        --i;
    if (i == 0)
        return false;
    const char16_t last = s[i - 1].unicode();
    // Latin, CJK (full- and half-width), Arabic (question mark, Urdu full stop) and Devanagari (danda).
    return last == u'.' || last == u'!' || last == u'?' || last == u'…' || last == u'。' || last == u'！' ||
           last == u'？' || last == u'｡' || last == u'؟' || last == u'۔' || last == u'।' || last == u'॥';
}

QList<QStringView> wordsOf(QStringView text)
{
    QList<QStringView> words;
    words.reserve(text.size() / 5 + 1); // one allocation for typical text
    forEachWord(text, [&](QStringView w) { words.append(w); });
    return words;
}

TextPage::TextPage(const QString &text, const StopWords &stopWords, Vocabulary vocabulary)
    : m_text(text), m_vocabulary(std::move(vocabulary))
{
    qsizetype pos = 0;
    int number = 0;
    int blanks = 0;
    const qsizetype size = text.size();
    while (pos <= size) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = size;
        qsizetype stop = end;
        while (stop > pos && text[stop - 1].isSpace())
            --stop;
        qsizetype start = pos;
        while (start < stop && text[start].isSpace())
            ++start;
        if (start == stop) {
            ++blanks;
        } else {
            TextLine line;
            line.number = number;
            line.indent = int(start - pos);
            line.blankBefore = blanks;
            blanks = 0;
            qsizetype marker =
                isBulletGlyph(text[start]) && (start + 1 == stop || text[start + 1].isSpace())
                    ? 1
                    // w3m indents ordered lists; "12. März" at the margin is a date
                    : (start > pos ? numberedMarkerLength(QStringView(text).mid(start, stop - start)) : 0);
            if (marker > 0) {
                line.bullet = true;
                start += marker;
                while (start < stop && text[start].isSpace())
                    ++start;
            }
            line.start = start;
            line.end = stop;
            line.chars = int(stop - start);
            m_lines.append(line);
        }
        pos = end + 1;
        ++number;
    }
    countStopWords(stopWords);
    countRepeats();
}

namespace {

constexpr qsizetype WordBufferSize = 64;

// A letter of a script written without spaces between words: Thai, Lao, Khmer, Myanmar, Han (with
// the extensions and compatibility forms), Hiragana, Katakana and their half-width forms. Korean
// puts spaces between words and is not one.
bool isSpacelessLetter(char16_t u)
{
    return (u >= 0x0E00 && u <= 0x0EFF) || (u >= 0x1000 && u <= 0x109F) || (u >= 0x1780 && u <= 0x17FF) ||
           (u >= 0x3040 && u <= 0x30FF) || (u >= 0x31F0 && u <= 0x31FF) || (u >= 0x3400 && u <= 0x4DBF) ||
           (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF66 && u <= 0xFF9F);
}

int spacelessLetters(QStringView word)
{
    int letters = 0;
    for (QChar c : word)
        letters += isSpacelessLetter(c.unicode());
    return letters;
}

struct LineWords
{
    int words = 0;
    int letters = 0;
    int spaceless = 0; ///< letters of scripts without spaces between words
    bool legal = false;
};

// The page's hot loop: one pass over a line's characters cuts the words as forEachWord() does, puts
// each in look-up form as it is read, counts the letters (all of them inside words) and appends the
// stop-word masks to `masks`. Never inlined: on its own the loop keeps its counters in registers.
Q_NEVER_INLINE LineWords countWords(QStringView content, const StopWords &stopWords, qsizetype maxLookup,
                                    std::vector<quint32> &masks)
{
    LineWords out;
    LegalWords legalWords;
    const std::array<LatinChar, LatinEnd> &latin = latinChars();
    // A word in look-up form. Stop words are shorter; longer words only need the boilerplate test.
    char16_t lower[WordBufferSize];
    const char16_t *p = content.utf16();
    const qsizetype n = content.size();
    int letters = 0;
    qsizetype i = 0;
    while (i < n) {
        LatinChar c = classify(p[i], latin);
        if (!(c.cls & WordChar)) {
            ++i;
            continue;
        }
        const bool digitFirst = c.cls & DigitChar;
        const qsizetype start = i;
        for (;;) {
            letters += (c.cls & LetterChar) != 0;
            lower[(i - start) & (WordBufferSize - 1)] = c.lower;
            if (++i == n)
                break;
            c = classify(p[i], latin);
            if (c.cls & WordChar)
                continue;
            // An inner apostrophe or hyphen joins two runs ("don't", "Jean-Pierre").
            if (isConnector(p[i]) && i + 1 < n && (charClass(p[i + 1]) & WordChar)) {
                lower[(i - start) & (WordBufferSize - 1)] = c.lower;
                c = classify(p[++i], latin);
                continue;
            }
            break;
        }
        ++out.words;
        const qsizetype length = i - start;
        // Scripts without spaces between words (Han, kana, Thai...) make one "word" of a whole clause.
        // (Only a word opening or closing beyond U+0E00 can hold such letters.)
        if (p[start] >= 0x0E00 || p[i - 1] >= 0x0E00)
            out.spaceless += spacelessLetters(QStringView(p + start, length));
        if (length > WordBufferSize) {
            legalWords.reset();
            continue;
        }
        const QStringView word(lower, length);
        out.legal = legalWords.feed(word) || out.legal;
        // No stop word is long or starts with a figure.
        if (length <= maxLookup && !digitFirst) {
            if (const quint32 mask = stopWords.languagesOf(word))
                masks.push_back(mask);
        }
    }
    out.letters = letters;
    return out;
}

} // namespace

void TextPage::countStopWords(const StopWords &stopWords)
{
    // First pass: per line, the languages of its stop words (one mask per stop word; other words add
    // nothing); then pick the page's language and count its stop words per line.
    std::vector<quint32> masks;
    std::vector<quint32> lineEnds;
    masks.reserve(size_t(m_text.size() / 10));
    lineEnds.reserve(size_t(m_lines.size()));
    int perLanguage[32] = {};
    qsizetype totalWords = 0;
    const qsizetype maxLookup = qMin(stopWords.maxWordLength(), WordBufferSize);
    for (TextLine &line : m_lines) {
        const QStringView content = QStringView(m_text).mid(line.start, line.end - line.start);
        line.sentenceEnd = endsLikeSentence(content);
        line.placeholder = isPlaceholder(content);
        const size_t firstMask = masks.size();
        const LineWords counted = countWords(content, stopWords, maxLookup, masks);
        // A spaceless script's letters count as words and characters of a spaced one would: a Chinese
        // word averages 1.7 characters, a Japanese one about 2.5 with its kana, so 2.5 letters make a
        // word, and each stands for 2.5 characters (a word and its space average six in English).
        // Length and prose thresholds then hold for them too.
        const int extraWords = counted.spaceless > 0 ? qMax(0, (counted.spaceless * 2 + 4) / 5 - 1) : 0;
        const int extraChars = counted.spaceless * 3 / 2;
        const int words = counted.words + extraWords;
        line.chars += extraChars;
        line.letters = counted.letters + extraChars;
        line.legal = counted.legal;
        line.words = words;
        line.boundary = isSectionBoundary(content, words);
        totalWords += words;
        // Menu entries carry no prose: their stop words would only blur the language vote.
        if (line.bullet && words <= 3)
            masks.resize(firstMask);
        for (size_t w = firstMask; w < masks.size(); ++w) {
            for (quint32 m = masks[w]; m; m &= m - 1)
                ++perLanguage[std::countr_zero(m)];
        }
        lineEnds.push_back(quint32(masks.size()));
    }
    int best = -1;
    for (int i = 0; i < stopWords.languageCount(); ++i) {
        if (perLanguage[i] > 0 && (best < 0 || perLanguage[i] > perLanguage[best]))
            best = i;
    }
    // Below this share the page is in a language without a table (or has no prose at all): stop-word
    // counts would only add noise, so they stay zero and language-neutral features decide.
    if (best < 0 || perLanguage[best] < 0.08 * double(totalWords))
        return;
    m_language = stopWords.languageCode(best);
    const quint32 bit = 1u << best;
    size_t w = 0;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        int count = 0;
        for (; w < lineEnds[size_t(i)]; ++w)
            count += (masks[w] & bit) != 0;
        m_lines[i].stopWords = count;
    }
}

void TextPage::countRepeats()
{
    // Lines sorted by their hash: equal lines end up side by side (a hash table costs more here, one
    // node per line of the page).
    std::vector<std::pair<size_t, int>> keyed;
    keyed.reserve(size_t(m_lines.size()));
    for (int i = 0; i < m_lines.size(); ++i)
        keyed.emplace_back(sampledHash(content(m_lines[i])), i);
    std::sort(keyed.begin(), keyed.end());
    for (size_t run = 0; run < keyed.size();) {
        size_t end = run + 1;
        while (end < keyed.size() && keyed[end].first == keyed[run].first)
            ++end;
        // Equal hashes are equal lines but for a collision, checked for: then each line counts its
        // equals in the run.
        const QStringView first = content(m_lines[keyed[run].second]);
        bool same = true;
        for (size_t b = run + 1; b < end && same; ++b)
            same = content(m_lines[keyed[b].second]) == first;
        for (size_t a = run; end - run > 1 && a < end; ++a) {
            if (same) {
                m_lines[keyed[a].second].repeats = int(end - run);
                continue;
            }
            const QStringView text = content(m_lines[keyed[a].second]);
            int equal = 0;
            for (size_t b = run; b < end; ++b)
                equal += content(m_lines[keyed[b].second]) == text;
            m_lines[keyed[a].second].repeats = equal;
        }
        run = end;
    }
}

bool capitalised(QStringView word)
{
    return !word.isEmpty() && (word.front().isUpper() || word.front().isDigit());
}

bool shouted(QStringView text)
{
    return std::none_of(text.begin(), text.end(), [](QChar c) { return c.isLower(); });
}

bool headlineCase(QStringView text)
{
    int longWords = 0;
    int capitals = 0;
    forEachWord(text, [&](QStringView w) {
        if (w.size() >= 4) {
            ++longWords;
            capitals += capitalised(w);
        }
    });
    return longWords >= 2 && capitals * 10 >= longWords * 7;
}

} // namespace galley
