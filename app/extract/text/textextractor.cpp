// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/textextractor.h"

#include "extract/text/agencytable.h"
#include "extract/text/bodyselector.h"
#include "extract/text/bylinefinder.h"
#include "extract/text/captionfinder.h"
#include "extract/text/datelinefinder.h"
#include "extract/text/headlinefinder.h"
#include "extract/text/profilecards.h"
#include "extract/text/proseclassifier.h"
#include "extract/text/stopwords.h"
#include "extract/text/textpage.h"

namespace galley {

namespace {

// Captions further than this above the headline or below the body belong to teasers and galleries
// of other stories.
constexpr int CaptionLinesAboveHeadline = 3;
constexpr int CaptionLinesBelowBody = 2;

BlockKind blockKind(const TextLine &line)
{
    if (line.bullet)
        return BlockKind::ListItem;
    if (!line.sentenceEnd && line.chars < 100)
        return BlockKind::Heading;
    return BlockKind::Paragraph;
}

class Assembler
{
public:
    Assembler(const Capture &capture, const AgencyTable &agencies)
        : m_page(capture.text(), StopWords::builtin()), m_agencies(agencies)
    {}

    Article run()
    {
        // Claim the lines that are prose but not body first, so the body selection never sees them.
        const QList<ProfileCard> cards = findProfileCards(m_page, m_agencies);
        const QList<CaptionHit> captions = findCaptions(m_page);
        const QList<ProseClass> classes = classifyProse(m_page);
        const BodySelection body = selectBody(m_page, classes);
        if (qEnvironmentVariableIsSet("GALLEY_TEXT_DEBUG")) {
            for (qsizetype i = 0; i < classes.size(); ++i) {
                const TextLine &l = m_page.lines()[i];
                qDebug("%4d %d %d %c %.2f c%d l%d r%d b%d %s", l.number, int(classes[i]), int(l.role), body.lines.contains(int(i)) ? '*' : ' ', l.stopDensity(), l.chars, l.letters, l.repeats, int(l.bullet), qPrintable(m_page.contentString(int(i)).left(90)));
            }
        }
        for (int i : body.lines)
            m_page.lines()[i].role = LineRole::Body;

        const int headline = findHeadline(m_page, body.first);
        if (headline >= 0) {
            TextLine &line = m_page.lines()[headline];
            line.role = LineRole::Headline;
            m_article.headline = m_page.contentString(headline);
            provenance(QStringLiteral("headline"), line.start, line.end, QStringLiteral("text:title-line"));
        }
        const BylineResult byline = findByline(m_page, m_agencies, headline, body.first);
        for (qsizetype i = 0; i < byline.names.size(); ++i) {
            provenance(QStringLiteral("bylines/%1").arg(i), byline.nameSpans[i]);
            m_article.bylines.append(byline.names[i]);
        }
        addBody(body, headline);
        addCredit(byline, cards);
        addCaptions(captions, headline >= 0 ? headline : body.first, body.last);
        return m_article;
    }

private:
    void provenance(const QString &field, qsizetype start, qsizetype end, const QString &via)
    {
        m_article.provenance[field].append(SourceSpan{start, end, via});
    }
    void provenance(const QString &field, const SourceSpan &span)
    {
        m_article.provenance[field].append(span);
    }

    void addBody(const BodySelection &body, int headline)
    {
        for (int index : body.lines) {
            const TextLine &line = m_page.lines()[index];
            // Lines a later finder claimed (the headline, a byline inside the run) are not body.
            if (line.role != LineRole::Body || index <= headline)
                continue;
            provenance(QStringLiteral("body/%1").arg(m_article.body.size()), line.start, line.end,
                       QStringLiteral("text:paragraph"));
            m_article.body.append({blockKind(line), m_page.contentString(index)});
        }
        if (m_article.body.isEmpty())
            return;
        const TextLine &lead = m_page.lines()[body.lines.first()];
        m_dateline = parseDateline(m_article.body.first().text, m_agencies);
        if (!m_dateline.dateline.isEmpty()) {
            m_article.dateline = m_dateline.dateline;
            provenance(QStringLiteral("dateline"), lead.start + m_dateline.datelineStart,
                       lead.start + m_dateline.datelineEnd, QStringLiteral("text:dateline"));
        }
        m_leadStart = lead.start;
    }

    // The copy's source: named in the byline position, in the dateline, or by an agency card.
    void addCredit(const BylineResult &byline, const QList<ProfileCard> &cards)
    {
        if (!byline.agency.isEmpty()) {
            m_article.credit = byline.agency;
            provenance(QStringLiteral("credit"), byline.agencySpan);
            return;
        }
        if (!m_dateline.agency.isEmpty()) {
            m_article.credit = m_dateline.agency;
            provenance(QStringLiteral("credit"), m_leadStart + m_dateline.agencyStart,
                       m_leadStart + m_dateline.agencyEnd, QStringLiteral("text:dateline"));
            return;
        }
        for (const ProfileCard &card : cards) {
            if (card.agency.isEmpty())
                continue;
            const TextLine &name = m_page.lines()[card.nameLine];
            m_article.credit = card.agency;
            provenance(QStringLiteral("credit"), name.start, name.end, QStringLiteral("text:agency-card"));
            return;
        }
    }

    void addCaptions(const QList<CaptionHit> &captions, int top, int bottom)
    {
        if (bottom < 0)
            return;
        top = qMax(0, top - CaptionLinesAboveHeadline);
        bottom += CaptionLinesBelowBody;
        for (const CaptionHit &hit : captions) {
            const bool inArticle = std::any_of(hit.lines.cbegin(), hit.lines.cend(),
                                               [&](int line) { return line >= top && line <= bottom; });
            if (!inArticle)
                continue;
            const QString path = QStringLiteral("images/%1").arg(m_article.images.size());
            m_article.images.append(Image{QString(), hit.caption, hit.credit});
            m_article.provenance.insert(path + QStringLiteral("/caption"), hit.captionSpans);
            if (!hit.creditSpans.isEmpty())
                m_article.provenance.insert(path + QStringLiteral("/credit"), hit.creditSpans);
        }
    }

    TextPage m_page;
    const AgencyTable &m_agencies;
    Article m_article;
    DatelineResult m_dateline;
    qsizetype m_leadStart = 0;
};

} // namespace

Article extractTextArticle(const Capture &capture)
{
    return Assembler(capture, AgencyTable::builtin()).run();
}

} // namespace galley
