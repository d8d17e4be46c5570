// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/bylinefinder.h"

#include "extract/common/agencies.h"
#include "extract/common/bylineparser.h"
#include "extract/common/dateparser.h"
#include "extract/common/textscan.h"
#include "extract/text/lineclassifier.h"
#include "extract/text/stopwords.h"
#include "extract/text/textpage.h"

namespace galley {

namespace {

const QString Via = QStringLiteral("text:byline");
// The classifier's log-odds of "byline" a line needs when no rule found the byline: set out of fold
// (tests/quality/foldreport.py --line-models); -2 to -3 gave the same figures.
constexpr double LearnedBylineOdds = -2.5;
// Where a story's signature may stand when none was found around the headline: its header line sunk
// into the top of the body run (a standfirst taken as the lead), or its footer under the last
// paragraph, before the comments and teasers.
constexpr int SignatureLinesAbove = 30;
constexpr int SignatureLinesBelowBody = 30;
// A signature line is short: a name, a date, a few labels.
constexpr int SignatureWords = 14;
constexpr int ShortDateLine = 120;

bool hasDigit(QStringView s)
{
    for (QChar c : s) {
        if (c.isDigit())
            return true;
    }
    return false;
}

// Whether a date opens `s` after separators ("· 19.10.2019", ", am 21. April 2020").
bool opensWithDate(QStringView s)
{
    qsizetype at = 0;
    while (at < s.size() && (s[at].isSpace() || QStringView(u"-–—|·•,/").contains(s[at])))
        ++at;
    const dates::DateMatch date = dates::findDate(s.mid(at));
    return date.isValid() && date.start <= 4;
}

// Whether `s` opens with a month name ("Nov. 19", "November 20, 2019").
bool opensWithMonth(QStringView s)
{
    qsizetype end = 0;
    while (end < s.size() && end < 12 && s[end].isLetter())
        ++end;
    return end >= 3 && dates::monthNumber(s.first(end)) > 0;
}

class Finder
{
public:
    explicit Finder(TextPage &page) : m_page(page) {}

    BylineResult find(int headline, int bodyFirst, int bodyLast)
    {
        const int n = int(m_page.lines().size());
        if (bodyFirst < 0)
            bodyFirst = n;
        const int anchor = headline >= 0 ? headline : qMax(0, bodyFirst - 12);
        const int from = qMax(0, anchor - 8);
        const int to = qMin(n, bodyFirst + 3);
        // An explicit "By" wins wherever it stands; a name with a date or handle, or a bare name,
        // must sit right under the headline (or right above the body).
        for (int i = from; i < to && m_result.names.isEmpty(); ++i) {
            if (usable(i))
                labelled(i);
        }
        for (int i = anchor + 1; i < to && m_result.names.isEmpty() && m_result.agency.isEmpty(); ++i) {
            if (usable(i))
                leadingName(i, i - anchor <= 3 || bodyFirst - i <= 2);
        }
        for (int i = from; i < to && m_result.agency.isEmpty(); ++i) {
            if (usable(i))
                agencyLine(i);
        }
        if (m_result.names.isEmpty() && m_result.agency.isEmpty())
            learnedLine(from, to);
        if (m_result.names.isEmpty() && m_result.agency.isEmpty()) {
            const int below = qMin(n, qMax(to, bodyLast + 1 + SignatureLinesBelowBody));
            for (int i = to; i < below && m_result.names.isEmpty(); ++i)
                signature(i, i > bodyLast);
            for (int i = qMax(0, from - SignatureLinesAbove); i < from && m_result.names.isEmpty(); ++i)
                signature(i, false);
        }
        for (int i : std::as_const(m_result.lines))
            m_page.lines()[i].role = LineRole::Byline;
        return m_result;
    }

private:
    bool usable(int i) const
    {
        const LineRole role = m_page.lines()[i].role;
        return role == LineRole::Unknown || role == LineRole::Body;
    }
    QStringView text(int i) const { return m_page.content(m_page.lines()[i]); }

    // Takes what parseByline() found on line i; returns whether it named anyone or an agency. A
    // one-word name counts only when it is all a "By" line says ("By Regan"): elsewhere single
    // capitalised words are section names and outlets ("Space", "Futurism").
    bool take(int i, const ParsedByline &parsed, bool labelledLine, qsizetype offset = 0)
    {
        const qsizetype base = m_page.lines()[i].start + offset;
        for (const ParsedName &name : parsed.names) {
            if (!isPlausibleByline(m_page.vocabulary(), name.name,
                                   labelledLine && parsed.names.size() == 1) ||
                m_result.names.contains(name.name))
                continue;
            addName(name, base);
        }
        if (!parsed.credit.isEmpty() && m_result.agency.isEmpty()) {
            m_result.agency = parsed.credit;
            m_result.agencySpan = {base + parsed.creditStart, base + parsed.creditEnd,
                                   QStringLiteral("text:byline")};
        }
        const bool found = !m_result.names.isEmpty() || !m_result.agency.isEmpty();
        if (found)
            claimLine(i);
        return found;
    }

    void addName(const ParsedName &name, qsizetype base)
    {
        m_result.names.append(name.name);
        m_result.nameSpans.append({base + name.start, base + name.end, Via});
    }

    void claimLine(int i)
    {
        if (!m_result.lines.contains(i))
            m_result.lines.append(i);
    }

    // "By A and B", "Von A, Korrespondentin", or a "By"/"Author:" label with the name on the next line.
    void labelled(int i)
    {
        const QStringView line = text(i);
        if (isAuthorLabel(line)) {
            if (i + 1 < m_page.lines().size() && usable(i + 1) && m_page.lines()[i + 1].words <= 12 &&
                take(i + 1, parseByline(m_page.vocabulary(), text(i + 1)), true))
                m_result.lines.append(i);
            return;
        }
        if (line.size() > 200)
            return;
        if (hasBylinePrefix(line)) {
            if (!take(i, parseByline(m_page.vocabulary(), line), true))
                datedHeaderLine(i);
            return;
        }
        // The byline as one field of the story's header line: "October 9, 2018 | by Jane Roe".
        for (qsizetype bar = line.indexOf(u'|'); bar >= 0; bar = line.indexOf(u'|', bar + 1)) {
            qsizetype from = bar + 1;
            while (from < line.size() && line[from].isSpace())
                ++from;
            const qsizetype to = line.indexOf(u'|', from);
            const QStringView field = line.mid(from, to < 0 ? -1 : to - from);
            if (!field.isEmpty() && hasBylinePrefix(field) &&
                take(i, parseByline(m_page.vocabulary(), field), true, from))
                return;
        }
        datedHeaderLine(i);
    }

    // The byline inside the story's dated header line, after other fields: "Posted on 2015-04-05 by
    // Jane Roe | Leave a comment", "July 24, 2019 by Amy Roe", "erstellt von Jane Roe — veröffentlicht
    // 28.01.2022". Only a line that holds a date and few words: in a sentence, "by" is the sentence's.
    // The field runs to the next separator or figure; the parser drops what is no name.
    void datedHeaderLine(int i)
    {
        const QStringView line = text(i);
        if (m_page.lines()[i].words > 20 || !hasDigit(line) || !dates::findDate(line).isValid())
            return;
        // Each field opens the line or follows a space.
        for (qsizetype from = 0; from >= 0 && from < line.size();) {
            if (hasBylinePrefix(line.mid(from)) && takeField(i, from))
                return;
            const qsizetype space = line.indexOf(u' ', from);
            from = space < 0 ? -1 : space + 1;
        }
    }

    // The field from the "by"-word at `from` to the next separator or figure.
    bool takeField(int i, qsizetype from)
    {
        const QStringView line = text(i);
        qsizetype end = line.size();
        for (QChar separator : {u'|', u'•', u'·', u'—', u'–'}) {
            const qsizetype cut = line.indexOf(separator, from);
            if (cut >= from && cut < end)
                end = cut;
        }
        // Names hold no figures: a count after the name ("5 Comments") or a time ends the field.
        for (qsizetype c = from; c < end; ++c) {
            if (line[c].isDigit()) {
                end = c;
                break;
            }
        }
        return take(i, parseBylineRange(m_page.vocabulary(), line, from, end), true) ||
               takeHandle(i, from, end);
    }

    // A user name right after the "by"-word of a dated header line ("Posted on 2015-04-05 by jroe"):
    // blogs sign with the writer's account. Not a stop word of any language ("by the editors").
    bool takeHandle(int i, qsizetype from, qsizetype to)
    {
        const ParsedByline loose = parseBylineRange(m_page.vocabulary(), text(i), from, to, false);
        if (loose.names.size() != 1 || !loose.credit.isEmpty())
            return false;
        const ParsedName &name = loose.names.first();
        if (!looksLikeUserHandle(name.name) || StopWords::builtin().languagesOf(name.name.toLower()) != 0 ||
            isChromeWord(name.name))
            return false;
        addName(name, m_page.lines()[i].start);
        claimLine(i);
        return true;
    }

    // Whether the next line with words is a time stamp: the story's header printed as a list
    // ("• Jane Roe" over "• Published 18 November 2019").
    bool timeStampFollows(int i) const
    {
        for (int j = i + 1; j < m_page.lines().size(); ++j) {
            const TextLine &next = m_page.lines()[j];
            if (next.words == 0)
                continue;
            return next.chars <= 80 && hasDigit(text(j)) && dates::findDate(text(j)).isValid();
        }
        return false;
    }

    // Where the name starts on a header line: after an author photo's placeholder ("[jane-roe] Jane
    // Roe") or a date printed before it ("November 20, 2019 Jane Roe"). Sets `dated` for the latter.
    qsizetype nameStart(QStringView s, bool *dated) const
    {
        qsizetype at = 0;
        if (s.startsWith(u'[')) {
            const qsizetype close = s.indexOf(u']');
            if (close < 0)
                return 0;
            at = close + 1;
        } else if (s.front().isDigit() || opensWithMonth(s)) {
            // (Only a figure or a month name can open a date: most lines skip the date parser.)
            const dates::DateMatch date = dates::findDate(s.first(qMin<qsizetype>(s.size(), 40)));
            if (!date.isValid() || date.start != 0)
                return 0;
            at = date.end;
            *dated = true;
        }
        while (at < s.size() && (s[at].isSpace() || s[at] == u'|' || s[at] == u'-' || s[at] == u'·'))
            ++at;
        return at;
    }

    // "Chris Davies - Nov 19, 2019", "Catherine Shu @catherineshu / 2 days", "Tom Krisher, Ap Auto
    // Writer", "VICTOR TANGERMANN, FUTURISM", or (close to the headline) just "Rodrigo Campos".
    void leadingName(int i, bool bareAllowed, bool dateNext = false)
    {
        const TextLine &line = m_page.lines()[i];
        if (line.words > 12 || line.sentenceEnd || line.chars < 3 || (line.bullet && !timeStampFollows(i)))
            return;
        bool dated = false;
        const QStringView whole = text(i);
        const qsizetype offset = nameStart(whole, &dated);
        const QStringView s = whole.mid(offset);
        // Cheap shape test before the parser: two capitalised words open the line.
        const qsizetype space = s.indexOf(u' ');
        if (space <= 0 || space + 1 >= s.size() || !s.front().isUpper() || !s[space + 1].isUpper())
            return;
        const ParsedByline parsed = parseByline(m_page.vocabulary(), s);
        if (parsed.names.isEmpty() || parsed.names.first().start != 0)
            return;
        const QStringView rest = s.mid(parsed.names.first().end);
        const bool bare = rest.trimmed().isEmpty();
        if (bare && ((!bareAllowed && !dated) || shouted(s)))
            return;
        if (dateNext && !opensWithDate(rest))
            return;
        // A name set apart from what follows, or followed by an agency ("Jane Roe Associated Press").
        const bool separated = bare || rest.startsWith(u" - ") || rest.startsWith(u" — ") ||
                               rest.startsWith(u" – ") || rest.startsWith(u" | ") || rest.startsWith(u"@") ||
                               rest.startsWith(u" @") || rest.startsWith(u" /") || rest.startsWith(u",") ||
                               parsed.names.size() > 1 || !parsed.credit.isEmpty() ||
                               (hasDigit(rest) && dates::findDate(rest).isValid());
        // After a date the line runs on into tags and sections ("13/06/2014 Jane Roe All, Books"): only
        // a name alone or with its agency is sure.
        if (separated && (!dated || bare || !parsed.credit.isEmpty()))
            take(i, parsed, false, offset);
    }

    // "Reuters", "REUTERS", "Reuters November 18, 2019 11:03 PM", "Reuters, Washington,".
    void agencyLine(int i)
    {
        const QStringView line = text(i);
        if (line.isEmpty() || line.size() > 80 || !line.front().isUpper())
            return;
        const AgencyMatch match = m_page.vocabulary().findAgencyAtStart(line);
        if (!match.isValid())
            return;
        const QStringView rest = line.mid(match.end).trimmed();
        if (rest.isEmpty() || rest.startsWith(u',') || (hasDigit(rest) && dates::findDate(rest).isValid())) {
            m_result.agency = match.name;
            m_result.agencySpan = {m_page.lines()[i].start + match.start, m_page.lines()[i].start + match.end,
                                   QStringLiteral("text:byline")};
            m_result.lines.append(i);
        }
    }

    // A byline away from the headline: a line of the story's header or footer, which a date marks as
    // such (on the line itself or on the line next to it: "Jane Roe 19.10.2019, 05:00", "von Jane Roe"
    // over "18.10.2019 16:06 Uhr", "Posted on ... by jroe"). Without the date a name or a "by" line
    // there is as likely a teaser's or a quoted source's. Agencies are not taken this far away.
    void signature(int i, bool underBody)
    {
        const TextLine &line = m_page.lines()[i];
        if (!usable(i) || line.words == 0 || line.words > SignatureWords || line.sentenceEnd ||
            line.placeholder)
            return;
        const bool dated = shortDated(i);
        if (hasBylinePrefix(text(i)) || isAuthorLabel(text(i))) {
            if (dated || shortDated(i - 1) || shortDated(i + 1))
                labelled(i);
        } else if (dated && !underBody) {
            // A bare name over a date is as often a section label over a teaser's time stamp; under
            // the story, "Name date" lines are comments and teasers; a name followed by other words
            // is a sentence's subject or a title ("Jane Roe on ...", "Jane Roe in ... vom 26.05.2015").
            leadingName(i, false, true);
        }
        // Only the names: an agency named away from the story's top may be any story's.
        m_result.agency.clear();
        m_result.agencySpan = {};
        if (m_result.names.isEmpty())
            m_result.lines.clear();
    }

    bool shortDated(int i) const
    {
        if (i < 0 || i >= m_page.lines().size())
            return false;
        const TextLine &line = m_page.lines()[i];
        return line.chars <= ShortDateLine && !line.placeholder && hasDigit(text(i)) &&
               dates::findDate(text(i)).isValid();
    }

    // Without a byline the rules recognise, the line the classifier finds most byline-like around the
    // story's top, when it is sure enough and the parser reads a person's name on it.
    void learnedLine(int from, int to)
    {
        const LineFeatures features(m_page);
        const LineClassifier &model = LineClassifier::builtin();
        int best = -1;
        double bestOdds = LearnedBylineOdds;
        for (int i = from; i < to; ++i) {
            const TextLine &line = m_page.lines()[i];
            if (!usable(i) || line.words == 0 || line.words > 12 || line.sentenceEnd)
                continue;
            const double odds = model.logOdds(features.of(i), LineClass::Byline);
            if (odds > bestOdds) {
                best = i;
                bestOdds = odds;
            }
        }
        if (best < 0)
            return;
        bool dated = false;
        const QStringView whole = text(best);
        const qsizetype offset = nameStart(whole, &dated);
        const ParsedByline parsed = parseByline(m_page.vocabulary(), whole.mid(offset));
        if (parsed.names.isEmpty())
            return;
        // After a date the line may run on into tags and sections, as leadingName() knows: then only
        // a name that ends the line, or comes with its agency, is sure.
        const bool bare = whole.mid(offset + parsed.names.first().end).trimmed().isEmpty();
        if (!dated || bare || !parsed.credit.isEmpty())
            take(best, parsed, false, offset);
    }

    TextPage &m_page;
    BylineResult m_result;
};

} // namespace

bool isPlausibleByline(const Vocabulary &vocabulary, const QString &name, bool singleAllowed)
{
    const QList<QStringView> words = QStringView(name).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || !vocabulary.canonicalAgency(name).isEmpty())
        return false;
    bool cased = false;    // a capital somewhere, as names have
    bool caseless = false; // or a script without case (Korean, Arabic, ...)
    for (QChar c : name) {
        cased = cased || c.isUpper();
        caseless = caseless || (c.isLetter() && c.toLower() == c.toUpper());
    }
    if (!cased && !caseless)
        return false;
    // (Korean and Chinese write a whole name as one word: "김철수".)
    if (words.size() == 1 && !singleAllowed && !caseless)
        return false;
    for (QStringView w : words) {
        if (isChromeWord(w))
            return false;
    }
    return true;
}

BylineResult findByline(TextPage &page, int headline, int bodyFirst, int bodyLast)
{
    return Finder(page).find(headline, bodyFirst, bodyLast);
}

} // namespace galley
