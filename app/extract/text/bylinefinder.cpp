// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/bylinefinder.h"

#include "extract/text/agencytable.h"
#include "extract/text/personname.h"
#include "extract/text/textpage.h"

namespace galley {

namespace {

const QString Via = QStringLiteral("text:byline");

// "By" in the languages of the stop-word tables; the word must start the line.
bool isByWord(QStringView w)
{
    static const QStringView words[] = {u"by", u"von", u"par", u"por",        u"door",  u"av",
                                        u"af", u"di",  u"da",  u"written by", u"text:", u"von:"};
    for (QStringView b : words) {
        if (w.compare(b, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isAuthorLabel(QStringView s)
{
    static const QStringView labels[] = {u"author:",    u"authors:", u"autor:", u"autorin:",  u"auteur:",
                                         u"written by", u"writer:",  u"by:",    u"posted by", u"reporter:"};
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
        u"opinion",    u"politics", u"view"};
    for (QStringView c : words) {
        if (w.compare(c, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

class Finder
{
public:
    Finder(TextPage &page, const AgencyTable &agencies) : m_page(page), m_agencies(agencies) {}

    BylineResult find(int headline, int bodyFirst)
    {
        const QList<TextLine> &lines = m_page.lines();
        const int n = int(lines.size());
        if (bodyFirst < 0)
            bodyFirst = n;
        const int anchor = headline >= 0 ? headline : qMax(0, bodyFirst - 12);
        const int from = qMax(0, anchor - 8);
        const int to = qMin(n, bodyFirst + 3);
        // An explicit "By" wins wherever it stands; a bare name must sit right under the headline.
        for (int i = from; i < to && m_result.names.isEmpty(); ++i) {
            if (usable(i))
                byPrefix(i);
        }
        for (int i = anchor + 1; i < to && m_result.names.isEmpty() && m_result.agency.isEmpty(); ++i) {
            if (usable(i))
                nameWithSeparator(i, i - anchor <= 3 || bodyFirst - i <= 2);
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
    qsizetype offsetOf(int i, QStringView piece) const
    {
        return m_page.lines()[i].start + (piece.data() - text(i).data());
    }

    void addName(int line, QStringView name)
    {
        const QString normalized = normalizePersonName(name);
        if (!m_agencies.canonical(name).isEmpty()) {
            addAgency(line, name);
            return;
        }
        if (m_result.names.contains(normalized))
            return;
        m_result.names.append(normalized);
        const qsizetype start = offsetOf(line, name);
        m_result.nameSpans.append({start, start + name.size(), Via});
        if (!m_result.lines.contains(line))
            m_result.lines.append(line);
    }

    void addAgency(int line, QStringView name, const QString &canonical = {})
    {
        if (!m_result.agency.isEmpty())
            return;
        m_result.agency = canonical.isEmpty() ? m_agencies.canonical(name) : canonical;
        if (m_result.agency.isEmpty())
            return;
        const qsizetype start = offsetOf(line, name);
        m_result.agencySpan = {start, start + name.size(), QStringLiteral("text:byline-agency")};
        if (!m_result.lines.contains(line))
            m_result.lines.append(line);
    }

    // "A, B and C": names until something that is not one. Returns the unparsed rest.
    QStringView parseNames(int line, QStringView rest, int minWords)
    {
        while (!rest.isEmpty()) {
            const QStringView name = leadingPersonName(rest, 4);
            if (name.isEmpty() || name.split(u' ').size() < minWords)
                break;
            addName(line, name);
            rest = rest.mid(name.size()).trimmed();
            bool joined = false;
            for (QStringView joiner :
                 {QStringView(u", and "), QStringView(u"and "), QStringView(u"& "), QStringView(u"und "),
                  QStringView(u"et "), QStringView(u"y "), QStringView(u"e "), QStringView(u", ")}) {
                if (rest.startsWith(joiner)) {
                    rest = rest.mid(joiner.size()).trimmed();
                    joined = true;
                    break;
                }
            }
            if (!joined)
                break;
        }
        return rest;
    }

    void byPrefix(int i)
    {
        const QStringView line = text(i);
        if (isAuthorLabel(line) || isByWord(line)) {
            // "By" or "Author:" alone, the name on the next line.
            if (i + 1 < m_page.lines().size() && usable(i + 1)) {
                const QStringView rest = parseNames(i + 1, text(i + 1), 1);
                if (!m_result.names.isEmpty() || !m_agencies.canonical(text(i + 1)).isEmpty()) {
                    m_result.lines.append(i);
                    if (m_result.names.isEmpty())
                        addAgency(i + 1, text(i + 1));
                }
                Q_UNUSED(rest);
            }
            return;
        }
        const qsizetype space = line.indexOf(u' ');
        if (space <= 0 || !isByWord(line.first(space)) || line.size() > 160)
            return;
        QStringView rest = line.mid(space + 1).trimmed();
        if (rest.isEmpty() || !rest.front().isUpper())
            return;
        rest = parseNames(i, rest, 1);
        // "By Jane Doe, Associated Press": the copy is the agency's.
        if (!m_result.names.isEmpty())
            agencyIn(i, rest);
        else if (!m_agencies.canonical(rest).isEmpty())
            addAgency(i, rest);
    }

    void agencyIn(int i, QStringView rest)
    {
        if (rest.startsWith(u',') || rest.startsWith(u'|') || rest.startsWith(u'-') ||
            rest.startsWith(u'—')) {
            const QStringView tail = rest.mid(1).trimmed();
            if (!m_agencies.canonical(tail).isEmpty()) {
                addAgency(i, tail);
                return;
            }
            // "Ap Auto Writer": the wire's job titles, whatever the case.
            const qsizetype space = tail.indexOf(u' ');
            const QStringView first = space > 0 ? tail.first(space) : tail;
            const QString agency =
                first.size() <= 4 ? m_agencies.canonical(first.toString().toUpper()) : QString();
            if (!agency.isEmpty() && tail.endsWith(u"Writer", Qt::CaseInsensitive))
                addAgency(i, first, agency);
        }
    }

    // "Chris Davies - Nov 19, 2019", "Catherine Shu @catherineshu / 2 days", "Tom Krisher, Ap Auto
    // Writer", "VICTOR TANGERMANN, FUTURISM", or (close to the headline) just "Rodrigo Campos".
    void nameWithSeparator(int i, bool bareAllowed)
    {
        const QStringView line = text(i);
        if (m_page.lines()[i].bullet || line.size() > 120)
            return;
        const QStringView name = leadingPersonName(line, 4);
        if (name.isEmpty() || name.split(u' ', Qt::SkipEmptyParts).size() < 2)
            return;
        for (QStringView w : name.split(u' ', Qt::SkipEmptyParts)) {
            if (isChromeWord(w))
                return;
        }
        const QStringView rest = line.mid(name.size());
        const bool allCaps = name.toString().toUpper() == name;
        if (rest.trimmed().isEmpty()) {
            if (bareAllowed && !allCaps)
                addName(i, name);
            return;
        }
        const QStringView after = rest.trimmed();
        const bool separated = rest.startsWith(u" - ") || rest.startsWith(u" — ") ||
                               rest.startsWith(u" – ") || rest.startsWith(u" | ") || rest.startsWith(u" @") ||
                               rest.startsWith(u"@") || rest.startsWith(u" / ") || rest.startsWith(u" /") ||
                               (rest.startsWith(u", ") && after.split(u' ').size() <= 5);
        if (!separated)
            return;
        addName(i, name);
        agencyIn(i, after);
    }

    // "Reuters", "REUTERS", "Reuters November 18, 2019 11:03 PM", "Reuters, Washington,".
    void agencyLine(int i)
    {
        const QStringView line = text(i);
        if (line.size() > 80)
            return;
        qsizetype at = -1;
        qsizetype length = 0;
        const QString agency = m_agencies.findIn(line, &at, &length);
        if (agency.isEmpty() || at != 0)
            return;
        const QStringView rest = line.mid(length).trimmed();
        const qsizetype space = rest.indexOf(u' ');
        const QStringView firstWord = space > 0 ? rest.first(space) : rest;
        if (rest.isEmpty() || rest.startsWith(u',') || rest.front().isDigit() || isMonthName(firstWord))
            addAgency(i, line.first(length), agency);
    }

    TextPage &m_page;
    const AgencyTable &m_agencies;
    BylineResult m_result;
};

} // namespace

BylineResult findByline(TextPage &page, const AgencyTable &agencies, int headline, int bodyFirst)
{
    return Finder(page, agencies).find(headline, bodyFirst);
}

} // namespace galley
