// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/headlinefinder.h"

#include "extract/common/bylineparser.h"
#include "extract/common/captionparser.h"
#include "extract/common/dateparser.h"
#include "extract/common/textscan.h"
#include "extract/common/treeensemble.h"
#include "extract/text/boundarylines.h"
#include "extract/text/captionfinder.h"
#include "extract/text/lineclassifier.h"
#include "extract/text/textpage.h"

#include <algorithm>

namespace galley {

namespace {

constexpr int LinesAbove = 60;
constexpr int LinesIntoBody = 1;
constexpr int MaxWords = 30;
constexpr int RankedCandidates = 12;
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

namespace {

// The window of lines a headline is looked for in, and what every candidate's score starts from.
struct Window
{
    int bodyFirst = 0;
    int from = 0;
    int to = 0;
    QList<Furniture> metadata;
    QList<double> distance; ///< to the body, counted in non-furniture lines (longer ones weigh more)
    int byline = -1;        ///< an explicit byline ("By ...") in the window
    QList<double> scores;   ///< titleScore per line, -1e9 for no candidate
};

Window windowOf(const TextPage &page, int bodyFirst)
{
    const QList<TextLine> &lines = page.lines();
    Window w;
    if (bodyFirst < 0)
        bodyFirst = int(qMin<qsizetype>(lines.size(), LinesAbove));
    w.bodyFirst = bodyFirst;
    w.from = qMax(0, bodyFirst - LinesAbove);
    w.to = int(qMin<qsizetype>(lines.size(), bodyFirst + LinesIntoBody));
    // Per line of the window: page furniture or not, and the distance to the body counted in
    // non-furniture lines (longer ones weigh more: a standfirst is further than a time stamp).
    w.metadata = QList<Furniture>(w.to - w.from, Furniture::None);
    w.distance = QList<double>(w.to - w.from + 1, 0.0);
    for (int i = w.to - 1; i >= w.from; --i) {
        const TextLine &line = lines[i];
        w.metadata[i - w.from] =
            line.words > 0 ? furnitureOf(page.vocabulary(), page.content(line)) : Furniture::None;
        const bool counts = i < bodyFirst && line.role == LineRole::Unknown && line.words > 0 &&
                            w.metadata[i - w.from] == Furniture::None;
        w.distance[i - w.from] = w.distance[i - w.from + 1] + (counts ? (line.words >= 5 ? 1.0 : 0.25) : 0.0);
    }
    // An explicit byline ("By ...") sits right under the headline.
    for (int i = w.from; i < w.to && w.byline < 0; ++i) {
        if (lines[i].words <= 12 && hasBylinePrefix(page.content(lines[i])))
            w.byline = i;
    }
    w.scores = QList<double>(w.to - w.from, -1e9);
    for (int i = w.from; i < w.to; ++i) {
        if (lines[i].role != LineRole::Unknown && lines[i].role != LineRole::Body)
            continue;
        w.scores[i - w.from] = titleScore(page, i, bodyFirst, w.metadata[i - w.from] != Furniture::None);
    }
    return w;
}

// Whether line `i` is printed again inside a longer line of the window: a breadcrumb, a share line, a
// teaser of the same story.
bool printedInside(const TextPage &page, const Window &w, int i, QStringView text)
{
    const QList<TextLine> &lines = page.lines();
    for (int j = w.from; j < w.to && text.size() >= 15; ++j) {
        if (j != i && lines[j].chars > lines[i].chars && textscan::holds(page.content(lines[j]), text))
            return true;
    }
    return false;
}

// Whether line `i` may stand before a standfirst: a title-like line of four words or more, no sentence.
bool titleLike(const TextPage &page, const Window &w, int i)
{
    const TextLine &line = page.lines()[i];
    const QStringView text = headlineText(page, i);
    return line.words >= 4 && !line.bullet && !line.sentenceEnd && !text.endsWith(u':') &&
           textscan::indexOfPair(text, u'.', u' ') < 0 && w.scores[i - w.from] >= 1.5;
}

// Whether line `i` reads as the standfirst of title-like line `title` above it: longer, eight words or
// more, in sentence case.
bool standfirstOf(const TextPage &page, int i, int title)
{
    const QList<TextLine> &lines = page.lines();
    return title >= 0 && i - title <= 3 && lines[i].chars > lines[title].chars && lines[i].words >= 8 &&
           !headlineCase(headlineText(page, i));
}

bool isMenuEntry(const QList<TextLine> &lines, int i, bool gapAfter)
{
    return i > 0 && !gapAfter && lines[i].blankBefore == 0 && lines[i - 1].words <= 4 &&
           lines[i + 1].words <= 4;
}

// The hand-set rule: each trait of a headline adds to the line's score, the best wins. Lines are scored
// top down (the standfirst test moves a header's evidence up to the title above it).
int handPick(const TextPage &page, const Window &w)
{
    const QList<TextLine> &lines = page.lines();
    const int from = w.from;
    const int to = w.to;
    int best = -1;
    double bestScore = -1e9;
    int previousTitle = -1;                // the last title-like line above, for the standfirst test
    QList<double> finals(to - from, -1e9); // scores of the lines that were best when scored
    for (int i = from; i < to; ++i) {
        double score = w.scores[i - from];
        if (score < -1e8)
            continue;
        const QStringView text = headlineText(page, i);
        score -= 0.35 * (i < w.bodyFirst ? w.distance[i - from + 1] : 0.0);
        const bool bylineUnder = w.byline > i && w.byline - i <= 3;
        double headerEvidence = bylineUnder ? 1.0 : 0.0; // what the story's header under it adds
        score += headerEvidence;
        // Layout: a headline stands alone between blank lines, and the time stamp or byline follows
        // it (a line glued to the time stamp is the byline block itself); a menu entry or a teaser
        // sits in a run of short lines printed without a gap.
        const bool gapAfter = i + 1 >= lines.size() || lines[i + 1].blankBefore > 0;
        if (lines[i].blankBefore > 0 && gapAfter)
            score += AloneBonus;
        if (!bylineUnder && gapAfter && score + HeaderBonus + 1.5 > bestScore &&
            headerFollows(page, i, to, w.metadata, from)) {
            score += HeaderBonus;
            headerEvidence += HeaderBonus;
        }
        if (isMenuEntry(lines, i, gapAfter))
            score -= MenuPenalty;
        if (inShortRun(lines, i, from, to))
            score -= RunPenalty;
        // The headline tops the story's header; a line under the byline is an author card or a teaser.
        // (Right under it, the headline of a page that prints the byline first.)
        if (w.byline >= 0 && i > w.byline + 1)
            score -= 1.5;
        // A longer, sentence-case line right under a title-like line is its standfirst (dek).
        if (standfirstOf(page, i, previousTitle)) {
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
        if (titleLike(page, w, i))
            previousTitle = i;
        // (Looked for only when the bonus could make this line the best: the search is costly.)
        if (score + 1.5 > bestScore && printedInside(page, w, i, text))
            score += 1.5;
        // The byline under the headline is no headline (checked last: the name parser is costly).
        if (score > bestScore &&
            !(lines[i].words >= 2 && lines[i].words <= 4 && looksLikePersonName(page.vocabulary(), text))) {
            bestScore = score;
            best = i;
            finals[i - from] = score;
        }
    }
    return best;
}

// The display headline and its first copy: where the byline and the date sit.
int settle(const TextPage &page, const Window &w, int best)
{
    const QList<TextLine> &lines = page.lines();
    // A shorter variant of the same title above it is the display headline; the longer one repeats it
    // with more words for search engines and sharing ("... and feelings are mixed so far").
    if (best >= 0) {
        for (int j = w.from; j < best; ++j) {
            if (w.scores[j - w.from] >= 1.0 && lines[j].chars < lines[best].chars &&
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
        for (int j = w.from; j < best; ++j) {
            if (!lines[j].bullet && lines[j].role == LineRole::Unknown && page.content(lines[j]) == text)
                return j;
        }
    }
    return best;
}

// The rule's traits in the ranker's feature vector, in the order of headlineFeatureNames().
namespace trait {
enum : int {
    Base,
    Hand,
    Distance,
    LinesToBody,
    BylineUnder,
    HeaderFollows,
    Alone,
    Menu,
    ShortRun,
    UnderByline,
    Standfirst,
    PrintedInside,
    PersonName,
    Repeats,
    Words,
    Chars,
    HeadlineCase,
    SentenceEnd,
    AtBody,
    CandidatesAbove,
    CandidatesBelow,
    HandRank,
    HandGap,
    Candidates,
    HandChoice,
    HoldsCandidate,
    NearPicture,
    Doubled,
};
} // namespace trait
static_assert(trait::Doubled + 1 == HeadlineOwnFeatures);

// Every trait the hand rule weighs, measured for every candidate at once (no pruning), with the
// line's own features: what the ranker reads.
QList<HeadlineCandidate> candidatesOf(const TextPage &page, const Window &w, int handChoice)
{
    const QList<TextLine> &lines = page.lines();
    // The lines the ranker weighs: the best by the title traits alone, and the hand rule's choice
    // (measuring every line of the window would cost more than the rest of the extraction; the best
    // twelve by titleScore hold the headline on 96 % of the corpus pages where a line holds it).
    QList<int> picks;
    for (int i = w.from; i < w.to; ++i) {
        if (w.scores[i - w.from] > -1e8)
            picks.append(i);
    }
    if (picks.size() > RankedCandidates) {
        std::stable_sort(picks.begin(), picks.end(),
                         [&](int a, int b) { return w.scores[a - w.from] > w.scores[b - w.from]; });
        const bool handKept = handChoice < 0 || std::find(picks.cbegin(), picks.cbegin() + RankedCandidates,
                                                          handChoice) != picks.cbegin() + RankedCandidates;
        picks.resize(RankedCandidates);
        if (!handKept)
            picks.append(handChoice);
        std::sort(picks.begin(), picks.end());
    }
    QList<HeadlineCandidate> out;
    if (picks.isEmpty())
        return out;
    const LineFeatures lineFeatures(page);
    const LineClassifier &classifier = LineClassifier::builtin();
    QList<double> hand;
    QList<QStringView> texts;
    int previousTitle = -1;
    for (const int i : picks) {
        const double base = w.scores[i - w.from];
        const TextLine &line = lines[i];
        const QStringView text = headlineText(page, i);
        const bool bylineUnder = w.byline > i && w.byline - i <= 3;
        const bool gapAfter = i + 1 >= lines.size() || lines[i + 1].blankBefore > 0;
        const bool alone = line.blankBefore > 0 && gapAfter;
        const bool header = !bylineUnder && gapAfter && headerFollows(page, i, w.to, w.metadata, w.from);
        const bool menu = isMenuEntry(lines, i, gapAfter);
        const bool run = inShortRun(lines, i, w.from, w.to);
        const bool underByline = w.byline >= 0 && i > w.byline + 1;
        const bool standfirst = standfirstOf(page, i, previousTitle);
        if (titleLike(page, w, i))
            previousTitle = i;
        const bool inside = printedInside(page, w, i, text);
        const bool person =
            line.words >= 2 && line.words <= 4 && looksLikePersonName(page.vocabulary(), text);
        const double distance = i < w.bodyFirst ? w.distance[i - w.from + 1] : 0.0;
        const double total = base - 0.35 * distance + (bylineUnder ? 1.0 : 0.0) + (alone ? AloneBonus : 0.0) +
                             (header ? HeaderBonus : 0.0) - (menu ? MenuPenalty : 0.0) -
                             (run ? RunPenalty : 0.0) - (underByline ? 1.5 : 0.0) - (standfirst ? 1.5 : 0.0) +
                             (inside ? 1.5 : 0.0) - (person ? 3.0 : 0.0);
        HeadlineCandidate c;
        c.line = i;
        double *f = c.features.data();
        f[trait::Base] = base;
        f[trait::Hand] = total;
        f[trait::Distance] = distance;
        f[trait::LinesToBody] = std::min(w.bodyFirst - i, LinesAbove);
        f[trait::BylineUnder] = bylineUnder;
        f[trait::HeaderFollows] = header;
        f[trait::Alone] = alone;
        f[trait::Menu] = menu;
        f[trait::ShortRun] = run;
        f[trait::UnderByline] = underByline;
        f[trait::Standfirst] = standfirst;
        f[trait::PrintedInside] = inside;
        f[trait::PersonName] = person;
        f[trait::Repeats] = std::min(line.repeats, 10);
        f[trait::Words] = line.words;
        f[trait::Chars] = line.chars;
        f[trait::HeadlineCase] = headlineCase(text);
        f[trait::SentenceEnd] = line.sentenceEnd;
        f[trait::AtBody] = i == w.bodyFirst;
        f[trait::CandidatesAbove] = int(out.size());
        // Next to a picture's placeholder: a caption or an alt text.
        bool picture = false;
        for (int j = qMax(0, i - 2); j <= qMin(int(lines.size()) - 1, i + 2) && !picture; ++j)
            picture = lines[j].placeholder;
        f[trait::NearPicture] = picture;
        // The same words printed twice in a row (an alt text glued to its caption).
        const qsizetype half = text.size() / 2;
        f[trait::Doubled] = text.size() >= 8 && text.size() % 2 == 0 && text.first(half) == text.sliced(half);
        const LineFeatureVector own = lineFeatures.of(i);
        std::copy(own.begin(), own.end(), f + HeadlineOwnFeatures);
        double *odds = f + HeadlineOwnFeatures + LineFeatureCount;
        odds[0] = classifier.logOdds(own, LineClass::Headline);
        odds[1] = classifier.logOdds(own, LineClass::Byline);
        odds[2] = classifier.logOdds(own, LineClass::Body);
        hand.append(total);
        texts.append(text);
        out.append(c);
    }
    // Where each stands among the page's candidates: from the bottom, and by the hand rule's score.
    const double top = *std::max_element(hand.cbegin(), hand.cend());
    for (qsizetype k = 0; k < out.size(); ++k) {
        double *f = out[k].features.data();
        f[trait::CandidatesBelow] = double(out.size() - 1 - k);
        f[trait::HandRank] =
            double(std::count_if(hand.cbegin(), hand.cend(), [&](double h) { return h > hand[k]; }));
        f[trait::HandGap] = hand[k] - top;
        f[trait::Candidates] = double(out.size());
        f[trait::HandChoice] = out[k].line == handChoice;
        // Holds a shorter candidate whole: a breadcrumb or a kicker run into the title it ends with.
        const QStringView text = texts[k];
        bool holds = false;
        for (qsizetype other = 0; other < out.size() && !holds; ++other) {
            const QStringView shorter = texts[other];
            holds = other != k && shorter.size() >= 15 && shorter.size() < text.size() &&
                    textscan::holds(text, shorter);
        }
        f[trait::HoldsCandidate] = holds;
    }
    return out;
}

HeadlineCandidateObserver g_observer = nullptr;

} // namespace

const QStringList &headlineFeatureNames()
{
    static const QStringList names = [] {
        QStringList n = {u"base"_qs,
                         u"hand"_qs,
                         u"distance"_qs,
                         u"linesToBody"_qs,
                         u"bylineUnder"_qs,
                         u"headerFollows"_qs,
                         u"alone"_qs,
                         u"menu"_qs,
                         u"shortRun"_qs,
                         u"underByline"_qs,
                         u"standfirst"_qs,
                         u"printedInside"_qs,
                         u"personName"_qs,
                         u"repeats"_qs,
                         u"words"_qs,
                         u"chars"_qs,
                         u"headlineCase"_qs,
                         u"sentenceEnd"_qs,
                         u"atBody"_qs,
                         u"candidatesAbove"_qs,
                         u"candidatesBelow"_qs,
                         u"handRank"_qs,
                         u"handGap"_qs,
                         u"candidates"_qs,
                         u"handChoice"_qs,
                         u"holdsCandidate"_qs,
                         u"nearPicture"_qs,
                         u"doubled"_qs};
        Q_ASSERT(n.size() == HeadlineOwnFeatures);
        for (int k = 0; k < LineFeatureCount; ++k)
            n.append(u"line%1"_qs.arg(k));
        n << u"oddsHeadline"_qs << u"oddsByline"_qs << u"oddsBody"_qs;
        return n;
    }();
    return names;
}

void setHeadlineCandidateObserver(HeadlineCandidateObserver observer)
{
    g_observer = observer;
}

int findHeadline(const TextPage &page, int bodyFirst)
{
    const Window w = windowOf(page, bodyFirst);
    const int hand = settle(page, w, handPick(page, w));
    const TreeEnsemble &ranker = headlineRanker();
    if (!ranker.isValid() && !g_observer)
        return hand;
    const QList<HeadlineCandidate> candidates = candidatesOf(page, w, hand);
    if (g_observer)
        g_observer(page, candidates);
    if (!ranker.isValid())
        return hand;
    int best = -1;
    double bestScore = -1e300;
    for (const HeadlineCandidate &c : candidates) {
        const double score = ranker.score(c.features.data());
        if (score > bestScore) {
            bestScore = score;
            best = c.line;
        }
    }
    return settle(page, w, best);
}

} // namespace galley
