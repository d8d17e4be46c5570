// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/captionfinder.h"

#include "extract/common/bylineparser.h"
#include "extract/common/captionparser.h"
#include "extract/common/dateparser.h"
#include "extract/common/textscan.h"
#include "extract/text/textpage.h"

#include <vector>

namespace galley {

namespace {

const QString ViaCaption = QStringLiteral("text:caption");
const QString ViaCredit = QStringLiteral("text:photo-credit");

// Gallery widgets print a caption cut short with a "more" toggle, or in full with "less".
QStringView withoutToggle(QStringView s)
{
    for (QStringView toggle : {QStringView(u" less"), QStringView(u" ... more"), QStringView(u"... more"),
                               QStringView(u" more")}) {
        if (s.endsWith(toggle))
            return s.chopped(toggle.size()).trimmed();
    }
    return s;
}

// "Above: A WeWork coworking space ..." and similar pointers to the picture.
QStringView withoutPointer(QStringView s, qsizetype *skipped)
{
    *skipped = 0;
    for (QStringView pointer : {QStringView(u"Above: "), QStringView(u"Top: "), QStringView(u"Pictured: "),
                                QStringView(u"Image: "), QStringView(u"Photo: ")}) {
        if (s.startsWith(pointer)) {
            *skipped = pointer.size();
            return s.mid(pointer.size());
        }
    }
    return s;
}

class Finder
{
public:
    explicit Finder(TextPage &page) : m_page(page), m_lines(page.lines()) {}

    QList<CaptionHit> run(int from, int to)
    {
        for (int i = qMax(0, from); i < qMin<qsizetype>(to, m_lines.size()); ++i) {
            if (m_lines[i].role != LineRole::Unknown || m_lines[i].words == 0)
                continue;
            if (creditedBelow(i) || creditedInline(i) || creditGlued(i) || printedTwice(i) ||
                underPlaceholder(i))
                continue;
        }
        return m_hits;
    }

private:
    bool free(int i) const { return i >= 0 && i < m_lines.size() && m_lines[i].role == LineRole::Unknown; }
    QStringView text(int i) const { return m_page.content(m_lines[i]); }

    // mayHoldCredit() of line i, remembered: each line is asked as a caption and as the credit line
    // under the one above it.
    bool creditTail(int i)
    {
        if (m_creditTail.empty())
            m_creditTail.assign(size_t(m_lines.size()), -1);
        qint8 &known = m_creditTail[size_t(i)];
        if (known < 0)
            known = mayHoldCredit(text(i)) ? 1 : 0;
        return known == 1;
    }

    // A caption line followed directly (at most one blank line) by a credit line.
    bool creditedBelow(int i)
    {
        const int c = i + 1;
        if (!free(c) || m_lines[c].blankBefore > 1 || m_lines[i].words < 3 || m_lines[c].words == 0 ||
            m_lines[c].words > 12 || m_lines[c].chars > 120 || (m_lines[i].bullet && m_lines[i].words < 6) ||
            m_lines[i].bullet != m_lines[c].bullet || !creditTail(c) ||
            !looksLikePhotoCredit(m_page.vocabulary(), text(c)) || m_lines[c].legal ||
            (m_lines[i].words <= 12 && creditTail(i) && looksLikePhotoCredit(m_page.vocabulary(), text(i))))
            return false;
        // A title over an agency's name and, glued under it, a time stamp is the story's header (headline,
        // agency byline, date), not a caption over its photo credit.
        if (!m_lines[i].sentenceEnd && headlineCase(text(i)) && c + 1 < m_lines.size() &&
            m_lines[c + 1].blankBefore == 0 && m_lines[c + 1].words > 0 && m_lines[c + 1].words <= 12 &&
            dates::findDate(text(c + 1)).isValid())
            return false;
        qsizetype skipped = 0;
        const QStringView caption = withoutToggle(withoutPointer(text(i), &skipped));
        addCaption(i, skipped, caption.size());
        addCredit(c, 0, text(c).size(), cleanPhotoCredit(text(c)));
        return true;
    }

    bool creditedInline(int i)
    {
        if (m_lines[i].words < 4 || m_lines[i].chars > 600 || !creditTail(i))
            return false;
        const CaptionParts parts = splitCaption(m_page.vocabulary(), text(i));
        if (parts.credit.isEmpty() || parts.captionStart < 0 || parts.captionEnd - parts.captionStart < 10)
            return false;
        // The same caption is often printed again, whole or cut short: claim the copies.
        const qsizetype start = parts.captionStart + altPrefix(text(i).mid(parts.captionStart));
        addCaption(i, start, parts.captionEnd - start);
        addCredit(i, parts.creditStart, parts.creditEnd - parts.creditStart, parts.credit);
        claimCopies(i, text(i).mid(start, parts.captionEnd - start));
        return true;
    }

    // Alt text in lower case glued to the caption it precedes ("harbour cranesThe cranes stood idle."):
    // the length of that prefix, or 0.
    static qsizetype altPrefix(QStringView s)
    {
        for (qsizetype p = 1; p < qMin<qsizetype>(s.size() - 10, 80); ++p) {
            if (!s[p - 1].isLower() && !s[p - 1].isSpace())
                return 0;
            if (s[p].isUpper())
                return s[p - 1].isLower() && s.first(p).contains(u' ') ? p : 0;
        }
        return 0;
    }

    // Markup that put the credit in its own element loses the space in a dump: "... treatmentCredit:
    // EPA", "... 2019.J. Scott Applewhite / AP file". The credit starts where a capital follows a
    // lower-case letter or a full stop with no space between.
    bool creditGlued(int i)
    {
        const TextLine &line = m_lines[i];
        if (line.words < 5 || line.chars > 600 || !creditTail(i))
            return false;
        const QStringView s = text(i);
        for (qsizetype p = s.size() - 3; p >= qMax<qsizetype>(20, s.size() - 80); --p) {
            const QChar before = s[p - 1];
            if (!s[p].isUpper() || !(before.isLower() || before == u'.'))
                continue;
            const QStringView credit = s.mid(p);
            if (credit.size() > 80 || !looksLikePhotoCredit(m_page.vocabulary(), credit))
                continue;
            addCaption(i, 0, p);
            addCredit(i, p, credit.size(), cleanPhotoCredit(credit));
            claimCopies(i, s.first(p));
            return true;
        }
        return false;
    }

    // Alt text and caption of one image are often the same sentence, printed one under the other.
    bool printedTwice(int i)
    {
        const TextLine &line = m_lines[i];
        // A title printed twice (heading and its copy) does not end like a sentence; a caption does,
        // unless it is long.
        if (!(line.sentenceEnd || line.words >= 20) || line.words < 6)
            return false;
        const QStringView caption = withoutToggle(text(i));
        const int j = i + 1;
        // A list item repeated as the next line is a breadcrumb's last entry over its page's title.
        if (!free(j) || m_lines[j].blankBefore > 2 || line.bullet || m_lines[j].bullet ||
            !sameCaption(withoutToggle(text(j)), caption))
            return false;
        addCaption(i, 0, caption.size());
        claimCopies(i, caption);
        const int c = m_lastCopy + 1;
        if (free(c) && m_lines[c].blankBefore <= 1 && m_lines[c].words <= 12 && creditTail(c) &&
            looksLikePhotoCredit(m_page.vocabulary(), text(c)))
            addCredit(c, 0, text(c).size(), cleanPhotoCredit(text(c)));
        return true;
    }

    // "[photo-123]" then, glued under it, a short line and a blank: the picture's caption.
    bool underPlaceholder(int i)
    {
        const TextLine &line = m_lines[i];
        // An empty "[    ]" is a form field, not a picture.
        if (i == 0 || !m_lines[i - 1].placeholder || m_lines[i - 1].words == 0 || line.blankBefore > 0 ||
            line.bullet || line.words > 25)
            return false;
        if (i + 1 < m_lines.size() && m_lines[i + 1].blankBefore == 0)
            return false;
        // Under an author's photo: the byline ("Written by Jane Roe", "Jane Roe"), not a caption.
        const QStringView s = text(i);
        if (hasBylinePrefix(s) ||
            (line.words >= 2 && line.words <= 4 && looksLikePersonName(m_page.vocabulary(), s)))
            return false;
        // A form ("[          ] [Search]": an empty field and its button) is no picture.
        if (holdsEmptyField(text(i - 1)))
            return false;
        // Picture, title, picture, title: a list of teasers. Their titles do not end like a sentence (a
        // gallery's captions do) and are other stories' headlines: page chrome, claimed as such so
        // that no later finder takes one for this story's headline.
        const int next = i + 1;
        if (!line.sentenceEnd && next < m_lines.size() && m_lines[next].placeholder &&
            m_lines[next].words > 0) {
            m_lines[i].role = LineRole::Chrome;
            return true;
        }
        addCaption(i, 0, line.chars);
        return true;
    }

    // Whether a placeholder line holds "[" and "]" with only blanks between: w3m's text field.
    static bool holdsEmptyField(QStringView s)
    {
        for (qsizetype open = s.indexOf(u'['); open >= 0; open = s.indexOf(u'[', open + 1)) {
            qsizetype k = open + 1;
            while (k < s.size() && s[k] == u' ')
                ++k;
            if (k > open + 1 && k < s.size() && s[k] == u']')
                return true;
        }
        return false;
    }

    static bool sameCaption(QStringView a, QStringView b)
    {
        if (a == b)
            return true;
        // A copy cut short ("... at ... more") shares a long prefix.
        const qsizetype n = qMin(a.size(), b.size());
        return n >= 40 && a.first(n - 4) == b.first(n - 4);
    }

    void claimCopies(int i, QStringView caption)
    {
        m_lastCopy = i;
        // Copies follow; the alt text of a gallery's picture may also stand a few lines above.
        for (int j = qMax(0, i - 3); j < m_lines.size(); ++j) {
            if (j == i)
                continue;
            // Copies start like the caption: most lines are dismissed on their first character.
            if (!free(j) || caption.isEmpty() || text(j).isEmpty() || text(j).front() != caption.front())
                continue;
            const QStringView other = withoutToggle(text(j));
            if (other.size() < caption.size() / 2 || !sameCaption(other, caption))
                continue;
            m_lines[j].role = LineRole::Caption;
            m_current->lines.append(j);
            m_current->captionSpans.append({m_lines[j].start, m_lines[j].start + other.size(), ViaCaption});
            if (j == m_lastCopy + 1)
                m_lastCopy = j;
        }
    }

    void addCaption(int i, qsizetype offset, qsizetype length)
    {
        TextLine &line = m_lines[i];
        line.role = LineRole::Caption;
        const QString caption = text(i).mid(offset, length).toString();
        // One image printed in several places (article, gallery, lightbox) is one caption.
        for (CaptionHit &hit : m_hits) {
            if (hit.caption == caption) {
                hit.lines.append(i);
                hit.captionSpans.append({line.start + offset, line.start + offset + length, ViaCaption});
                m_current = &hit;
                return;
            }
        }
        m_hits.append(CaptionHit{
            caption, {}, {{line.start + offset, line.start + offset + length, ViaCaption}}, {}, {i}});
        m_current = &m_hits.last();
    }

    void addCredit(int i, qsizetype offset, qsizetype length, const QString &credit)
    {
        TextLine &line = m_lines[i];
        if (line.role == LineRole::Unknown)
            line.role = LineRole::PhotoCredit;
        if (m_current->credit.isEmpty())
            m_current->credit = credit;
        m_current->creditSpans.append({line.start + offset, line.start + offset + length, ViaCredit});
        if (!m_current->lines.contains(i))
            m_current->lines.append(i);
    }

    TextPage &m_page;
    QList<TextLine> &m_lines;
    QList<CaptionHit> m_hits;
    std::vector<qint8> m_creditTail; // per line: -1 not asked yet, else mayHoldCredit()
    CaptionHit *m_current = nullptr;
    int m_lastCopy = -1;
};

} // namespace

QList<CaptionHit> findCaptions(TextPage &page, int from, int to)
{
    return Finder(page).run(from, to);
}

bool mayHoldCredit(QStringView line)
{
    // Only the end of the line matters, and a bracket only when it closes the line ("... (AP Photo)").
    qsizetype end = line.size();
    while (end > 0 && (line[end - 1].isSpace() || line[end - 1] == u'.'))
        --end;
    if (end > 0 && line[end - 1] == u')')
        return true;
    const QStringView tail = line.mid(qMax<qsizetype>(0, end - 70), qMin<qsizetype>(end, 70));
    // One pass: a mark character, or a credit word starting at this letter.
    for (qsizetype i = 0; i < tail.size(); ++i) {
        switch (tail[i].unicode()) {
        case u'/':
        case u'©':
        case u'|':
            return true;
        case u'P':
            if (textscan::hasAt(tail, i, u"Photo"))
                return true;
            break;
        case u'p':
            if (textscan::hasAt(tail, i, u"photo"))
                return true;
            break;
        case u'C':
            if (textscan::hasAt(tail, i, u"Credit"))
                return true;
            break;
        case u'I':
            if (textscan::hasAt(tail, i, u"Image"))
                return true;
            break;
        case u'G':
            if (textscan::hasAt(tail, i, u"Getty"))
                return true;
            break;
        case u'A':
            if (textscan::hasAt(tail, i, u"AP") || textscan::hasAt(tail, i, u"AFP") ||
                textscan::hasAt(tail, i, u"Associated Press"))
                return true;
            break;
        case u'R':
            if (textscan::hasAt(tail, i, u"Reuters") || textscan::hasAt(tail, i, u"REUTERS"))
                return true;
            break;
        case u'E':
            if (textscan::hasAt(tail, i, u"EPA"))
                return true;
            break;
        case u'S':
            if (textscan::hasAt(tail, i, u"Shutterstock"))
                return true;
            break;
        case u'F':
            if (textscan::hasAt(tail, i, u"Foto"))
                return true;
            break;
        case u'd':
            if (textscan::hasAt(tail, i, u"dpa"))
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

} // namespace galley
