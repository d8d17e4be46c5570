// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/bodyextractor.h"

#include "extract/common/scriptmetrics.h"
#include "extract/html/blockcollector.h"
#include "extract/html/boilerplatevocabulary.h"

#include <algorithm>
#include <vector>

namespace galley {

using namespace Qt::Literals::StringLiterals;

namespace {

// Thresholds, in characters. A "good" block is prose a reader came for.
constexpr qsizetype GoodLength = 70;
constexpr double GoodLinkDensity = 0.25;
constexpr double DropLinkDensity = 0.5;
constexpr qsizetype ShortLength = 40;
// A furniture name is overruled on an element holding at least this share of all good text.
constexpr double AbsolveShare = 0.5;
// How many levels above the region's top element the lead and the text may part: page builders and
// CMS themes nest the text box five or six wrappers below the article that also holds the header.
constexpr int LeadDepth = 6;
// Candidates scoring at least this share of the winner's score are its rivals.
constexpr double RivalShare = 0.5;
// A body shorter than this (about a sentence) is retried with relaxed furniture names. Lower than
// trafilatura's 250: a short article that the strict rules found is kept, not traded for the prose of
// sign-in dialogs or comments that the relaxed reading lets in.
constexpr qsizetype ShortBodyChars = 100;

double linkDensity(const TextBlock &b)
{
    return b.text.isEmpty() ? 0.0 : double(b.linkChars) / double(b.text.size());
}

// Closing quotes and brackets aside, the text ends in a sentence mark of any script ("。", "؟").
bool endsLikeSentence(const QString &t)
{
    for (qsizetype i = t.size() - 1; i >= 0; --i) {
        const QChar c = t.at(i);
        if (c == u'"' || c == u'”' || c == u'’' || c == u'\'' || c == u')' || c == u'»' || c == u'“' ||
            c == u'」' || c == u'』' || c == u'）' || scriptmetrics::isLayoutControl(c.unicode()))
            continue;
        return c == u':' || scriptmetrics::isSentenceEnd(c.unicode());
    }
    return false;
}

// Readability's comma count, with the commas of other scripts ("，", "、", "،").
double commas(const QString &t)
{
    qsizetype n = 0;
    for (const QChar c : t)
        n += c == u',' || (c.unicode() >= 0x600 && scriptmetrics::isClauseMark(c.unicode()) && c != u';');
    return double(n);
}

qsizetype plainChars(const TextBlock &b)
{
    return b.text.size() - b.linkChars;
}

// Long prose may carry many inline links (a news digest, a linked name per sentence) and still be
// prose; what a link list lacks is the text between the links.
double toleratedLinkDensity(const TextBlock &b, double base)
{
    return plainChars(b) >= 100 ? base + 0.3 : base;
}

bool isGood(const TextBlock &b)
{
    if (b.kind == BlockKind::Heading || linkDensity(b) > toleratedLinkDensity(b, GoodLinkDensity))
        return false;
    if (b.kind == BlockKind::Table)
        return b.length() >= GoodLength;
    return b.length() >= GoodLength || (b.length() >= ShortLength && endsLikeSentence(b.text));
}

QString foldForCompare(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
    }
    return out;
}

// The page's own title candidates, to recognise the headline printed again above the text.
QList<QString> titleCandidates(const HtmlDocument &document, const PageBlocks &page)
{
    QList<QString> titles;
    for (HtmlNode n = document.head().firstElementChild(); n; n = n.nextElementSibling()) {
        if (n.is("title")) {
            titles.append(foldForCompare(n.text()));
        } else if (n.is("meta")) {
            const QString property = n.attribute("property") + n.attribute("name");
            if (property.endsWith(u"og:title") || property.endsWith(u"twitter:title"))
                titles.append(foldForCompare(n.attribute("content")));
        }
    }
    for (const TextBlock &b : page.blocks) {
        if (b.tag == "h1"_L1)
            titles.append(foldForCompare(b.text));
    }
    titles.removeAll(QString());
    return titles;
}

bool repeatsTitle(const TextBlock &b, const QList<QString> &titles)
{
    if (b.text.size() > 300)
        return false;
    const QString folded = foldForCompare(b.text);
    if (folded.size() + scriptmetrics::denseExtra(folded) < 8) // a Chinese headline of 4 characters counts
        return false;
    for (const QString &t : titles) {
        // <title> often carries the site name too: "Headline | Site".
        if (t == folded || (folded.size() * 2 >= t.size() && t.startsWith(folded)))
            return true;
    }
    return false;
}

// How strictly furniture names are believed. A page whose article sits inside an element named like
// furniture ("paywall-on", a forum post styled as a "comment", a shop's product "form") comes out
// empty under the strict reading; trafilatura and Readability then retry with relaxed rules, and so
// does the chooser: names only mark short lines, tags (<nav>, <footer>, <aside>) still count.
enum class Strictness { Strict, Relaxed };

class BodyChooser
{
public:
    BodyChooser(const HtmlDocument &document, const PageBlocks &page, Strictness strictness)
        : m_document(document), m_page(page), m_strictness(strictness)
    {}

    QList<int> choose()
    {
        const std::size_t n = m_page.elements.size();
        if (n == 0)
            return {};
        // Good text per element, over all blocks.
        std::vector<double> good(n, 0.0);
        for (const TextBlock &b : m_page.blocks) {
            if (isGood(b))
                addUp(&good, b.element, double(b.length()));
        }
        const double total = good[0];
        // Elements holding nothing but headings: a furniture-sounding wrapper ("j-header",
        // "section-title", <header>) around a subheading names the heading, not page furniture.
        std::vector<char> headingsOnly(n, 2); // 2: no text yet, 1: only headings, 0: other text too
        for (const TextBlock &b : m_page.blocks) {
            const char v = b.kind == BlockKind::Heading ? 1 : 0;
            for (int e = b.element; e >= 0; e = m_page.elements[std::size_t(e)].parent) {
                char &h = headingsOnly[std::size_t(e)];
                if (h == 0 || h == v)
                    break; // the ancestors already know as much
                h = h == 2 ? v : 0;
            }
        }
        // Furniture, unless it holds most of the prose; inherited down the tree (parents come first).
        m_excluded.assign(n, false);
        m_soft.assign(n, false);
        for (std::size_t i = 0; i < n; ++i) {
            const ElementInfo &e = m_page.elements[i];
            const bool absolved = total > 0 && good[i] >= AbsolveShare * total;
            const bool header = e.node.is("header");
            // <main> is the page's main content by definition; a name on it is a skip-link target or a
            // layout state ("skip-main", "main--paywalled"), not furniture.
            const bool named = e.hint == NameHint::Boilerplate && !e.node.is("main");
            const bool relaxed = m_strictness == Strictness::Relaxed;
            const bool hard = ((named && !relaxed) || (e.furnitureTag && !header)) && !absolved;
            const bool soft = (e.hint == NameHint::SoftBoilerplate || (named && relaxed) || header) &&
                              !absolved && headingsOnly[i] != 1;
            m_excluded[i] = hard || (e.parent >= 0 && m_excluded[std::size_t(e.parent)]);
            m_soft[i] = soft || (e.parent >= 0 && m_soft[std::size_t(e.parent)]);
        }
        return filterBlocks(findRegion());
    }

private:
    bool excluded(const TextBlock &b) const
    {
        const std::size_t e = std::size_t(b.element);
        return m_excluded[e] || (m_soft[e] && !isGood(b));
    }

    void addUp(std::vector<double> *sums, int element, double value) const
    {
        for (int e = element; e >= 0; e = m_page.elements[std::size_t(e)].parent)
            (*sums)[std::size_t(e)] += value;
    }

    // Content names and <article>/<main> around a block make its text count a little more, so close
    // calls between an article and a neighbouring teaser column go the article's way.
    double hintWeight(int element) const
    {
        double weight = 1.0;
        for (int e = element, steps = 0; e >= 0 && steps < 6;
             e = m_page.elements[std::size_t(e)].parent, ++steps) {
            const ElementInfo &info = m_page.elements[std::size_t(e)];
            if (info.hint == NameHint::ArticleBody)
                return 1.5;
            if (info.hint == NameHint::Content || info.articleTag)
                weight = 1.25;
        }
        return weight;
    }

    // Readability's decision: each paragraph scores its parent fully, its grandparent by half and the
    // next by a third, so the element that directly holds the run of paragraphs wins over a page
    // wrapper (which also holds teasers) and over a single teaser; scores are cut by the element's
    // link density. Siblings of the winner that score well (text split across several boxes) join it.
    std::vector<bool> findRegion() const
    {
        const std::size_t n = m_page.elements.size();
        std::vector<double> score(n, 0.0);
        std::vector<double> chars(n, 0.0);
        std::vector<double> links(n, 0.0);
        for (const TextBlock &b : m_page.blocks) {
            if (excluded(b))
                continue;
            addUp(&chars, b.element, double(b.text.size()));
            addUp(&links, b.element, double(b.linkChars));
            if (b.kind == BlockKind::Heading || b.length() < 25 ||
                linkDensity(b) > toleratedLinkDensity(b, GoodLinkDensity))
                continue;
            const double s =
                (1.0 + commas(b.text) + qMin(double(b.length()) / 100.0, 3.0)) * hintWeight(b.element);
            int e = m_page.elements[std::size_t(b.element)].parent;
            for (int level = 1; e >= 0 && level <= 3; ++level, e = m_page.elements[std::size_t(e)].parent)
                score[std::size_t(e)] += s / level;
        }
        int top = 0;
        std::vector<double> final(n, 0.0);
        for (std::size_t i = 0; i < n; ++i) {
            final[i] = chars[i] > 0 ? score[i] * (1.0 - links[i] / chars[i]) : 0.0;
            if (final[i] > final[std::size_t(top)])
                top = int(i);
        }
        top = climbWhileScoreGrows(commonHomeOfRivals(top, final), final);
        std::vector<bool> marked(n, false);
        marked[std::size_t(top)] = true;
        const int parent = m_page.elements[std::size_t(top)].parent;
        const double threshold = qMax(10.0, final[std::size_t(top)] * 0.2);
        for (std::size_t i = 0; parent >= 0 && i < n; ++i) {
            if (m_page.elements[i].parent == parent && final[i] >= threshold)
                marked[i] = true;
        }
        // Blocks sitting directly in the winner's parent (a lead paragraph beside the text box).
        for (const TextBlock &b : m_page.blocks) {
            const int owner = b.element;
            if (m_page.elements[std::size_t(owner)].parent == parent && parent >= 0 && isGood(b) &&
                linkDensity(b) < GoodLinkDensity)
                marked[std::size_t(owner)] = true;
        }
        // An article cut into several boxes by ads or pull quotes: strong candidates a few levels from
        // the winner join it, and so does whatever lies between them in the common ancestor.
        int area = top;
        const int topDepth = m_page.elements[std::size_t(top)].depth;
        for (std::size_t i = 0; i < n; ++i) {
            if (marked[i] || final[i] < 0.3 * final[std::size_t(top)])
                continue;
            const int common = commonAncestor(int(i), top);
            if (common == int(i) || common == top ||
                topDepth - m_page.elements[std::size_t(common)].depth > 5)
                continue;
            marked[i] = true;
            if (m_page.elements[std::size_t(common)].depth < m_page.elements[std::size_t(area)].depth)
                area = common;
        }
        for (std::size_t i = 1; i < n; ++i) {
            const int p = m_page.elements[i].parent;
            if (p >= 0 && marked[std::size_t(p)])
                marked[i] = true;
        }
        if (area != top) {
            qsizetype first = -1;
            qsizetype last = -1;
            for (qsizetype k = 0; k < m_page.blocks.size(); ++k) {
                if (marked[std::size_t(m_page.blocks.at(k).element)]) {
                    first = first < 0 ? k : first;
                    last = k;
                }
            }
            for (qsizetype k = first; k >= 0 && k <= last; ++k) {
                const int e = m_page.blocks.at(k).element;
                if (isDescendant(e, area))
                    marked[std::size_t(e)] = true;
            }
        }
        extendToLead(top, &marked);
        return marked;
    }

    // Readability's check for a text cut into equal boxes (a page builder's rows, one per question
    // of an interview): when at least three rival candidates score nearly as well as the winner, the
    // nearest ancestor holding three of them is the article.
    int commonHomeOfRivals(int top, const std::vector<double> &final) const
    {
        constexpr int Rivals = 3;
        std::vector<int> best;
        for (std::size_t i = 0; i < final.size(); ++i) {
            // A rival is another box: not the winner, nor a box around it or inside it.
            if (int(i) == top || final[i] < RivalShare * final[std::size_t(top)] ||
                isDescendant(top, int(i)) || isDescendant(int(i), top))
                continue;
            best.push_back(int(i));
        }
        if (best.size() < std::size_t(Rivals))
            return top;
        std::sort(best.begin(), best.end(),
                  [&final](int a, int b) { return final[std::size_t(a)] > final[std::size_t(b)]; });
        best.resize(qMin(best.size(), std::size_t(4))); // Readability's five top candidates
        for (int a = m_page.elements[std::size_t(top)].parent; a > 0;
             a = m_page.elements[std::size_t(a)].parent) {
            int inside = 0;
            for (const int r : best)
                inside += r != a && isDescendant(r, a) ? 1 : 0;
            if (inside >= Rivals)
                return a;
        }
        return top;
    }

    // Readability again: paragraphs score up to three levels, so an ancestor that scores more than the
    // winner holds more of the text (the winner was one of its boxes); climb while the score grows,
    // and stop where it falls below a third.
    int climbWhileScoreGrows(int top, const std::vector<double> &final) const
    {
        double last = final[std::size_t(top)];
        const double floor = last / 3.0;
        for (int a = m_page.elements[std::size_t(top)].parent; a > 0;
             a = m_page.elements[std::size_t(a)].parent) {
            const double score = final[std::size_t(a)];
            if (score < floor)
                break;
            if (score > last)
                return a;
            last = score;
        }
        return top;
    }

    // The lead (standfirst) often sits just above the text box, in the article header: good prose right
    // before the region joins it, across furniture lines (byline, date, photo credit) but not across a
    // heading, a link list or a short line, and only from nearby in the tree.
    void extendToLead(int top, std::vector<bool> *marked) const
    {
        qsizetype first = 0;
        while (first < m_page.blocks.size() && (!(*marked)[std::size_t(m_page.blocks.at(first).element)] ||
                                                excluded(m_page.blocks.at(first))))
            ++first;
        const int topDepth = m_page.elements[std::size_t(top)].depth;
        int steps = 0;
        for (qsizetype k = first - 1; k >= 0 && steps < 12; --k, ++steps) {
            const TextBlock &b = m_page.blocks.at(k);
            if (excluded(b))
                continue;
            if (b.tag == "h1"_L1 || linkDensity(b) > DropLinkDensity)
                break;
            if (topDepth - m_page.elements[std::size_t(commonAncestor(b.element, top))].depth > LeadDepth)
                break;
            // Date stamps, "In this article:" and subheadings lie between the lead and the text.
            if (b.kind != BlockKind::Heading && !(isGood(b) && linkDensity(b) <= GoodLinkDensity)) {
                if (b.length() < ShortLength || isBylineOrDateLine(b.text) || isBoilerplatePhrase(b.text))
                    continue;
                break;
            }
            (*marked)[std::size_t(b.element)] = true;
        }
    }

    bool isDescendant(int element, int ancestor) const
    {
        const int depth = m_page.elements[std::size_t(ancestor)].depth;
        while (element >= 0 && m_page.elements[std::size_t(element)].depth > depth)
            element = m_page.elements[std::size_t(element)].parent;
        return element == ancestor;
    }

    int commonAncestor(int a, int b) const
    {
        while (a != b && a >= 0 && b >= 0) {
            if (m_page.elements[std::size_t(a)].depth >= m_page.elements[std::size_t(b)].depth)
                a = m_page.elements[std::size_t(a)].parent;
            else
                b = m_page.elements[std::size_t(b)].parent;
        }
        return a == b ? a : 0;
    }

    enum class Class { Good, Short, Bad };

    QList<int> filterBlocks(const std::vector<bool> &region) const
    {
        const QList<QString> titles = titleCandidates(m_document, m_page);
        QList<int> candidates;
        QList<Class> classes;
        for (int i = 0; i < m_page.blocks.size(); ++i) {
            const TextBlock &b = m_page.blocks.at(i);
            if (excluded(b) || !region[std::size_t(b.element)])
                continue;
            candidates.append(i);
            classes.append(classify(b, titles));
        }
        if (qEnvironmentVariableIsSet("GALLEY_DEBUG_BODY")) {
            // Developer aid: why each block went where it went (tests/quality/bodyreport.py --page).
            for (int i = 0; i < m_page.blocks.size(); ++i) {
                const TextBlock &b = m_page.blocks.at(i);
                const qsizetype k = candidates.indexOf(i);
                const char *verdict = excluded(b)                  ? "furniture"
                                      : k < 0                      ? "outside"
                                      : classes[k] == Class::Good  ? "GOOD"
                                      : classes[k] == Class::Short ? "short"
                                                                   : "bad";
                QString why;
                const std::vector<bool> &flag = m_excluded[std::size_t(b.element)] ? m_excluded : m_soft;
                for (int e = b.element; e >= 0 && flag[std::size_t(e)];
                     e = m_page.elements[std::size_t(e)].parent)
                    why = m_page.elements[std::size_t(e)].node.name() + u'.' +
                          m_page.elements[std::size_t(e)].node.attribute("class").left(40);
                QString path;
                if (qEnvironmentVariableIntValue("GALLEY_DEBUG_BODY") > 1) {
                    for (int e = b.element, steps = 0; e >= 0 && steps < 8;
                         e = m_page.elements[std::size_t(e)].parent, ++steps)
                        path.prepend(u'/' + m_page.elements[std::size_t(e)].node.name() + u'.' +
                                     m_page.elements[std::size_t(e)].node.attribute("class").left(20));
                }
                qDebug("%-9s %4.2f %s <%s> %s [%s] %s", verdict, linkDensity(b),
                       qPrintable(blockKindName(b.kind)), b.tag.data(), qPrintable(b.text.left(100)),
                       qPrintable(why), qPrintable(path));
            }
        }
        // Short blocks (list items, one-line paragraphs) stay beside prose; headings need prose after
        // them before the next heading. Link lists and furniture lines are already bad and separate.
        // The nearest class that is not Short on either side of each candidate, found in two passes: a
        // page of a million short lines must not look along the whole page from each of them.
        const qsizetype count = candidates.size();
        std::vector<Class> before(std::size_t(count), Class::Bad);
        std::vector<Class> after(std::size_t(count), Class::Bad);
        for (qsizetype k = 1; k < count; ++k)
            before[std::size_t(k)] =
                classes[k - 1] == Class::Short ? before[std::size_t(k - 1)] : classes[k - 1];
        for (qsizetype k = count - 2; k >= 0; --k)
            after[std::size_t(k)] =
                classes[k + 1] == Class::Short ? after[std::size_t(k + 1)] : classes[k + 1];
        QList<int> body;
        for (int k = 0; k < candidates.size(); ++k) {
            if (classes[k] == Class::Good) {
                body.append(candidates[k]);
                continue;
            }
            if (classes[k] == Class::Bad)
                continue;
            const TextBlock &b = m_page.blocks.at(candidates[k]);
            const bool goodAfter = after[std::size_t(k)] == Class::Good;
            const bool goodBefore = before[std::size_t(k)] == Class::Good;
            const bool keep = b.kind == BlockKind::Heading ? goodAfter : (goodAfter || goodBefore);
            if (keep)
                body.append(candidates[k]);
        }
        return body;
    }

    Class classify(const TextBlock &b, const QList<QString> &titles) const
    {
        const double density = linkDensity(b);
        if (density > toleratedLinkDensity(b, DropLinkDensity))
            return Class::Bad;
        if (b.text.size() < 160 && (isBoilerplatePhrase(b.text) || isBylineOrDateLine(b.text)))
            return Class::Bad;
        if (repeatsTitle(b, titles))
            return Class::Bad;
        if (isGood(b))
            return Class::Good;
        if (density > GoodLinkDensity && b.kind != BlockKind::ListItem)
            return Class::Bad;
        return Class::Short;
    }

    const HtmlDocument &m_document;
    const PageBlocks &m_page;
    const Strictness m_strictness;
    std::vector<bool> m_excluded; // hard furniture, per element
    std::vector<bool> m_soft;     // soft furniture: only its short lines go
};

qsizetype textChars(const PageBlocks &page, const QList<int> &chosen)
{
    qsizetype chars = 0;
    for (const int i : chosen)
        chars += page.blocks.at(i).length();
    return chars;
}

// The teaser a paywall leaves at the story's end: a few words cut off mid-sentence with an ellipsis
// ("All…"). An ellipsis after a sentence mark, or a long paragraph trailing off, is the writer's.
bool isCutOffFragment(const TextBlock &b)
{
    QStringView t = QStringView(b.text).trimmed();
    if (t.endsWith(u'…'))
        t.chop(1);
    else if (t.endsWith(u"..."))
        t.chop(3);
    else
        return false;
    t = t.trimmed();
    return !t.isEmpty() && t.back().isLetterOrNumber() && b.length() < ShortLength;
}

SourceSpan blockSpan(const TextBlock &b)
{
    SourceSpan span = b.first.span();
    const SourceSpan end = b.last.span();
    if (end.isValid())
        span.end = qMax(span.end, end.end);
    span.via = QStringLiteral("html:") + b.tag;
    return span;
}

} // namespace

void extractHtmlBody(const HtmlDocument &document, const QList<HtmlNode> &fieldElements, Article *article)
{
    const PageBlocks page = collectBlocks(document, fieldElements);
    QList<int> chosen = BodyChooser(document, page, Strictness::Strict).choose();
    // Nearly empty: the article most likely sits in an element named like furniture.
    const qsizetype strictChars = textChars(page, chosen);
    if (strictChars < ShortBodyChars) {
        QList<int> relaxed = BodyChooser(document, page, Strictness::Relaxed).choose();
        if (textChars(page, relaxed) >= 2 * qMax(strictChars, qsizetype(50)))
            chosen = std::move(relaxed);
    }
    while (chosen.size() > 1 && isCutOffFragment(page.blocks.at(chosen.last())))
        chosen.removeLast();
    for (const int i : chosen) {
        const TextBlock &b = page.blocks.at(i);
        const SourceSpan span = blockSpan(b);
        if (span.isValid())
            article->provenance.insert(QStringLiteral("body/%1").arg(article->body.size()), {span});
        article->body.append({b.kind, b.text});
    }
}

} // namespace galley
