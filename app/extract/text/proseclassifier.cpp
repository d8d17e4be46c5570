// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/proseclassifier.h"

#include "extract/text/textpage.h"

#include <algorithm>

namespace galley {

namespace {

// jusText's length limits. Its stop-word limits (0.30/0.32) assume its own long lists; the Snowball
// lists are about a third as long, so the same prose scores lower: 0.20/0.24 keeps ~96% of article
// paragraphs above the low mark.
constexpr int LengthLow = 70;
constexpr int LengthHigh = 200;
constexpr double StopwordsLow = 0.20;
constexpr double StopwordsHigh = 0.24;
// Words a short line needs to pass for a sentence rather than a title, and the figures it may hold.
constexpr int WordyWords = 12;
constexpr int MaxWordyDigits = 4;
// Letters a paragraph padded to a layout column's width has at least.
constexpr int PaddedProseLetters = 40;
// Spaces in a row that separate two columns of a layout.
constexpr int ColumnGap = 8;
// How far apart the two copies of a teaser's title stand.
constexpr int NearbyLines = 3;

// Sentence punctuation inside a line: the language-neutral stand-in for stop-word density.
int clauseMarks(QStringView s)
{
    int n = 0;
    for (QChar c : s)
        n += QStringView(u".,;:!?。、，；！？").contains(c);
    return n;
}

// Whether a line without letters shows nothing: spacers made of no-break or zero-width spaces that
// some editors leave between paragraphs.
bool invisible(QStringView s)
{
    return std::all_of(s.begin(), s.end(),
                       [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Format; });
}

// Whether a line with few letters may still be part of an article: a row of a table printed in
// columns (at least two gaps of two or more spaces between cells) or a short signature without figures
// ("– J. R."). Dates, counters and form fields ("[      ] Sign up") are not.
bool mayBeSparseProse(QStringView s, bool shortLine)
{
    int gaps = 0;
    bool digit = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'[')
            return false;
        digit = digit || s[i].isDigit();
        if (i > 0 && s[i] == u' ' && s[i - 1] == u' ' && (i + 1 == s.size() || s[i + 1] != u' '))
            ++gaps;
    }
    return gaps >= 2 || (shortLine && !digit);
}

// Whether the line is printed again within a few lines: a teaser's title, linked from its picture
// and again as its heading.
bool printedTwiceNearby(const TextPage &page, qsizetype i)
{
    const QList<TextLine> &lines = page.lines();
    const QStringView text = page.content(lines[i]);
    for (qsizetype j = qMax<qsizetype>(0, i - NearbyLines); j <= qMin(lines.size() - 1, i + NearbyLines);
         ++j) {
        if (j != i && lines[j].chars == lines[i].chars && page.content(lines[j]) == text)
            return true;
    }
    return false;
}

// Whether a line is a paragraph in a cell of a layout table: cells are padded to their column's
// width, and the paragraph shares its line with the next cell (a sidebar's rule, a link) after a wide
// gap of spaces; without the padding, most of it is letters.
bool paddedProse(QStringView s, const TextLine &line)
{
    if (line.letters < PaddedProseLetters)
        return false;
    qsizetype visible = 0;
    int run = 0;
    bool gap = false;
    for (QChar c : s) {
        if (c.isSpace()) {
            gap = gap || ++run >= ColumnGap;
        } else {
            run = 0;
            ++visible;
        }
    }
    return gap && line.letters * 2 >= visible;
}

ProseClass classifyAlone(const TextPage &page, qsizetype index)
{
    const TextLine &line = page.lines()[index];
    const TextLine *previous = index > 0 ? &page.lines()[index - 1] : nullptr;
    // Claimed lines, and pictures without a caption, neither count as prose nor break it.
    if (line.role != LineRole::Unknown || line.placeholder)
        return ProseClass::Skip;
    if (line.chars > 0 && line.letters == 0 && !line.bullet && invisible(page.content(line)))
        return ProseClass::Skip;
    // A picture's text repeated under each copy of it (alt text, a gallery's one caption) belongs to
    // the picture, not to the prose around it.
    if (line.repeats >= 2 && previous && previous->placeholder)
        return ProseClass::Skip;
    if (line.chars == 0 || line.letters == 0)
        return ProseClass::Bad;
    // Few letters: figures, symbols, a date, a form; but also a row of a data table or a signature
    // ("– J. R."), which only their surroundings can tell from chrome.
    if (line.letters * 2 < line.chars && !paddedProse(page.content(line), line))
        return !line.bullet && mayBeSparseProse(page.content(line), line.chars < LengthLow)
                   ? ProseClass::Short
                   : ProseClass::Bad;
    // Menus and link lists are what dumps are made of: short list items, and lines printed on every
    // section of the page (navigation, share buttons).
    if ((line.bullet && line.words <= 3) || line.repeats >= 3 || line.boundary)
        return ProseClass::Bad;
    // A teaser card prints its title twice, a few lines apart; an article does not repeat itself.
    if (line.repeats == 2 && printedTwiceNearby(page, index))
        return ProseClass::Bad;
    // Below LengthHigh, a line that does not end like a sentence is a title (a teaser, a subheading):
    // only its surroundings can tell which.
    const QStringView text = page.content(line);
    const bool legal = line.legal;
    if (!legal && (line.chars < LengthLow || (!line.sentenceEnd && line.chars < LengthHigh)))
        return ProseClass::Short;
    if (legal)
        return ProseClass::Bad;
    if (page.hasLanguage()) {
        const double density = line.stopDensity();
        if (density >= StopwordsHigh)
            return line.chars > LengthHigh ? ProseClass::Good : ProseClass::NearGood;
        return density >= StopwordsLow ? ProseClass::NearGood : ProseClass::Bad;
    }
    const double marksPerWord = double(clauseMarks(text)) / qMax(1, line.words);
    if (!line.sentenceEnd && marksPerWord < 0.05)
        return ProseClass::Bad;
    return line.chars > LengthHigh ? ProseClass::Good : ProseClass::NearGood;
}

// Whether a short line reads like a sentence (enough words, as many stop words as prose has) rather
// than a title: a lead paragraph printed without its full stop, or a one-sentence paragraph.
bool wordyLine(const TextPage &page, const TextLine &line)
{
    if (line.words < WordyWords || line.bullet)
        return false;
    // A time stamp under a byline, or a line of post details ("05/10/2018 - Posted by ... - Tags"), has
    // the words but also the figures of a date.
    const QStringView text = page.content(line);
    if (std::count_if(text.begin(), text.end(), [](QChar c) { return c.isDigit(); }) > MaxWordyDigits)
        return false;
    if (page.hasLanguage())
        return line.stopDensity() >= StopwordsHigh;
    return clauseMarks(text) > 0;
}

// jusText drops a short line between chrome and the article; when it reads like a sentence and the
// article's prose starts right under it, it is the lead (printed without its full stop, or one sentence
// long) under the byline or the date: it counts as near-good. A headline has its byline and date
// between it and the text.
void promoteLeads(const TextPage &page, QList<ProseClass> &classes)
{
    ProseClass below = ProseClass::Bad;
    for (qsizetype i = classes.size() - 1; i >= 0; --i) {
        if (classes[i] == ProseClass::Skip)
            continue;
        if (classes[i] == ProseClass::Short && (below == ProseClass::Good || below == ProseClass::NearGood) &&
            wordyLine(page, page.lines()[i]))
            classes[i] = ProseClass::NearGood;
        below = classes[i];
    }
}

// The class of the nearest line before (step -1) or after (+1) `i` that is neither skipped nor short
// (nor near-good when `ignoreNearGood`); the page edges count as bad.
ProseClass neighbour(const QList<ProseClass> &classes, qsizetype i, int step, bool ignoreNearGood)
{
    for (i += step; i >= 0 && i < classes.size(); i += step) {
        const ProseClass c = classes[i];
        if (c == ProseClass::Skip || c == ProseClass::Short || (ignoreNearGood && c == ProseClass::NearGood))
            continue;
        return c;
    }
    return ProseClass::Bad;
}

// jusText's context pass: short and near-good lines take the class of their neighbours.
QList<ProseClass> classifyInContext(QList<ProseClass> initial, int nearGoodRun)
{
    // Stories told in short paragraphs (tabloids, wire briefs) have no line over LengthHigh: three or
    // more near-good lines with nothing bad between them are as good as one long paragraph.
    for (qsizetype i = 0; i < initial.size();) {
        qsizetype end = i;
        int nearGood = 0;
        while (end < initial.size() && initial[end] != ProseClass::Bad && initial[end] != ProseClass::Good) {
            nearGood += initial[end] == ProseClass::NearGood;
            ++end;
        }
        if (nearGood >= nearGoodRun) {
            for (qsizetype j = i; j < end; ++j) {
                if (initial[j] == ProseClass::NearGood)
                    initial[j] = ProseClass::Good;
            }
        }
        i = end + 1;
    }

    // Context: decided from the initial classes so the result does not depend on scan order.
    QList<ProseClass> result = initial;
    for (qsizetype i = 0; i < initial.size(); ++i) {
        if (initial[i] != ProseClass::Short)
            continue;
        const ProseClass prev = neighbour(initial, i, -1, true);
        const ProseClass next = neighbour(initial, i, +1, true);
        if (prev == ProseClass::Good && next == ProseClass::Good)
            result[i] = ProseClass::Good;
        else if (prev == ProseClass::Bad && next == ProseClass::Bad)
            result[i] = ProseClass::Bad;
        else if ((prev == ProseClass::Bad && neighbour(initial, i, -1, false) == ProseClass::NearGood) ||
                 (next == ProseClass::Bad && neighbour(initial, i, +1, false) == ProseClass::NearGood))
            result[i] = ProseClass::Good;
        else
            result[i] = ProseClass::Bad;
    }
    for (qsizetype i = 0; i < initial.size(); ++i) {
        if (initial[i] != ProseClass::NearGood)
            continue;
        const ProseClass prev = neighbour(initial, i, -1, true);
        const ProseClass next = neighbour(initial, i, +1, true);
        result[i] = prev == ProseClass::Bad && next == ProseClass::Bad ? ProseClass::Bad : ProseClass::Good;
    }
    return result;
}

} // namespace

QList<ProseClass> classifyProse(const TextPage &page)
{
    const QList<TextLine> &lines = page.lines();
    QList<ProseClass> alone;
    alone.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        alone.append(classifyAlone(page, i));
    promoteLeads(page, alone);
    QList<ProseClass> result = classifyInContext(alone, 3);
    // A story of two or three short paragraphs among a lot of chrome has no good line at all: then its
    // near-good lines are the best the page has.
    if (!result.contains(ProseClass::Good))
        result = classifyInContext(alone, 1);
    return result;
}

} // namespace galley
