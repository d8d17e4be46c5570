// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/htmlfields.h"

#include "extract/common/agencies.h"
#include "extract/common/bylineparser.h"
#include "extract/common/contributorparser.h"
#include "extract/common/creditparser.h"
#include "extract/common/dateline.h"
#include "extract/common/dateparser.h"
#include "extract/html/htmlheadline.h"
#include "extract/html/htmlimages.h"
#include "extract/html/htmlsignals.h"
#include "extract/html/htmlspans.h"
#include "extract/html/jsonld.h"

#include <QRegularExpression>

namespace galley {

void HtmlFieldElements::add(const HtmlNode &element)
{
    if (element && !contains(element))
        m_elements.append(element);
}

bool HtmlFieldElements::contains(const HtmlNode &element) const { return m_elements.contains(element); }

namespace {

struct Context
{
    const HtmlSignals &page;
    const JsonLdArticle &jsonLd;
    Article *article;
    HtmlFieldElements *claimed;
};

// --- publisher -------------------------------------------------------------------------------------

void extractPublisher(Context &c)
{
    HtmlNode node;
    QString name = c.page.meta({"og:site_name"}, &node);
    QString via = QStringLiteral("meta:og:site_name");
    if (name.isEmpty() && !c.jsonLd.publisher.isEmpty()) {
        name = c.jsonLd.publisher;
        node = c.jsonLd.script;
        via = QStringLiteral("json-ld");
    }
    if (name.isEmpty()) {
        name = c.page.meta({"application-name", "al:android:app_name", "al:ios:app_name"}, &node);
        via = QStringLiteral("meta:application-name");
    }
    if (name.isEmpty())
        return;
    c.article->publisher = foldSpace(name);
    addSpan(c.article, QStringLiteral("publisher"), elementSpan(node, via));
}

// --- bylines, contributors, credit -------------------------------------------------------------------

struct NameSource
{
    QString name;
    SourceSpan span;
};

void setCredit(Context &c, const QString &credit, const SourceSpan &span)
{
    if (!c.article->credit.isEmpty() || credit.isEmpty())
        return;
    c.article->credit = credit;
    addSpan(c.article, QStringLiteral("credit"), span);
}

QList<NameSource> structuredNames(Context &c)
{
    QList<NameSource> out;
    auto addParsed = [&out](const QString &text, const SourceSpan &span, ParsedByline *parsed) {
        *parsed = parseByline(text, false);
        for (const ParsedName &n : std::as_const(parsed->names))
            out.append({n.name, span});
    };
    ParsedByline parsed;
    for (const QString &person : c.jsonLd.persons) {
        addParsed(person, elementSpan(c.jsonLd.script, QStringLiteral("json-ld")), &parsed);
        if (!parsed.credit.isEmpty())
            setCredit(c, parsed.credit, elementSpan(c.jsonLd.script, QStringLiteral("json-ld")));
    }
    for (const QString &org : c.jsonLd.organisations)
        setCredit(c, agencies::canonical(org), elementSpan(c.jsonLd.script, QStringLiteral("json-ld")));
    if (!out.isEmpty())
        return out;
    static const char *const keys[] = {"author", "byl", "sailthru.author", "parsely-author", "dc.creator",
                                       "dcterms.creator", "article:author", "citation_author", "author_name"};
    for (const char *key : keys) {
        for (const MetaTag &m : c.page.metas) {
            if (m.key != QLatin1String(key) || m.content.contains(QLatin1String("://")))
                continue;
            addParsed(m.content, elementSpan(m.node, QStringLiteral("meta:") + m.key), &parsed);
            if (!parsed.credit.isEmpty())
                setCredit(c, parsed.credit, elementSpan(m.node, QStringLiteral("meta:") + m.key));
        }
        if (!out.isEmpty())
            return out;
    }
    return out;
}

QList<NameSource> visibleNames(Context &c, QList<HtmlNode> *used)
{
    QList<NameSource> out;
    QList<HtmlNode> nodes = c.page.bylines;
    nodes += c.page.authorLinks;
    int looked = 0;
    for (const HtmlNode &node : std::as_const(nodes)) {
        if (++looked > 12)
            break;
        const QString text = node.text().simplified();
        if (text.isEmpty() || text.size() > 250)
            continue;
        // "Reporting by ..." in a byline slot is a contributor note, read with the notes.
        if (!parseContributorNote(text).isEmpty())
            continue;
        const ParsedByline parsed = parseByline(text, true);
        if (!parsed.credit.isEmpty())
            setCredit(c, parsed.credit, locateText(node, text.mid(parsed.creditStart, parsed.creditEnd - parsed.creditStart),
                                                   QStringLiteral("html:byline")));
        bool any = false;
        for (const ParsedName &n : parsed.names) {
            bool known = false;
            for (const NameSource &o : std::as_const(out))
                known = known || o.name.compare(n.name, Qt::CaseInsensitive) == 0;
            if (!known) {
                out.append({n.name, locateText(node, n.name, QStringLiteral("html:byline"))});
                any = true;
            }
        }
        if (any || !parsed.credit.isEmpty())
            used->append(node);
    }
    return out;
}

bool sameName(const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) == 0; }

void extractBylines(Context &c)
{
    QList<HtmlNode> used;
    const QList<NameSource> structured = structuredNames(c);
    const QList<NameSource> visible = visibleNames(c, &used);
    QList<NameSource> chosen;
    if (!structured.isEmpty()) {
        // Structured data names the writers; a visible byline gives the better span for the same name.
        for (const NameSource &s : structured) {
            NameSource pick = s;
            for (const NameSource &v : visible) {
                if (sameName(v.name, s.name))
                    pick.span = v.span;
            }
            chosen.append(pick);
        }
    } else {
        chosen = visible;
    }
    for (const HtmlNode &n : std::as_const(used))
        c.claimed->add(n);
    for (const NameSource &n : std::as_const(chosen)) {
        const qsizetype before = c.article->bylines.size();
        const qsizetype at = addUniqueName(&c.article->bylines, n.name);
        if (at == before)
            addSpan(c.article, QStringLiteral("bylines/%1").arg(at), n.span);
    }
}

void extractNotesAndCredit(Context &c)
{
    const QList<HtmlNode> &paragraphs = c.page.paragraphs;
    QList<ParsedContributor> lead;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const HtmlNode &p = paragraphs[i];
        const QString text = p.text().simplified();
        if (text.size() < 3 || text.size() > 600)
            continue;
        const bool outside = c.page.paragraphOutside[i];
        if (!outside) {
            for (const ParsedContributor &pc : parseContributorNote(text)) {
                if (pc.lead) {
                    lead.append(pc);
                    continue;
                }
                bool known = false;
                for (const Contributor &k : std::as_const(c.article->contributors))
                    known = known || (sameName(k.name, pc.person.name) && k.role == pc.role);
                if (known)
                    continue;
                addSpan(c.article, QStringLiteral("contributors/%1").arg(c.article->contributors.size()),
                        locateText(p, pc.person.name, QStringLiteral("html:contributor-note")));
                c.article->contributors.append({pc.person.name, pc.role});
            }
        }
        if (!c.article->credit.isEmpty())
            continue;
        const CreditMatch m = findCredit(text);
        if (!m.isValid() || (outside && m.kind != CreditKind::Syndication))
            continue;
        setCredit(c, m.credit, locateText(p, text.mid(m.start, m.end - m.start), QStringLiteral("html:credit-line")));
    }
    for (const ParsedContributor &pc : std::as_const(lead)) {
        if (c.article->bylines.isEmpty() || c.article->bylines.contains(pc.person.name, Qt::CaseInsensitive)) {
            if (!c.article->bylines.contains(pc.person.name, Qt::CaseInsensitive))
                c.article->bylines.append(pc.person.name);
            continue;
        }
        c.article->contributors.append({pc.person.name, pc.role});
    }
}

// --- dateline ----------------------------------------------------------------------------------------

void extractDateline(Context &c)
{
    int looked = 0;
    for (qsizetype i = 0; i < c.page.paragraphs.size() && looked < 3; ++i) {
        if (c.page.paragraphOutside[i])
            continue;
        const HtmlNode &p = c.page.paragraphs[i];
        const QString text = p.text().simplified();
        if (text.count(QLatin1Char(' ')) < 8)
            continue;
        ++looked;
        const Dateline d = parseDateline(text);
        if (!d.isValid())
            continue;
        c.article->dateline = d.place;
        addSpan(c.article, QStringLiteral("dateline"), locateText(p, d.place, QStringLiteral("html:dateline")));
        if (!d.credit.isEmpty())
            setCredit(c, d.credit, locateText(p, text.mid(d.creditStart, d.creditEnd - d.creditStart),
                                              QStringLiteral("html:dateline")));
        return;
    }
}

// --- published ---------------------------------------------------------------------------------------

bool setPublished(Context &c, const QString &text, const SourceSpan &span)
{
    const QString iso = dates::parseDate(text);
    if (iso.isEmpty())
        return false;
    c.article->published = iso;
    addSpan(c.article, QStringLiteral("published"), span);
    return true;
}

void extractPublished(Context &c, const QString &url)
{
    if (setPublished(c, c.jsonLd.datePublished, elementSpan(c.jsonLd.script, QStringLiteral("json-ld"))))
        return;
    static const char *const keys[] = {"article:published_time", "og:article:published_time", "article:published",
                                       "published_time", "datepublished", "pubdate", "publishdate", "publish-date",
                                       "publish_date", "sailthru.date", "parsely-pub-date", "dc.date.issued",
                                       "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "date",
                                       "citation_publication_date", "citation_date", "original-publish-date",
                                       "article.published", "datecreated", "og:published_time", "release_date"};
    for (const char *key : keys) {
        for (const MetaTag &m : c.page.metas) {
            if (m.key == QLatin1String(key) && setPublished(c, m.content, elementSpan(m.node, QStringLiteral("meta:") + m.key)))
                return;
        }
    }
    // Visible dates: a machine-readable attribute first, then the printed text; "updated" dates last.
    static const QRegularExpression modified(QStringLiteral("updat|modif|aktualis|edited"), QRegularExpression::CaseInsensitiveOption);
    for (int pass = 0; pass < 2; ++pass) {
        for (const HtmlNode &d : c.page.dates) {
            const bool isModified = modified.match(d.attribute("class") + d.attribute("itemprop")).hasMatch();
            if (isModified != (pass == 1))
                continue;
            for (const char *attr : {"datetime", "content", "data-timestamp", "title"}) {
                if (setPublished(c, d.attribute(attr), elementSpan(d, QStringLiteral("html:time"))))
                    return;
            }
            const QString text = d.text().simplified();
            if (text.size() <= 120 && setPublished(c, text, locateText(d, text, QStringLiteral("html:date"))))
                return;
        }
    }
    // Dates in the URL ("/2019/11/18/slug") are publication dates on most news sites.
    static const QRegularExpression urlDate(QStringLiteral("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)"));
    const QRegularExpressionMatch m = urlDate.match(url);
    if (m.hasMatch()) {
        const QString iso = dates::parseDate(m.captured(1) + QLatin1Char('-') + m.captured(2) + QLatin1Char('-') + m.captured(3));
        if (!iso.isEmpty()) {
            c.article->published = iso;
            return;
        }
    }
    if (setPublished(c, c.jsonLd.dateModified, elementSpan(c.jsonLd.script, QStringLiteral("json-ld"))))
        return;
    for (const MetaTag &tag : c.page.metas) {
        if ((tag.key == QLatin1String("article:modified_time") || tag.key == QLatin1String("og:updated_time")) &&
            setPublished(c, tag.content, elementSpan(tag.node, QStringLiteral("meta:") + tag.key)))
            return;
    }
}

// The credit is the agency or outlet the copy comes from; the site's own name is no credit.
void dropOwnCredit(Context &c)
{
    if (c.article->credit.isEmpty() || c.article->publisher.isEmpty())
        return;
    const QString credit = c.article->credit.toLower();
    const QString publisher = c.article->publisher.toLower();
    const QString canonicalPublisher = agencies::canonical(c.article->publisher).toLower();
    if (credit == publisher || credit == canonicalPublisher || publisher.contains(credit)) {
        c.article->credit.clear();
        c.article->provenance.remove(QStringLiteral("credit"));
    }
}

} // namespace

HtmlFieldElements extractHtmlFields(const HtmlDocument &document, const Capture &capture, Article *article)
{
    HtmlFieldElements claimed;
    const HtmlSignals page = collectHtmlSignals(document);
    const JsonLdArticle jsonLd = readJsonLd(page.jsonLd);
    Context c{page, jsonLd, article, &claimed};
    extractPublisher(c);
    extractHtmlHeadline(page, jsonLd, article);
    extractBylines(c);
    extractDateline(c);
    extractNotesAndCredit(c);
    QString url = capture.url();
    if (url.isEmpty())
        url = page.meta({"og:url"});
    extractPublished(c, url);
    dropOwnCredit(c);
    extractHtmlImages(page, jsonLd, article, &claimed);
    return claimed;
}

} // namespace galley
