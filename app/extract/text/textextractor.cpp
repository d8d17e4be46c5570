// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/textextractor.h"

#include "extract/common/bylineparser.h"
#include "extract/common/contributorparser.h"
#include "extract/common/creditparser.h"
#include "extract/common/dateline.h"
#include "extract/common/dateparser.h"
#include "extract/text/bodyselector.h"
#include "extract/text/bylinefinder.h"
#include "extract/text/captionfinder.h"
#include "extract/text/headlinefinder.h"
#include "extract/text/profilecards.h"
#include "extract/text/proseclassifier.h"
#include "extract/text/reflow.h"
#include "extract/text/standfirst.h"
#include "extract/text/stopwords.h"
#include "extract/text/textpage.h"

#include <vector>

namespace galley {

namespace {

// Captions further than this above the headline or below the body belong to teasers and galleries
// of other stories.
constexpr int CaptionLinesAboveHeadline = 3;
constexpr int CaptionLinesBelowBody = 2;
// The top lines of a dump: logo text, site name, the first menu.
constexpr int MastheadLines = 12;
// A date line at the foot of a story ("Posted on ...") stands this close under it and is this short.
constexpr int DateLinesBelowBody = 3;
constexpr int ShortDateLine = 80;
constexpr int DateLinesAboveStory = 40;
// A lead's own date ("Wien, 14. Dezember 2021 – ") opens one of the first paragraphs of the body run (a
// standfirst may come first) within this many characters.
constexpr int LeadDateParagraphs = 2;
constexpr int LabelledDateLinesBelowBody = 30;
constexpr qsizetype LeadDateReach = 40;

BlockKind blockKind(const TextLine &line)
{
    if (line.bullet)
        return BlockKind::ListItem;
    if (!line.sentenceEnd && line.chars < 100)
        return BlockKind::Heading;
    return BlockKind::Paragraph;
}

// A cheap look before the contributor parser: notes name a role with "by", a colon or "contribut", or
// are short.
bool mayBeContributorNote(QStringView s)
{
    // A short line may be the story's sign-off ("김철수 기자"): the parser decides.
    if (s.size() <= 120)
        return true;
    // One pass by hand: the case-insensitive searches of QStringView cost more than the rest of the
    // note search on long paragraphs.
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode() | 0x20;
        if (s[i] == u':')
            return true;
        if (c == u'b' && i + 1 < s.size() && (s[i + 1].unicode() | 0x20) == u'y')
            return true;
        if (c == u'c' && s.mid(i).startsWith(u"contribut", Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool hasDigit(QStringView s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

class Assembler
{
public:
    Assembler(const QString &text, const Vocabulary &vocabulary)
        : m_page(text, StopWords::builtin(), vocabulary)
    {}

    Article run()
    {
        // Claim the lines that are prose but not body first, so the body selection never sees them.
        const QList<ProfileCard> cards = findProfileCards(m_page);
        // Captions are looked for around a first guess of the body (the parsers are the costly part).
        const BodySelection guess = selectBody(m_page, classifyProse(m_page));
        const int n = int(m_page.lines().size());
        const std::vector<LineRole> rolesBefore = roles();
        const QList<CaptionHit> captions = guess.first < 0
                                               ? findCaptions(m_page, 0, qMin(n, 200))
                                               : findCaptions(m_page, guess.first - 40, guess.last + 5);
        // The body again without the caption lines; when the finder claimed none, the guess stands.
        const BodySelection body = roles() == rolesBefore ? guess : selectBody(m_page, classifyProse(m_page));
        for (int i : body.lines)
            m_page.lines()[i].role = LineRole::Body;

        const int headline = findHeadline(m_page, body.first);
        m_headline = headline;
        if (headline >= 0) {
            TextLine &line = m_page.lines()[headline];
            line.role = LineRole::Headline;
            const QStringView text = headlineText(m_page, headline);
            m_article.headline = text.toString();
            provenance(QStringLiteral("headline"), line.start, line.start + text.size(),
                       QStringLiteral("text:title-line"));
        }
        // Caption hits the article does not take give their lines back before the header's finders run:
        // a name and a date under a logo's placeholder are the byline and the time stamp.
        const QList<CaptionHit> kept =
            keptCaptions(captions, headline >= 0 ? headline : body.first, body.last);
        const BylineResult byline = findByline(m_page, headline, body.first, body.last);
        for (qsizetype i = 0; i < byline.names.size(); ++i) {
            provenance(QStringLiteral("bylines/%1").arg(i), byline.nameSpans[i]);
            m_article.bylines.append(byline.names[i]);
        }
        m_bylineless = m_article.bylines.isEmpty();
        addContributors(body);
        // The standfirst is looked for once the header's finders have claimed the byline and the time
        // stamp; it is read as body but leaves the lead (for the dateline) and the run's edges alone.
        const QList<int> standfirst = findStandfirst(m_page, headline, body.first);
        addPublished(headline, body, byline.lines);
        addBody(body, headline, standfirst);
        addCredit(byline, cards, body.last);
        addCaptions(kept);
        return m_article;
    }

private:
    std::vector<LineRole> roles() const
    {
        std::vector<LineRole> out;
        out.reserve(size_t(m_page.lines().size()));
        for (const TextLine &line : m_page.lines())
            out.push_back(line.role);
        return out;
    }

    void provenance(const QString &field, qsizetype start, qsizetype end, const QString &via)
    {
        m_article.provenance[field].append(SourceSpan{start, end, via});
    }
    void provenance(const QString &field, const SourceSpan &span)
    {
        m_article.provenance[field].append(span);
    }

    void addBody(const BodySelection &body, int headline, const QList<int> &standfirst)
    {
        for (int index : standfirst) {
            const TextLine &line = m_page.lines()[index];
            provenance(QStringLiteral("body/%1").arg(m_article.body.size()), line.start, line.end,
                       QStringLiteral("text:standfirst"));
            m_article.body.append({BlockKind::Paragraph, m_page.contentString(index)});
        }
        const qsizetype leadBlock = m_article.body.size();
        for (int index : body.lines) {
            const TextLine &line = m_page.lines()[index];
            // Lines a later finder claimed (the headline, a byline inside the run) are not body.
            if (line.role != LineRole::Body || index <= headline)
                continue;
            provenance(QStringLiteral("body/%1").arg(m_article.body.size()), line.start, line.end,
                       QStringLiteral("text:paragraph"));
            m_article.body.append({blockKind(line), m_page.contentString(index)});
        }
        if (m_article.body.size() <= leadBlock)
            return;
        const TextLine &lead = m_page.lines()[body.lines.first()];
        m_dateline = parseDateline(m_page.vocabulary(), m_article.body[leadBlock].text);
        if (m_dateline.isValid() && !m_dateline.place.isEmpty()) {
            m_article.dateline = m_dateline.place;
            provenance(QStringLiteral("dateline"), lead.start + m_dateline.placeStart,
                       lead.start + m_dateline.placeEnd, QStringLiteral("text:dateline"));
        }
        m_leadStart = lead.start;
    }

    // The copy's source: named in the byline position, in the dateline, or by an agency card.
    // "Reporting by A; Editing by B" notes, usually under the body: contributors, not body.
    void addContributors(const BodySelection &body)
    {
        if (body.last < 0)
            return;
        const int to = int(qMin<qsizetype>(m_page.lines().size(), body.last + 6));
        for (int i = qMax(0, body.last - 3); i < to; ++i) {
            TextLine &line = m_page.lines()[i];
            // (A note over a "© Agency" line may have passed for a caption with its photo credit.)
            if ((line.role != LineRole::Unknown && line.role != LineRole::Body &&
                 line.role != LineRole::Caption) ||
                line.chars > 400 || !mayBeContributorNote(m_page.content(line)))
                continue;
            const QList<ParsedContributor> people =
                parseContributorNote(m_page.vocabulary(), m_page.content(line));
            if (people.isEmpty())
                continue;
            line.role = LineRole::Byline;
            for (const ParsedContributor &c : people) {
                // The byline printed again under the story ("Written by Jane Roe") adds no one.
                if (m_article.bylines.contains(c.person.name, Qt::CaseInsensitive))
                    continue;
                const SourceSpan span{line.start + c.person.start, line.start + c.person.end,
                                      QStringLiteral("text:contributor-note")};
                // A wire story's "Reporting by" names its writers when the page printed no byline.
                if (c.lead && m_bylineless && isPlausibleByline(m_page.vocabulary(), c.person.name, false)) {
                    provenance(QStringLiteral("bylines/%1").arg(m_article.bylines.size()), span);
                    m_article.bylines.append(c.person.name);
                    continue;
                }
                provenance(QStringLiteral("contributors/%1").arg(m_article.contributors.size()), span);
                m_article.contributors.append({c.person.name, c.role});
            }
        }
    }

    // The first date printed between the headline and the body (the time stamp under the byline); when
    // none stands there (the headline taken was a subheading), the first in the lines above the body.
    void addPublished(int headline, const BodySelection &body, const QList<int> &bylineLines)
    {
        const int bodyFirst = body.first;
        if (bodyFirst < 0)
            return;
        const int fallback = qMax(0, bodyFirst - 12 - 3);
        const int from = headline >= 0 ? qMax(0, headline - 3) : fallback;
        if (addPublishedFrom(from, bodyFirst) || (from > fallback && addPublishedFrom(fallback, bodyFirst)) ||
            addLeadDate(body))
            return;
        // No time stamp over the story: a short dated line inside it or just under it (blogs and press
        // releases print "Posted on ..." or the release date at the foot), else one further up (the
        // page's header block stood above a standfirst and a gallery).
        const int to = int(qMin<qsizetype>(m_page.lines().size(), body.last + DateLinesBelowBody + 1));
        if (addPublishedFrom(bodyFirst, to, true))
            return;
        // The time stamp on the writer's signature or right under it, wherever the byline finder
        // found that ("von Jane Roe" over "18.10.2019 16:06 Uhr" under the story).
        for (int line : bylineLines) {
            if (addPublishedFrom(line, int(qMin<qsizetype>(m_page.lines().size(), line + 2)), true))
                return;
        }
        if (addLabelledDateBelow(body.last))
            return;
        addPublishedFrom(qMax(0, fallback - DateLinesAboveStory), fallback, true);
    }

    // A labelled date in the story's footer ("Veröffentlicht am 16.08.2019", "• Date 23.05.2011"),
    // before the comments and teasers: a label names the page's own date (dates.json labels).
    bool addLabelledDateBelow(int bodyLast)
    {
        const int to = int(qMin<qsizetype>(m_page.lines().size(), bodyLast + 1 + LabelledDateLinesBelowBody));
        for (int i = bodyLast + 1; i < to; ++i) {
            const TextLine &line = m_page.lines()[i];
            if (line.chars > ShortDateLine || line.placeholder || line.role == LineRole::Caption ||
                !hasDigit(m_page.content(line)))
                continue;
            const dates::DateMatch date = dates::findLabelledDate(m_page.content(line));
            if (date.isValid()) {
                setPublished(line, date);
                return true;
            }
        }
        return false;
    }

    // A date that opens one of the story's first paragraphs, alone or after a place ("Wien, 14. Dezember
    // 2021 – ...", "27.1.2022 - ...", "31. Oktober 2023. ..."): press releases and agency copy date
    // their lead so. The date is set off from the sentence by a dash, full stop, bar or colon.
    bool addLeadDate(const BodySelection &body)
    {
        for (qsizetype k = 0; k < qMin<qsizetype>(body.lines.size(), LeadDateParagraphs); ++k) {
            const TextLine &line = m_page.lines()[body.lines[k]];
            const QStringView head =
                m_page.content(line).first(qMin<qsizetype>(line.chars, LeadDateReach + 40));
            if (!hasDigit(head))
                continue;
            const dates::DateMatch date = dates::findDate(head, dateOrder());
            if (!date.isValid() || date.start > LeadDateReach || !placeOnly(head.first(date.start)))
                continue;
            qsizetype after = date.end;
            while (after < head.size() && head[after].isSpace())
                ++after;
            if (after >= head.size() || !QStringView(u"-–—.|:").contains(head[after]))
                continue;
            setPublished(line, date);
            return true;
        }
        return false;
    }

    void setPublished(const TextLine &line, const dates::DateMatch &date)
    {
        m_article.published = date.iso;
        provenance(QStringLiteral("published"), line.start + date.start, line.start + date.end,
                   QStringLiteral("text:date"));
    }

    // What may stand before a lead's date: a place or a label, words without figures or sentence marks.
    static bool placeOnly(QStringView s)
    {
        return std::none_of(s.begin(), s.end(), [](QChar c) {
            return c.isDigit() || c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u';';
        });
    }

    // The first date in lines [from, to) that are not captions; `footer`: short lines, the story's own
    // included, else lines up to 200 characters outside it.
    bool addPublishedFrom(int from, int to, bool footer = false)
    {
        for (int i = from; i < to; ++i) {
            const TextLine &line = m_page.lines()[i];
            // (An image's placeholder prints its file name: "[screenshot_2022-11-18]" dates the file.)
            if (line.role == LineRole::Caption || (line.role == LineRole::Body && !footer) ||
                line.chars > (footer ? ShortDateLine : 200) || line.placeholder)
                continue;
            if (!hasDigit(m_page.content(line)))
                continue;
            const dates::DateMatch date = dates::findDate(m_page.content(line), dateOrder());
            if (date.isValid()) {
                setPublished(line, date);
                return true;
            }
        }
        return false;
    }

    // "03/05/2022" is March 5 in American English and 3 May nearly everywhere else: the page's language
    // (from its stop words) decides; English pages and pages of no known language keep the parser's
    // reading.
    dates::Order dateOrder() const
    {
        if (!m_page.hasLanguage() || m_page.language() == u"en")
            return dates::Order::Auto;
        return dates::Order::DayFirst;
    }

    void addCredit(const BylineResult &byline, const QList<ProfileCard> &cards, int bodyLast)
    {
        // An outlet named in the byline that the page's masthead also names is the site itself: its own
        // work carries no credit ("By Daily Ledger Staff" on the Daily Ledger).
        if (!byline.agency.isEmpty() && !inMasthead(byline.agency)) {
            m_article.credit = byline.agency;
            provenance(QStringLiteral("credit"), byline.agencySpan);
            return;
        }
        // ("NEW YORK (Reuters) -" on the agency's own site is its own work, as for the byline.)
        if (!m_dateline.credit.isEmpty() && !inMasthead(m_dateline.credit)) {
            m_article.credit = m_dateline.credit;
            provenance(QStringLiteral("credit"), m_leadStart + m_dateline.creditStart,
                       m_leadStart + m_dateline.creditEnd, QStringLiteral("text:dateline"));
            return;
        }
        // A signature, copyright or syndication note at the foot of the story.
        const int to = int(qMin<qsizetype>(m_page.lines().size(), bodyLast + 6));
        for (int i = qMax(0, bodyLast - 1); bodyLast >= 0 && i < to; ++i) {
            const TextLine &line = m_page.lines()[i];
            // A list item under the story is a teaser of another one, with its own byline.
            if (line.chars > 200 || line.bullet || line.role == LineRole::Caption ||
                line.role == LineRole::PhotoCredit)
                continue;
            const CreditMatch match = findCredit(m_page.vocabulary(), m_page.content(line));
            if (match.isValid()) {
                m_article.credit = match.credit;
                provenance(QStringLiteral("credit"), line.start + match.start, line.start + match.end,
                           QStringLiteral("text:credit-note"));
                return;
            }
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

    // The masthead: the top lines of the dump above the headline (the story's own lines never count).
    bool inMasthead(const QString &name) const
    {
        int to = int(qMin<qsizetype>(m_page.lines().size(), MastheadLines));
        if (m_headline >= 0)
            to = qMin(to, m_headline);
        for (int i = 0; i < to; ++i) {
            if (m_page.content(m_page.lines()[i]).contains(name, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

    // The caption hits that are the article's pictures'; the lines of the others are no longer captions.
    QList<CaptionHit> keptCaptions(const QList<CaptionHit> &captions, int headline, int bottom)
    {
        QList<CaptionHit> kept;
        const bool hasBody = bottom >= 0;
        const int top = qMax(0, headline - CaptionLinesAboveHeadline);
        bottom += CaptionLinesBelowBody;
        for (const CaptionHit &hit : captions) {
            const bool inArticle = std::any_of(hit.lines.cbegin(), hit.lines.cend(),
                                               [&](int line) { return line >= top && line <= bottom; });
            // Above the headline only a lead picture's caption, which names its photographer or is
            // printed twice; a bare line there is a notice or a banner's text next to an image.
            const bool above = hit.lines.last() < headline;
            if (hasBody && inArticle && !(above && hit.credit.isEmpty() && hit.captionSpans.size() < 2) &&
                plausibleCaption(hit.caption, pictured(hit))) {
                kept.append(hit);
                continue;
            }
            for (int line : hit.lines) {
                if (m_page.lines()[line].role == LineRole::Caption)
                    m_page.lines()[line].role = LineRole::Unknown;
            }
        }
        return kept;
    }

    void addCaptions(const QList<CaptionHit> &kept)
    {
        for (const CaptionHit &hit : kept) {
            const QString path = QStringLiteral("images/%1").arg(m_article.images.size());
            m_article.images.append(Image{QString(), hit.caption, hit.credit});
            m_article.provenance.insert(path + QStringLiteral("/caption"), hit.captionSpans);
            if (!hit.creditSpans.isEmpty())
                m_article.provenance.insert(path + QStringLiteral("/credit"), hit.creditSpans);
        }
    }

    // Whether a caption hit is tied to a picture beyond doubt: it carries a photo credit and sits under
    // the image's placeholder or is printed twice (alt text and caption).
    bool pictured(const CaptionHit &hit) const
    {
        if (hit.credit.isEmpty())
            return false;
        const int first = hit.lines.first();
        return hit.captionSpans.size() >= 2 || (first > 0 && m_page.lines()[first - 1].placeholder);
    }

    // What a caption finder took for a caption but the article says is something else: the headline
    // (printed again over the picture), a byline, a contributor note, a bare name or label, or a row of
    // banners (a line that opens with another picture's placeholder).
    bool plausibleCaption(const QString &caption, bool pictured) const
    {
        const qsizetype words = wordsOf(caption).size();
        if (words < 3 || hasBylinePrefix(caption) || (caption.startsWith(u'(') && caption.endsWith(u')')) ||
            caption.startsWith(u'['))
            return false;
        // Captions describe a picture in a sentence; a short line that does not end like one is a
        // teaser title, a link or a label that happened to stand next to a picture. (One with a photo
        // credit under the picture's placeholder is the picture's: "Eastern Michigan quarterback Mike
        // Glass III".)
        if (words < (pictured ? 4 : 10) && !endsLikeSentence(caption))
            return false;
        const QString &headline = m_article.headline;
        return headline.isEmpty() || !(caption.contains(headline) || headline.contains(caption));
    }

    TextPage m_page;
    Article m_article;
    Dateline m_dateline;
    bool m_bylineless = false;
    qsizetype m_leadStart = 0;
    int m_headline = -1;
};

} // namespace

Article extractTextArticle(const Capture &capture, const Vocabulary &vocabulary)
{
    // Wrapped paragraphs are read joined; every span found in the joined text is then mapped back
    // onto the capture's own characters.
    const ReflowedText reflowed = reflowDump(capture.text());
    if (!reflowed.changed)
        return Assembler(capture.text(), vocabulary).run();
    Article article = Assembler(reflowed.text, vocabulary).run();
    for (QList<SourceSpan> &spans : article.provenance) {
        for (SourceSpan &span : spans)
            span = reflowed.toCapture(span);
    }
    return article;
}

} // namespace galley
