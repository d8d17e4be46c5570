// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/reflow.h"

#include "extract/common/textscan.h"
#include "extract/text/textpage.h"

#include <algorithm>
#include <array>
#include <cstdlib>

namespace galley {

namespace {

// Widths outside this range are not a wrap: a dump narrower than 30 columns is a list of labels, one
// wider than 240 columns is read as lines.
constexpr int MinWrapWidth = 30;
constexpr int MaxWrapWidth = 240;
// Lines that go on in the next one end this close under the wrap width at most, beyond what the next
// word would have needed: tools count a column for the margin, and a heading may be wrapped a few
// columns wider than the paragraphs (lynx).
constexpr int DetectSlack = 2;
// A wrap is believed when this many line breaks fit it, and they outnumber the lines that break it
// by this factor.
constexpr int MinWrapEvidence = 4;
constexpr int EvidencePerViolation = 3;
// Link markers are dropped without lynx's link list when a page has this many, in ascending order.
constexpr int MinLinkMarkers = 8;

// East Asian wide characters (CJK, Hangul, full-width forms) take two terminal columns; dump tools
// wrap by columns.
bool isWide(char16_t u)
{
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0x303E) || (u >= 0x3041 && u <= 0x33FF) ||
           (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xA000 && u <= 0xA4CF) ||
           (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) ||
           (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
}

// A character of a script written without spaces between words (Han, kana, full-width forms): a
// wrapped line of it is joined to the next without a space. Hangul puts spaces between words.
bool isSpaceless(char16_t u)
{
    return isWide(u) && !(u >= 0xAC00 && u <= 0xD7A3) && !(u >= 0x1100 && u <= 0x115F);
}

int columns(char16_t u)
{
    if (u < 0x300)
        return 1;
    if (u >= 0x300 && u <= 0x36F) // combining accents
        return 0;
    if (u >= 0xDC00 && u <= 0xDFFF) // a surrogate pair counts as two columns in all
        return 1;
    return isWide(u) ? 2 : 1;
}

// The list markers of every tool: the bullet glyphs, lynx's nesting levels (*, +, o, #, @) and dashes.
bool isMarkerGlyph(char16_t u)
{
    return isBulletGlyph(QChar(u)) || u == u'+' || u == u'-' || u == u'#' || u == u'@' || u == u'o' ||
           u == u'·';
}

// One physical line of the dump.
struct Line
{
    qsizetype start = 0;   // first character
    qsizetype content = 0; // first non-space character
    qsizetype end = 0;     // after the last non-space character
    qsizetype next = 0;    // start of the next line
    int indent = 0;        // columns before the content
    int width = 0;         // columns up to the last non-space character
    int firstWord = 0;     // columns of the content's first word (a spaceless script's first character)
    int hang = 0;          // column where a continuation of this line starts (after a list marker)
    int firstToken = 0;    // columns of the first token (what cannot be broken)
    bool blank = true;
    bool marker = false;      // opens with a list marker
    bool gap = false;         // a run of three spaces inside: table columns
    bool placeholder = false; // "[...]" and nothing else: an image
    bool breakable = false;   // has a space after its first token, where a tool could have wrapped it
    bool rule = false;        // no letter nor digit: a horizontal rule, a row of icons or separators
};

// The line's place in the text and its indentation: all the cheap look for a wrap needs.
Line cutLine(const QString &text, qsizetype start, qsizetype stop)
{
    Line line;
    line.start = start;
    line.next = stop < text.size() ? stop + 1 : stop;
    qsizetype end = stop;
    if (end > start && text[end - 1] == u'\r')
        --end;
    while (end > start && text[end - 1].isSpace())
        --end;
    line.end = end;
    qsizetype i = start;
    int col = 0;
    while (i < end && (text[i] == u' ' || text[i] == u'\t' || text[i] == u'\u00a0')) {
        col = text[i] == u'\t' ? (col / 8 + 1) * 8 : col + 1;
        ++i;
    }
    line.content = i;
    line.indent = col;
    line.hang = col;
    line.blank = i == end;
    return line;
}

// The rest of a line's layout, column by column.
void measureLine(const QString &text, Line &line)
{
    if (line.blank)
        return;
    const qsizetype end = line.end;
    const qsizetype content = line.content;
    qsizetype i = content;
    int col = line.indent;
    // The first token and the run of spaces after it.
    while (i < end && text[i] != u' ')
        col += columns(text[i++].unicode());
    line.firstToken = col - line.indent;
    const char16_t first = text[content].unicode();
    line.firstWord = isSpaceless(first) ? 2 : line.firstToken;
    const qsizetype tokenLength = i - content;
    bool numbered =
        tokenLength >= 2 && tokenLength <= 4 && (text[i - 1] == u'.' || text[i - 1] == u')') &&
        std::all_of(text.begin() + content, text.begin() + i - 1, [](QChar c) { return c.isDigit(); });
    line.marker = i < end && ((tokenLength == 1 && isMarkerGlyph(first)) || numbered);
    int spaces = 0;
    while (i < end && text[i] == u' ') {
        ++col;
        ++i;
        ++spaces;
    }
    if (line.marker)
        line.hang = col;
    line.breakable = i < end;
    int run = spaces;
    bool alnum = false;
    for (qsizetype j = content; j < i && !alnum; ++j)
        alnum = text[j].isLetterOrNumber();
    for (; i < end; ++i) {
        const char16_t u = text[i].unicode();
        alnum = alnum || (u < 0x80 ? QChar::isLetterOrNumber(u) : QChar(u).isLetterOrNumber());
        if (u == u' ') {
            if (++run >= 3)
                line.gap = true;
        } else {
            run = 0;
        }
        col += u == u'\t' ? 8 - col % 8 : columns(u);
    }
    line.width = col;
    line.rule = !alnum;
    line.placeholder = first == u'[' && text[end - 1] == u']' && !line.breakable;
}

std::vector<Line> splitLines(const QString &text)
{
    std::vector<Line> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype stop = text.indexOf(u'\n', start);
        if (stop < 0)
            stop = text.size();
        lines.push_back(cutLine(text, start, stop));
        start = stop + 1;
    }
    return lines;
}

// A heading centred by the tool (links): the next line is indented further and centred on the same
// column.
bool centredUnder(const Line &a, const Line &b)
{
    return b.indent > a.indent && std::abs((a.indent + a.width) - (b.indent + b.width)) <= 1;
}

// Whether `b` may go on from `a` at all, whatever the width: straight under it (no blank line), at
// its indentation, its list marker's hanging indent or centred under it, neither being a table row, a rule,
// an image or a new list item.
bool mayContinue(const Line &a, const Line &b)
{
    return !a.blank && !b.blank && !a.rule && !b.rule && !b.marker && !a.gap && !b.gap && !a.placeholder &&
           !b.placeholder && (b.indent == a.hang || centredUnder(a, b));
}

bool isLinkListLine(QStringView s)
{
    s = s.trimmed();
    if (s == u"Visible links:" || s == u"Hidden links:" || s == u"Visible links" || s == u"Hidden links")
        return true;
    qsizetype i = 0;
    while (i < s.size() && s[i].isDigit())
        ++i;
    return i > 0 && i + 2 < s.size() && s[i] == u'.' && s[i + 1] == u' ' && !s.mid(i + 2).contains(u' ');
}

// Where lynx's list of link targets starts ("References", then "1. http://..."), or the line count.
size_t linkListStart(const QString &text, const std::vector<Line> &lines)
{
    for (size_t i = lines.size(); i-- > 0;) {
        const Line &line = lines[i];
        if (line.blank || line.indent > 0)
            continue;
        if (QStringView(text).mid(line.content, line.end - line.content) != u"References")
            continue;
        int listed = 0;
        int other = 0;
        for (size_t j = i + 1; j < lines.size(); ++j) {
            if (lines[j].blank)
                continue;
            const QStringView s = QStringView(text).mid(lines[j].start, lines[j].end - lines[j].start);
            isLinkListLine(s) ? ++listed : ++other;
        }
        return listed >= 1 && other * 10 <= listed ? i : lines.size();
    }
    return lines.size();
}

// A link marker "[12]" at `i`: its length, or 0.
qsizetype linkMarkerAt(const QString &text, qsizetype i, qsizetype end, int *number = nullptr)
{
    if (text[i] != u'[')
        return 0;
    qsizetype j = i + 1;
    int value = 0;
    while (j < end && j - i <= 5 && text[j].isDigit())
        value = value * 10 + text[j++].digitValue();
    if (j == i + 1 || j >= end || text[j] != u']')
        return 0;
    if (number)
        *number = value;
    return j + 1 - i;
}

// Whether the markers of the page count its links in order: what lynx prints before each link.
bool hasLinkMarkers(const QString &text, const std::vector<Line> &lines, size_t to)
{
    int count = 0;
    int ascending = 0;
    int last = 0;
    // Markers hold only figures, so none runs across a line end: one scan of the text will do.
    const qsizetype limit = to < lines.size() ? lines[to].start : text.size();
    for (qsizetype i = text.indexOf(u'['); i >= 0 && i < limit; i = text.indexOf(u'[', i + 1)) {
        int number = 0;
        if (!linkMarkerAt(text, i, limit, &number))
            continue;
        ++count;
        if (number > last)
            ++ascending;
        last = number;
    }
    return count >= MinLinkMarkers && ascending * 10 >= count * 9;
}

int joinSlack(int width)
{
    return DetectSlack + width / 40;
}

// Whether the tool broke `a` because `b`'s first word did not fit in `width` columns.
bool wrappedAt(const Line &a, const Line &b, int width)
{
    return a.width > width || a.width + 1 + b.firstWord > width - joinSlack(width);
}

using WidthCounts = std::array<int, MaxWrapWidth + 2>;

// The width from `minWidth` up whose wrap explains the most line breaks against the lines it would
// have broken (evidence[w]: breaks explained; longer[w]: breakable lines of width w), 0 for none.
int bestWidth(const WidthCounts &evidence, WidthCounts longer, int minWidth)
{
    // longer[w] as "lines longer than w".
    int above = 0;
    for (int w = MaxWrapWidth + 1; w >= 0; --w) {
        const int here = longer[w];
        longer[w] = above;
        above += here;
    }
    int best = 0;
    int bestScore = 0;
    for (int w = minWidth; w <= MaxWrapWidth; ++w) {
        const int score = evidence[w] - EvidencePerViolation * longer[w];
        if (evidence[w] >= MinWrapEvidence && score > bestScore) {
            best = w;
            bestScore = score;
        }
    }
    return best;
}

// What one line says about the wrap width: it is `longer` wide with a space to break at (-1: it says
// nothing against any width), and a wrap at any width in [from, until) explains its break.
struct LineVote
{
    int longer = -1;
    int from = 0;
    int until = 0;
};

template<typename Vote> int voteWidth(size_t to, int minWidth, Vote vote)
{
    WidthCounts evidence{};
    WidthCounts longer{};
    for (size_t i = 0; i < to; ++i) {
        const LineVote v = vote(i);
        if (v.longer >= 0)
            ++longer[std::min(v.longer, MaxWrapWidth + 1)];
        for (int w = v.from; w < std::min(v.until, MaxWrapWidth + 1); ++w)
            ++evidence[w];
    }
    return bestWidth(evidence, longer, minWidth);
}

// A first look in UTF-16 units with the library's vectorised searches, so an unwrapped dump (most of
// them) is not measured column by column: it counts every pair of lines as evidence and only lines
// without column gaps against, so it finds a wrap wherever the measured look could. A wide character
// is one unit and two columns: widths from half the smallest wrap width are looked at.
bool mayBeWrapped(const QString &text, const std::vector<Line> &lines, size_t to)
{
    const auto vote = [&](size_t i) {
        LineVote v;
        const Line &a = lines[i];
        if (a.blank)
            return v;
        const QStringView content = QStringView(text).mid(a.content, a.end - a.content);
        const int length = int(qMin<qsizetype>(a.end - a.start, MaxWrapWidth + 1));
        const qsizetype space = content.indexOf(u' ');
        if (space > 0 && a.indent + space < MaxWrapWidth && !textscan::holdsThreeSpaces(content))
            v.longer = length;
        if (i + 1 >= to || lines[i + 1].blank || length > MaxWrapWidth)
            return v;
        const Line &b = lines[i + 1];
        const qsizetype word = QStringView(text).mid(b.content, b.end - b.content).indexOf(u' ');
        const int next = int(qMin<qsizetype>(word < 0 ? b.end - b.content : word, MaxWrapWidth));
        v.from = length;
        v.until = length + 1 + next + DetectSlack + 1;
        return v;
    };
    return voteWidth(to, MinWrapWidth / 2, vote) > 0;
}

int detectWidth(const QString &text, std::vector<Line> &lines, size_t to)
{
    if (!mayBeWrapped(text, lines, to))
        return 0;
    for (size_t i = 0; i < to; ++i)
        measureLine(text, lines[i]);
    const auto vote = [&](size_t i) {
        LineVote v;
        const Line &a = lines[i];
        if (a.blank)
            return v;
        if (a.breakable && !a.gap && a.indent + a.firstToken < MaxWrapWidth)
            v.longer = a.width;
        if (i + 1 >= to || !mayContinue(a, lines[i + 1]) || a.width > MaxWrapWidth)
            return v;
        // A wrap at w explains the break when the line fits (width <= w) and the next word did not.
        v.from = a.width;
        v.until = a.width + 1 + lines[i + 1].firstWord + DetectSlack;
        return v;
    };
    return voteWidth(to, MinWrapWidth, vote);
}

// Characters of the capture left out of the logical text, or replaced by one character.
struct Cut
{
    qsizetype from;
    qsizetype to;
    QChar replacement; // null: nothing
};

} // namespace

int detectWrapWidth(const QString &capture)
{
    std::vector<Line> lines = splitLines(capture);
    return detectWidth(capture, lines, linkListStart(capture, lines));
}

qsizetype ReflowedText::captureOffset(qsizetype i) const
{
    i = std::clamp<qsizetype>(i, 0, runs.back().at); // the text's end (the text may have been moved out)
    // The last run starting at or before i.
    const auto run =
        std::upper_bound(runs.begin(), runs.end(), i, [](qsizetype at, const Run &r) { return at < r.at; }) -
        1;
    return run->from + (i - run->at);
}

SourceSpan ReflowedText::toCapture(const SourceSpan &span) const
{
    if (!changed || !span.isValid() || runs.empty())
        return span;
    const qsizetype start = captureOffset(span.start);
    const qsizetype end = span.end > span.start ? captureOffset(span.end - 1) + 1 : start;
    return SourceSpan{start, end, span.via};
}

ReflowedText reflowDump(const QString &capture)
{
    ReflowedText out;
    std::vector<Line> lines = splitLines(capture);
    const size_t to = linkListStart(capture, lines);
    const int width = detectWidth(capture, lines, to);
    const bool markers = hasLinkMarkers(capture, lines, to) || (to < lines.size() && to > 0);
    std::vector<Cut> cuts;
    for (size_t i = 0; i < to; ++i) {
        const Line &a = lines[i];
        if (markers) {
            for (qsizetype c = a.content; c < a.end; ++c) {
                if (const qsizetype length = linkMarkerAt(capture, c, a.end)) {
                    cuts.push_back({c, c + length, QChar()});
                    c += length - 1;
                }
            }
        }
        if (width == 0 || i + 1 >= to || !mayContinue(a, lines[i + 1]) || !wrappedAt(a, lines[i + 1], width))
            continue;
        const Line &b = lines[i + 1];
        const char16_t last = capture[a.end - 1].unicode();
        const char16_t first = capture[b.content].unicode();
        // A word broken at its hyphen ("multi-" / "game") and a spaceless script join without a space.
        const bool tight = (isSpaceless(last) && isSpaceless(first)) ||
                           (last == u'-' && a.end - 2 >= a.content && capture[a.end - 2].isLetter() &&
                            QChar(first).isLetter());
        cuts.push_back({a.end, b.content, tight ? QChar() : QChar(u' ')});
    }
    if (to < lines.size())
        cuts.push_back({lines[to].start, capture.size(), QChar()});
    if (cuts.empty())
        return out;
    std::sort(cuts.begin(), cuts.end(), [](const Cut &x, const Cut &y) { return x.from < y.from; });
    out.changed = true;
    out.wrapWidth = width;
    out.text.reserve(capture.size());
    out.runs.reserve(2 * cuts.size() + 2);
    qsizetype pos = 0;
    for (const Cut &cut : cuts) {
        if (cut.from < pos) // a marker inside a joint already cut
            continue;
        out.runs.push_back({out.text.size(), pos});
        out.text.append(QStringView(capture).mid(pos, cut.from - pos));
        if (!cut.replacement.isNull()) {
            out.runs.push_back({out.text.size(), cut.from});
            out.text.append(cut.replacement);
        }
        pos = cut.to;
    }
    out.runs.push_back({out.text.size(), pos});
    out.text.append(QStringView(capture).mid(pos));
    out.runs.push_back({out.text.size(), capture.size()});
    return out;
}

} // namespace galley
