// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/htmlheadline.h"

#include "extract/html/entities.h"
#include "extract/html/htmlspans.h"

#include <QRegularExpression>
#include <QSet>

namespace galley {

namespace {

QStringList words(const QString &text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return text.toCaseFolded().split(nonWord, Qt::SkipEmptyParts);
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

QString stripSiteName(const QString &title, const QString &siteName)
{
    static const QRegularExpression separator(
        QStringLiteral("\\s+[|–—·•»:/-]{1,2}\\s+|\\s+::\\s+|\\s*\\|\\s*"),
        QRegularExpression::UseUnicodePropertiesOption);
    QList<QStringView> parts;
    QList<QStringView> seps;
    qsizetype pos = 0;
    const QString t = title.simplified();
    for (QRegularExpressionMatchIterator it = separator.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        parts.append(QStringView(t).mid(pos, m.capturedStart(0) - pos));
        seps.append(m.capturedView(0));
        pos = m.capturedEnd(0);
    }
    parts.append(QStringView(t).mid(pos));
    if (parts.size() < 2)
        return t;
    auto isSite = [&](QStringView part) {
        if (!siteName.isEmpty() && similarity(part.toString(), siteName) >= 0.5)
            return true;
        QString compact = part.toString().remove(QLatin1Char(' ')).toLower();
        return !siteName.isEmpty() && compact == QString(siteName).remove(QLatin1Char(' ')).toLower();
    };
    qsizetype first = 0, last = parts.size() - 1;
    while (last > first && isSite(parts[last]))
        --last;
    while (first < last && isSite(parts[first]))
        ++first;
    if (first == 0 && last == parts.size() - 1) {
        // No known site name: a short last part after a '|' or dash is the site or section.
        const qsizetype lastWords = words(parts[last].toString()).size();
        qsizetype restWords = 0;
        for (qsizetype i = 0; i < last; ++i)
            restWords += words(parts[i].toString()).size();
        if (lastWords <= 4 && restWords >= 3 && restWords > lastWords)
            --last;
    }
    const qsizetype start = parts[first].data() - t.data();
    const qsizetype end = parts[last].data() - t.data() + parts[last].size();
    return t.mid(start, end - start).trimmed();
}

void extractHtmlHeadline(const HtmlSignals &page, const JsonLdArticle &jsonLd, Article *article)
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
            declared.append({stripSiteName(value, siteName),
                             elementSpan(node, QStringLiteral("meta:") + QLatin1String(key))});
    }
    if (page.title) {
        const QString title = stripSiteName(decodeLeftoverEntities(page.title.text()), siteName);
        if (!title.isEmpty())
            declared.append({title, elementSpan(page.title, QStringLiteral("title"))});
    }

    // The visible heading that agrees best with the declared titles.
    HtmlNode best;
    QString bestText;
    double bestScore = 0;
    int looked = 0;
    for (const HtmlNode &h : page.headings) {
        const QString text = h.text().simplified();
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
