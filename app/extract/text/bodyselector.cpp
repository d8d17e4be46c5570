// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/bodyselector.h"

#include "extract/text/textpage.h"

namespace galley {

namespace {

constexpr double BoundaryCost = 600;

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

BodySelection selectBody(const TextPage &page, const QList<ProseClass> &classes)
{
    // The run is the stretch of lines with the largest prose-minus-chrome total (a maximum-sum
    // segment, as in Finn et al.'s Body Text Extraction): short interruptions inside an article cost
    // less than its paragraphs bring, the menus between it and a teaser block cost more.
    const QList<TextLine> &lines = page.lines();
    double best = 0;
    int bestFrom = -1;
    int bestTo = -1;
    double sum = 0;
    int from = 0;
    QList<bool> boundary(classes.size(), false);
    for (int i = 0; i < classes.size(); ++i) {
        // A label that opens comments, related links or an author box ends the article unless much
        // more prose follows it.
        boundary[i] = classes[i] != ProseClass::Skip && lines[i].boundary;
        double value = 0;
        if (boundary[i])
            value = -BoundaryCost;
        else if (classes[i] == ProseClass::Good)
            value = proseWeight(lines[i]);
        else if (classes[i] != ProseClass::Skip)
            value = -chromeCost(lines[i]);
        if (sum <= 0) {
            sum = 0;
            from = i;
        }
        sum += value;
        if (sum > best) {
            best = sum;
            bestFrom = from;
            bestTo = i;
        }
    }
    BodySelection selection;
    for (int i = bestFrom; i >= 0 && i <= bestTo; ++i) {
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
