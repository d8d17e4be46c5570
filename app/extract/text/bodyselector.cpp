// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/bodyselector.h"

#include "extract/text/textpage.h"

namespace galley {

namespace {

// More unclaimed non-prose lines than this between two good lines end a run: an inline advert or
// "Read more" link fits, a block of teasers or a comment header does not.
constexpr int MaxGapLines = 3;

struct Run
{
    QList<int> lines;
    double weight = 0;
};

double proseWeight(const TextLine &line)
{
    // Characters, with stop-word-rich lines counting more: a run of real sentences beats a run of
    // long teaser titles of the same size.
    return line.chars * (0.5 + qMin(1.0, line.stopDensity() * 2));
}

} // namespace

BodySelection selectBody(const TextPage &page, const QList<ProseClass> &classes)
{
    const QList<TextLine> &lines = page.lines();
    QList<Run> runs;
    int gap = 0;
    for (int i = 0; i < classes.size(); ++i) {
        switch (classes[i]) {
        case ProseClass::Skip:
            break;
        case ProseClass::Good:
            if (runs.isEmpty() || gap > MaxGapLines)
                runs.append(Run{});
            runs.last().lines.append(i);
            runs.last().weight += proseWeight(lines[i]);
            gap = 0;
            break;
        default:
            ++gap;
            break;
        }
    }
    BodySelection selection;
    const Run *best = nullptr;
    for (const Run &run : std::as_const(runs)) {
        if (!best || run.weight > best->weight)
            best = &run;
    }
    if (!best)
        return selection;
    selection.lines = best->lines;
    selection.first = best->lines.first();
    selection.last = best->lines.last();
    return selection;
}

} // namespace galley
