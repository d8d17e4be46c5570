// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/bodyselector.h"

#include "extract/text/textpage.h"

namespace galley {

namespace {

constexpr double BoundaryCost = 600;
// Prose weight (about characters of sentences) a run must have to count as an article of its own.
constexpr double MinRunBeforeBoundary = 250;
// Chrome lines in a row an article may hold, and how much more each further one costs.
constexpr int GapLines = 8;
constexpr double GapGrowth = 4;
// A label followed by one line and then a paragraph of this many characters is a link inside the story.
constexpr int InlineLinkLines = 1;
constexpr int ParagraphChars = 200;

double proseWeight(const TextLine &line)
{
    // Characters, with stop-word-rich lines counting more: a run of real sentences beats a run of
    // long teaser titles of the same size.
    return line.chars * (0.5 + qMin(1.0, line.stopDensity() * 2));
}

// What a non-prose line costs a run that spans it: a little for every line (a menu is many lines)
// plus a share of its length (a long non-prose line is a block of something else).
double chromeCost(const TextLine &line)
{
    return 20 + 0.25 * line.chars;
}

} // namespace

namespace {

struct Segment
{
    double sum = 0;
    int from = -1;
    int to = -1;
};

// The stretch of lines in [0, end) with the largest total value (Kadane's maximum-sum segment).
Segment bestSegment(const QList<double> &values, qsizetype end, int begin = 0)
{
    Segment best;
    double sum = 0;
    int from = begin;
    for (int i = begin; i < end; ++i) {
        if (sum <= 0) {
            sum = 0;
            from = i;
        }
        sum += values[i];
        if (sum > best.sum)
            best = {sum, from, i};
    }
    return best;
}

// Inside an article, what interrupts the paragraphs is short: a picture, an ad label, a share bar, a
// box of links. A long stretch of chrome is the end of it (the footer of the story, then a column of
// teasers, each with a long summary): beyond GapLines lines in a row, chrome costs more.
void lengthenGaps(const QList<ProseClass> &classes, QList<double> &values)
{
    int run = 0;
    for (qsizetype i = 0; i < classes.size(); ++i) {
        if (classes[i] == ProseClass::Good)
            run = 0;
        else if (classes[i] != ProseClass::Skip && ++run > GapLines)
            values[i] *= GapGrowth;
    }
}

// Whether a label introduces a single link inside the article ("Also read" and a title, then the
// story goes on): a title-length line, then a full paragraph.
bool inlineLink(const QList<TextLine> &lines, const QList<ProseClass> &classes, int label)
{
    int seen = 0;
    for (qsizetype j = label + 1; j < classes.size() && seen <= InlineLinkLines; ++j) {
        if (classes[j] == ProseClass::Skip)
            continue;
        const bool paragraph = classes[j] == ProseClass::Good && lines[j].chars >= ParagraphChars;
        if (seen > 0 && paragraph)
            return true;
        // A comment thread's label is followed by the first comment, a paragraph, not by a title.
        if (paragraph)
            return false;
        ++seen;
    }
    return false;
}

} // namespace

BodySelection selectBody(const TextPage &page, const QList<ProseClass> &classes)
{
    // The run is the stretch of lines with the largest prose-minus-chrome total (a maximum-sum
    // segment, as in Finn et al.'s Body Text Extraction): short interruptions inside an article cost
    // less than its paragraphs bring, the menus between it and a teaser block cost more.
    const QList<TextLine> &lines = page.lines();
    QList<bool> boundary(classes.size(), false);
    QList<double> values(classes.size(), 0.0);
    int firstBoundary = -1;
    bool proseSeen = false;
    for (int i = 0; i < classes.size(); ++i) {
        // A label that opens comments, related links or an author box ends the article unless much
        // more prose follows it; one that introduces a single link with the story going on under it
        // ("Read also" and a title) is only chrome.
        boundary[i] = classes[i] != ProseClass::Skip && lines[i].boundary && !inlineLink(lines, classes, i);
        if (boundary[i])
            values[i] = -BoundaryCost;
        else if (classes[i] == ProseClass::Good)
            values[i] = proseWeight(lines[i]);
        else if (classes[i] != ProseClass::Skip)
            values[i] = -chromeCost(lines[i]);
        proseSeen = proseSeen || classes[i] == ProseClass::Good;
        if (boundary[i] && proseSeen && firstBoundary < 0)
            firstBoundary = i;
    }
    lengthenGaps(classes, values);
    Segment best = bestSegment(values, values.size());
    // Comments and reader posts follow the article and may outweigh a short one: when a run of real
    // prose stands before the first such label, the article is that run.
    if (firstBoundary >= 0 && best.from > firstBoundary) {
        const Segment before = bestSegment(values, firstBoundary);
        if (before.sum >= MinRunBeforeBoundary)
            best = before;
    }
    // A label inside the run: the article ends there when the prose before it outweighs what follows
    // (teasers, comments, a footer); a link box in the middle of a longer story stays inside.
    for (int i = best.from + 1; i < best.to; ++i) {
        if (!boundary[i])
            continue;
        const Segment before = bestSegment(values, i, best.from);
        const Segment after = bestSegment(values, best.to + 1, i + 1);
        if (before.sum >= MinRunBeforeBoundary && before.sum >= after.sum)
            best = before;
        break;
    }
    BodySelection selection;
    for (int i = best.from; i >= 0 && i <= best.to; ++i) {
        if (classes[i] == ProseClass::Good && !boundary[i])
            selection.lines.append(i);
    }
    if (!selection.lines.isEmpty()) {
        selection.first = selection.lines.first();
        selection.last = selection.lines.last();
    }
    return selection;
}

} // namespace galley
