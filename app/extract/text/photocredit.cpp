// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/photocredit.h"

#include <QList>

namespace galley {

namespace {

// Words that make a short line a picture credit: labels, picture agencies, the wire services'
// photo desks. Matched case-insensitively as whole words.
const QStringView CreditLabels[] = {
    u"photo:",    u"photos:",  u"photograph:",   u"image:",  u"image credit:", u"images:",
    u"picture:",  u"credit:",  u"photo credit:", u"foto:",   u"bild:",         u"main image credit:",
    u"image via", u"photo by", u"photo via",     u"credit…", u"credit..."};
const QStringView CreditWords[] = {
    u"getty images", u"getty", u"shutterstock", u"ap photo", u"afp photo", u"associated press", u"reuters",
    u"afp",          u"epa",   u"ap",           u"istock",   u"alamy",     u"pa images",        u"dpa",
    u"file photo",   u"photo", u"images",       u"©",        u"courtesy"};

bool boundaryAt(QStringView s, qsizetype i)
{
    return i < 0 || i >= s.size() || !s[i].isLetterOrNumber();
}

qsizetype findWord(QStringView s, QStringView word)
{
    for (qsizetype at = s.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
         at = s.indexOf(word, at + 1, Qt::CaseInsensitive)) {
        if ((!word.front().isLetterOrNumber() || boundaryAt(s, at - 1)) &&
            (!word.back().isLetterOrNumber() || boundaryAt(s, at + word.size())))
            return at;
    }
    return -1;
}

bool hasCreditWord(QStringView s)
{
    for (QStringView w : CreditWords) {
        if (findWord(s, w) >= 0)
            return true;
    }
    return false;
}

int wordCount(QStringView s)
{
    return int(s.split(u' ', Qt::SkipEmptyParts).size());
}

// Names joined by slashes or bars, every part capitalised: "Sanjeev Verma/Hindustan Times/Getty Images".
bool isSlashedNames(QStringView s)
{
    if (!s.contains(u'/') && !s.contains(u'|'))
        return false;
    for (QStringView part : s.split(QChar(s.contains(u'/') ? u'/' : u'|'), Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part.isEmpty() || !(part.front().isUpper() || part.front().isDigit()))
            return false;
    }
    return true;
}

// Trims labels, brackets, "©" and trailing copyright notices off a credit.
TextPiece cleanCredit(QStringView line, qsizetype start, qsizetype end)
{
    auto trim = [&] {
        while (start < end && (line[start].isSpace() || QStringView(u"(©:-–—").contains(line[start])))
            ++start;
        while (end > start && (line[end - 1].isSpace() || QStringView(u").").contains(line[end - 1])))
            --end;
    };
    trim();
    for (QStringView label : CreditLabels) {
        if (line.mid(start, end - start).startsWith(label, Qt::CaseInsensitive)) {
            start += label.size();
            trim();
            break;
        }
    }
    // "Damian Dovarganes, AP / Copyright 2019 The Associated Press. All rights reserved."
    for (QStringView notice :
         {QStringView(u" / Copyright"), QStringView(u" Copyright "), QStringView(u". All rights")}) {
        const qsizetype at = line.mid(start, end - start).indexOf(notice, 0, Qt::CaseInsensitive);
        if (at > 0) {
            end = start + at;
            trim();
        }
    }
    if (end <= start)
        return {};
    return {start, end - start};
}

} // namespace

CreditSplit parseCreditLine(QStringView line)
{
    CreditSplit split;
    if (line.isEmpty() || line.size() > 120 || wordCount(line) > 12)
        return split;
    bool labelled = false;
    for (QStringView label : CreditLabels) {
        if (line.startsWith(label, Qt::CaseInsensitive) ||
            (line.startsWith(u'(') && line.mid(1).startsWith(label, Qt::CaseInsensitive)))
            labelled = true;
    }
    // Without a label, a credit is a handful of capitalised names and a picture agency, no sentence.
    if (!labelled) {
        if (line.endsWith(u'.') && !line.endsWith(u"Inc.") && !line.endsWith(u"Ltd."))
            return split;
        // Slashed names alone are too common in prose lists ("Path A: Iceland, Israel/Hungary").
        if (!hasCreditWord(line) || line.contains(u':'))
            return split;
        for (QStringView w : line.split(u' ', Qt::SkipEmptyParts)) {
            if (w.front().isLower() && w != u"via" && w != u"for" && w != u"of" && w != u"and" &&
                w != u"file")
                return split;
        }
    }
    split.credit = cleanCredit(line, 0, line.size());
    return split;
}

CreditSplit splitTrailingCredit(QStringView line)
{
    CreditSplit split;
    const auto make = [&](qsizetype captionEnd, qsizetype creditStart) {
        const TextPiece credit = cleanCredit(line, creditStart, line.size());
        qsizetype end = captionEnd;
        while (end > 0 && line[end - 1].isSpace())
            --end;
        if (!credit.isValid() || wordCount(line.first(end)) < 2)
            return false;
        split.caption = {0, end};
        split.credit = credit;
        return true;
    };
    // "(AP Photo/Virginia Mayo)", "(NASA/JPL/Space Science Institute)", "(AFP file photo)".
    if (line.endsWith(u')')) {
        const qsizetype open = line.lastIndexOf(u'(');
        if (open > 0) {
            const QStringView inner = line.mid(open + 1, line.size() - open - 2);
            if (wordCount(inner) <= 10 && (hasCreditWord(inner) || isSlashedNames(inner)) && make(open, open))
                return split;
        }
    }
    // "Credit...Anna Moneymaker/The New York Times" (the NYT prints it glued to the caption).
    for (QStringView marker : {QStringView(u"Credit..."), QStringView(u"Credit…")}) {
        const qsizetype at = line.lastIndexOf(marker);
        if (at > 0 && make(at, at + marker.size()))
            return split;
    }
    // "... 2019. © Reuters / David Mercado", "... 2019. Photo: Damian Dovarganes, AP / Copyright ..."
    for (QStringView marker : {QStringView(u"©"), QStringView(u" Photo: "), QStringView(u" Photograph: ")}) {
        const qsizetype at = line.lastIndexOf(marker);
        if (at > 0 && line.size() - at < 140 && make(at, at))
            return split;
    }
    // "... November 18, 2019. REUTERS/Brendan McDermid": the wire's desk glued to the photographer.
    const qsizetype slash = line.lastIndexOf(u'/');
    if (slash > 0 && line.size() - slash < 50) {
        qsizetype start = line.lastIndexOf(u' ', slash);
        const QStringView desk = line.mid(start + 1, slash - start - 1);
        if (desk.size() >= 2 && desk == desk.toString().toUpper() && desk.front().isLetter() && start > 0 &&
            line[start - 1] == u'.' && make(start, start + 1))
            return split;
    }
    return split;
}

} // namespace galley
