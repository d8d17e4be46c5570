// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/common/captionparser.h"

#include "extract/common/agencies.h"
#include "extract/common/bylineparser.h"
#include "extract/common/completepattern.h"
#include "extract/common/datatable.h"
#include "extract/common/textscan.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace galley {

namespace {

constexpr auto kOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

struct Patterns
{
    CompletePattern label;       // "Photo:", "Foto von", "Image credit:", "©", "Courtesy of" at the start
    CompletePattern labelled;    // a labelled credit closing the caption
    CompletePattern parenthesis; // "(...)" closing the caption
    CompletePattern slashed;     // "REUTERS/Name", "Name/Bloomberg/Getty Images"
    CompletePattern notice;      // a rights notice after a credit (" / Copyright 2019 ...")
    QStringList labelWords;      // what a labelled credit opens with, lower case ("photo", "©")
    QSet<QString> pictureWords;  // label words that name a picture ("image", "foto"), lower case
};

Patterns buildPatterns()
{
    Patterns p;
    const QJsonObject t = loadDataTable(QStringLiteral("photocredits"));
    const QStringList labelList = tableStrings(t, QStringLiteral("labels"));
    const QString labels = alternation(labelList);
    // The first word of each label (a space in one stands for any white space) and the other openings
    // of labelHead below.
    for (const QString &label : labelList)
        p.labelWords.append(label.section(QLatin1Char(' '), 0, 0));
    p.labelWords << QStringLiteral("©") << QStringLiteral("(c)") << QStringLiteral("copyright")
                 << QStringLiteral("courtesy");
    p.labelWords.removeDuplicates();
    for (const QString &word : tableStrings(t, QStringLiteral("pictureWords")))
        p.pictureWords.insert(word.toLower());
    p.notice = CompletePattern(QStringLiteral("\\s+[/|]\\s*(?:©|\\(c\\)|copyright\\b)"), kOptions);
    const QString labelHead =
        QStringLiteral("(?:(?:%1)(?:\\s+(?:%2))?\\s*(?:[:|/]|\\.{2,}|…)\\s*"
                       "|(?:%1)\\s+(?:%2)\\s+"
                       "|©\\s*|\\(c\\)\\s*|copyright\\s+|courtesy(?:\\s+of)?\\s+)")
            .arg(labels, alternation(byWords() + tableStrings(t, QStringLiteral("labelLinks"))));
    p.label = CompletePattern(QStringLiteral("^\\s*%1").arg(labelHead), kOptions);
    p.labelled = CompletePattern(
        QStringLiteral("(?:^|(?<=[.!?\"”’)])\\s*|\\s+[-–—|]\\s*|\\s+)(?<credit>%1[^\\n]{1,120}?)\\s*$")
            .arg(labelHead),
        kOptions);
    p.parenthesis = CompletePattern(
        QStringLiteral("\\s*[(\\[]\\s*(?<credit>[^()\\[\\]]{2,120}?)\\s*[)\\]]\\s*\\.?\\s*$"), kOptions);
    p.slashed = CompletePattern(
        QStringLiteral("^\\p{Lu}[\\p{L}\\p{M}.'’&-]*(?:\\s+[\\p{L}\\p{M}.'’&-]+){0,4}"
                       "(?:\\s*/\\s*\\p{Lu}[\\p{L}\\p{M}.'’&-]*(?:\\s+[\\p{L}\\p{M}.'’&-]+){0,4})+$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return p;
}

const Patterns &patterns()
{
    static const Patterns p = buildPatterns();
    return p;
}

// Runs of characters between spaces (what split(' ', Qt::SkipEmptyParts) would count, without the list).
int wordCount(QStringView s)
{
    int count = 0;
    bool inWord = false;
    for (QChar c : s) {
        const bool space = c == u' ';
        count += !space && !inWord;
        inWord = !space;
    }
    return count;
}

// "Damian Dovarganes, AP", "Alex Wong | Getty Images", "Name via AP": a name then a picture source.
bool isNameAndSource(const Vocabulary &vocabulary, QStringView s)
{
    static const CompletePattern re(QStringLiteral("^(?<who>\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+[\\p{L}\\p{M}"
                                                   ".'’-]+){0,4})\\s*(?:,|\\||/|\\s+via|\\s+for|\\s+-)\\s+"
                                                   "(?<source>[^,|/]{2,60})$"),
                                    QRegularExpression::UseUnicodePropertiesOption);
    // (The separator is a comma, bar or slash, or " via", " for", " -": most lines have none of them.)
    const bool separated = std::any_of(s.begin(), s.end(), [](QChar c) {
        return c == u',' || c == u'|' || c == u'/' || c == u'-' || c == u'v' || c == u'f';
    });
    if (!separated)
        return false;
    const PatternMatch m = re.match(s.trimmed());
    return m.hasMatch() && vocabulary.isPictureSource(m.capturedView(u"source"));
}

// A credit without a label: agencies, picture libraries, slashed credits, "Name, AP".
bool isBareCredit(const Vocabulary &vocabulary, QStringView s)
{
    s = s.trimmed();
    if (s.isEmpty() || s.size() > 100 || wordCount(s) > 10)
        return false;
    if (vocabulary.isPictureSource(s) || isNameAndSource(vocabulary, s))
        return true;
    // Bars separate a credit's parts as slashes do ("Jane Roe | Bloomberg | Getty Images").
    QString slashed;
    if (s.contains(u'|')) {
        slashed = s.toString().replace(u'|', u'/');
        s = slashed;
    }
    if (!s.contains(u'/') || !patterns().slashed.match(s).hasMatch())
        return false;
    // A slash between two names of things is a credit when an agency or picture source is one of them,
    // or when the first part is in capitals ("REUTERS/Name", "NASA/JPL").
    const QList<QStringView> parts = s.split(QLatin1Char('/'));
    for (QStringView part : parts) {
        if (vocabulary.isPictureSource(part))
            return true;
    }
    // (Not for bars: "SECTION | SPONSORED" is a label of the page.)
    const QStringView first = parts.front().trimmed();
    return slashed.isEmpty() && first.size() >= 2 && first.toString().toUpper() == first.toString();
}

bool creditLike(const Vocabulary &vocabulary, QStringView s)
{
    return patterns().label.match(s).hasMatch() || isBareCredit(vocabulary, s) ||
           vocabulary.findAgency(s).isValid();
}

// Characters after which `labelled` may start its credit: the pattern's lead-ins end in white space,
// a sentence end or closing bracket, or a dash.
bool opensCredit(QChar before)
{
    switch (before.unicode()) {
    case u'.':
    case u'!':
    case u'?':
    case u'"':
    case u'”':
    case u'’':
    case u')':
    case u'-':
    case u'–':
    case u'—':
    case u'|':
        return true;
    default:
        return before.isSpace();
    }
}

// Whether `labelled` can match in `body` from `from` on: a label word must open the credit. A scan of
// the word starts costs far less than the pattern, which tries its lead-ins at every position. Never
// stricter than the pattern.
bool mayHoldLabelledCredit(QStringView body, qsizetype from)
{
    const QStringList &words = patterns().labelWords;
    for (qsizetype q = from; q < body.size(); ++q) {
        if (q > 0 && !opensCredit(body[q - 1]))
            continue;
        const QStringView rest = body.mid(q);
        const char16_t first = rest.front().toLower().unicode();
        for (const QString &word : words) {
            if (word.front().unicode() == first && textscan::startsWithFolded(rest, word))
                return true;
        }
    }
    return false;
}

// The next sentence end or separator after which a bare credit may follow, in `body` at or after
// `from`, as [start, end), or start -1. What the pattern
//   (?<=[.!?"”’])\s*[-–—|]+\s+|\s+[-–—|]+\s+|(?<=[.!?"”’])\s+|\s{2,}|\n
// matches, by hand: its iterator cost as much as the rest of a caption's parse.
struct Span
{
    qsizetype start = -1;
    qsizetype end = -1;
};

Span nextBoundary(QStringView body, qsizetype from)
{
    const auto sentenceEnd = [&](qsizetype p) {
        if (p <= 0)
            return false;
        const char16_t c = body[p - 1].unicode();
        return c == u'.' || c == u'!' || c == u'?' || c == u'"' || c == u'”' || c == u'’';
    };
    const auto dash = [](QChar c) { return c == u'-' || c == u'–' || c == u'—' || c == u'|'; };
    const qsizetype n = body.size();
    const auto skip = [&](qsizetype p, auto test) {
        while (p < n && test(body[p]))
            ++p;
        return p;
    };
    const auto space = [](QChar c) { return c.isSpace(); };
    for (qsizetype p = from; p < n; ++p) {
        // Every alternative opens with white space or a dash.
        if (!space(body[p]) && !dash(body[p]))
            continue;
        const qsizetype spaces = skip(p, space);     // end of the white space at p
        const qsizetype dashes = skip(spaces, dash); // end of the dashes after it
        const qsizetype after = skip(dashes, space); // end of the white space after those
        // (?<=[.!?"”’])\s*[-–—|]+\s+
        if (sentenceEnd(p) && dashes > spaces && after > dashes)
            return {p, after};
        // \s+[-–—|]+\s+
        if (spaces > p && dashes > spaces && after > dashes)
            return {p, after};
        // (?<=[.!?"”’])\s+
        if (sentenceEnd(p) && spaces > p)
            return {p, spaces};
        // \s{2,}
        if (spaces - p >= 2)
            return {p, spaces};
        // \n
        if (body[p] == u'\n')
            return {p, p + 1};
    }
    return {};
}

// "FILE PHOTO: Traders work on the floor ... 2019. REUTERS/Jane Doe": a label that opens a caption
// (the wire services' style), not a credit. What follows the label is prose: a sentence that ends and
// goes on, several words long. ("Photo: J. Doe" has a full stop after an initial, not a sentence.)
bool captionAfterLabel(QStringView body)
{
    const PatternMatch label = patterns().label.match(body);
    if (!label.hasMatch())
        return false;
    const QStringView rest = body.mid(label.capturedEnd(0));
    if (wordCount(rest) < 8)
        return false;
    for (qsizetype dot = textscan::indexOfPair(rest, u'.', u' '); dot > 0;
         dot = textscan::indexOfPair(rest, u'.', u' ', dot + 1)) {
        if (rest[dot - 1].isLower() || rest[dot - 1].isDigit())
            return true;
    }
    return false;
}

// Whether one of the words of `label` names a picture ("Main image credit:").
bool namesPicture(QStringView label)
{
    qsizetype from = 0;
    for (qsizetype i = 0; i <= label.size(); ++i) {
        if (i < label.size() && label[i].isLetter())
            continue;
        if (i > from && patterns().pictureWords.contains(label.mid(from, i - from).toString().toLower()))
            return true;
        from = i + 1;
    }
    return false;
}

} // namespace

CaptionParts pictureCreditLine(const Vocabulary &vocabulary, QStringView text)
{
    CaptionParts out;
    qsizetype start = 0, end = text.size();
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && (text[end - 1].isSpace() || text[end - 1] == u'.'))
        --end;
    const QStringView line = text.mid(start, end - start);
    if (line.isEmpty() || line.size() > 100 || wordCount(line) > 12)
        return out;
    // The credit runs from after the label (and the white space after it) to the line's end.
    const auto accept = [&](qsizetype from) {
        qsizetype at = start + from;
        while (at < end && text[at].isSpace())
            ++at;
        out.credit = cleanPhotoCredit(text.mid(at, end - at));
        out.creditStart = at;
        out.creditEnd = end;
        return out;
    };
    // Up to two words before a label: "Main image credit: Getty", "Top photo: ...". Most short
    // paragraphs open with no label word at all: a scan of the first three word starts costs far less
    // than the label pattern.
    bool labelAhead = false;
    for (qsizetype q = 0, words = 0; q < line.size() && words < 3 && !labelAhead; ++q) {
        if (q > 0 && !line[q - 1].isSpace())
            continue;
        ++words;
        const char16_t first = line[q].toLower().unicode();
        for (const QString &word : patterns().labelWords) {
            if (word.front().unicode() == first && textscan::startsWithFolded(line.mid(q), word)) {
                labelAhead = true;
                break;
            }
        }
    }
    qsizetype at = 0;
    for (int words = 0; labelAhead && words <= 2 && at < line.size(); ++words) {
        const QStringView rest = line.mid(at);
        const PatternMatch label = patterns().label.match(rest);
        if (label.hasMatch()) {
            const qsizetype labelEnd = at + label.capturedEnd(0);
            const QStringView credit = line.mid(labelEnd).trimmed();
            const bool shortCredit =
                !credit.isEmpty() && credit.size() <= 80 && wordCount(credit) <= 8 && !credit.contains(u". ");
            if (shortCredit && (namesPicture(line.left(labelEnd)) || vocabulary.isPictureSource(credit) ||
                                vocabulary.findAgency(credit).isValid()))
                return accept(labelEnd);
            return out;
        }
        // The next word: letters only, no sentence end before it.
        qsizetype next = at;
        while (next < line.size() && line[next].isLetter())
            ++next;
        if (next == at || next >= line.size() || line[next] != u' ')
            return out;
        at = next + 1;
    }
    // A bare credit naming a picture source or agency: "Getty Images", "REUTERS/Jane Roe" (a few words).
    if (wordCount(line) <= 6 && isBareCredit(vocabulary, line) && !captionAfterLabel(line))
        return accept(0);
    return out;
}

QString cleanPhotoCredit(QStringView text)
{
    QString s = text.toString().simplified();
    while (s.size() >= 2 && ((s.front() == QLatin1Char('(') && s.back() == QLatin1Char(')')) ||
                             (s.front() == QLatin1Char('[') && s.back() == QLatin1Char(']'))))
        s = s.mid(1, s.size() - 2).trimmed();
    // A rights notice after the credit is the agency's boilerplate ("Jane Doe, AP / Copyright 2019 The
    // Associated Press. All rights reserved").
    if (const PatternMatch m = patterns().notice.match(s); m.hasMatch() && m.capturedStart(0) > 0)
        s.truncate(m.capturedStart(0));
    // Labels stack: "Image: © Name".
    for (int i = 0; i < 2; ++i) {
        const PatternMatch label = patterns().label.match(s);
        if (!label.hasMatch() || label.capturedEnd(0) >= s.size())
            break;
        s = s.mid(label.capturedEnd(0)).trimmed();
    }
    while (!s.isEmpty() &&
           (s.back() == QLatin1Char('.') || s.back() == QLatin1Char(',') || s.back() == QLatin1Char(')')))
        s.chop(1);
    // "AP Photo/Jane Roe" stays as printed: it is the agency's own credit line.
    return s.trimmed();
}

bool looksLikePhotoCredit(const Vocabulary &vocabulary, QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty() || s.size() > 140)
        return false;
    return patterns().label.match(s).hasMatch() || isBareCredit(vocabulary, s) ||
           (s.startsWith(QLatin1Char('(')) && s.endsWith(QLatin1Char(')')) &&
            creditLike(vocabulary, s.mid(1, s.size() - 2)));
}

CaptionParts splitCaption(const Vocabulary &vocabulary, QStringView text)
{
    CaptionParts out;
    qsizetype start = 0, end = text.size();
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    const QStringView body = text.mid(start, end - start);
    qsizetype creditStart = -1;
    qsizetype creditEnd = -1;
    if (looksLikePhotoCredit(vocabulary, body) && !captionAfterLabel(body)) {
        creditStart = start;
        creditEnd = end;
    } else {
        const Patterns &p = patterns();
        // Both patterns close the caption and hold at most 120 characters of credit: they are searched
        // for near the end only, and the bracket only when one closes the caption.
        qsizetype last = body.size();
        while (last > 0 && (body[last - 1].isSpace() || body[last - 1] == u'.'))
            --last;
        const bool closingBracket = last > 0 && (body[last - 1] == u')' || body[last - 1] == u']');
        const qsizetype tail = qMax<qsizetype>(0, body.size() - 200);
        for (const CompletePattern *re : {&p.parenthesis, &p.labelled}) {
            if ((re == &p.parenthesis && !closingBracket) ||
                (re == &p.labelled && !mayHoldLabelledCredit(body, tail)))
                continue;
            PatternMatch m = re->match(body, tail);
            // A label inside a bracket ("(AP Photo/Name) Photo: ...") does not start the last credit.
            while (re == &p.labelled && m.hasMatch() && !m.capturedView(u"credit").contains(u'(') &&
                   m.capturedView(u"credit").contains(u')'))
                m = re->match(body, m.capturedStart(u"credit") + m.capturedView(u"credit").indexOf(u')') + 1);
            if (!m.hasMatch() || m.capturedStart(u"credit") == 0)
                continue;
            // After a full sentence, "(Name of a source/Name of a photographer)" is a credit too.
            const bool afterSentence = re == &p.parenthesis && m.capturedStart(0) > 0 &&
                                       QStringView(u".!?").contains(body[m.capturedStart(0) - 1]) &&
                                       p.slashed.match(m.capturedView(u"credit")).hasMatch();
            if (re == &p.labelled || afterSentence || creditLike(vocabulary, m.capturedView(u"credit"))) {
                creditStart = start + m.capturedStart(u"credit");
                creditEnd = start + m.capturedEnd(u"credit");
                end = start + m.capturedStart(0);
                // The agency's own credit may close the caption before the site's label
                // ("... Colo. (AP Photo/Name) Photo: Name / AP"): the caption ends before it too.
                const PatternMatch inner = p.parenthesis.match(text.mid(start, end - start));
                if (re == &p.labelled && inner.hasMatch() && inner.capturedStart(0) > 0 &&
                    creditLike(vocabulary, inner.capturedView(u"credit")))
                    end = start + inner.capturedStart(0);
                break;
            }
        }
        // A bare credit after a sentence end or separator; the longest one wins ("Alex Wong | Getty Images").
        // Only a boundary in the last hundred characters leaves a short enough rest: the search starts
        // a little before them (a separator is a few characters).
        for (Span m = nextBoundary(body, qMax<qsizetype>(0, body.size() - 116));
             creditStart < 0 && m.start >= 0; m = nextBoundary(body, m.end)) {
            const QStringView rest = body.mid(m.end);
            if (m.start > 0 && rest.size() <= 100 && isBareCredit(vocabulary, rest)) {
                creditStart = start + m.end;
                creditEnd = end;
                end = start + m.start;
                // A first initial glued to the sentence end when the markup's space was lost ("...
                // 2019.J. Jane Doe / AP"): the initial opens the credit.
                const qsizetype at = m.start;
                if (at >= 3 && body[at - 1] == u'.' && body[at - 2].isUpper() && body[at - 3] == u'.') {
                    creditStart = start + at - 2;
                    end = start + at - 2;
                }
            }
        }
    }
    if (creditStart >= 0) {
        out.credit = cleanPhotoCredit(text.mid(creditStart, creditEnd - creditStart));
        out.creditStart = creditStart;
        out.creditEnd = creditEnd;
        if (creditStart == start)
            end = start;
    }
    // Drop the separator the credit left behind ("Caption |", "Caption -").
    while (end > start &&
           (text[end - 1].isSpace() || text[end - 1] == QLatin1Char('|') || text[end - 1] == QChar(0x2014) ||
            text[end - 1] == QChar(0x2013) ||
            (text[end - 1] == QLatin1Char('-') && end - 2 >= start && text[end - 2].isSpace())))
        --end;
    if (end > start) {
        out.caption = text.mid(start, end - start).toString().simplified();
        out.captionStart = start;
        out.captionEnd = end;
    }
    if (out.credit.isEmpty()) {
        out.creditStart = out.creditEnd = -1;
    }
    return out;
}

} // namespace galley
