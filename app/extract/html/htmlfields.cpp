// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/htmlfields.h"

#include "extract/common/agencies.h"
#include "extract/common/bylineparser.h"
#include "extract/common/contributorparser.h"
#include "extract/common/creditparser.h"
#include "extract/common/datatable.h"
#include "extract/common/dateline.h"
#include "extract/common/dateparser.h"
#include "extract/common/imageurl.h"
#include "extract/html/htmlheadline.h"
#include "extract/html/htmlimages.h"
#include "extract/html/htmlsignals.h"
#include "extract/html/htmlspans.h"
#include "extract/html/jsonld.h"
#include "extract/html/printedauthor.h"
#include "extract/html/publisheddate.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace galley {

void HtmlFieldElements::add(const HtmlNode &element)
{
    if (element && !contains(element)) {
        m_elements.append(element);
        m_set.insert(element);
    }
}

bool HtmlFieldElements::contains(const HtmlNode &element) const
{
    return m_set.contains(element);
}

namespace {

struct Context
{
    const Vocabulary &vocabulary; ///< the tables every decision here is made with
    const HtmlSignals &page;
    const JsonLdArticle &jsonLd;
    Article *article;
    HtmlFieldElements *claimed;
    QString url = {}; ///< the page's address, from the capture or og:url
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
    int group = 0; ///< which byline element it came from
};

void setCredit(Context &c, const QString &credit, const SourceSpan &span)
{
    if (!c.article->credit.isEmpty() || credit.isEmpty())
        return;
    c.article->credit = credit;
    addSpan(c.article, QStringLiteral("credit"), span);
}

// SEO plugins print "twitter:label1 = Written by" with the author in "twitter:data1".
QString labelledAuthor(const Context &c, HtmlNode *node)
{
    // The label is a byline prefix of any language (bylines.json): "Written by", "Geschrieben von".
    static const QRegularExpression writtenBy(
        QStringLiteral("^(?:%1)$")
            .arg(alternation(
                tableStrings(loadDataTable(QStringLiteral("bylines")), QStringLiteral("prefixes")))),
        QRegularExpression::CaseInsensitiveOption);
    const std::pair<const char *, const char *> labelled[] = {{"twitter:label1", "twitter:data1"},
                                                              {"twitter:label2", "twitter:data2"}};
    for (const auto &[label, data] : labelled) {
        if (writtenBy.match(c.page.meta({label})).hasMatch())
            return c.page.meta({data}, node);
    }
    return {};
}

QList<NameSource> lenientAuthors(const Context &c)
{
    // The author as the page declares it (a handle, a desk, "Redaktion"), only without a "By" word:
    // names are what an editor recognises here, whatever their form.
    QList<NameSource> out;
    for (const QString &person : c.jsonLd.persons) {
        const QString name = printedAuthor(person);
        if (!name.isEmpty())
            out.append({name, elementSpan(c.jsonLd.script, QStringLiteral("json-ld"))});
    }
    if (!out.isEmpty())
        return out;
    HtmlNode node;
    QString name = printedAuthor(labelledAuthor(c, &node));
    if (!name.isEmpty())
        return {{name, elementSpan(node, QStringLiteral("meta:twitter:data"))}};
    // A generic <meta name="author"> often names the site's account ("Staff Reports"): only a name.
    name = printedAuthor(
        c.page.meta({"author", "dc.creator", "dc:creator", "parsely-author", "sailthru.author"}, &node));
    if (!name.isEmpty() && looksLikePersonName(c.vocabulary, name, false))
        out.append({name, elementSpan(node, QStringLiteral("meta:author"))});
    return out;
}

QList<NameSource> structuredNames(Context &c)
{
    QList<NameSource> out;
    auto addParsed = [&out, &c](const QString &text, const SourceSpan &span, ParsedByline *parsed) {
        *parsed = parseByline(c.vocabulary, text, true, true);
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
        setCredit(c, c.vocabulary.canonicalAgency(org),
                  elementSpan(c.jsonLd.script, QStringLiteral("json-ld")));
    if (!out.isEmpty())
        return out;
    static const char *const keys[] = {"author",          "byl",
                                       "sailthru.author", "parsely-author",
                                       "dc.creator",      "dc:creator",
                                       "dcterms.creator", "dcterms:creator",
                                       "article:author",  "citation_author",
                                       "author_name"};
    HtmlNode labelNode;
    const QString labelled = labelledAuthor(c, &labelNode);
    if (!labelled.isEmpty()) {
        addParsed(labelled, elementSpan(labelNode, QStringLiteral("meta:twitter:data")), &parsed);
        if (!out.isEmpty())
            return out;
    }
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

// Parts of an author box that never name the writer: the bio ("Leiterin Redaktion Leben und
// Gesundheit", "Mitglied der Redaktion") and a contact form's labels ("Ihre E-Mail").
bool isAuthorBoxAside(const HtmlNode &node)
{
    if (node.is("form") || node.is("label") || node.is("textarea") || node.is("select"))
        return true;
    static const QRegularExpression bio(
        QStringLiteral("(?:^|[-_\\s])(?:bio|biography|description|beschreibung|desc)(?:$|[-_\\s])"),
        QRegularExpression::CaseInsensitiveOption);
    const QString cls = node.attribute("class");
    return !cls.isEmpty() && bio.match(cls).hasMatch();
}

bool isHeading(const HtmlNode &node)
{
    return node.is("h1") || node.is("h2") || node.is("h3") || node.is("h4") || node.is("h5") || node.is("h6");
}

// The headings inside a part of an author box that is otherwise its bio: a "description" block that
// opens with the writer's name as its heading ("Author: Jane Roe") above the bio's text.
void appendHeadings(const HtmlNode &node, QString *out, int depth)
{
    for (HtmlNode c = node.firstElementChild(); c && depth < 12; c = c.nextElementSibling()) {
        if (isHeading(c))
            *out += QLatin1Char('\n') + c.text() + QLatin1Char('\n');
        else if (!c.is("form") && !c.is("script"))
            appendHeadings(c, out, depth + 1);
    }
}

void appendBylineText(const HtmlNode &node, QString *out, int depth)
{
    for (HtmlNode c = node.firstChild(); c; c = c.nextSibling()) {
        if (c.isText()) {
            *out += c.text();
        } else if (c.isElement() && depth < 12 && isAuthorBoxAside(c)) {
            if (!c.is("form"))
                appendHeadings(c, out, depth + 1);
        } else if (c.isElement() && depth < 12 && !c.is("script") && !c.is("style") && !c.is("button")) {
            // Links, blocks and line breaks end a name ("Anna Menin" + a "Share" link); inline
            // <span>s may split one ("<span>Jane</span> <span>Doe</span>").
            const bool breaks = !(c.is("span") || c.is("strong") || c.is("b") || c.is("em") || c.is("i"));
            if (breaks)
                *out += QLatin1Char('\n');
            appendBylineText(c, out, depth + 1);
            if (breaks)
                *out += QLatin1Char('\n');
        }
    }
}

// A byline element's text with its element boundaries kept as line breaks (separators for the parser).
QString bylineText(const HtmlNode &node)
{
    QString out;
    appendBylineText(node, &out, 0);
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\x{a0}]+"));
    static const QRegularExpression breaks(QStringLiteral("\\s*\\n\\s*"));
    out.replace(spaces, QStringLiteral(" "));
    out.replace(breaks, QStringLiteral("\n"));
    return out.trimmed();
}

// "25.10.2022 - Jane Doe", "Jane Doe | 25.10.2022": a line just under the headline holding only a date
// and a person's full name names the writer without a "By" word. `at` is the line's source offset.
QList<NameSource> datedNameLine(const Vocabulary &vocabulary, const QString &text, qsizetype at)
{
    if (text.size() > 80)
        return {};
    const dates::DateMatch d = dates::findDate(text);
    if (!d.isValid())
        return {};
    static const QRegularExpression separator(
        QStringLiteral("^\\s*[-\u2013\u2014|\u00b7,]\\s*|\\s*[-\u2013\u2014|\u00b7,]\\s*$"));
    const bool dateFirst = d.start == 0;
    if (!dateFirst && d.end != text.size())
        return {};
    QString rest = dateFirst ? text.mid(d.end) : text.left(d.start);
    const qsizetype before = rest.size();
    rest.remove(separator);
    if (rest.size() == before) // a date and a name side by side need a separator between them
        return {};
    rest = rest.trimmed();
    if (!rest.contains(QLatin1Char(' ')) || !looksLikePersonName(vocabulary, rest, true))
        return {};
    const qsizetype from = at + text.indexOf(rest);
    return {{rest, {from, from + rest.size(), QStringLiteral("html:byline-line")}}};
}

// The page's first <h1> outside furniture; null when it has none.
HtmlNode firstH1(const Context &c)
{
    for (const HtmlNode &h : c.page.headings) {
        if (h.is("h1"))
            return h;
    }
    return {};
}

// A "By ..."/"Von ..." line printed after the <h1> in an element with no byline class: the page source
// after the heading with tags turned into line breaks, so offsets stay true.
QList<NameSource> bylineAfterHeadline(const Context &c)
{
    const HtmlNode h1 = firstH1(c);
    const SourceSpan span = h1 ? h1.span() : SourceSpan{};
    if (!span.isValid())
        return {};
    QString window = h1.document()->source().mid(span.end, 12000);
    blankTags(&window, QLatin1Char('\n'));
    static const QRegularExpression line(QStringLiteral("(?:^|\\n)[ \\t]*([^\\n]{2,120})"));
    QList<NameSource> out;
    int lines = 0;
    QString barePrefix; // "By" in an element of its own, the names in the next one
    for (QRegularExpressionMatchIterator it = line.globalMatch(window); it.hasNext() && lines < 150;) {
        const QRegularExpressionMatch m = it.next();
        QString text = m.captured(1).trimmed();
        if (text.isEmpty())
            continue;
        ++lines;
        if (!barePrefix.isEmpty())
            text = barePrefix + QLatin1Char(' ') + text;
        barePrefix.clear();
        if (!hasBylinePrefix(text)) {
            if (text.size() < 24 && hasBylinePrefix(text + QStringLiteral(" X")))
                barePrefix = text;
            else if (lines <= 8)
                out = datedNameLine(c.vocabulary, text, span.end + m.capturedStart(1));
            if (!out.isEmpty())
                break;
            continue;
        }
        if (text.count(QLatin1Char(' ')) > 10)
            continue;
        const ParsedByline parsed = parseByline(c.vocabulary, text, true);
        for (const ParsedName &n : parsed.names) {
            const qsizetype at =
                span.end + m.capturedStart(1) + window.mid(m.capturedStart(1)).indexOf(n.name);
            out.append({n.name, {at, at + n.name.size(), QStringLiteral("html:byline-line")}});
        }
        if (!out.isEmpty())
            break;
    }
    return out;
}

// Whether a byline element is, or holds, explicit author markup rather than a class name guess.
bool isAuthorMarkup(const HtmlNode &node)
{
    const SourceSpan span = node.span();
    if (!span.isValid())
        return false;
    const QStringView html =
        QStringView(node.document()->source()).mid(span.start, qMin(span.length(), 2000));
    static const QRegularExpression markup(
        QStringLiteral("\\bvcard\\b|rel=[\"']?author|itemprop=[\"']?author"));
    return markup.match(html).hasMatch();
}

// An author box holds a "Von Jane Doe" heading and a bio ("Freier Autor in Berlin und ..."): when one
// line of the element carries a byline prefix, that line alone names the writers.
std::pair<qsizetype, qsizetype> prefixedLine(const QString &text)
{
    if (!text.contains(QLatin1Char('\n')))
        return {0, text.size()};
    for (qsizetype from = 0; from < text.size();) {
        qsizetype to = text.indexOf(QLatin1Char('\n'), from);
        if (to < 0)
            to = text.size();
        if (hasBylinePrefix(QStringView(text).mid(from, to - from)))
            return {from, to};
        from = to + 1;
    }
    return {0, text.size()};
}

// "By <span>Jane Roe</span> <span>Harbour Tribune</span>": the byline parser reads the element's text
// as one line, where nothing parts the writer's name from the outlet's, and takes both for the credit.
// A credit that opens with a writer's name found in the bylines is the outlet after it.
void cutWriterFromCredit(Context &c, const HtmlNode &creditNode, const QList<NameSource> &writers)
{
    const QString &credit = c.article->credit;
    for (const NameSource &writer : writers) {
        const qsizetype n = writer.name.size();
        if (credit.size() <= n + 1 || !credit.startsWith(writer.name, Qt::CaseInsensitive) ||
            credit[n].isLetterOrNumber())
            continue;
        qsizetype from = n;
        while (from < credit.size() && !credit[from].isLetterOrNumber())
            ++from;
        const QString outlet = credit.mid(from);
        if (outlet.isEmpty())
            return;
        c.article->credit = outlet;
        c.article->provenance.remove(QStringLiteral("credit"));
        addSpan(c.article, QStringLiteral("credit"),
                locateText(creditNode, outlet, QStringLiteral("html:byline")));
        return;
    }
}

QList<NameSource> visibleNames(Context &c, QList<HtmlNode> *used)
{
    QList<NameSource> out;
    QList<HtmlNode> nodes = c.page.bylines;
    nodes += c.page.authorLinks;
    int looked = 0;
    HtmlNode firstGroup;
    HtmlNode creditNode; // the byline element the credit was read from
    for (const HtmlNode &node : std::as_const(nodes)) {
        if (++looked > 12)
            break;
        // After the first byline that names someone, only its like (a second author card of the same
        // kind) adds writers; other byline-class elements are author boxes, bios and teasers.
        if (firstGroup &&
            (node.name() != firstGroup.name() || node.attribute("class") != firstGroup.attribute("class")) &&
            !c.page.authorLinks.contains(node))
            continue;
        const QString text = bylineText(node);
        if (text.isEmpty() || text.size() > 250)
            continue;
        // "Reporting by ..." in a byline slot is a contributor note, read with the notes.
        if (!parseContributorNote(c.vocabulary, text).isEmpty())
            continue;
        const auto [lineFrom, prefixedTo] = prefixedLine(text);
        const qsizetype lineTo = writersEnd(c.vocabulary, text, lineFrom, prefixedTo);
        ParsedByline parsed = parseBylineRange(c.vocabulary, text, lineFrom, lineTo, true, true);
        if (parsed.names.isEmpty() && parsed.credit.isEmpty()) {
            // A handle in author markup (hCard "author vcard", rel/itemprop author): "jdoe", "ABX".
            const QString handle = printedAuthor(text);
            if (!handle.isEmpty() && !handle.contains(QLatin1Char(' ')) && isAuthorMarkup(node))
                parsed.names.append({handle, 0, handle.size()});
        }
        if (!parsed.credit.isEmpty() && c.article->credit.isEmpty()) {
            setCredit(c, parsed.credit,
                      locateText(node, text.mid(parsed.creditStart, parsed.creditEnd - parsed.creditStart),
                                 QStringLiteral("html:byline")));
            creditNode = node;
        }
        bool any = false;
        // A lone word ("Gesundheit", "Interview") is a name only after "By"/"Von" or as the whole element.
        const bool singleOk = hasBylinePrefix(text) || parsed.names.size() == 1;
        // Beside a writer already found, a lone word from another element ("Vorsitzender",
        // "Gesundheit") is a label of an author box, not a second writer.
        const bool laterElement = firstGroup && node != firstGroup;
        for (const ParsedName &n : parsed.names) {
            const bool single = !n.name.contains(QLatin1Char(' '));
            if (single && (!singleOk || laterElement))
                continue;
            bool known = false;
            // "Schreiben Sie Jane Doe", "Twitter Account von Jane Doe": a phrase around a writer
            // already found is a contact line about that writer.
            for (const NameSource &o : std::as_const(out))
                known = known || o.name.compare(n.name, Qt::CaseInsensitive) == 0 ||
                        (o.name.contains(QLatin1Char(' ')) && n.name.contains(o.name, Qt::CaseInsensitive));
            if (!known) {
                out.append({n.name, locateText(node, n.name, QStringLiteral("html:byline")), looked});
                any = true;
            }
        }
        if (any || !parsed.credit.isEmpty())
            used->append(node);
        if (any && !firstGroup)
            firstGroup = node;
    }
    if (out.isEmpty())
        out = bylineAfterHeadline(c);
    if (creditNode)
        cutWriterFromCredit(c, creditNode, out);
    return out;
}

// The editorial desk a page's author element names ("von Redaktion,", "By Staff"), read from the
// element's first line as printed (bylines.json "desks").
QList<NameSource> printedDesk(const Context &c)
{
    static const QSet<QString> desks = [] {
        QSet<QString> out;
        for (const QString &d :
             tableStrings(loadDataTable(QStringLiteral("bylines")), QStringLiteral("desks")))
            out.insert(d.toLower());
        return out;
    }();
    for (qsizetype i = 0; i < c.page.bylines.size() && i < 3; ++i) {
        const HtmlNode &node = c.page.bylines[i];
        QString line = bylineText(node).section(QLatin1Char('\n'), 0, 0);
        while (!line.isEmpty() && !line.back().isLetter())
            line.chop(1);
        const QString desk = printedAuthor(line);
        if (!desk.isEmpty() && desks.contains(desk.toLower()))
            return {{desk, locateText(node, desk, QStringLiteral("html:byline"))}};
    }
    return {};
}

// The author line of a page that names its writer nowhere else, printed in a region of its <article>
// named like furniture (the article's footer row: "erstellt von Jane Roe"): only after a "By" word,
// which a commenter's or a teaser's name does not carry.
// The <article> holding `node`, when no link lies between them (a teaser card is one link); null else.
HtmlNode articleOf(const HtmlNode &node)
{
    for (HtmlNode p = node.parent(); p; p = p.parent()) {
        if (p.is("a"))
            return {};
        if (p.is("article"))
            return p;
    }
    return {};
}

bool holds(const HtmlNode &outer, const HtmlNode &inner)
{
    for (HtmlNode p = inner; p; p = p.parent()) {
        if (p == outer)
            return true;
    }
    return false;
}

QList<NameSource> prefixedAuthorInArticleFurniture(const Context &c)
{
    // Only the <article> that holds the page's headline: sidebars list other stories as <article>s too.
    const HtmlNode h1 = firstH1(c);
    if (!h1)
        return {};
    for (const HtmlNode &node : c.page.outsideBylines) {
        const HtmlNode article = articleOf(node);
        if (!article || !holds(article, h1))
            continue;
        const QString text = bylineText(node);
        const auto [lineFrom, prefixedTo] = prefixedLine(text);
        if (text.size() > 250 || !hasBylinePrefix(QStringView(text).mid(lineFrom, prefixedTo - lineFrom)))
            continue;
        const ParsedByline parsed = parseBylineRange(
            c.vocabulary, text, lineFrom, writersEnd(c.vocabulary, text, lineFrom, prefixedTo), true, true);
        QList<NameSource> out;
        for (const ParsedName &n : parsed.names)
            out.append({n.name, locateText(node, n.name, QStringLiteral("html:byline"))});
        if (!out.isEmpty())
            return out;
    }
    return {};
}

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// The site's own name or the syndicating outlet in an author slot is no person, nor is a lone word of
// it ("Metro" of "Metro News"); a full name inside the site's name ("Jane Doe's blog") is the writer's
// own site.
void dropOutletNames(const Context &c, QList<NameSource> *names)
{
    // The site's name as its <title> prints it beside the headline, when that part names the page's
    // address ("About bugs - Vortex Cannon Entertainment" on vortexcannon.example).
    const QStringList outlets{c.article->publisher, c.article->credit, c.page.meta({"og:site_name"}),
                              c.page.title ? siteNameInTitle(c.page.title.text(), c.url) : QString()};
    // The words of the page's host ("gto", "normativy" of gto-normativy.example).
    static const QRegularExpression hostSeparators(QStringLiteral("[-.]"));
    const QStringList hostWords = QUrl(c.url).host().toLower().split(hostSeparators);
    names->removeIf([&outlets, &c, &hostWords](const NameSource &n) {
        const bool lone = !n.name.contains(QLatin1Char(' '));
        // An account named in lower case after a word of the site's address is the site's own.
        if (lone && n.name.size() >= 3 && n.name == n.name.toLower() && hostWords.contains(n.name))
            return true;
        // A full name that JSON-LD types as a Person is the owner of a site named after them.
        if (!lone && looksLikePersonName(c.vocabulary, n.name) &&
            std::any_of(c.jsonLd.persons.cbegin(), c.jsonLd.persons.cend(),
                        [&n](const QString &p) { return sameName(p, n.name); }))
            return false;
        for (const QString &o : outlets) {
            if (!o.isEmpty() &&
                (sameName(o, n.name) || (lone && o.contains(n.name, Qt::CaseInsensitive)) ||
                 QString(o)
                         .remove(QLatin1Char(' '))
                         .compare(QString(n.name).remove(QLatin1Char(' ')), Qt::CaseInsensitive) == 0))
                return true;
        }
        return false;
    });
}

// The longest label of the page's host but its top-level domain: "zeitung" for www.zeitung.de.
QString mainHostLabel(const QString &url)
{
    const QStringList labels = QUrl(url).host().toLower().split(QLatin1Char('.'), Qt::SkipEmptyParts);
    QString main;
    for (qsizetype i = 0; i + 1 < labels.size(); ++i) { // the last label is the top-level domain
        if (labels[i] != QLatin1String("www") && labels[i].size() > main.size())
            main = labels[i];
    }
    return main;
}

// Whether `name`, spaces and case aside, holds the main label of the page's host ("Die Zeitung" on
// zeitung.de, "El Ejemplo" on elejemplo.com).
bool namesTheSite(const QString &name, const QString &url)
{
    const QString main = mainHostLabel(url);
    if (main.size() < 5)
        return false;
    QString squashed;
    for (QChar ch : name) {
        if (ch.isLetterOrNumber())
            squashed += ch.toLower();
    }
    return squashed.contains(main);
}

void extractBylines(Context &c)
{
    QList<HtmlNode> used;
    // A page naming itself as the author in its structured data still prints its writer's name.
    QList<NameSource> structured = structuredNames(c);
    dropOutletNames(c, &structured);
    const QList<NameSource> visible = visibleNames(c, &used);
    // Structured data naming the site after its web address ("El Ejemplo" on elejemplo.com), while
    // the page prints another writer: the printed writer it is.
    if (!visible.isEmpty() && !structured.isEmpty() &&
        std::all_of(structured.cbegin(), structured.cend(),
                    [&c](const NameSource &n) { return namesTheSite(n.name, c.url); }))
        structured.clear();
    QList<NameSource> chosen;
    bool overlap = false;
    for (const NameSource &s : structured) {
        for (const NameSource &v : visible)
            overlap = overlap || sameName(v.name, s.name);
    }
    if (overlap) {
        // The visible byline agrees with the structured data and may list more writers (meta tags
        // often name the first only): take the agreeing byline elements' names, then the rest.
        QSet<int> agreeing;
        for (const NameSource &v : visible) {
            for (const NameSource &s : structured) {
                if (sameName(v.name, s.name))
                    agreeing.insert(v.group);
            }
        }
        for (const NameSource &v : visible) {
            if (agreeing.contains(v.group))
                chosen.append(v);
        }
        for (const NameSource &s : structured) {
            bool known = false;
            for (const NameSource &v : std::as_const(chosen))
                known = known || sameName(v.name, s.name);
            if (!known)
                chosen.append(s);
        }
    } else if (!structured.isEmpty()) {
        chosen = structured;
    } else if (!visible.isEmpty()) {
        chosen = visible;
    } else {
        // No person found: keep the name the page gives its author (a handle, a desk) as printed.
        chosen = lenientAuthors(c);
        if (chosen.isEmpty())
            chosen = printedDesk(c);
        if (chosen.isEmpty())
            chosen = prefixedAuthorInArticleFurniture(c);
    }
    dropOutletNames(c, &chosen);
    for (const HtmlNode &n : std::as_const(used))
        c.claimed->add(n);
    for (const NameSource &n : std::as_const(chosen)) {
        const qsizetype before = c.article->bylines.size();
        const qsizetype at = addUniqueName(&c.article->bylines, n.name);
        if (at == before)
            addSpan(c.article, QStringLiteral("bylines/%1").arg(at), n.span);
    }
}

// A lead writer from a note at the story's foot ("Reporting by Jane Roe"), with where it is printed.
struct LeadContributor
{
    ParsedContributor note;
    SourceSpan span;
};

QList<LeadContributor> extractNotesAndCredit(Context &c)
{
    const QList<HtmlNode> &paragraphs = c.page.paragraphs;
    QList<LeadContributor> lead;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const HtmlNode &p = paragraphs[i];
        QString text;
        if (!p.textWithin(600, &text))
            continue;
        text = std::move(text).simplified();
        if (text.size() < 3 || text.size() > 600)
            continue;
        const bool outside = c.page.paragraphOutside[i];
        if (!outside) {
            for (const ParsedContributor &pc : parseContributorNote(c.vocabulary, text)) {
                if (pc.lead) {
                    lead.append({pc, locateText(p, pc.person.name, QStringLiteral("html:contributor-note"))});
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
        const CreditMatch m = findCredit(c.vocabulary, text);
        if (!m.isValid() || (outside && m.kind != CreditKind::Syndication))
            continue;
        setCredit(c, m.credit,
                  locateText(p, text.mid(m.start, m.end - m.start), QStringLiteral("html:credit-line")));
    }
    return lead;
}

// "Reporting by A and B" names the writers when the page has no byline; beside one, they contributed.
// Either way the note is where the value comes from: its span goes with it (a byline that the page
// also prints elsewhere gets the note as a second span).
void applyLeadContributors(Context &c, const QList<LeadContributor> &lead)
{
    const bool noByline = c.article->bylines.isEmpty();
    for (const LeadContributor &l : lead) {
        const QString &name = l.note.person.name;
        if (noByline || c.article->bylines.contains(name, Qt::CaseInsensitive)) {
            const qsizetype at = addUniqueName(&c.article->bylines, name);
            addSpan(c.article, QStringLiteral("bylines/%1").arg(at), l.span);
            continue;
        }
        addSpan(c.article, QStringLiteral("contributors/%1").arg(c.article->contributors.size()), l.span);
        c.article->contributors.append({name, l.note.role});
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
        const Dateline d = parseDateline(c.vocabulary, text);
        if (!d.isValid())
            continue;
        c.article->dateline = d.place;
        addSpan(c.article, QStringLiteral("dateline"),
                locateText(p, d.place, QStringLiteral("html:dateline")));
        if (!d.credit.isEmpty())
            setCredit(c, d.credit,
                      locateText(p, text.mid(d.creditStart, d.creditEnd - d.creditStart),
                                 QStringLiteral("html:dateline")));
        return;
    }
}

// An outlet name reduced for comparison: "The Detroit News" = "detroitnews", "livescience.com" =
// "livescience".
QString outletKey(const QString &name)
{
    static const QRegularExpression the(QStringLiteral("^the\\s+"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tld(QStringLiteral("\\.(?:com|org|net|co\\.uk|de|info|news)$"));
    static const QRegularExpression nonAlnum(QStringLiteral("[^\\p{L}\\p{N}]+"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    QString k = name.trimmed().toLower();
    k.remove(the);
    k.remove(tld);
    k.remove(nonAlnum);
    return k;
}

// The initials of a name of two words or more, in lower case: "The Harbour Daily Herald" gives "thdh"
// and, without a short first word (an article in most languages: "The", "Die", "La"), "hdh". Empty
// for a single word.
QStringList initialsOf(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    const QStringList words = name.toLower().split(separators, Qt::SkipEmptyParts);
    QStringList out;
    for (qsizetype from = 0; from < qMin<qsizetype>(2, words.size()); ++from) {
        if (words.size() - from < 2 || (from == 1 && words.front().size() > 3))
            break;
        QString initials;
        for (qsizetype k = from; k < words.size(); ++k)
            initials += words[k].front();
        out.append(initials);
    }
    return out;
}

// The credit is the agency or outlet the copy comes from; the site's own name ("Live Science" on
// livescience.com, "CNN Business" on CNN, "The Harbour Daily Herald" on hdh.example) is no credit.
void dropOwnCredit(Context &c)
{
    if (c.article->credit.isEmpty())
        return;
    const QString credit = outletKey(c.article->credit);
    // The page's address names the site too ("Die Zeitung" on zeitung.de), or its initials.
    const QString hostLabel = mainHostLabel(c.url);
    if (namesTheSite(c.article->credit, c.url) ||
        (hostLabel.size() >= 3 && initialsOf(c.article->credit).contains(hostLabel))) {
        c.article->credit.clear();
        c.article->provenance.remove(QStringLiteral("credit"));
        return;
    }
    // (Not JSON-LD's publisher: syndicating sites name the agency there.)
    for (const QString &own :
         {c.article->publisher, c.page.meta({"og:site_name"}), c.page.meta({"application-name"})}) {
        const QString key = outletKey(own);
        const QString firstWord = outletKey(c.article->credit.section(QLatin1Char(' '), 0, 0));
        if (key.size() >= 2 &&
            (credit == key || (key.size() >= 3 && credit.startsWith(key)) || firstWord == key ||
             // A site name that adds its address: "The Harbour Herald | HarbourHerald.com".
             (credit.size() >= 5 && key.startsWith(credit)) ||
             // Its initials: "HDH" for "The Harbour Daily Herald".
             initialsOf(c.article->credit).contains(key))) {
            c.article->credit.clear();
            c.article->provenance.remove(QStringLiteral("credit"));
            return;
        }
    }
}

// The page's address: where it was captured, else what it declares (og:url, the canonical link).
QString pageAddress(const HtmlDocument &document, const HtmlSignals &page, const QString &captureUrl)
{
    if (!captureUrl.isEmpty())
        return captureUrl;
    const QString og = page.meta({"og:url"});
    if (!og.isEmpty())
        return og;
    for (HtmlNode n = document.head().firstElementChild(); n; n = n.nextElementSibling()) {
        if (n.is("link") &&
            n.attribute("rel").trimmed().compare(QLatin1String("canonical"), Qt::CaseInsensitive) == 0)
            return n.attribute("href").trimmed();
    }
    return {};
}

// The base that the page's relative addresses resolve against: its <base href> (itself resolved against
// the page's address), else the address the capture was taken from. Relative addresses stay relative
// when neither is known: a saved page's "./page_files/..." names a file beside it.
QUrl pageBase(const HtmlDocument &document, const QString &captureUrl)
{
    const QUrl address(captureUrl, QUrl::TolerantMode);
    for (HtmlNode n = document.head().firstElementChild(); n; n = n.nextElementSibling()) {
        if (!n.is("base") || n.attribute("href").trimmed().isEmpty())
            continue;
        const QString href = imageurl::resolve(n.attribute("href").trimmed(), address);
        if (!href.isEmpty())
            return QUrl(href, QUrl::StrictMode);
    }
    return address.isValid() && !address.isRelative() && !address.host().isEmpty() ? address : QUrl();
}

} // namespace

HtmlFieldElements extractHtmlFields(const HtmlDocument &document, const Capture &capture,
                                    const Vocabulary &vocabulary, Article *article)
{
    HtmlFieldElements claimed;
    const HtmlSignals page = collectHtmlSignals(document);
    const JsonLdArticle jsonLd = readJsonLd(page.jsonLd);
    Context c{vocabulary, page, jsonLd, article, &claimed};
    extractPublisher(c);
    c.url = pageAddress(document, page, capture.url());
    extractHtmlHeadline(page, jsonLd, c.url, article);
    extractDateline(c);
    const QList<LeadContributor> lead = extractNotesAndCredit(c);
    extractBylines(c);
    applyLeadContributors(c, lead);
    const DateFound published = publishedDate(document, page, jsonLd, c.url);
    if (published.isValid()) {
        article->published = published.iso;
        addSpan(article, QStringLiteral("published"), published.span);
    }
    dropOwnCredit(c);
    claimed.imagesLeftOut =
        extractHtmlImages(vocabulary, page, jsonLd, pageBase(document, capture.url()), article, &claimed);
    return claimed;
}

} // namespace galley
