// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/captionfinder.h"

#include "extract/text/photocredit.h"
#include "extract/text/textpage.h"

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

    QList<CaptionHit> run()
    {
        for (int i = 0; i < m_lines.size(); ++i) {
            if (m_lines[i].role != LineRole::Unknown || m_lines[i].words == 0)
                continue;
            if (creditedBelow(i) || creditedInline(i) || printedTwice(i) || underPlaceholder(i))
                continue;
        }
        return m_hits;
    }

private:
    bool free(int i) const { return i >= 0 && i < m_lines.size() && m_lines[i].role == LineRole::Unknown; }
    QStringView text(int i) const { return m_page.content(m_lines[i]); }

    // A caption line followed directly (at most one blank line) by a credit line.
    bool creditedBelow(int i)
    {
        const int c = i + 1;
        if (!free(c) || m_lines[c].blankBefore > 1 || m_lines[i].words < 2 ||
            m_lines[i].bullet != m_lines[c].bullet)
            return false;
        const CreditSplit credit = parseCreditLine(text(c));
        if (!credit.credit.isValid() || parseCreditLine(text(i)).credit.isValid())
            return false;
        qsizetype skipped = 0;
        const QStringView caption = withoutToggle(withoutPointer(text(i), &skipped));
        addCaption(i, skipped, caption.size());
        addCredit(c, credit.credit);
        return true;
    }

    bool creditedInline(int i)
    {
        const CreditSplit split = splitTrailingCredit(text(i));
        if (!split.credit.isValid())
            return false;
        // The same caption is often printed again, whole or cut short: claim the copies.
        addCaption(i, split.caption.start, split.caption.length);
        addCredit(i, split.credit);
        claimCopies(i, split.caption.in(text(i)));
        return true;
    }

    // Alt text and caption of one image are often the same sentence, printed one under the other.
    bool printedTwice(int i)
    {
        const TextLine &line = m_lines[i];
        if (!(line.sentenceEnd || line.words >= 12) || line.words < 6)
            return false;
        const QStringView caption = withoutToggle(text(i));
        const int j = i + 1;
        if (!free(j) || m_lines[j].blankBefore > 2 || !sameCaption(withoutToggle(text(j)), caption))
            return false;
        addCaption(i, 0, caption.size());
        claimCopies(i, caption);
        if (free(m_lastCopy + 1) && m_lines[m_lastCopy + 1].blankBefore <= 1) {
            const CreditSplit credit = parseCreditLine(text(m_lastCopy + 1));
            if (credit.credit.isValid())
                addCredit(m_lastCopy + 1, credit.credit);
        }
        return true;
    }

    // "[photo-123]" then, glued under it, a short line and a blank: the picture's caption.
    bool underPlaceholder(int i)
    {
        const TextLine &line = m_lines[i];
        if (i == 0 || !m_lines[i - 1].placeholder || line.blankBefore > 0 || line.bullet || line.words > 25)
            return false;
        if (i + 1 < m_lines.size() && m_lines[i + 1].blankBefore == 0)
            return false;
        addCaption(i, 0, line.chars);
        return true;
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
        for (int j = i + 1; j < m_lines.size(); ++j) {
            if (!free(j))
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

    void addCredit(int i, TextPiece piece)
    {
        TextLine &line = m_lines[i];
        if (line.role == LineRole::Unknown)
            line.role = LineRole::PhotoCredit;
        if (m_current->credit.isEmpty())
            m_current->credit = piece.in(text(i)).toString();
        m_current->creditSpans.append(
            {line.start + piece.start, line.start + piece.start + piece.length, ViaCredit});
        if (!m_current->lines.contains(i))
            m_current->lines.append(i);
    }

    TextPage &m_page;
    QList<TextLine> &m_lines;
    QList<CaptionHit> m_hits;
    CaptionHit *m_current = nullptr;
    int m_lastCopy = -1;
};

} // namespace

QList<CaptionHit> findCaptions(TextPage &page)
{
    return Finder(page).run();
}

} // namespace galley
