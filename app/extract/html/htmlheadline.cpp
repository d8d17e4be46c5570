// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/htmlheadline.h"

#include "extract/common/scriptmetrics.h"
#include "extract/html/entities.h"
#include "extract/html/htmlspans.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace galley {

namespace {

// The case-folded words of `text`: its runs of letters and numbers (\p{L}, \p{N}), by code point. A
// loop, not QString::split on a pattern: the headline's agreement tests call it for every candidate.
QStringList words(const QString &text)
{
    const QString folded = text.toCaseFolded();
    QStringList out;
    const qsizetype n = folded.size();
    qsizetype start = -1;
    for (qsizetype i = 0; i < n;) {
        char32_t c = folded[i].unicode();
        qsizetype units = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < n && folded[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(folded[i], folded[i + 1]);
            units = 2;
        }
        const bool inWord = QChar::isLetterOrNumber(c);
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            out.append(folded.mid(start, i - start));
            start = -1;
        }
        i += units;
    }
    if (start >= 0)
        out.append(folded.mid(start));
    return out;
}

// How many words a title part holds; a Chinese or Japanese run without spaces counts by its characters
// (scriptmetrics), not as one word.
double wordCount(QStringView text)
{
    if (scriptmetrics::denseExtra(text) == 0)
        return double(words(text.toString()).size());
    return scriptmetrics::measure(text).wordUnits();
}

// Share of the longer text's words found in the other: 1 for the same words, whatever the punctuation.
double similarity(const QString &a, const QString &b)
{
    const QStringList wa = words(a), wb = words(b);
    if (wa.isEmpty() || wb.isEmpty())
        return 0;
    const QSet<QString> sb(wb.begin(), wb.end());
    int common = 0;
    for (const QString &w : wa)
        common += sb.contains(w) ? 1 : 0;
    return double(common) / double(qMax(wa.size(), wb.size()));
}

// A heading of two or more words printed whole inside a declared title that adds an unknown site name
// ("About bugs" in "About bugs – Vortex Cannon Entertainment"); a one-word logo never counts.
double containment(const QString &heading, const QString &declared)
{
    const QStringList wh = words(heading), wd = words(declared);
    if (wh.size() < 2 || wd.isEmpty() || double(wh.size()) < 0.4 * double(wd.size()))
        return 0;
    return words(declared).join(QLatin1Char(' ')).contains(wh.join(QLatin1Char(' '))) ? 0.9 : 0;
}

struct Declared
{
    QString text;
    SourceSpan span;
};

double agreement(const QString &text, const QList<Declared> &declared)
{
    double score = declared.isEmpty() ? 0.5 : 0;
    for (const Declared &d : declared)
        score = qMax(score, qMax(similarity(text, d.text), containment(text, d.text)));
    return score;
}

// A heading printed in parts (a kicker or section label, a date, then the headline proper): its text
// after the first part, or nothing when it has a single part.
QString afterFirstPart(const HtmlNode &heading)
{
    HtmlNode node = heading;
    for (int depth = 0; depth < 4; ++depth) { // step into a lone wrapper (<a>, <span>) holding it all
        HtmlNode only;
        int elements = 0;
        bool looseText = false;
        for (HtmlNode c = node.firstChild(); c; c = c.nextSibling()) {
            if (c.isElement()) {
                ++elements;
                only = c;
            } else if (c.isText() && !c.text().trimmed().isEmpty()) {
                looseText = true;
            }
        }
        if (elements != 1 || looseText)
            break;
        node = only;
    }
    QString tail;
    bool first = false;
    for (HtmlNode c = node.firstChild(); c; c = c.nextSibling()) {
        if (c.is("script") || c.is("style"))
            continue;
        const QString text = c.text();
        if (!first) {
            if (text.trimmed().isEmpty())
                continue;
            if (!c.isElement()) // loose text first: the heading proper, not a label element
                return {};
            first = true;
            continue;
        }
        tail += c.is("br") ? QStringLiteral(" ") : text;
    }
    static const QRegularExpression leadingSeparator(QStringLiteral("^[\\s|:\u2013\u2014-]+"));
    return tail.simplified().remove(leadingSeparator);
}

} // namespace

QString hostLabel(const QString &url)
{
    const QStringList labels = QUrl(url).host().toLower().split(QLatin1Char('.'), Qt::SkipEmptyParts);
    QString main;
    for (qsizetype i = 0; i + 1 < labels.size(); ++i) { // the last label is the top-level domain
        if (labels[i] != QLatin1String("www") && labels[i].size() > main.size())
            main = labels[i];
    }
    main.remove(QLatin1Char('-'));
    return main;
}

namespace {

// A title cut at its separators (" | ", " - ", " » ", ...): the parts and, between them, the separators.
struct TitleParts
{
    QString text;
    QList<QStringView> parts;
    QList<QString> separators;
};

TitleParts splitTitle(const QString &title)
{
    static const QRegularExpression separator(
        QStringLiteral("\\s+[|–—·•»›:/-]{1,2}\\s+|\\s+::\\s+|\\s*\\|\\s*"),
        QRegularExpression::UseUnicodePropertiesOption);
    TitleParts out;
    out.text = title.simplified();
    qsizetype pos = 0;
    for (QRegularExpressionMatchIterator it = separator.globalMatch(out.text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.parts.append(QStringView(out.text).mid(pos, m.capturedStart(0) - pos));
        out.separators.append(m.captured(0).trimmed());
        pos = m.capturedEnd(0);
    }
    out.parts.append(QStringView(out.text).mid(pos));
    return out;
}

// Whether a title part of at most four words names the host by its main label ("Zeitung.de",
// "ZEITUNG Online" on www.zeitung.de).
bool namesHost(QStringView part, const QString &label)
{
    if (label.size() < 4 || words(part.toString()).size() > 4)
        return false;
    QString squashed;
    for (const QChar ch : part) {
        if (ch.isLetterOrNumber())
            squashed += ch.toLower();
    }
    return squashed == label || (label.size() >= 5 && squashed.contains(label));
}

// Separators of a path: a title joined by them is a breadcrumb.
bool isPathSeparator(const QString &separator)
{
    return separator == u"»" || separator == u"›" || separator == u"/" || separator == u"//" ||
           separator == u"::" || separator == u"|" || separator == u">";
}

} // namespace

QString siteNameInTitle(const QString &title, const QString &url)
{
    const QString label = hostLabel(url);
    const TitleParts t = splitTitle(title);
    if (t.parts.size() < 2)
        return {};
    for (const QStringView part : {t.parts.front(), t.parts.back()}) {
        if (namesHost(part, label))
            return part.toString();
    }
    return {};
}

namespace {

QString stripParts(const QString &title, const QString &siteName, const QString &host)
{
    const TitleParts split = splitTitle(title);
    const QString &t = split.text;
    const QList<QStringView> &parts = split.parts;
    const QList<QString> &seps = split.separators;
    if (parts.size() < 2)
        return t;
    const QString label = hostLabel(host);
    auto isSite = [&](QStringView part) {
        if (!siteName.isEmpty() && similarity(part.toString(), siteName) >= 0.5)
            return true;
        QString compact = part.toString().remove(QLatin1Char(' ')).toLower();
        if (!siteName.isEmpty() && compact == QString(siteName).remove(QLatin1Char(' ')).toLower())
            return true;
        return namesHost(part, label);
    };
    qsizetype first = 0, last = parts.size() - 1;
    while (last > first && isSite(parts[last]))
        --last;
    while (first < last && isSite(parts[first]))
        ++first;
    const bool siteFound = first > 0 || last < parts.size() - 1;
    // "Headline - Site - the site's slogan": what follows the site's name is not the page's.
    for (qsizetype i = first + 1; i < last; ++i) {
        if (isSite(parts[i])) {
            last = i - 1;
            break;
        }
    }
    // A breadcrumb ("Site » Blog Archive » Headline", "Headline / Section / Site"): three or more parts
    // joined by one path separator; the page's own title is the fuller of the two ends that are not
    // the site.
    bool breadcrumb = false;
    if (parts.size() >= 3 && last > first && isPathSeparator(seps.front())) {
        bool uniform = true;
        for (const QString &sep : seps)
            uniform = uniform && sep == seps.front();
        const double wf = wordCount(parts[first]);
        const double wl = wordCount(parts[last]);
        if (uniform && wl > wf) {
            first = last;
            breadcrumb = true;
        } else if (uniform && wf > wl) {
            last = first;
            breadcrumb = true;
        }
    }
    if (!siteFound && !breadcrumb && first == 0 && last == parts.size() - 1) {
        // No known site name: a short last part after a '|' or dash is the site or section.
        const double lastWords = wordCount(parts[last]);
        double restWords = 0;
        for (qsizetype i = 0; i < last; ++i)
            restWords += wordCount(parts[i]);
        if (lastWords <= 4 && restWords >= 3 && restWords > lastWords)
            --last;
    }
    const qsizetype start = parts[first].data() - t.data();
    const qsizetype end = parts[last].data() - t.data() + parts[last].size();
    static const QRegularExpression framing(QStringLiteral("^[\\s|–—·•»›:/-]+|[\\s|–—·•»›:/-]+$"));
    return t.mid(start, end - start).remove(framing).trimmed();
}

// A heading the page hides from readers (a section name kept for screen readers or search engines):
// the `hidden` attribute, aria-hidden, or a utility class that hides it outright.
bool isHiddenHeading(const HtmlNode &h)
{
    if (h.hasAttribute("hidden") || h.attribute("aria-hidden") == u"true")
        return true;
    const QString cls = h.attribute("class");
    for (const QStringView c : QStringView(cls).tokenize(u' ', Qt::SkipEmptyParts)) {
        if (c == u"hidden" || c == u"d-none" || c == u"sr-only" || c == u"visually-hidden" ||
            c == u"invisible")
            return true;
    }
    return false;
}

} // namespace

QString stripSiteName(const QString &title, const QString &siteName, const QString &host)
{
    return stripParts(title, siteName, host);
}

void extractHtmlHeadline(const HtmlSignals &page, const JsonLdArticle &jsonLd, const QString &pageUrl,
                         Article *article)
{
    const QString siteName = article->publisher;
    QList<Declared> declared;
    if (!jsonLd.headline.isEmpty())
        declared.append({jsonLd.headline, elementSpan(jsonLd.script, QStringLiteral("json-ld"))});
    static const char *const keys[] = {"og:title",       "twitter:title", "title",
                                       "sailthru.title", "parsely-title", "dc.title"};
    for (const char *key : keys) {
        HtmlNode node;
        const QString value = page.meta({key}, &node);
        if (!value.isEmpty())
            declared.append({stripSiteName(value, siteName, pageUrl),
                             elementSpan(node, QStringLiteral("meta:") + QLatin1String(key))});
    }
    if (page.title) {
        const QString title = stripSiteName(decodeLeftoverEntities(page.title.text()), siteName, pageUrl);
        if (!title.isEmpty())
            declared.append({title, elementSpan(page.title, QStringLiteral("title"))});
    }

    // The visible heading that agrees best with the declared titles.
    HtmlNode best;
    QString bestText;
    double bestScore = 0;
    int looked = 0;
    for (const HtmlNode &h : page.headings) {
        if (isHiddenHeading(h))
            continue;
        QString text;
        if (!h.textWithin(300, &text))
            continue;
        text = std::move(text).simplified();
        if (text.size() < 3 || text.size() > 300)
            continue;
        if (++looked > 8)
            break;
        const double score = agreement(text, declared);
        if (score > bestScore) {
            best = h;
            bestText = text;
            bestScore = score;
        }
    }
    if (best && bestScore >= 0.5 && !declared.isEmpty()) {
        // "Climate: Drilling until it gets hot" printed as a kicker <span> and the headline: the
        // declared titles say which one is the headline.
        const QString tail = afterFirstPart(best);
        const double tailScore = words(tail).size() >= 2 ? agreement(tail, declared) : 0;
        if (tailScore >= 0.8 && tailScore > bestScore + 0.05) {
            bestText = tail;
            bestScore = tailScore;
        }
    }
    if (best && bestScore >= 0.5) {
        article->headline = bestText;
        addSpan(article, QStringLiteral("headline"),
                locateText(best, bestText,
                           best.is("h1") ? QStringLiteral("h1") : QStringLiteral("itemprop:headline")));
        return;
    }
    for (const Declared &d : std::as_const(declared)) {
        if (!d.text.isEmpty()) {
            article->headline = d.text.simplified();
            addSpan(article, QStringLiteral("headline"), d.span);
            return;
        }
    }
}

} // namespace galley
