// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/boilerplatevocabulary.h"

#include "extract/html/htmldocument.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <algorithm>

namespace galley {

namespace {

// Words of class/id names that mark page furniture. Matched against whole words of a name, so "ad"
// does not hit "header" or "read". English and German, the languages of the pages Galley sees most.
const QSet<QString> &furnitureWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w : {
                 "nav",
                 "navbar",
                 "navigation",
                 "menu",
                 "breadcrumb",
                 "breadcrumbs",
                 "pagination",
                 "pager",
                 "footer",
                 "header",
                 "masthead",
                 "sidebar",
                 "aside",
                 "rail",
                 "widget",
                 "widgets",
                 "skip",
                 "share",
                 "sharing",
                 "shares",
                 "sharebar",
                 "social",
                 "sns",
                 "facebook",
                 "whatsapp",
                 "toolbar",
                 "tools",
                 "print",
                 "related",
                 "recommended",
                 "recommend",
                 "recommendations",
                 "trending",
                 "popular",
                 "most",
                 "mostread",
                 "newsletter",
                 "newsletters",
                 "subscribe",
                 "subscription",
                 "signup",
                 "promo",
                 "promotion",
                 "cta",
                 "banner",
                 "sponsor",
                 "sponsored",
                 "partner",
                 "outbrain",
                 "taboola",
                 "recirc",
                 "recirculation",
                 "comment",
                 "comments",
                 "disqus",
                 "discussion",
                 "cookie",
                 "cookies",
                 "consent",
                 "gdpr",
                 "popup",
                 "modal",
                 "overlay",
                 "paywall",
                 "login",
                 "byline",
                 "bylines",
                 "author",
                 "authors",
                 "contributor",
                 "bio",
                 "dateline",
                 "timestamp",
                 "date",
                 "time",
                 "published",
                 "updated",
                 "meta",
                 "caption",
                 "captions",
                 "figcaption",
                 "credit",
                 "credits",
                 "tags",
                 "keywords",
                 "topics",
                 "embed",

                 "instagram",
                 "gallery",
                 "slideshow",
                 "carousel",
                 "video",
                 "player",
                 "rating",
                 "feedback",
                 "survey",
                 "poll",
                 "ad",
                 "ads",
                 "adslot",
                 "advert",
                 "adverts",
                 "advertisement",
                 "advertising",
                 "dfp",
                 "teaser",
                 "teasers",
                 "werbung",
                 "anzeige",
                 "kommentar",
                 "kommentare",
                 "autor",
                 "datum",
                 "bildunterschrift",
                 "copyright",
                 "disclaimer",

                 "offscreen",
                 "search",
                 "lightbox",
                 "jump",

                 "readmore",
                 "more",
                 "alert",
                 "notification",
                 "notice",
                 "donate",
                 "donation",
                 "app",
                 "podcast",
                 "audio",
                 "listen",
                 "follow",
                 "bookmark",
                 "save",
                 "headline",
                 "title",
                 "kicker",
                 "eyebrow",
             })
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

const QSet<QString> &contentWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w :
             {"article", "articlebody", "content", "story", "storybody", "body", "entry", "post", "text",
              "main", "prose", "copy", "richtext", "artikel", "inhalt", "fliesstext"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

// Leading words of layout modifiers: "has-sidebar" describes the page, not this element.
bool isModifierWord(QStringView w)
{
    // ... and CMS taxonomy classes ("type-podcast", "category-video", "tag-comments") describe the
    // post's subject, not the element's role.
    return w == u"has" || w == u"with" || w == u"no" || w == u"is" || w == u"show" || w == u"without" ||
           w == u"enable" || w == u"hide" || w == u"js" || w == u"u" || w == u"type" || w == u"category" ||
           w == u"tag" || w == u"format" || w == u"status" || w == u"tax" || w == u"taxonomy" ||
           w == u"template" || w == u"path" || w == u"page";
}

// Splits a name into lower-case words at punctuation, digits and camelCase humps.
QStringList nameWords(QStringView name)
{
    QStringList words;
    QString current;
    QChar previous;
    for (const QChar c : name) {
        if (!c.isLetter()) {
            if (!current.isEmpty())
                words.append(current);
            current.clear();
        } else {
            if (c.isUpper() && previous.isLower() && !current.isEmpty()) {
                words.append(current);
                current.clear();
            }
            current.append(c.toLower());
        }
        previous = c;
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

// Furniture that may also hold the lead or standfirst (an article header, a teaser box, a podcast post):
// only its short lines are dropped, its prose is judged like any other.
const QSet<QString> &softWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w :
             {"header",  "masthead",  "teaser",   "teasers",   "podcast",  "audio",     "video",   "player",
              "gallery", "slideshow", "carousel", "embed",     "headline", "title",     "kicker",  "eyebrow",
              "meta",    "date",      "time",     "published", "updated",  "timestamp", "dateline"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

enum class Verdict { None, SoftFurniture, Furniture, Content };

Verdict judgeNameUncached(QStringView name)
{
    const QStringList words = nameWords(name);
    if (words.isEmpty() || isModifierWord(words.first()))
        return Verdict::None;
    Verdict verdict = Verdict::None;
    for (const QString &w : words) {
        if (furnitureWords().contains(w)) {
            if (!softWords().contains(w))
                return Verdict::Furniture;
            verdict = Verdict::SoftFurniture;
        } else if (contentWords().contains(w) && verdict == Verdict::None) {
            verdict = Verdict::Content;
        }
    }
    return verdict;
}

// Class names repeat within a page and across a site's pages; splitting them is the costly part.
Verdict judgeName(QStringView name)
{
    thread_local QHash<QString, Verdict> cache;
    const QString key = name.toString();
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    if (cache.size() > 20000)
        cache.clear(); // bounded: a batch of very different sites must not grow it forever
    const Verdict verdict = judgeNameUncached(name);
    cache.insert(key, verdict);
    return verdict;
}

} // namespace

NameHint nameHint(const HtmlNode &element)
{
    const QString itemprop = element.attribute("itemprop");
    if (itemprop.compare(u"articleBody", Qt::CaseInsensitive) == 0 || itemprop == u"text")
        return NameHint::ArticleBody;
    const QString role = element.attribute("role").toLower();
    if (role == u"navigation" || role == u"banner" || role == u"contentinfo" || role == u"complementary" ||
        role == u"search" || role == u"dialog" || role == u"alertdialog" || role == u"menu" ||
        role == u"menubar" || role == u"toolbar")
        return NameHint::Boilerplate;
    if (!itemprop.isEmpty() && judgeName(itemprop) == Verdict::Furniture)
        return NameHint::Boilerplate;
    bool content = role == u"main" || role == u"article";
    bool soft = false;
    const QString id = element.attribute("id");
    const QString classes = element.attribute("class");
    QList<QStringView> names = QStringView(classes).split(u' ', Qt::SkipEmptyParts);
    names.append(QStringView(id));
    for (const QStringView name : names) {
        const Verdict v = judgeName(name);
        if (v == Verdict::Furniture)
            return NameHint::Boilerplate;
        content |= v == Verdict::Content;
        soft |= v == Verdict::SoftFurniture;
    }
    return soft ? NameHint::SoftBoilerplate : content ? NameHint::Content : NameHint::Neutral;
}

bool isBoilerplatePhrase(QStringView text)
{
    if (text.size() > 160)
        return false;
    // Whole-block phrases, compared without case and trailing punctuation.
    static const QRegularExpression whole(
        QStringLiteral(
            "^(advertisement|advertising|anzeige|werbung|sponsored|read more|more|continue reading|"
            "weiterlesen|mehr lesen|mehr|share|share this|share this (article|story|page)|"
            "share on \\w+|tweet|email|e-mail|print|comments?|\\d+ comments?|leave a comment|"
            "sign up|subscribe|log ?in|loading|related|related (articles|stories|content|coverage)|"
            "more on this (story|topic)|see also|lesen sie auch|mehr zum thema|auch interessant|"
            "skip to (main )?content|back to top|nach oben|follow us|top stories|most read|"
            "trending|recommended|artikel teilen|teilen|drucken|kommentare|"
            // Headings over the teasers and links that follow an article.
            "(weitere|mehr|ähnliche|verwandte|passende|aktuelle) (themen|artikel|beiträge|nachrichten|"
            "informationen|infos|links|meldungen|news|storys|stories|videos|tipps|termine|events)( "
            "(zum|zu|in|aus) .{1,40})?|"
            "(kommende|nächste) (termine|events|veranstaltungen)|(das|dies|das thema) könnte (sie|dich) auch "
            "interessieren|"
            "lesen sie auch (die|diese) (folgenden )?(beiträge|artikel)|(vorschau auf den "
            ")?(nächsten|vorherigen) (artikel|beitrag)|"
            "(next|previous) (article|post|story)|you (may|might) also like|more stories|"
            "what do you think|was denkst du|was meinen sie|kontakt|contact( us)?|quellenangaben|"
            "\\(?noch keine bewertungen\\)?( loading)?)[\\s.:!?…»›>]*$"),
        QRegularExpression::CaseInsensitiveOption);
    // Lead-ins of links and calls to action.
    static const QRegularExpression leadIn(
        QStringLiteral(
            "^(read more|read also|also read|related|see also|more|watch|listen|recommended|"
            "lesen sie (auch|mehr)|mehr zum thema|mehr dazu|auch interessant|zum thema)\\s*[:|»›>]|"
            "^(sign up|subscribe|click here|follow us|follow \\w+ on|download (our|the) app|"
            "get (our|the) \\w+ newsletter|jetzt abonnieren|melden sie sich|"
            // Rating and sharing widgets under a post.
            "(war|ist) (der|dieser|die|diese) (artikel|beitrag|seite) (nützlich|hilfreich)|"
            "(möchten sie|willst du|möchtest du) (den|diesen) (artikel|beitrag) teilen)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // Dashes and brackets around a label: "- Anzeige -", "[Werbung]".
    QStringView t = text.trimmed();
    const auto framing = [](QChar c) {
        return c == u'-' || c == u'–' || c == u'—' || c == u'(' || c == u')' || c == u'[' || c == u']' ||
               c == u'|' || c.isSpace();
    };
    while (!t.isEmpty() && framing(t.front()))
        t = t.sliced(1);
    while (!t.isEmpty() && framing(t.back()) && t.back() != u')')
        t = t.chopped(1);
    return whole.match(t).hasMatch() || leadIn.match(t).hasMatch();
}

bool isBylineOrDateLine(QStringView text)
{
    if (text.size() > 100)
        return false;
    static const QRegularExpression byline(QStringLiteral(
        "^(?i:by|von|par|por|di|door|av)\\s+\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}"
        "(\\s*(,|and|und|&)\\s*\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})*"
        "(\\s*[,|/–—-].{0,40})?$"));
    static const QRegularExpression stamp(
        QStringLiteral("^(updated|published|posted|last updated|first published|aktualisiert|veröffentlicht|"
                       "stand|erschienen|zuletzt aktualisiert)\\b.{0,80}$"),
        QRegularExpression::CaseInsensitiveOption);
    // A line made only of date and time words: "November 20, 2019", "20.11.2019, 14:35 Uhr",
    // "Tue 3 Mar 2020 06.00 GMT".
    static const QRegularExpression dateOnly(
        QStringLiteral("^((mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
                       "sonntag|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|"
                       "mai|juni|juli|oktober|dezember|[a-zä]+day|[a-zä]+ber|january|february|march|april|"
                       "june|july|august|am|pm|a\\.m|p\\.m|uhr|gmt|utc|bst|cet|cest|mez|mesz|[ecmp][sd]?t|"
                       "at|um|on|am|\\d{1,4})[\\s.,:/-]*)+$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString t = text.trimmed().toString();
    return byline.match(t).hasMatch() || stamp.match(t).hasMatch() ||
           (t.size() <= 60 && std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.isDigit(); }) &&
            dateOnly.match(t).hasMatch());
}

} // namespace galley
