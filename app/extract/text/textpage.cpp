// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/textpage.h"

#include "extract/text/boundarylines.h"
#include "extract/text/stopwords.h"

#include <QHash>
#include <algorithm>
#include <bit>
#include <vector>

namespace galley {

namespace {

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

bool isWordCharSlow(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

// Called for every character of the page: the ASCII answer inline, the Unicode tables out of line.
inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    // No-break space and general punctuation (curly quotes, dashes, bullets): common, never word chars.
    if (u == 0xA0 || (u >= 0x2000 && u <= 0x206F))
        return false;
    return isWordCharSlow(c);
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

// Whether `text` holds `lowerAscii` at `i`, ignoring ASCII case.
bool hasAsciiAt(QStringView text, qsizetype i, QLatin1StringView lowerAscii)
{
    if (i + lowerAscii.size() > text.size())
        return false;
    for (qsizetype k = 0; k < lowerAscii.size(); ++k) {
        const char16_t c = text[i + k].unicode();
        const char16_t lower = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
        if (lower != lowerAscii[k].unicode())
            return false;
    }
    return true;
}

// Legal boilerplate is written in full sentences: consent banners and rights notices.
bool isLegalBoilerplate(QStringView text)
{
    // Runs on every line: compare by hand, only where the first letter matches.
    for (qsizetype i = 0; i + 6 <= text.size(); ++i) {
        const char16_t c = text[i].unicode() | 0x20;
        if ((c == u'c' && hasAsciiAt(text, i, QLatin1StringView("cookie"))) ||
            (c == u'a' && hasAsciiAt(text, i, QLatin1StringView("all rights reserved"))))
            return true;
    }
    return false;
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

bool endsLikeSentence(QStringView s)
{
    qsizetype i = s.size();
    const auto closing = [](char16_t c) {
        return c == u'"' || c == u'\'' || c == u'”' || c == u'’' || c == u'»' || c == u')' || c == u']';
    };
    while (i > 0 && closing(s[i - 1].unicode()))
        --i;
    if (i == 0)
        return false;
    const char16_t last = s[i - 1].unicode();
    return last == u'.' || last == u'!' || last == u'?' || last == u'…' || last == u'。' || last == u'！' ||
           last == u'？';
}

QList<QStringView> wordsOf(QStringView text)
{
    QList<QStringView> words;
    forEachWord(text, [&](QStringView w) { words.append(w); });
    return words;
}

TextPage::TextPage(const QString &text, const StopWords &stopWords) : m_text(text)
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

void TextPage::countStopWords(const StopWords &stopWords)
{
    // First pass: per word, the languages it is a stop word of; then pick the language and count.
    std::vector<quint32> masks;
    std::vector<qsizetype> lineEnds;
    masks.reserve(size_t(m_text.size() / 6));
    lineEnds.reserve(size_t(m_lines.size()));
    int perLanguage[32] = {};
    qsizetype totalWords = 0;
    char16_t lower[64]; // a word lower-cased for the look-up; stop words are shorter
    const qsizetype maxLength = qMin<qsizetype>(stopWords.maxWordLength(), 64);
    for (TextLine &line : m_lines) {
        const QStringView content = QStringView(m_text).mid(line.start, line.end - line.start);
        line.sentenceEnd = endsLikeSentence(content);
        line.placeholder = isPlaceholder(content);
        line.legal = isLegalBoilerplate(content);
        const size_t firstWord = masks.size();
        int wordCount = 0;
        // Menu entries carry no prose: their stop words would only blur the language vote.
        if (line.bullet) {
            forEachWord(content, [&](QStringView) { ++wordCount; });
            if (wordCount <= 3) {
                for (QChar c : content)
                    line.letters += c.isLetter();
                masks.insert(masks.end(), size_t(wordCount), 0u);
                line.words = wordCount;
                line.boundary = isSectionBoundary(content, line.words);
                totalWords += wordCount;
                lineEnds.push_back(qsizetype(masks.size()));
                continue;
            }
            wordCount = 0;
        }
        // One pass over the characters (the page's hot loop): the words as forEachWord() cuts them,
        // each lower-cased as it is read and looked up, and the letters, which are all inside words.
        const qsizetype n = content.size();
        qsizetype i = 0;
        while (i < n) {
            while (i < n && !isWordChar(content[i]))
                ++i;
            const qsizetype start = i;
            qsizetype length = 0;
            while (i < n) {
                const QChar c = content[i];
                const char16_t u = c.unicode();
                char16_t low;
                if (isWordChar(c)) {
                    if (u < 128) {
                        line.letters += u > u'9';
                        low = u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
                    } else {
                        line.letters += c.isLetter();
                        low = u == u'’' ? u'\'' : c.toLower().unicode();
                    }
                } else if ((u == u'\'' || u == u'’' || u == u'-') && i + 1 < n &&
                           isWordChar(content[i + 1]) && i > start) {
                    low = u == u'’' ? u'\'' : u;
                } else {
                    break;
                }
                if (length < maxLength)
                    lower[length] = low;
                ++length;
                ++i;
            }
            if (i == start)
                continue;
            ++wordCount;
            // No stop word is long or starts with a digit: skip the lookup.
            const bool lookUp = length <= maxLength && !content[start].isDigit();
            masks.push_back(lookUp ? stopWords.languagesOf(QStringView(lower, length)) : 0u);
        }
        line.words = wordCount;
        line.boundary = isSectionBoundary(content, line.words);
        totalWords += wordCount;
        for (size_t w = firstWord; w < masks.size(); ++w) {
            for (quint32 m = masks[w]; m; m &= m - 1)
                ++perLanguage[std::countr_zero(m)];
        }
        lineEnds.push_back(qsizetype(masks.size()));
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
        for (; w < size_t(lineEnds[size_t(i)]); ++w)
            count += (masks[w] & bit) != 0;
        m_lines[i].stopWords = count;
    }
}

void TextPage::countRepeats()
{
    QHash<QStringView, int> seen;
    seen.reserve(m_lines.size());
    for (const TextLine &line : std::as_const(m_lines))
        ++seen[content(line)];
    for (TextLine &line : m_lines)
        line.repeats = seen.value(content(line));
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
