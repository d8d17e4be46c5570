// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/htmlsignals.h"

#include "extract/common/completepattern.h"
#include "extract/common/datatable.h"
#include "extract/html/entities.h"

#include <QHash>
#include <QRegularExpression>
#include <array>
#include <string>
#include <unordered_map>

namespace galley {

namespace htmlclass {

namespace {

constexpr std::size_t KindCount = 6;

// Compiled for complete matches only (CompletePattern): each is a whole data table.
struct ClassPatterns
{
    std::array<CompletePattern, KindCount> byKind;
    ClassPatterns()
    {
        const QJsonObject t = loadDataTable(QStringLiteral("htmlclasses"));
        const char *keys[] = {"outside", "byline", "date", "caption", "credit", "notArticleImage"};
        for (std::size_t i = 0; i < KindCount; ++i)
            byKind[i].setPattern(alternation(tableStrings(t, QLatin1String(keys[i]))), {});
    }
};

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

// The lower-cased "class id" string of an element, as UTF-8, into `key`: the bytes folded in place
// when they are ASCII (nearly always), else through QString::toLower as before.
void classKey(const HtmlNode &element, std::string *key)
{
    key->clear();
    QByteArrayView cls, id;
    if (!element.attributeUtf8("class", &cls) || !element.attributeUtf8("id", &id) || !isAscii(cls) ||
        !isAscii(id)) {
        QString names = element.attribute("class");
        const QString idText = element.attribute("id");
        if (!idText.isEmpty())
            names += QLatin1Char(' ') + idText;
        *key = std::move(names).toLower().toStdString();
        return;
    }
    key->append(cls.data(), size_t(cls.size()));
    if (!id.isEmpty()) {
        key->push_back(' ');
        key->append(id.data(), size_t(id.size()));
    }
    for (char &c : *key) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
}

} // namespace

bool matches(const HtmlNode &element, Kind kind)
{
    static const ClassPatterns patterns;
    // Class names repeat within a page and across a site's pages, and the walker asks up to four
    // kinds per element: remember each verdict per name string (bit k: known, bit 8+k: matches).
    // Keyed by the UTF-8 bytes, so a known name costs no conversion and no allocation.
    // std::string, not QByteArray: its append and hash cost a fraction of QByteArray's insert and qHash.
    thread_local std::string names;
    thread_local std::unordered_map<std::string, quint16> cache;
    classKey(element, &names);
    if (names.empty())
        return false;
    const quint16 known = quint16(1u << unsigned(kind));
    const quint16 hit = quint16(known << 8);
    auto it = cache.find(names);
    if (it == cache.end()) {
        if (cache.size() > 20000)
            cache.clear(); // bounded: a batch of very different sites must not grow it forever
        it = cache.emplace(names, 0).first;
    }
    quint16 &verdicts = it->second;
    if (!(verdicts & known)) {
        const bool found = patterns.byKind[std::size_t(kind)]
                               .match(QString::fromUtf8(names.data(), qsizetype(names.size())))
                               .hasMatch();
        verdicts |= quint16(known | (found ? hit : 0));
    }
    return verdicts & hit;
}

} // namespace htmlclass

QString HtmlSignals::meta(std::initializer_list<const char *> keys, HtmlNode *node) const
{
    for (const char *key : keys) {
        for (const MetaTag &m : metas) {
            if (m.key == QLatin1String(key) && !m.content.trimmed().isEmpty()) {
                if (node)
                    *node = m.node;
                return m.content.trimmed();
            }
        }
    }
    return {};
}

namespace {

struct Walker
{
    HtmlSignals *out;

    bool isOutsideTag(const HtmlNode &n) const
    {
        return n.is("nav") || n.is("aside") || n.is("footer") || n.is("form") || n.is("select") ||
               n.is("button");
    }

    // Layout wrappers (<html>, <body>, <main>, <article>) carry page-level class names such as
    // "has-sidebar"; an article's <header> carries modifiers such as "--has-social-share". Neither is
    // furniture.
    bool isOutsideClass(const HtmlNode &n) const
    {
        if (n.is("html") || n.is("body") || n.is("main") || n.is("article") || n.is("header") || n.is("h1"))
            return false;
        // A layout column named "sidebar" that holds the page's <h1> and the paragraphs after it holds
        // the article itself, not furniture beside it (a site header's logo <h1> has no paragraphs).
        if (!htmlclass::matches(n, htmlclass::Outside))
            return false;
        int h1 = 0, paragraphs = 0;
        countArticleParts(n, &h1, &paragraphs, 0);
        if (h1 > 0 && (paragraphs >= 3 || insideArticle(n)))
            return false;
        // Nor is a layout column ("layout--sidebar-right") holding the story's long paragraphs when the
        // headline sits above it. Comment threads hold long paragraphs too, and stay outside.
        if (paragraphs < 3 || n.attribute("class").contains(QLatin1String("comment"), Qt::CaseInsensitive))
            return true;
        int prose = 0;
        countProse(n, &prose, 0);
        return prose < 6;
    }

    // A column of an <article> or of <main> holding the heading (the story's header beside its text,
    // a "top article" module) is part of the story, however the layout names it.
    static bool insideArticle(const HtmlNode &n)
    {
        int up = 0;
        for (HtmlNode p = n.parent(); p && up < 20; p = p.parent(), ++up) {
            if (p.is("article") || p.is("main"))
                return true;
        }
        return false;
    }

    // Paragraphs of at least 200 characters, up to six.
    static void countProse(const HtmlNode &n, int *prose, int depth)
    {
        if (depth > 60 || *prose >= 6)
            return;
        for (HtmlNode c = n.firstElementChild(); c && *prose < 6; c = c.nextElementSibling()) {
            if (c.is("p"))
                *prose += c.text().size() >= 200;
            else
                countProse(c, prose, depth + 1);
        }
    }

    static void countArticleParts(const HtmlNode &n, int *h1, int *paragraphs, int depth)
    {
        if (depth > 60 || (*h1 > 0 && *paragraphs >= 3))
            return;
        for (HtmlNode c = n.firstElementChild(); c; c = c.nextElementSibling()) {
            if (c.is("h1"))
                ++*h1;
            else if (c.is("p"))
                ++*paragraphs;
            else
                countArticleParts(c, h1, paragraphs, depth + 1);
        }
    }

    static bool isDate(const HtmlNode &n, const QString &itemprop)
    {
        // RDFa pages (Drupal) mark the date with property="schema:dateCreated" or
        // "dc:date dc:created" on a span, the value in content=.
        static const QRegularExpression rdfaDate(
            QStringLiteral("(?:^|\\s)(?:[a-z]+:)?(?:datepublished|datecreated|created)(?:\\s|$)"));
        return n.is("time") || itemprop == QLatin1String("datepublished") ||
               itemprop == QLatin1String("datecreated") ||
               (n.hasAttribute("property") && rdfaDate.match(n.attribute("property").toLower()).hasMatch()) ||
               (itemprop.isEmpty() && !n.is("a") && htmlclass::matches(n, htmlclass::Date));
    }

    void walk(const HtmlNode &node, bool outside, bool inFigure, bool inByline, int depth)
    {
        if (depth > 200)
            return;
        for (HtmlNode n = node.firstElementChild(); n; n = n.nextElementSibling()) {
            const QLatin1StringView name = n.name();
            if (name == QLatin1String("script")) {
                if (n.attribute("type").trimmed().compare(QLatin1String("application/ld+json"),
                                                          Qt::CaseInsensitive) == 0)
                    out->jsonLd.append(n);
                continue;
            }
            if (name == QLatin1String("style") || name == QLatin1String("template") ||
                name == QLatin1String("svg"))
                continue;
            if (name == QLatin1String("meta")) {
                QString key = n.attribute("property");
                if (key.isEmpty())
                    key = n.attribute("name");
                if (key.isEmpty())
                    key = n.attribute("itemprop");
                if (!key.isEmpty() && n.hasAttribute("content"))
                    out->metas.append(
                        {key.trimmed().toLower(), decodeLeftoverEntities(n.attribute("content")), n});
                continue;
            }
            if (name == QLatin1String("title")) {
                if (out->title.isNull())
                    out->title = n;
                continue;
            }
            const bool nowOutside = outside || isOutsideTag(n) || isOutsideClass(n);
            const QString itemprop = n.attribute("itemprop").toLower();
            if (!nowOutside) {
                if (name == QLatin1String("h1") || itemprop == QLatin1String("headline"))
                    out->headings.append(n);
                const bool rel = n.attribute("rel").toLower().contains(QLatin1String("author"));
                if (rel && name == QLatin1String("a"))
                    out->authorLinks.append(n);
                const bool byline =
                    !inByline && !inFigure &&
                    (itemprop == QLatin1String("author") || itemprop == QLatin1String("creator") ||
                     htmlclass::matches(n, htmlclass::Byline));
                if (byline && !n.is("img") && !n.is("meta") && !n.is("link") &&
                    !htmlclass::matches(n, htmlclass::Caption))
                    out->bylines.append(n);
                if (isDate(n, itemprop))
                    out->dates.append(n);
                if (name == QLatin1String("figure")) {
                    out->figures.append(n);
                    walk(n, nowOutside, true, inByline, depth + 1);
                    continue;
                }
                if (!inFigure && !n.is("img") &&
                    (n.is("figcaption") || htmlclass::matches(n, htmlclass::Caption)))
                    out->captions.append(n);
                else if (!inFigure && !n.is("img") && out->credits.size() < 50 &&
                         htmlclass::matches(n, htmlclass::Credit))
                    out->credits.append(n);
                if (!inFigure && name == QLatin1String("img"))
                    out->images.append(n);
                walk(n, nowOutside, inFigure, inByline || byline, depth + 1);
            } else {
                if (out->outsideDates.size() < 20 && isDate(n, itemprop))
                    out->outsideDates.append(n);
                // An article's own footer row may hold its author line; kept for a last resort.
                const bool outsideByline = !inByline && out->outsideBylines.size() < 20 &&
                                           htmlclass::matches(n, htmlclass::Byline) && insideArticle(n);
                if (outsideByline)
                    out->outsideBylines.append(n);
                walk(n, nowOutside, inFigure, inByline || outsideByline, depth + 1);
            }
            if (name == QLatin1String("p")) {
                out->paragraphs.append(n);
                out->paragraphOutside.append(nowOutside);
            }
        }
    }
};

} // namespace

HtmlSignals collectHtmlSignals(const HtmlDocument &document)
{
    HtmlSignals s;
    if (document.root().isNull())
        return s;
    Walker w{&s};
    w.walk(document.root(), false, false, false, 0);
    return s;
}

} // namespace galley
