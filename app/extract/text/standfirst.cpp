// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/standfirst.h"

#include "extract/text/textpage.h"

#include <algorithm>

namespace galley {

namespace {

// The header between a headline and its text: byline, time stamp, share bar, the lead picture and its
// credit. Further up stand teasers and menus, whatever the headline finder took.
constexpr int HeaderLines = 12;
// A standfirst is a sentence: a title or a label has fewer words.
constexpr int StandfirstWords = 8;
// jusText's low stop-word mark (proseclassifier.cpp): what prose has at least.
constexpr double ProseStopDensity = 0.20;
// A time stamp or a line of post details has the figures of a date.
constexpr int MaxDigits = 4;
// A header line this short with a figure in it is the time stamp (or a line of post details).
constexpr int StampChars = 80;

bool hasDigit(QStringView s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

int clauseMarks(QStringView s)
{
    return int(std::count_if(s.begin(), s.end(),
                             [](QChar c) { return QStringView(u".,;:!?。、，；！？").contains(c); }));
}

bool readsLikeSentence(const TextPage &page, const TextLine &line)
{
    if (line.words < StandfirstWords || line.bullet || line.repeats > 1 || line.boundary || line.legal ||
        line.placeholder)
        return false;
    const QStringView text = page.content(line);
    if (std::count_if(text.begin(), text.end(), [](QChar c) { return c.isDigit(); }) > MaxDigits)
        return false;
    if (page.hasLanguage())
        return line.stopDensity() >= ProseStopDensity;
    return line.sentenceEnd || clauseMarks(text) > 0;
}

// A cut-off teaser ("Two people were diagnosed with the plague,...") ends in an ellipsis.
bool truncated(QStringView s)
{
    return s.endsWith(u"...") || s.endsWith(u'…');
}

// Text that belongs to a picture or a button rather than to the story: a line under an image's
// placeholder (its caption), or one that repeats a neighbour's text (alt text printed with the caption,
// a share button's label over the title it shares).
bool pictureText(const TextPage &page, int i)
{
    const QList<TextLine> &lines = page.lines();
    if (i > 0 && lines[i - 1].placeholder)
        return true;
    const QStringView text = page.content(lines[i]);
    for (int j = qMax(0, i - 1); j <= qMin(int(lines.size()) - 1, i + 1); ++j) {
        const QStringView other = page.content(lines[j]);
        if (j != i && lines[j].words >= 2 && text.contains(other))
            return true;
    }
    return false;
}

} // namespace

QList<int> findStandfirst(const TextPage &page, int headline, int bodyFirst)
{
    QList<int> lines;
    if (headline < 0 || bodyFirst <= headline)
        return lines;
    // Only below the header's byline and time stamp: a summary printed right under the headline, over
    // the byline, is a deck that news sites keep apart from the story's text (the article benchmark's
    // gold leaves it out); one under them opens the text.
    int top = headline;
    for (int i = headline + 1; i < bodyFirst; ++i) {
        const TextLine &line = page.lines()[i];
        if (line.role == LineRole::Byline || (line.chars < StampChars && hasDigit(page.content(line))))
            top = i;
    }
    for (int i = qMax(top + 1, bodyFirst - HeaderLines); i < bodyFirst; ++i) {
        const TextLine &line = page.lines()[i];
        if (line.role == LineRole::Unknown && readsLikeSentence(page, line) && !pictureText(page, i) &&
            !truncated(page.content(line)))
            lines.append(i);
    }
    return lines;
}

} // namespace galley
