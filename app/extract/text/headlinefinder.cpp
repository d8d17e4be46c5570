// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/headlinefinder.h"

#include "extract/common/bylineparser.h"
#include "extract/common/captionparser.h"
#include "extract/common/dateparser.h"
#include "extract/common/textscan.h"
#include "extract/text/boundarylines.h"
#include "extract/text/captionfinder.h"
#include "extract/text/textpage.h"

#include <algorithm>

namespace galley {

namespace {

constexpr int LinesAbove = 60;
constexpr int LinesIntoBody = 1;
constexpr int MaxWords = 30;
#ifndef AloneBonus
#define AloneBonus 0.5
#define HeaderBonus 1.0
#define MenuPenalty 1.0
#define RunPenalty 1.0
#endif

// Whether `text` opens with a numeric date ("13/06/2014", "2019-11-18", "05.10.18"): the time stamp
// line under a headline on pages that print dates in figures.
bool startsWithNumericDate(QStringView text)
{
    int groups = 0;
    int digits = 0;
    for (qsizetype i = 0; i < text.size() && i < 12; ++i) {
        const QChar c = text[i];
        if (c.isDigit()) {
            if (++digits > 4)
                return false;
            continue;
        }
        if (digits == 0)
            return false;
        ++groups;
        digits = 0;
        if (groups == 3 || (c != u'/' && c != u'.' && c != u'-'))
            break;
    }
    if (digits > 0)
        ++groups;
    return groups >= 3;
}

// Lines that are page furniture around a headline, never the headline: bylines and time stamps (the
// story's header, which follows its headline), share and follow buttons, picture credits, calls to
// action.
enum class Furniture : char { None, Other, Header };

Furniture furnitureOf(const Vocabulary &vocabulary, QStringView text)
{
    static const QStringView prefixes[] = {
        u"by ",    u"published", u"updated",       u"posted",  u"share",    u"follow", u"tweet",     u"photo",
        u"image",  u"credit",    u"advertisement", u"welcome", u"click",    u"sign ",  u"subscribe", u"read ",
        u"listen", u"watch",     u"email",         u"print",   u"comments", u"von ",   u"par ",      u"por "};
    const QChar first = text.front().toLower();
    for (QStringView p : prefixes) {
        if (p.front() == first && textscan::startsWithFolded(text, p)) {
            const bool header =
                (p.size() <= 4 && p.back() == u' ') || p == u"published" || p == u"updated" || p == u"posted";
            return header ? Furniture::Header : Furniture::Other;
        }
    }
    if (text.size() <= 100 && mayHoldCredit(text) && looksLikePhotoCredit(vocabulary, text))
        return Furniture::Other;
    if (startsWithNumericDate(text))
        return Furniture::Header;
    // A time stamp: a month name next to a day or a year ("Nov. 19, 2019", "19 November"), or a clock
    // time. (A month apart from the figures is a title's: "Sales fell 10 percent last October".)
    bool digit = false;
    for (QChar c : text)
        digit = digit || c.isDigit();
    if (!digit)
        return Furniture::None;
    const QList<QStringView> words = wordsOf(text);
    const auto figure = [&](qsizetype k) {
        return k >= 0 && k < words.size() && words[k].front().isDigit() && words[k].size() <= 4;
    };
    bool month = false;
    for (qsizetype k = 0; k < words.size() && !month; ++k) {
        const QStringView w = words[k];
        // The figure may stand behind a particle: "9 de dezembro", "3rd of May".
        const auto particle = [&](qsizetype p) {
            return p >= 0 && p < words.size() && words[p].size() <= 3 && words[p].front().isLower();
        };
        month = w.front().isLetter() && w.size() <= 10 &&
                (figure(k - 1) || figure(k + 1) || (particle(k - 1) && figure(k - 2)) ||
                 (particle(k + 1) && figure(k + 2))) &&
                dates::monthNumber(w) > 0;
    }
    if (month && words.size() <= 12)
        return Furniture::Header;
    // A whole date in a short line, in figures or words, wherever it stands ("Veröffentlicht am
    // 15/07/2014 von ...", "Pressemitteilung 02.11.2021"): the story's time stamp line.
    if (words.size() <= 12 && dates::findDate(text).isValid())
        return Furniture::Header;
    const qsizetype colon = text.indexOf(u':');
    const bool clock = colon > 0 && colon + 2 < text.size() && text[colon - 1].isDigit() &&
                       text[colon + 1].isDigit() && text[colon + 2].isDigit();
    return clock ? Furniture::Header : Furniture::None;
}

// Whether the story's header (a time stamp, a byline, an author's name) follows line `i` within two
// lines with words.
bool headerFollows(const TextPage &page, int i, int to, const QList<Furniture> &metadata, int from)
{
    const QList<TextLine> &lines = page.lines();
    int seen = 0;
    for (int j = i + 1; j < to && seen < 2; ++j) {
        if (lines[j].words == 0)
            continue;
        ++seen;
        if (metadata[j - from] == Furniture::Header)
            return true;
        if (seen == 1 && lines[j].words >= 2 && lines[j].words <= 4 &&
            looksLikePersonName(page.vocabulary(), page.content(lines[j])))
            return true;
    }
    return false;
}

// Whether line `i` is one of a run of short lines of about its length (a gallery's captions, a list of
// teasers): the lines with words on either side are no longer than eight words and within two words
// of it.
bool inShortRun(const QList<TextLine> &lines, int i, int from, int to)
{
    auto similar = [&](int j) { return lines[j].words <= 8 && qAbs(lines[j].words - lines[i].words) <= 2; };
    int before = i - 1;
    while (before >= from && lines[before].words == 0)
        --before;
    int after = i + 1;
    while (after < to && lines[after].words == 0)
        ++after;
    return lines[i].words <= 8 && before >= from && after < to && similar(before) && similar(after);
}

// Whether a byline follows line `i` within two lines with words: "By ..." or a person's name alone on
// its line ("By Jane Roe" under the headline).
bool bylineFollows(const TextPage &page, int i)
{
    const QList<TextLine> &lines = page.lines();
    int seen = 0;
    for (int j = i + 1; j < lines.size() && seen < 2; ++j) {
        if (lines[j].words == 0)
            continue;
        ++seen;
        const QStringView text = page.content(lines[j]);
        // A name, alone or before the outlet ("Jane Roe, Daily Ledger").
        const QStringView name = text.left(text.indexOf(u','));
        const qsizetype nameWords = name.size() == text.size() ? lines[j].words : wordsOf(name).size();
        if ((lines[j].words <= 12 && hasBylinePrefix(text)) ||
            (nameWords >= 2 && nameWords <= 4 && looksLikePersonName(page.vocabulary(), name)))
            return true;
    }
    return false;
}

// Whether two lines say nearly the same: at least three quarters of the longer one's words (case
// folded) are in the other.
bool nearDuplicate(QStringView a, QStringView b)
{
    const QList<QStringView> wa = wordsOf(a);
    const QList<QStringView> wb = wordsOf(b);
    if (wa.size() < 2 || wb.size() < 2)
        return false;
    const QList<QStringView> &shorter = wa.size() <= wb.size() ? wa : wb;
    const QList<QStringView> &longer = wa.size() <= wb.size() ? wb : wa;
    qsizetype shared = 0;
    for (QStringView w : shorter) {
        shared += std::any_of(longer.cbegin(), longer.cend(),
                              [&](QStringView v) { return v.compare(w, Qt::CaseInsensitive) == 0; });
    }
    return shared * 4 >= longer.size() * 3;
}

// w3m lays a table row out on one line, its cells apart by a wide run of spaces ("Title      Home"):
// a title is the first cell.
QStringView firstCell(QStringView text)
{
    // (A scan by hand: the string search costs more on lines that hold no gap at all.)
    int spaces = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        spaces = text[i] == u' ' ? spaces + 1 : 0;
        if (spaces == 6)
            return text.first(i - 5);
    }
    return text;
}

double titleScore(const TextPage &page, int i, int bodyFirst, bool metadata)
{
    const TextLine &line = page.lines()[i];
    const QStringView whole = page.content(line);
    const QStringView text = firstCell(whole);
    int words = line.words;
    int chars = line.chars;
    int letters = line.letters;
    bool sentenceEnd = line.sentenceEnd;
    if (text.size() < whole.size()) {
        words = int(wordsOf(text).size());
        chars = int(text.size());
        letters = int(std::count_if(text.begin(), text.end(), [](QChar c) { return c.isLetter(); }));
        sentenceEnd = endsLikeSentence(text);
    }
    // (A line holding a web address is a link target or an embed printed by the dump tool: "IFRAME:
    // https://...", a share link's address.)
    if (metadata || words == 0 || words > MaxWords || chars > 250 || line.placeholder ||
        letters * 2 < chars || text.endsWith(u':') || line.boundary || textscan::holds(text, u"://"))
        return -1e9;
    // Printed four times or more: a menu entry or a teaser in several lists, unless a byline follows
    // it (the headline printed again in the breadcrumbs, a gallery, the share text).
    if (line.repeats >= 4 && !bylineFollows(page, i))
        return -1e9;
    // Two or more "Label: value" fields make a line of specifications or credits, not a title (a title
    // has at most one colon: "Review: ...").
    int labels = 0;
    for (qsizetype c = textscan::indexOfPair(text, u':', u' '); c > 0;
         c = textscan::indexOfPair(text, u':', u' ', c + 2))
        labels += text[c - 1].isLetter();
    if (labels >= 2)
        return -1e9;
    // The body run may have swallowed the headline as its first line (a short line above prose).
    if (i > bodyFirst || (i == bodyFirst && (sentenceEnd || chars > 150)))
        return -1e9;
    double score = qMin(words, 10) * 0.3;
    if (words < 3)
        score -= 3;
    if (line.bullet)
        score -= 3;
    if (text.endsWith(u'.') && !text.endsWith(u"..."))
        score -= 2.5;
    if (!capitalised(text) && !text.front().isPunct())
        score -= 2;
    if (headlineCase(text))
        score += 0.5;
    if (shouted(text))
        score -= 1.5; // section labels and buttons shout; headlines rarely do
    if (words >= 8 && line.stopDensity() > 0.55)
        score -= 1; // a sentence, not a title
    if (line.repeats >= 2 && words >= 4)
        score += 1.5;
    return score;
}

} // namespace

QStringView headlineText(const TextPage &page, int line)
{
    return firstCell(page.content(page.lines()[line]));
}

int findHeadline(const TextPage &page, int bodyFirst)
{
    const QList<TextLine> &lines = page.lines();
    if (bodyFirst < 0)
        bodyFirst = int(qMin<qsizetype>(lines.size(), LinesAbove));
    const int from = qMax(0, bodyFirst - LinesAbove);
    const int to = int(qMin<qsizetype>(lines.size(), bodyFirst + LinesIntoBody));
    // Per line of the window: page furniture or not, and the distance to the body counted in
    // non-furniture lines (longer ones weigh more: a standfirst is further than a time stamp).
    QList<Furniture> metadata(to - from, Furniture::None);
    QList<double> distance(to - from + 1, 0.0);
    for (int i = to - 1; i >= from; --i) {
        const TextLine &line = lines[i];
        metadata[i - from] =
            line.words > 0 ? furnitureOf(page.vocabulary(), page.content(line)) : Furniture::None;
        const bool counts = i < bodyFirst && line.role == LineRole::Unknown && line.words > 0 &&
                            metadata[i - from] == Furniture::None;
        distance[i - from] = distance[i - from + 1] + (counts ? (line.words >= 5 ? 1.0 : 0.25) : 0.0);
    }
    // An explicit byline ("By ...") sits right under the headline.
    int byline = -1;
    for (int i = from; i < to && byline < 0; ++i) {
        if (lines[i].words <= 12 && hasBylinePrefix(page.content(lines[i])))
            byline = i;
    }
    QList<double> scores(to - from, -1e9);
    for (int i = from; i < to; ++i) {
        if (lines[i].role != LineRole::Unknown && lines[i].role != LineRole::Body)
            continue;
        scores[i - from] = titleScore(page, i, bodyFirst, metadata[i - from] != Furniture::None);
    }
    int best = -1;
    double bestScore = -1e9;
    int previousTitle = -1;                // the last title-like line above, for the standfirst test
    QList<double> finals(to - from, -1e9); // scores of the lines that were best when scored
    for (int i = from; i < to; ++i) {
        double score = scores[i - from];
        if (score < -1e8)
            continue;
        const QStringView text = headlineText(page, i);
        score -= 0.35 * (i < bodyFirst ? distance[i - from + 1] : 0.0);
        const bool bylineUnder = byline > i && byline - i <= 3;
        double headerEvidence = bylineUnder ? 1.0 : 0.0; // what the story's header under it adds
        score += headerEvidence;
        // Layout: a headline stands alone between blank lines, and the time stamp or byline follows
        // it (a line glued to the time stamp is the byline block itself); a menu entry or a teaser
        // sits in a run of short lines printed without a gap.
        const bool gapAfter = i + 1 >= lines.size() || lines[i + 1].blankBefore > 0;
        if (lines[i].blankBefore > 0 && gapAfter)
            score += AloneBonus;
        if (!bylineUnder && gapAfter && score + HeaderBonus + 1.5 > bestScore &&
            headerFollows(page, i, to, metadata, from)) {
            score += HeaderBonus;
            headerEvidence += HeaderBonus;
        }
        if (i > 0 && !gapAfter && lines[i].blankBefore == 0 && lines[i - 1].words <= 4 &&
            lines[i + 1].words <= 4)
            score -= MenuPenalty;
        if (inShortRun(lines, i, from, to))
            score -= RunPenalty;
        // The headline tops the story's header; a line under the byline is an author card or a teaser.
        // (Right under it, the headline of a page that prints the byline first.)
        if (byline >= 0 && i > byline + 1)
            score -= 1.5;
        // A longer, sentence-case line right under a title-like line is its standfirst (dek).
        if (previousTitle >= 0 && i - previousTitle <= 3 && lines[i].chars > lines[previousTitle].chars &&
            lines[i].words >= 8 && !headlineCase(text)) {
            // The header under the standfirst is the title's: the evidence moves up to it.
            score -= 1.5 + headerEvidence;
            double &title = finals[previousTitle - from];
            if (headerEvidence > 0 && title > -1e8) {
                title += headerEvidence;
                if (title > bestScore || best == previousTitle) {
                    bestScore = title;
                    best = previousTitle;
                }
            }
        }
        if (lines[i].words >= 4 && !lines[i].bullet && !lines[i].sentenceEnd && !text.endsWith(u':') &&
            textscan::indexOfPair(text, u'.', u' ') < 0 && scores[i - from] >= 1.5)
            previousTitle = i;
        // Printed again inside a longer line: a breadcrumb, a share line, a teaser of the same story.
        // (Looked for only when the bonus could make this line the best: the search is costly.)
        for (int j = from; j < to && text.size() >= 15 && score + 1.5 > bestScore; ++j) {
            if (j != i && lines[j].chars > lines[i].chars && textscan::holds(page.content(lines[j]), text)) {
                score += 1.5;
                break;
            }
        }
        // The byline under the headline is no headline (checked last: the name parser is costly).
        if (score > bestScore &&
            !(lines[i].words >= 2 && lines[i].words <= 4 && looksLikePersonName(page.vocabulary(), text))) {
            bestScore = score;
            best = i;
            finals[i - from] = score;
        }
    }
    // A shorter variant of the same title above it is the display headline; the longer one repeats it
    // with more words for search engines and sharing ("... and feelings are mixed so far").
    if (best >= 0) {
        for (int j = from; j < best; ++j) {
            if (scores[j - from] >= 1.0 && lines[j].chars < lines[best].chars &&
                nearDuplicate(headlineText(page, j), headlineText(page, best))) {
                best = j;
                break;
            }
        }
    }
    // A headline printed again further down (a gallery's title, a share line) is the same value; its
    // first copy is the one under which the byline and the date sit.
    if (best >= 0 && lines[best].repeats >= 2) {
        const QStringView text = headlineText(page, best);
        for (int j = from; j < best; ++j) {
            if (!lines[j].bullet && lines[j].role == LineRole::Unknown && page.content(lines[j]) == text)
                return j;
        }
    }
    return best;
}

} // namespace galley
