// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/publisheddate.h"

#include "extract/common/dateparser.h"
#include "extract/html/htmlspans.h"

#include <QDate>
#include <QRegularExpression>
#include <algorithm>
#include <functional>

namespace galley {

namespace {

struct DateContext
{
    const HtmlSignals &page;
    const JsonLdArticle &jsonLd;
    dates::Order order; ///< how to read "03/04/2019" on this page
    const QString &source;
};

DateFound dateFrom(dates::Order order, const QString &text, const SourceSpan &span)
{
    return {dates::parseDate(text, order), span};
}

// The first published date of the meta tags publishers and CMSs use.
DateFound metaPublishedDate(const DateContext &c)
{
    DateFound d;
    static const char *const keys[] = {"article:published_time",
                                       "og:article:published_time",
                                       "article:published",
                                       "published_time",
                                       "datepublished",
                                       "pubdate",
                                       "publishdate",
                                       "publish-date",
                                       "publish_date",
                                       "sailthru.date",
                                       "parsely-pub-date",
                                       "dc.date.issued",
                                       "dcterms.issued",
                                       "dc.date",
                                       "dcterms.date",
                                       "dcterms.created",
                                       "date",
                                       "citation_publication_date",
                                       "citation_date",
                                       "original-publish-date",
                                       "article_date_original",
                                       "article.published",
                                       "datecreated",
                                       "og:published_time",
                                       "release_date",
                                       "publication_date"};
    for (const char *key : keys) {
        for (const MetaTag &m : c.page.metas) {
            if (m.key != QLatin1String(key))
                continue;
            d = dateFrom(c.order, m.content, elementSpan(m.node, QStringLiteral("meta:") + m.key));
            if (d.isValid())
                return d;
        }
    }
    // A CMS's own prefix on a known name ("sw-pubdate", "cXenseParse:recs:publishtime").
    static const QRegularExpression anyPublished(
        QStringLiteral("(?:pub|publish|published|release|upload)[_.:-]?(?:date|time)$"));
    for (const MetaTag &m : c.page.metas) {
        if (!anyPublished.match(m.key).hasMatch())
            continue;
        d = dateFrom(c.order, m.content, elementSpan(m.node, QStringLiteral("meta:") + m.key));
        if (d.isValid())
            return d;
    }
    return {};
}

bool isUtcStamp(const QString &iso)
{
    return iso.size() > 10 && (iso.endsWith(QLatin1Char('Z')) || iso.endsWith(QLatin1String("+00:00")));
}

// Whether the meta tag a date came from writes a time with a local (non-UTC) offset:
// "2019-10-19T00:04:00+02:00", "Sat, 19 Oct 2019 00:04:00 +0200".
bool hasLocalOffset(const DateContext &c, const DateFound &meta)
{
    static const QRegularExpression local(
        QStringLiteral("\\d:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?\\s*[+-](?!00:?00)\\d{2}:?\\d{2}\\s*$"));
    for (const MetaTag &m : c.page.metas) {
        const SourceSpan span = m.node.span();
        if (span.isValid() && span.start == meta.span.start)
            return local.match(m.content.trimmed()).hasMatch();
    }
    return false;
}

// The first structured date: JSON-LD, then the meta tags. A JSON-LD stamp in UTC may fall on the day
// after (or before) the publisher's own date: a meta tag written in local time within a day of it
// is the date as published.
DateFound structuredDate(const DateContext &c)
{
    const DateFound json =
        dateFrom(c.order, c.jsonLd.datePublished, elementSpan(c.jsonLd.script, QStringLiteral("json-ld")));
    const DateFound meta = metaPublishedDate(c);
    if (!json.isValid())
        return meta;
    if (meta.isValid() && isUtcStamp(json.iso) && hasLocalOffset(c, meta) &&
        qAbs(QDate::fromString(json.iso.left(10), Qt::ISODate)
                 .daysTo(QDate::fromString(meta.iso.left(10), Qt::ISODate))) == 1)
        return meta;
    return json;
}

// The first date printed in the page: a machine-readable attribute or the text of a <time> or
// date-class element; "updated" dates only when there is no other.
// Whether an element with the link's text below it is a headline link: a teaser's, when it shares a
// list item with a date.
bool holdsHeadlineLink(const HtmlNode &node, int depth)
{
    for (HtmlNode n = node.firstElementChild(); n && depth < 6; n = n.nextElementSibling()) {
        if (n.is("a") && n.hasAttribute("href") && n.text().simplified().size() >= 20)
            return true;
        if (holdsHeadlineLink(n, depth + 1))
            return true;
    }
    return false;
}

// A date in a list item beside a headline link dates that item, a teaser in a list of other stories
// ("Weitere Meldungen"), not the article.
bool inTeaserItem(const HtmlNode &date)
{
    HtmlNode n = date.parent();
    for (int up = 0; n && up < 3; ++up, n = n.parent()) {
        if (n.is("li"))
            return holdsHeadlineLink(n, 0);
    }
    return false;
}

DateFound visibleDate(const DateContext &c)
{
    static const QRegularExpression modified(QStringLiteral("updat|modif|aktualis|edited"),
                                             QRegularExpression::CaseInsensitiveOption);
    for (int pass = 0; pass < 2; ++pass) {
        for (const HtmlNode &node : c.page.dates) {
            const QString text = node.text().simplified();
            const bool isModified =
                modified.match(node.attribute("class") + node.attribute("itemprop") + text.left(24))
                    .hasMatch();
            if (isModified != (pass == 1) || inTeaserItem(node))
                continue;
            // The printed text is the reader's local date; an attribute may be in UTC.
            if (text.size() <= 120 && !dates::isRelative(text)) {
                const DateFound d =
                    dateFrom(c.order, text, locateText(node, text, QStringLiteral("html:date")));
                if (d.isValid())
                    return d;
            }
            for (const char *attr : {"datetime", "content", "title"}) {
                const DateFound d =
                    dateFrom(c.order, node.attribute(attr), elementSpan(node, QStringLiteral("html:time")));
                if (d.isValid())
                    return d;
            }
        }
    }
    return {};
}

DateFound modifiedDate(const DateContext &c)
{
    DateFound d =
        dateFrom(c.order, c.jsonLd.dateModified, elementSpan(c.jsonLd.script, QStringLiteral("json-ld")));
    for (const MetaTag &tag : c.page.metas) {
        if (!d.isValid() && (tag.key == QLatin1String("article:modified_time") ||
                             tag.key == QLatin1String("og:updated_time")))
            d = dateFrom(c.order, tag.content, elementSpan(tag.node, QStringLiteral("meta:") + tag.key));
    }
    return d;
}

// A date printed just after the headline ("publiziert am 25. September 2018"), when no element is
// marked as a date: the page source after the <h1>, with tags blanked out so offsets stay true.
HtmlNode headline(const DateContext &c)
{
    for (const HtmlNode &h : c.page.headings) {
        if (h.is("h1"))
            return h;
    }
    // An itemprop="headline" <h3> on a page without <h1>.
    return c.page.headings.isEmpty() ? HtmlNode{} : c.page.headings.first();
}

DateFound dateNearHeadline(const DateContext &c)
{
    const HtmlNode h1 = headline(c);
    const SourceSpan span = h1 ? h1.span() : SourceSpan{};
    if (!span.isValid())
        return {};
    // From the heading's start: a programme page's heading says "Sendung vom 16.10.2019".
    const QString &source = h1.document()->source();
    QString window = source.mid(span.start, span.length() + 3000);
    blankTags(&window);
    // The list of other stories may begin right after a short article: its items' dates are theirs.
    QList<SourceSpan> teasers;
    for (const HtmlNode &node : c.page.dates) {
        if (inTeaserItem(node))
            teasers.append(node.span());
    }
    for (qsizetype from = 0; from < window.size();) {
        const dates::DateMatch m = dates::findDate(QStringView(window).mid(from), c.order);
        if (!m.isValid())
            return {};
        const qsizetype at = span.start + from + m.start;
        const bool inTeaser = std::any_of(teasers.cbegin(), teasers.cend(), [at](const SourceSpan &t) {
            return t.isValid() && at >= t.start && at < t.end;
        });
        if (!inTeaser)
            return {m.iso, {at, span.start + from + m.end, QStringLiteral("html:date-text")}};
        from += m.end;
    }
    return {};
}

// A date line just above the headline ("24. April 2020 | Pressemitteilungen"): the last date of the
// text before the heading, with no more than a section label between the two.
DateFound dateAboveHeadline(const DateContext &c)
{
    const HtmlNode h1 = headline(c);
    const SourceSpan span = h1 ? h1.span() : SourceSpan{};
    if (!span.isValid())
        return {};
    const qsizetype from = qMax<qsizetype>(0, span.start - 1500);
    QString window = c.source.mid(from, span.start - from);
    blankTags(&window);
    dates::DateMatch last;
    for (qsizetype at = 0; at < window.size();) {
        const dates::DateMatch m = dates::findDate(QStringView(window).mid(at), c.order);
        if (!m.isValid())
            break;
        last = {m.iso, at + m.start, at + m.end};
        at += m.end;
    }
    if (!last.isValid())
        return {};
    static const QRegularExpression noise(QStringLiteral("[\\s|·•/–—-]+|&#124;|&nbsp;"));
    if (window.mid(last.end).remove(noise).size() > 40)
        return {};
    return {last.iso, {from + last.start, from + last.end, QStringLiteral("html:date-text")}};
}

HtmlNode pageBody(const DateContext &c)
{
    return c.page.paragraphs.isEmpty() ? HtmlNode{} : c.page.paragraphs.first().document()->body();
}

// The body is searched for a labelled date a window at a time: a copy of the whole body would hold a
// page near the size limit once more (128 MB of UTF-16 for 64 MB). Each window starts at a '<', where
// blanking tags starts afresh whatever came before, and reaches LabelledDateOverlap characters into the
// next, so a label near its end is read with the date after it. A date is taken from a window only when
// the 40 characters after it (what findLabelledDate reads past a label) are inside, so every answer is
// the one the whole body gives; only a label separated from its date by more than the overlap of tags
// and punctuation would be missed.
constexpr qsizetype LabelledDateWindow = qsizetype(1) << 20;
constexpr qsizetype LabelledDateOverlap = qsizetype(1) << 16;

// "Datum: 03.11.2021" anywhere in the page's text (tags blanked so offsets stay true).
DateFound labelledDate(const DateContext &c)
{
    const HtmlNode body = pageBody(c);
    const SourceSpan span = body ? body.span() : SourceSpan{};
    if (!span.isValid())
        return {};
    const QString &source = body.document()->source();
    for (qsizetype from = span.start; from < span.end;) {
        qsizetype next = span.end;
        if (span.end - from > LabelledDateWindow) {
            const qsizetype cut = source.indexOf(QLatin1Char('<'), from + LabelledDateWindow);
            if (cut >= 0 && cut < span.end)
                next = cut;
        }
        const qsizetype to = qMin(span.end, next + LabelledDateOverlap);
        QString text = source.mid(from, to - from);
        blankTags(&text);
        const dates::DateMatch m = dates::findLabelledDate(text);
        if (m.isValid() && (to == span.end || m.end + 40 <= text.size()))
            return {m.iso, {from + m.start, from + m.end, QStringLiteral("html:labelled-date")}};
        from = next;
    }
    return {};
}

qint64 daysBetween(const QString &a, const QString &b)
{
    return qAbs(
        QDate::fromString(a.left(10), Qt::ISODate).daysTo(QDate::fromString(b.left(10), Qt::ISODate)));
}

// Whether the structured stamp, as the page writes it, gives a time of day ("2022-05-04T00:25:56Z",
// "Wed, 04 May 2022 00:25:56 GMT"), not only a date.
bool declaresTime(const DateContext &c, const DateFound &d)
{
    QString text = d.iso;
    if (d.span.via == QLatin1String("json-ld")) {
        text = c.jsonLd.datePublished;
    } else {
        for (const MetaTag &m : c.page.metas) {
            if (m.node.span().start == d.span.start)
                text = m.content;
        }
    }
    static const QRegularExpression time(QStringLiteral("\\d:\\d{2}"));
    return time.match(text).hasMatch();
}

// A date in the URL: "/2019/11/18/slug", or the day first as a slug of its own ("/news/18-11-2019").
DateFound urlDate(const QString &url)
{
    static const QRegularExpression yearFirst(
        QStringLiteral("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)"));
    static const QRegularExpression dayFirst(
        QStringLiteral("/(\\d{1,2})[-.](\\d{1,2})[-.]((?:19|20)\\d{2})(?:[/?#.]|$)"));
    QRegularExpressionMatch m = yearFirst.match(url);
    if (m.hasMatch())
        return {dates::parseDate(m.captured(1) + QLatin1Char('-') + m.captured(2) + QLatin1Char('-') +
                                 m.captured(3)),
                {}};
    m = dayFirst.match(url);
    if (m.hasMatch())
        return {dates::parseDate(m.captured(3) + QLatin1Char('-') + m.captured(2) + QLatin1Char('-') +
                                 m.captured(1)),
                {}};
    return {};
}

// A publication stamp in the page's data scripts ("published_at":"2019-03-02T06:22:28+01:00" of a shop
// system, "publishDate" of a client-side app), for pages that print no date.
DateFound scriptDataDate(const DateContext &c)
{
    static const QRegularExpression key(
        QStringLiteral("[\"'](?:date_?published|published_?(?:at|date|on)|publish_?date|pub_?date|"
                       "publication_?date|first_?published(?:_?(?:at|date))?)[\"']\\s*:\\s*[\"']"
                       "(\\d{4}-\\d{2}-\\d{2}[^\"']{0,30})[\"']"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = key.match(c.source);
    if (!m.hasMatch())
        return {};
    return {dates::parseDate(m.captured(1)),
            {m.capturedStart(1), m.capturedEnd(1), QStringLiteral("html:script-data")}};
}

// Whether a date found in the page's text stands on its own, as a date line does ("Stand: 28.04.2020
// 18:00 Uhr", "Mittwoch, 26.01.2022"), rather than inside a sentence of the text ("Die Aktion läuft bis
// zum 28.02.2022."): a few words at most share its text node. Dates of marked elements always do.
bool standsAlone(const DateContext &c, const DateFound &d)
{
    if (d.span.via != QLatin1String("html:date-text") && d.span.via != QLatin1String("html:text-date"))
        return true;
    const qsizetype from = qMax<qsizetype>(0, d.span.start - 200);
    const qsizetype open = c.source.lastIndexOf(QLatin1Char('>'), d.span.start);
    const qsizetype close = c.source.indexOf(QLatin1Char('<'), d.span.end);
    if (open < from || close < 0 || close > d.span.end + 200)
        return false;
    const QString around = c.source.mid(open + 1, d.span.start - open - 1) + QLatin1Char(' ') +
                           c.source.mid(d.span.end, close - d.span.end);
    static const QRegularExpression word(QStringLiteral("\\p{L}{2,}"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    qsizetype words = 0;
    for (QRegularExpressionMatchIterator it = word.globalMatch(around); it.hasNext(); it.next())
        ++words;
    return words <= 4;
}

// The day the page's printed signals agree on, when the metadata says another: two of them (a date
// element, the date after the headline, a labelled date, the first date of the text) give the same
// day and none gives the metadata's. Metadata goes stale (a CMS's creation stamp, an import date, a
// republished article); the date the reader sees is the one an editor checks against. Printed dates
// days before the declared publication are not that: an article is not shown before it is published,
// so they are dates its text speaks of (only a day's difference can be the time zone's).
// The searches run in order and stop at the first that gives the metadata's day: the later ones read
// the whole page's text, and their answers could not change the verdict.
DateFound printedConsensus(const DateContext &c, const std::function<DateFound()> (&searches)[4],
                           const DateFound &structured)
{
    const QString declared = structured.iso.left(10);
    QList<DateFound> printed;
    for (const std::function<DateFound()> &search : searches) {
        const DateFound d = search();
        if (d.isValid() && d.iso.left(10) == declared)
            return {};
        printed.append(d);
    }
    printed.removeIf([&c](const DateFound &d) { return !standsAlone(c, d); });
    for (qsizetype i = 0; i < printed.size(); ++i) {
        if (!printed[i].isValid())
            continue;
        for (qsizetype j = i + 1; j < printed.size(); ++j) {
            if (printed[j].isValid() && printed[j].iso.left(10) == printed[i].iso.left(10))
                return printed[i].iso.left(10) >= declared || daysBetween(printed[i].iso, declared) <= 1
                           ? printed[i]
                           : DateFound{};
        }
    }
    return {};
}

// JSON-LD and the meta tags declaring different days (one of them filled in at an import or a
// republication): the one a date printed on the page confirms, when the other is printed nowhere.
DateFound confirmedStructuredDate(const DateContext &c, const DateFound &structured, const DateFound &visible)
{
    const DateFound meta = metaPublishedDate(c);
    if (!structured.isValid() || !meta.isValid() || meta.iso.left(10) == structured.iso.left(10))
        return structured;
    bool forMeta = false;
    for (const DateFound &printed : {visible, dateNearHeadline(c), labelledDate(c)}) {
        if (!printed.isValid())
            continue;
        if (printed.iso.left(10) == structured.iso.left(10))
            return structured;
        forMeta = forMeta || printed.iso.left(10) == meta.iso.left(10);
    }
    return forMeta ? meta : structured;
}

DateFound pickDate(const DateContext &c, const QStringList &urls)
{
    const DateFound visible = visibleDate(c);
    const DateFound structured = confirmedStructuredDate(c, structuredDate(c), visible);
    DateFound chosen = structured;
    // A stamp in UTC can fall on the next day where the page is read; the printed date is the one
    // the publisher shows, so it wins when the two are a day apart at most. A stamp without a time of
    // day has no time zone to shift it: a printed date the day before is another date (a teaser's).
    const bool sameDay = visible.iso.left(10) == structured.iso.left(10);
    const bool timed = declaresTime(c, structured);
    if (visible.isValid() && (!structured.isValid() || sameDay ||
                              (timed && visible.iso.left(10) < structured.iso.left(10) &&
                               daysBetween(visible.iso, structured.iso) <= 1)))
        chosen = visible;
    else if (structured.isValid()) {
        const std::function<DateFound()> searches[] = {
            [&] { return visible; }, [&] { return dateNearHeadline(c); }, [&] { return labelledDate(c); },
            [&] { return fallbackDate(c.page, pageBody(c), c.order); }};
        const DateFound printed = printedConsensus(c, searches, structured);
        if (printed.isValid())
            chosen = printed;
    }
    if (!chosen.isValid()) {
        // A date in the sentences after the headline is one the text speaks of ("bis zum 30. April").
        const DateFound near = dateNearHeadline(c);
        if (standsAlone(c, near))
            chosen = near;
    }
    if (!chosen.isValid()) {
        const DateFound above = dateAboveHeadline(c);
        if (standsAlone(c, above))
            chosen = above;
    }
    if (!chosen.isValid())
        chosen = labelledDate(c);
    for (const QString &url : urls) {
        if (!chosen.isValid())
            chosen = urlDate(url);
    }
    if (!chosen.isValid())
        chosen = scriptDataDate(c);
    if (!chosen.isValid())
        chosen = modifiedDate(c);
    if (!chosen.isValid())
        chosen = fallbackDate(c.page, pageBody(c), c.order);
    return chosen;
}

} // namespace

// "03/04/2019" is March 4 in American English and 3 April nearly everywhere else.
dates::Order pageDateOrder(const HtmlDocument &document)
{
    // XHTML pages may declare the language only as xml:lang.
    QString lang = document.root().attribute("lang").trimmed().toLower();
    if (lang.isEmpty())
        lang = document.root().attribute("xml:lang").trimmed().toLower();
    if (lang.isEmpty())
        return dates::Order::Auto;
    if (lang == QLatin1String("en") || lang.startsWith(QLatin1String("en-us")) ||
        lang.startsWith(QLatin1String("en_us")))
        return dates::Order::MonthFirst;
    return dates::Order::DayFirst;
}

DateFound publishedDate(const HtmlDocument &document, const HtmlSignals &page, const JsonLdArticle &jsonLd,
                        const QString &url)
{
    // The capture's address, else the one the page declares as canonical (a saved page has none).
    QStringList urls{url};
    const HtmlNode head = document.head();
    for (HtmlNode n = head ? head.firstElementChild() : HtmlNode{}; n; n = n.nextElementSibling()) {
        if (n.is("link") && n.attribute("rel").trimmed().compare(u"canonical", Qt::CaseInsensitive) == 0)
            urls.append(n.attribute("href"));
    }
    return pickDate({page, jsonLd, pageDateOrder(document), document.source()}, urls);
}

} // namespace galley
