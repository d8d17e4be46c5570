// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/bylinefinder.h"

#include "extract/common/agencies.h"
#include "extract/common/bylineparser.h"
#include "extract/common/dateparser.h"
#include "extract/text/textpage.h"

namespace galley {

namespace {

const QString Via = QStringLiteral("text:byline");

bool isAuthorLabel(QStringView s)
{
    static const QStringView labels[] = {u"author:",    u"authors:", u"autor:", u"autorin:",  u"auteur:",
                                         u"written by", u"writer:",  u"by:",    u"posted by", u"reporter:",
                                         u"by",         u"von",      u"par",    u"por",       u"door"};
    for (QStringView l : labels) {
        if (s.compare(l, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Words that make a capitalised pair a section title rather than a person ("Business News").
bool isChromeWord(QStringView w)
{
    static const QStringView words[] = {
        u"news",       u"popular",  u"related",       u"share",     u"more",    u"read",     u"top",
        u"latest",     u"home",     u"sign",          u"subscribe", u"menu",    u"search",   u"video",
        u"photos",     u"comments", u"advertisement", u"sections",  u"stories", u"contact",  u"follow",
        u"newsletter", u"privacy",  u"terms",         u"login",     u"world",   u"business", u"sports",
        u"opinion",    u"politics", u"view",          u"points",    u"staff",   u"reports",  u"shop",
        u"updated",    u"published"};
    for (QStringView c : words) {
        if (w.compare(c, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool hasDigit(QStringView s)
{
    for (QChar c : s) {
        if (c.isDigit())
            return true;
    }
    return false;
}

class Finder
{
public:
    explicit Finder(TextPage &page) : m_page(page) {}

    BylineResult find(int headline, int bodyFirst)
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

    // Takes what parseByline() found on line i; returns whether it named anyone or an agency.
    bool take(int i, const ParsedByline &parsed, qsizetype offset = 0)
    {
        const qsizetype base = m_page.lines()[i].start + offset;
        for (const ParsedName &name : parsed.names) {
            bool chrome = false;
            for (QStringView w : QStringView(name.name).split(u' '))
                chrome = chrome || isChromeWord(w);
            if (chrome || m_result.names.contains(name.name))
                continue;
            m_result.names.append(name.name);
            m_result.nameSpans.append({base + name.start, base + name.end, Via});
        }
        if (!parsed.credit.isEmpty() && m_result.agency.isEmpty()) {
            m_result.agency = parsed.credit;
            m_result.agencySpan = {base + parsed.creditStart, base + parsed.creditEnd,
                                   QStringLiteral("text:byline")};
        }
        const bool found = !m_result.names.isEmpty() || !m_result.agency.isEmpty();
        if (found && !m_result.lines.contains(i))
            m_result.lines.append(i);
        return found;
    }

    // "By A and B", "Von A, Korrespondentin", or a "By"/"Author:" label with the name on the next line.
    void labelled(int i)
    {
        const QStringView line = text(i);
        if (isAuthorLabel(line)) {
            if (i + 1 < m_page.lines().size() && usable(i + 1) && m_page.lines()[i + 1].words <= 12 &&
                take(i + 1, parseByline(text(i + 1))))
                m_result.lines.append(i);
            return;
        }
        if (line.size() <= 200 && hasBylinePrefix(line))
            take(i, parseByline(line));
    }

    // "Chris Davies - Nov 19, 2019", "Catherine Shu @catherineshu / 2 days", "Tom Krisher, Ap Auto
    // Writer", "VICTOR TANGERMANN, FUTURISM", or (close to the headline) just "Rodrigo Campos".
    void leadingName(int i, bool bareAllowed)
    {
        const TextLine &line = m_page.lines()[i];
        if (line.bullet || line.words > 12 || line.sentenceEnd)
            return;
        const QStringView s = text(i);
        // Cheap shape test before the parser: two capitalised words open the line.
        const qsizetype space = s.indexOf(u' ');
        if (space <= 0 || space + 1 >= s.size() || !s.front().isUpper() || !s[space + 1].isUpper())
            return;
        const ParsedByline parsed = parseByline(s);
        if (parsed.names.isEmpty() || parsed.names.first().start != 0)
            return;
        const QStringView rest = s.mid(parsed.names.first().end);
        const bool bare = rest.trimmed().isEmpty();
        if (bare && (!bareAllowed || s.toString().toUpper() == s))
            return;
        const bool separated = bare || rest.startsWith(u" - ") || rest.startsWith(u" — ") ||
                               rest.startsWith(u" – ") || rest.startsWith(u" | ") || rest.startsWith(u"@") ||
                               rest.startsWith(u" @") || rest.startsWith(u" /") || rest.startsWith(u",") ||
                               parsed.names.size() > 1 || (hasDigit(rest) && dates::findDate(rest).isValid());
        if (separated)
            take(i, parsed);
    }

    // "Reuters", "REUTERS", "Reuters November 18, 2019 11:03 PM", "Reuters, Washington,".
    void agencyLine(int i)
    {
        const QStringView line = text(i);
        if (line.size() > 80 || !line.front().isUpper())
            return;
        const AgencyMatch match = agencies::find(line);
        if (!match.isValid() || match.start != 0)
            return;
        const QStringView rest = line.mid(match.end).trimmed();
        if (rest.isEmpty() || rest.startsWith(u',') || (hasDigit(rest) && dates::findDate(rest).isValid())) {
            m_result.agency = match.name;
            m_result.agencySpan = {m_page.lines()[i].start + match.start, m_page.lines()[i].start + match.end,
                                   QStringLiteral("text:byline")};
            m_result.lines.append(i);
        }
    }

    TextPage &m_page;
    BylineResult m_result;
};

} // namespace

BylineResult findByline(TextPage &page, int headline, int bodyFirst)
{
    return Finder(page).find(headline, bodyFirst);
}

} // namespace galley
