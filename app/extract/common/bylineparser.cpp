// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/common/bylineparser.h"

#include "extract/common/agencies.h"
#include "extract/common/completepattern.h"
#include "extract/common/datatable.h"
#include "extract/common/dateparser.h"
#include "extract/common/textscan.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <vector>

namespace galley {

namespace {

constexpr auto kOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

struct BylineWords
{
    CompletePattern prefix;    // a leading "By", "Von", "Written by", with an optional colon
    CompletePattern dateNote;  // "Updated", "Published": the rest of the segment is a date note
    CompletePattern dead;      // e-mail addresses, links, handles, times: never part of a name
    CompletePattern separator; // what separates names: punctuation and conjunctions
    QSet<QString> prefixHeads; // first words of the prefixes
    QStringList byWords;       // the one word for "by" of each language
    QSet<QString> prefixes, titleWords, titleModifiers, notPersons, particles, orgWords, cutWords, dateLeads,
        authorLabels, chromeWords, conjunctions;
    QStringList orgWordEndings; // "zeitung" of "Tageszeitung": compounds of the orgWords' kind
    qsizetype longestLabel = 0; // the longest of authorLabels and byWords, in UTF-16 code units

    /// An outlet or organisation word, whole ("Tribune") or as the end of a compound ("Tageszeitung").
    bool isOrgWord(const QString &lowerWord) const
    {
        if (orgWords.contains(lowerWord))
            return true;
        for (const QString &ending : orgWordEndings) {
            if (lowerWord.size() >= ending.size() + 3 && lowerWord.endsWith(ending))
                return true;
        }
        return false;
    }
};

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}

BylineWords buildBylineWords()
{
    const QJsonObject t = loadDataTable(QStringLiteral("bylines"));
    BylineWords v;
    const QStringList prefixes = tableStrings(t, QStringLiteral("prefixes"));
    v.prefixes = toSet(prefixes);
    for (const QString &p : prefixes)
        v.prefixHeads.insert(p.section(QLatin1Char(' '), 0, 0).section(QLatin1Char(':'), 0, 0).toLower());
    v.prefix = CompletePattern(
        QStringLiteral("^[\\s\\W]*(?:%1)(?:\\s*:\\s*|\\s+)").arg(alternation(prefixes)), kOptions);
    // After the date's figures, the note ends where a "by" word opens the writer's name: "Posted on
    // June 5, 2020 by Jane Roe". Before them it is the note's own ("Posted by Vortex" names an account).
    v.dateNote = CompletePattern(
        QStringLiteral("(?<!\\w)(?:%1)(?!\\w)(?:[^|•·\\n\\d]*\\d(?:(?!\\s(?:%2)\\s)[^|•·\\n])*|[^|•·\\n]*)")
            .arg(alternation(tableStrings(t, QStringLiteral("dateWords"))),
                 alternation(tableStrings(t, QStringLiteral("byWords")))),
        kOptions);
    v.dead =
        CompletePattern(QStringLiteral("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|https?://\\S+|www\\.\\S+|@\\w+"
                                       "|\\b\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*\\p{Lu}{2,4}\\b)?"
                                       "|\\b\\d{1,2}\\s*[ap]\\.?m\\.?(?!\\w)|\\([^()]*\\)|\\[[^\\[\\]]*\\]"),
                        QRegularExpression::UseUnicodePropertiesOption);
    v.separator = CompletePattern(
        QStringLiteral("[,;|•·/\\n\\t:]|\\s+[-–—]+\\s+|^[-–—]+|[-–—]+$|(?:\\s+|^|(?<=[\\n,;]))(?:%1)\\s+")
            .arg(alternation(tableStrings(t, QStringLiteral("conjunctions")))),
        kOptions);
    v.byWords = tableStrings(t, QStringLiteral("byWords"));
    v.conjunctions = toSet(tableStrings(t, QStringLiteral("conjunctions")));
    v.titleWords = toSet(tableStrings(t, QStringLiteral("titleWords")));
    v.titleModifiers = toSet(tableStrings(t, QStringLiteral("titleModifiers")));
    v.notPersons = toSet(tableStrings(t, QStringLiteral("notPersons")));
    v.dateLeads = toSet(tableStrings(t, QStringLiteral("dateLeads")));
    v.authorLabels = toSet(tableStrings(t, QStringLiteral("authorLabels")));
    v.chromeWords = toSet(tableStrings(t, QStringLiteral("chromeWords")));
    v.particles = toSet(tableStrings(t, QStringLiteral("particles")));
    v.orgWords = toSet(tableStrings(t, QStringLiteral("orgWords")));
    v.orgWordEndings = tableStrings(t, QStringLiteral("orgWordEndings"));
    v.cutWords = toSet(tableStrings(t, QStringLiteral("cutWords")));
    for (const QStringList &labels :
         {QStringList(v.authorLabels.cbegin(), v.authorLabels.cend()), v.byWords}) {
        for (const QString &label : labels)
            v.longestLabel = qMax(v.longestLabel, label.size());
    }
    return v;
}

const BylineWords &bylineWords()
{
    static const BylineWords v = buildBylineWords();
    return v;
}

struct Token
{
    qsizetype start;
    qsizetype end;
};

std::vector<Token> tokens(QStringView text, qsizetype from, qsizetype to)
{
    std::vector<Token> out;
    qsizetype i = from;
    while (i < to) {
        while (i < to && text[i].isSpace())
            ++i;
        const qsizetype s = i;
        while (i < to && !text[i].isSpace())
            ++i;
        if (i > s)
            out.push_back({s, i});
    }
    return out;
}

// A word in lower case without its trailing full stop or comma, for the vocabulary look-ups.
textscan::LowerCase lowerWord(QStringView w)
{
    return textscan::LowerCase(w, true);
}

bool isTrimmable(QChar c)
{
    return c.isSpace() || c == QChar(0xA9) || c == QLatin1Char('.') || c == QLatin1Char(',') ||
           c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QChar(0x201C) || c == QChar(0x201D) ||
           c == QChar(0x2018) || c == QChar(0x2019) || c == QLatin1Char('*') || c == QLatin1Char('-') ||
           c == QChar(0x2013) || c == QChar(0x2014) || c == QChar(0xA0);
}

// Trims spaces and punctuation from both ends, keeping the dot of a final initial ("Jane Q.").
void trimRange(QStringView text, qsizetype *start, qsizetype *end)
{
    while (*start < *end && isTrimmable(text[*start]))
        ++*start;
    while (*end > *start && isTrimmable(text[*end - 1])) {
        if (text[*end - 1] == QLatin1Char('.') && *end - 2 >= *start && text[*end - 2].isUpper() &&
            (*end - 3 < *start || text[*end - 3].isSpace()))
            break;
        // "Perry Bacon Jr.": the dot belongs to the suffix.
        if (text[*end - 1] == QLatin1Char('.') && *end - 3 >= *start &&
            (text.mid(*end - 3, 2) == QLatin1String("Jr") || text.mid(*end - 3, 2) == QLatin1String("Sr")))
            break;
        --*end;
    }
}

// "TOM DAVIES" -> "Tom Davies"; names printed in small capitals are a style, not the name.
QString fixCapitals(const QString &name)
{
    bool hasLower = false;
    int letters = 0;
    for (QChar c : name) {
        hasLower = hasLower || c.isLower();
        letters += c.isLetter() && c.isUpper() ? 1 : 0;
    }
    if (hasLower || letters < 4 || !name.contains(QLatin1Char(' ')))
        return name;
    QString out = name.toLower();
    bool start = true;
    for (QChar &c : out) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('\'') || c == QChar(0x2019);
    }
    return out;
}

bool isDateWord(QStringView word)
{
    const textscan::LowerCase w(word, true);
    return dates::monthNumber(w.string()) > 0 || dates::isWeekday(w.string()) ||
           w.string() == QLatin1String("the");
}

// Two to six capitalised words, one of them an outlet word ("Argus Leader", "Detroit News").
bool isOutletName(const QString &name)
{
    const BylineWords &v = bylineWords();
    const std::vector<Token> toks = tokens(name, 0, name.size());
    if (toks.size() < 2 || toks.size() > 6)
        return false;
    bool outletWord = false;
    for (const Token &t : toks) {
        const QStringView word = QStringView(name).mid(t.start, t.end - t.start);
        if (!word[0].isUpper())
            return false;
        const textscan::LowerCase w(word, true);
        outletWord = outletWord || (v.isOrgWord(w) && !v.notPersons.contains(w) && !v.titleWords.contains(w));
    }
    return outletWord;
}

// Handles one piece between separators: a name, a title, an agency, or noise.
// "Jana novak": in author markup a site may print a surname in lowercase. Only the piece's last
// word, after a capitalised one, and never a word that starts a trailing phrase ("in", "for").
bool isLowercaseSurname(QStringView text, const std::vector<Token> &toks, size_t i)
{
    if (i == 0 || i + 1 != toks.size())
        return false;
    const QStringView word = text.mid(toks[i].start, toks[i].end - toks[i].start);
    const QStringView before = text.mid(toks[i - 1].start, toks[i - 1].end - toks[i - 1].start);
    if (word.size() < 3 || before.isEmpty() || !before[0].isUpper())
        return false;
    for (QChar c : word) {
        if (!c.isLetter())
            return false;
    }
    const textscan::LowerCase w(word, true);
    const BylineWords &v = bylineWords();
    return !v.cutWords.contains(w) && !v.titleWords.contains(w) && !v.notPersons.contains(w) &&
           !v.isOrgWord(w) && !isDateWord(word);
}

// The length of the first copy when `piece` is one text printed twice, glued or one space apart ("Jane
// RoeJane Roe": a dump prints an author photo's alt text before the name); else the whole length.
qsizetype firstOfTwoCopies(QStringView piece)
{
    const qsizetype half = piece.size() / 2;
    if (half >= 2 && piece.size() % 2 == 0 && piece.first(half) == piece.sliced(half))
        return half;
    if (half >= 2 && piece.size() % 2 == 1 && piece[half].isSpace() &&
        piece.first(half) == piece.sliced(half + 1))
        return half;
    return piece.size();
}

void takePiece(const Vocabulary &vocabulary, QStringView text, qsizetype start, qsizetype end, bool strict,
               bool markup, ParsedByline *out)
{
    const BylineWords &v = bylineWords();
    trimRange(text, &start, &end);
    for (;;) { // "By: Written by Jane" has two prefixes
        const PatternMatch m = v.prefix.match(text.mid(start, end - start));
        if (!m.hasMatch() || m.capturedEnd(0) >= end - start)
            break;
        start += m.capturedEnd(0);
    }
    trimRange(text, &start, &end);
    if (start >= end)
        return;
    const QStringView piece = text.mid(start, end - start);
    const QString lower = piece.toString().toLower().simplified();
    if (v.prefixes.contains(lower) || v.notPersons.contains(lower))
        return;

    std::vector<Token> toks = tokens(text, start, end);
    // "Jane Writer": a job-title word right after a lone given name, ending the byline's first piece,
    // is the surname. A job title ends a name only as a piece of its own ("Jane Doe, Staff Writer") or
    // after a whole name ("Tomas Berg Political Editor").
    const bool titleIsSurname = out->names.isEmpty() && toks.size() == 2 && [&] {
        const QStringView first = text.mid(toks[0].start, toks[0].end - toks[0].start);
        const textscan::LowerCase given(first, true);
        return first[0].isUpper() && !v.titleWords.contains(given) && !v.titleModifiers.contains(given) &&
               text[toks[1].start].isUpper() &&
               v.titleWords.contains(lowerWord(text.mid(toks[1].start, toks[1].end - toks[1].start)));
    }();
    bool titled = false;
    for (const Token &t : toks)
        titled = titled || v.titleWords.contains(lowerWord(text.mid(t.start, t.end - t.start)));
    titled = titled && !titleIsSurname;
    const QString canonical = vocabulary.canonicalAgency(piece);
    AgencyMatch inside = canonical.isEmpty() ? vocabulary.findAgency(piece) : AgencyMatch{};
    // "TOM DAVIES Associated Press": a name, then the agency it writes for.
    if (inside.isValid() && !titled && inside.start > 0 && inside.end == piece.size()) {
        if (out->credit.isEmpty()) {
            out->credit = inside.name;
            out->creditStart = start + inside.start;
            out->creditEnd = start + inside.end;
        }
        takePiece(vocabulary, text, start, start + inside.start, strict, markup, out);
        return;
    }
    // "AP Auto Writer", "Reuters staff": an agency at the start or beside a job title.
    if (inside.isValid() && !titled && inside.start != 0)
        inside = {};
    // A short agency name title-cased with its job title ("Ap Auto Writer"): only beside the title is
    // "Ap" sure to be the agency.
    if (!inside.isValid() && canonical.isEmpty() && titled && toks.size() >= 2 &&
        toks.front().end - toks.front().start <= 4 && toks.front().start == start) {
        const QString first = text.mid(toks.front().start, toks.front().end - toks.front().start).toString();
        const QString agency = vocabulary.canonicalAgency(first.toUpper());
        if (!agency.isEmpty())
            inside = AgencyMatch{agency, toks.front().start - start, toks.front().end - start};
    }
    if (!canonical.isEmpty() || inside.isValid()) {
        if (out->credit.isEmpty()) {
            out->credit = canonical.isEmpty() ? inside.name : canonical;
            out->creditStart = inside.isValid() ? start + inside.start : start;
            out->creditEnd = inside.isValid() ? start + inside.end : end;
        }
        return;
    }

    // "Tom Krisher, Ap Auto Writer": after a name, a piece with a job title in it is that name's title.
    if (titled && !out->names.isEmpty())
        return;
    // Cut a trailing job title ("Tomas Berg Senior Correspondent") and a trailing lowercase phrase
    // ("Jane Doe in Brussels", "Jane Doe for the Ledger").
    size_t keep = toks.size();
    bool lowerSurname = false;
    for (size_t i = 0; i < toks.size(); ++i) {
        const textscan::LowerCase w(text.mid(toks[i].start, toks[i].end - toks[i].start), true);
        if (v.titleWords.contains(w) && !titleIsSurname) {
            size_t j = i;
            while (j > 0 && v.titleModifiers.contains(
                                lowerWord(text.mid(toks[j - 1].start, toks[j - 1].end - toks[j - 1].start))))
                --j;
            keep = j;
            break;
        }
        // "Jane Roe On 12. Dezember 2022": the date's opening word ends the name, in any case.
        if (i > 0 && v.dateLeads.contains(w)) {
            keep = i;
            break;
        }
        if (i > 0 && toks[i].end > toks[i].start && text[toks[i].start].isLower() &&
            !v.particles.contains(w)) {
            if (markup && isLowercaseSurname(text, toks, i)) {
                lowerSurname = true;
                break;
            }
            keep = i;
            break;
        }
    }
    if (keep == 0)
        return;
    toks.resize(keep);
    bool allDateWords = true;
    for (const Token &t : toks)
        allDateWords = allDateWords && isDateWord(text.mid(t.start, t.end - t.start));
    if (allDateWords)
        return;
    start = toks.front().start;
    end = toks.back().end;
    trimRange(text, &start, &end);
    if (start >= end)
        return;
    end = start + firstOfTwoCopies(text.mid(start, end - start));
    const QString name = fixCapitals(text.mid(start, end - start).toString().simplified());
    // The lowercase surname is judged as if capitalised; the name keeps the page's spelling.
    QString judged = name;
    if (lowerSurname) {
        const qsizetype at = judged.lastIndexOf(QLatin1Char(' ')) + 1;
        judged[at] = judged[at].toUpper();
    }
    if (!looksLikePersonName(vocabulary, judged, strict)) {
        // An outlet in the byline ("Sioux Falls Argus Leader") is where the copy comes from.
        if (strict && out->credit.isEmpty() && isOutletName(name)) {
            out->credit = name;
            out->creditStart = start;
            out->creditEnd = end;
        }
        return;
    }
    for (const ParsedName &n : std::as_const(out->names)) {
        if (n.name.compare(name, Qt::CaseInsensitive) == 0)
            return;
    }
    out->names.append({name, start, end});
}

} // namespace

ParsedByline parseBylineRange(const Vocabulary &vocabulary, QStringView text, qsizetype from, qsizetype to,
                              bool strict, bool markup)
{
    const BylineWords &v = bylineWords();
    ParsedByline out;
    to = qMin(to, from + 600); // a byline is short; a long text is prose, parse only its head
    if (from >= to)
        return out;
    const QStringView part = text.mid(from, to - from);
    // Mark what is never a name: 0 = name text, 1 = separator/dead.
    QByteArray mask(part.size(), '\0');
    auto markRange = [&mask](qsizetype s, qsizetype e) {
        for (qsizetype i = s; i < e; ++i)
            mask[i] = 1;
    };
    for (PatternMatchIterator it = v.dead.globalMatch(part); it.hasNext();) {
        const PatternMatch m = it.next();
        // "(AP)" in a byline names the agency.
        if (m.capturedView(0).startsWith(QLatin1Char('(')) && out.credit.isEmpty()) {
            const QString canonical = vocabulary.canonicalAgency(m.capturedView(0));
            if (!canonical.isEmpty()) {
                out.credit = canonical;
                out.creditStart = from + m.capturedStart(0) + 1;
                out.creditEnd = from + m.capturedEnd(0) - 1;
            }
        }
        markRange(m.capturedStart(0), m.capturedEnd(0));
    }
    for (PatternMatchIterator it = v.dateNote.globalMatch(part); it.hasNext();) {
        const PatternMatch m = it.next();
        markRange(m.capturedStart(0), m.capturedEnd(0));
    }
    for (qsizetype pos = 0; pos < part.size();) {
        const dates::DateMatch d = dates::findDate(part.mid(pos));
        if (!d.isValid())
            break;
        markRange(pos + d.start, pos + d.end);
        pos += d.end;
    }
    for (PatternMatchIterator it = v.separator.globalMatch(part); it.hasNext();) {
        const PatternMatch m = it.next();
        markRange(m.capturedStart(0), qMax(m.capturedEnd(0), m.capturedStart(0) + 1));
    }
    qsizetype i = 0;
    while (i < part.size()) {
        while (i < part.size() && mask[i])
            ++i;
        const qsizetype s = i;
        while (i < part.size() && !mask[i])
            ++i;
        if (i > s)
            takePiece(vocabulary, text, from + s, from + i, strict, markup, &out);
    }
    // "Reuters, Washington": beside an agency, a lone word is the place the story was filed from.
    if (strict && !out.credit.isEmpty())
        out.names.removeIf([](const ParsedName &n) { return !n.name.contains(QLatin1Char(' ')); });
    return out;
}

ParsedByline parseByline(const Vocabulary &vocabulary, QStringView text, bool strict, bool markup)
{
    return parseBylineRange(vocabulary, text, 0, text.size(), strict, markup);
}

bool looksLikePersonName(const Vocabulary &vocabulary, QStringView name, bool strict)
{
    const BylineWords &v = bylineWords();
    if (name.size() < 2 || name.size() > 60)
        return false;
    // The character test first: it is cheap and turns most lines down before the vocabulary lookups.
    bool anyLetter = false;
    for (QChar c : name) {
        if (c.isDigit() || c == QLatin1Char('@') || c == QLatin1Char('?') || c == QLatin1Char('!') ||
            c == QLatin1Char('#') || c == QLatin1Char('=') || c == QLatin1Char('<'))
            return false;
        anyLetter = anyLetter || c.isLetter();
    }
    if (!anyLetter)
        return false;
    if (v.notPersons.contains(textscan::LowerCase(name)) || isJobTitle(name) ||
        !vocabulary.canonicalAgency(name).isEmpty())
        return false;
    const std::vector<Token> toks = tokens(name, 0, name.size());
    if (toks.empty() || toks.size() > (strict ? 5u : 6u))
        return false;
    if (strict) {
        // "The Russian ..." is a description, "KWCH" or "HNN" an acronym: neither is a person's name.
        if (lowerWord(name.mid(toks.front().start, toks.front().end - toks.front().start)).string() ==
            QLatin1String("the"))
            return false;
        if (toks.size() == 1 && name.size() >= 3 && name.toString().toUpper() == name.toString() &&
            name.toString().toLower() != name.toString())
            return false;
    }
    if (strict && toks.size() > 1) {
        // "Read Everything From", "Jane Doe And": a phrase cut before its object, never a name, nor
        // is one ending in "von" or "van". (Not every particle: "Le", "Du" and "De" are surnames.)
        static const QSet<QString> dangling{
            QStringLiteral("of"),   QStringLiteral("by"),  QStringLiteral("from"), QStringLiteral("and"),
            QStringLiteral("with"), QStringLiteral("for"), QStringLiteral("to"),   QStringLiteral("und"),
            QStringLiteral("von"),  QStringLiteral("van")};
        if (dangling.contains(lowerWord(name.mid(toks.back().start, toks.back().end - toks.back().start))))
            return false;
    }
    for (const Token &t : toks) {
        const QStringView word = name.mid(t.start, t.end - t.start);
        const textscan::LowerCase w(word, true);
        if (v.isOrgWord(w) && !(v.particles.contains(w) && t.start > 0))
            return false;
        if (strict && word[0].isLower() && !v.particles.contains(w))
            return false;
    }
    return true;
}

bool isJobTitle(QStringView text)
{
    const BylineWords &v = bylineWords();
    const std::vector<Token> toks = tokens(text, 0, text.size());
    bool head = false;
    for (const Token &t : toks) {
        const textscan::LowerCase w(text.mid(t.start, t.end - t.start), true);
        if (v.titleWords.contains(w))
            head = true;
        else if (!v.titleModifiers.contains(w))
            return false;
    }
    return head;
}

qsizetype writersEnd(const Vocabulary &vocabulary, QStringView text, qsizetype from, qsizetype to)
{
    // One line is one piece: nothing to cut, and no second parse of it.
    const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'), from);
    if (firstBreak < 0 || firstBreak >= to)
        return to;
    const BylineWords &v = bylineWords();
    bool named = false;
    for (qsizetype lineFrom = from; lineFrom < to;) {
        qsizetype lineTo = text.indexOf(QLatin1Char('\n'), lineFrom);
        if (lineTo < 0 || lineTo > to)
            lineTo = to;
        const QStringView line = text.mid(lineFrom, lineTo - lineFrom).trimmed();
        const QString folded = line.toString().toLower();
        const bool letters = std::any_of(line.cbegin(), line.cend(), [](QChar ch) { return ch.isLetter(); });
        // Lines that join or introduce names, or say who a writer is, keep the list open: ",", "and",
        // "By", "@handle", "Staff Writer".
        const bool joins = !letters || v.conjunctions.contains(folded) || v.prefixes.contains(folded) ||
                           v.byWords.contains(folded) || line.startsWith(QLatin1Char('@')) ||
                           isJobTitle(line);
        if (!joins) {
            const ParsedByline parsed = parseBylineRange(vocabulary, text, lineFrom, lineTo, true, true);
            // After a writer, a lone word is a label's leftover ("... Leben und Gesundheit"), no writer.
            const bool names =
                std::any_of(parsed.names.cbegin(), parsed.names.cend(), [named](const ParsedName &n) {
                    return !named || n.name.contains(QLatin1Char(' '));
                });
            if (names)
                named = true;
            else if (named && parsed.credit.isEmpty())
                return lineFrom;
        }
        lineFrom = lineTo + 1;
    }
    return to;
}

const QStringList &byWords()
{
    return bylineWords().byWords;
}

bool isAuthorLabel(QStringView line)
{
    const BylineWords &v = bylineWords();
    // simplified() keeps every other character and toLower() never shortens: a line with more of them
    // than the longest label is none, and is not copied (a 60 MB paragraph was, 126 MB).
    qsizetype kept = 0;
    for (const QChar c : line) {
        if (!c.isSpace() && ++kept > v.longestLabel)
            return false;
    }
    const QString folded = line.toString().simplified().toLower();
    return v.authorLabels.contains(folded) || v.byWords.contains(folded);
}

bool isChromeWord(QStringView word)
{
    return bylineWords().chromeWords.contains(textscan::LowerCase(word));
}

bool hasBylinePrefix(QStringView text)
{
    // Finders ask this of many lines: a prefix's first word must open the line before the pattern runs.
    qsizetype from = 0;
    while (from < text.size() && !text[from].isLetter())
        ++from;
    qsizetype to = from;
    while (to < text.size() && text[to].isLetter())
        ++to;
    if (to == from || !bylineWords().prefixHeads.contains(textscan::LowerCase(text.mid(from, to - from))))
        return false;
    const PatternMatch m = bylineWords().prefix.match(text);
    return m.hasMatch() && m.capturedEnd(0) < text.size();
}

qsizetype addUniqueName(QStringList *names, const QString &name)
{
    const QString key = name.simplified();
    for (qsizetype i = 0; i < names->size(); ++i) {
        if (names->at(i).simplified().compare(key, Qt::CaseInsensitive) == 0)
            return i;
    }
    names->append(key);
    return names->size() - 1;
}

bool looksLikeUserHandle(QStringView name)
{
    if (name.size() < 2 || name.size() > 30)
        return false;
    bool lower = false;
    for (QChar c : name) {
        if (!c.isLetterOrNumber() && c != u'_' && c != u'.' && c != u'-')
            return false;
        lower = lower || c.isLower();
    }
    if (!lower)
        return false;
    const QString folded = name.toString().toLower();
    for (const QString &role : bylineWords().notPersons) {
        if (role.size() >= 5 && !role.contains(u' ') && folded.contains(role))
            return false;
    }
    return true;
}

} // namespace galley
