// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/htmlimages.h"

#include "extract/common/captionparser.h"
#include "extract/common/datatable.h"
#include "extract/common/imageurl.h"
#include "extract/html/htmlspans.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>

namespace galley {

namespace {

struct Found
{
    HtmlNode img; ///< the <img>, when the page shows the picture
    Image image;
    SourceSpan imageSpan;
    SourceSpan captionSpan;
    SourceSpan creditSpan;
};

HtmlNode firstDescendant(const HtmlNode &node, const char *tag, int depth = 0)
{
    if (depth > 10)
        return {};
    for (HtmlNode c = node.firstElementChild(); c; c = c.nextElementSibling()) {
        if (c.is(tag))
            return c;
        const HtmlNode d = firstDescendant(c, tag, depth + 1);
        if (d)
            return d;
    }
    return {};
}

HtmlNode firstOfClass(const HtmlNode &node, htmlclass::Kind kind, int depth = 0)
{
    if (depth > 10)
        return {};
    for (HtmlNode c = node.firstElementChild(); c; c = c.nextElementSibling()) {
        if (htmlclass::matches(c, kind))
            return c;
        const HtmlNode d = firstOfClass(c, kind, depth + 1);
        if (d)
            return d;
    }
    return {};
}

// The searches below a node that captions repeat, remembered per node: a page of many captions in one
// box would otherwise look through the whole box again for each of them (quadratic time).
class SubtreeLookup
{
public:
    HtmlNode image(const HtmlNode &node)
    {
        return find(&m_images, node, [](const HtmlNode &n) { return firstDescendant(n, "img"); });
    }
    HtmlNode cite(const HtmlNode &node)
    {
        return find(&m_cites, node, [](const HtmlNode &n) { return firstDescendant(n, "cite"); });
    }
    HtmlNode credit(const HtmlNode &node)
    {
        return find(&m_credits, node, [](const HtmlNode &n) { return firstOfClass(n, htmlclass::Credit); });
    }

private:
    template<typename Search>
    static HtmlNode find(QHash<HtmlNode, HtmlNode> *cache, const HtmlNode &node, Search search)
    {
        const auto it = cache->constFind(node);
        if (it != cache->cend())
            return *it;
        const HtmlNode found = search(node);
        cache->insert(node, found);
        return found;
    }

    QHash<HtmlNode, HtmlNode> m_images;
    QHash<HtmlNode, HtmlNode> m_cites;
    QHash<HtmlNode, HtmlNode> m_credits;
};

// The picture's address as the page gives it (not resolved): lazy loaders keep the real one in a
// data attribute and a placeholder in src. A value that holds no URL (a JSON blob without one, a
// placeholder word) is passed over for the next attribute; `*unusable` tells that one was there.
QString imageSource(const HtmlNode &img, bool *unusable = nullptr)
{
    bool sawUnusable = false;
    QString found;
    for (const char *attr :
         {"data-src", "data-lazy-src", "data-original", "data-url", "src", "srcset", "data-srcset"}) {
        bool bad = false;
        found = imageurl::urlIn(img.attribute(attr), &bad);
        sawUnusable = sawUnusable || bad;
        if (!found.isEmpty())
            break;
    }
    if (unusable)
        *unusable = found.isEmpty() && sawUnusable;
    return found;
}

// Sets the image's address, resolved against the page's base, and its span. Without a usable address
// the span says so (imageurl::UnusableSourceVia), for the window to warn.
void setSource(Found *f, const HtmlNode &img, const QUrl &base)
{
    bool unusable = false;
    f->img = img;
    f->image.src = imageurl::resolve(imageSource(img, &unusable), base);
    unusable = unusable || (f->image.src.isEmpty() && !imageSource(img).isEmpty());
    f->imageSpan =
        elementSpan(img, unusable ? QString(imageurl::UnusableSourceVia) : QStringLiteral("html:img"));
}

// Logos, avatars, icons, spacer GIFs: never the article's picture.
bool isFurnitureImage(const HtmlNode &img)
{
    if (htmlclass::matches(img, htmlclass::NotArticleImage))
        return true;
    static const QRegularExpression furniture(
        alternation(tableStrings(loadDataTable(QStringLiteral("htmlclasses")),
                                 QStringLiteral("notArticleImageFiles"))),
        QRegularExpression::CaseInsensitiveOption);
    if (furniture.match(imageSource(img).section(QLatin1Char('?'), 0, 0)).hasMatch())
        return true;
    for (const char *attr : {"width", "height"}) {
        bool ok = false;
        const int v = img.attribute(attr).toInt(&ok);
        if (ok && v > 0 && v < 60)
            return true;
    }
    return false;
}

// Caption text with credit-class elements left out; their text becomes the credit.
void gatherCaption(const HtmlNode &node, QString *caption, QString *credit, HtmlNode *creditNode, int depth)
{
    for (HtmlNode c = node.firstChild(); c; c = c.nextSibling()) {
        if (c.isText()) {
            *caption += c.text();
        } else if (c.isElement() && depth < 10) {
            if (c.is("script") || c.is("style") || c.is("button"))
                continue;
            if (credit->isEmpty() && htmlclass::matches(c, htmlclass::Credit)) {
                *credit = c.text().simplified();
                *creditNode = c;
                continue;
            }
            if (c.is("br"))
                *caption += QLatin1Char(' ');
            gatherCaption(c, caption, credit, creditNode, depth + 1);
        }
    }
}

// Expandable captions print the text twice, whole and cut short, each with its toggle ("less",
// "... more"): keep the whole copy without its toggle.
QString withoutToggleCopy(const QString &caption)
{
    static const QRegularExpression closeToggle(
        QStringLiteral("(?<=[.!?\"\u201d)])\\s+(?:show |read )?less$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression openToggle(
        QStringLiteral("\\s*(?:\\.\\.\\.|\u2026)\\s*(?:read |show )?more$"),
        QRegularExpression::CaseInsensitiveOption);
    QString text = caption;
    text.remove(openToggle);
    text.remove(closeToggle);
    // The same opening twice: a second copy, whole or shortened, follows the first.
    const qsizetype probe = std::min<qsizetype>(40, text.size() / 3);
    const qsizetype again = probe >= 15 ? text.indexOf(QStringView(text).left(probe), 1) : -1;
    if (again <= 0)
        return text;
    QString first = text.left(again).trimmed();
    QString second = text.mid(again).trimmed();
    first.remove(closeToggle); // the second copy's toggle went with the whole text's end
    const qsizetype shorter = std::min(first.size(), second.size());
    qsizetype common = 0;
    while (common < shorter && first.at(common) == second.at(common))
        ++common;
    // A copy repeats all of the shorter part; a caption naming its subject twice does not.
    if (common < shorter - 2)
        return text;
    return second.size() > first.size() ? second : first;
}

bool readCaption(const Vocabulary &vocabulary, const HtmlNode &captionNode, const HtmlNode &container,
                 SubtreeLookup *lookup, Found *f)
{
    QString caption, credit;
    HtmlNode creditNode;
    gatherCaption(captionNode, &caption, &credit, &creditNode, 0);
    caption = withoutToggleCopy(caption.simplified());
    if (credit.isEmpty() && container) {
        // A credit element beside the caption, inside the same figure: credit-class or a <cite>.
        creditNode = lookup->credit(container);
        if (!creditNode || creditNode == captionNode)
            creditNode = lookup->cite(container);
        if (creditNode && creditNode != captionNode)
            credit = creditNode.text().simplified();
        else
            creditNode = {};
    }
    // A "credit" element holding a paragraph of prose is something else (a teaser, a note).
    if (credit.size() > 120) {
        credit.clear();
        creditNode = {};
    }
    if (!credit.isEmpty()) {
        // The caption may still end with its own printed credit.
        const CaptionParts parts = splitCaption(vocabulary, caption);
        f->image.caption = parts.caption;
        f->image.credit = cleanPhotoCredit(credit);
        f->creditSpan = elementSpan(creditNode, QStringLiteral("html:credit"));
    } else {
        const CaptionParts parts = splitCaption(vocabulary, caption);
        f->image.caption = parts.caption;
        f->image.credit = parts.credit;
        if (!parts.credit.isEmpty())
            f->creditSpan = locateText(captionNode, parts.credit, QStringLiteral("html:caption-credit"));
    }
    if (!f->image.caption.isEmpty())
        f->captionSpan = locateText(captionNode, f->image.caption, QStringLiteral("html:caption"));
    return !f->image.caption.isEmpty() || !f->image.credit.isEmpty();
}

// "Caption Close", "Expand": the labels of a caption's buttons, not a caption.
bool isControlText(const QString &caption)
{
    // The labels are regular-expression alternatives (boilerplate.json captionControls), in table order.
    static const QRegularExpression controls(
        QStringLiteral("^(?:(?:%1)\\s*)+$")
            .arg(tableStrings(loadDataTable(QStringLiteral("boilerplate")), QStringLiteral("captionControls"))
                     .join(QLatin1Char('|'))),
        QRegularExpression::CaseInsensitiveOption);
    return controls.match(caption).hasMatch();
}

HtmlNode withDataCaption(const HtmlNode &node, int depth = 0)
{
    if (depth > 6)
        return {};
    for (HtmlNode c = node.firstElementChild(); c; c = c.nextElementSibling()) {
        if (!c.attribute("data-caption").trimmed().isEmpty())
            return c;
        if (const HtmlNode d = withDataCaption(c, depth + 1))
            return d;
    }
    return {};
}

bool insideClaimed(const HtmlNode &node, const HtmlFieldElements &claimed)
{
    int up = 0;
    for (HtmlNode p = node.parent(); p && up < 6; p = p.parent(), ++up) {
        if (claimed.contains(p))
            return true;
    }
    return false;
}

// The picture a caption printed below it belongs to: an <img> in one of the few elements before it
// (or before its parent or grandparent, when the caption sits in a wrapper of its own).
HtmlNode imageBefore(const HtmlNode &node, SubtreeLookup *lookup)
{
    HtmlNode at = node;
    for (int up = 0; up < 3 && at; ++up, at = at.parent()) {
        int seen = 0;
        for (HtmlNode sib = at.previousSibling(); sib && seen < 3; sib = sib.previousSibling()) {
            if (!sib.isElement())
                continue;
            ++seen;
            if (sib.is("img"))
                return sib;
            if (const HtmlNode img = lookup->image(sib))
                return img;
        }
    }
    return {};
}

QString fileName(const QString &src)
{
    return src.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('/'), -1).toLower();
}

// Image servers that take the picture's id as a query ("/resources/r/?i=123") leave no file name.
bool samePicture(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const QString fa = fileName(a);
    return fa.isEmpty() ? a == b : fa == fileName(b);
}

// One picture is often marked up twice (lightbox, <noscript>, mobile and desktop copies): the same
// file, or the same caption where a file name is missing, is the same picture. A caption found for it
// later fills in a copy that had none. (A gallery may give many pictures one caption: equal captions
// alone do not make one picture.)
//
// The pictures already kept are indexed by what identifies them, so each new one is matched in constant
// time: a page of 200,000 figures would otherwise compare every picture with every other.
class ImageList
{
public:
    explicit ImageList(Article *article) : m_article(article)
    {
        for (qsizetype i = 0; i < article->images.size(); ++i)
            index(i);
    }

    /// Pictures not kept because the article already had MaxImagesPerArticle.
    qsizetype leftOut() const { return m_leftOut; }

    void append(const Found &f)
    {
        const qsizetype i = match(f.image);
        if (i < 0 && m_article->images.size() >= MaxImagesPerArticle) {
            ++m_leftOut;
            return;
        }
        if (i < 0) {
            const QString base = QStringLiteral("images/%1").arg(m_article->images.size());
            m_article->images.append(f.image);
            addSpan(m_article, base, f.imageSpan);
            addSpan(m_article, base + QStringLiteral("/caption"), f.captionSpan);
            addSpan(m_article, base + QStringLiteral("/credit"), f.creditSpan);
            index(m_article->images.size() - 1);
            return;
        }
        Image &known = m_article->images[i];
        if (known.caption.isEmpty() && known.credit.isEmpty() &&
            (!f.image.caption.isEmpty() || !f.image.credit.isEmpty())) {
            const QString base = QStringLiteral("images/%1").arg(i);
            known.caption = f.image.caption;
            known.credit = f.image.credit;
            addSpan(m_article, base + QStringLiteral("/caption"), f.captionSpan);
            addSpan(m_article, base + QStringLiteral("/credit"), f.creditSpan);
            index(i);
        }
    }

private:
    // The first kept picture that `image` repeats, or -1: the same file name (the same address when it
    // has none), or the same caption when either lacks an address.
    qsizetype match(const Image &image) const
    {
        qsizetype first = -1;
        const auto consider = [&first](const QHash<QString, qsizetype> &hash, const QString &key) {
            const auto it = hash.constFind(key);
            if (it != hash.cend() && (first < 0 || *it < first))
                first = *it;
        };
        if (!image.caption.isEmpty())
            consider(image.src.isEmpty() ? m_byCaption : m_byCaptionWithoutSource, image.caption);
        if (!image.src.isEmpty()) {
            const QString file = fileName(image.src);
            if (!file.isEmpty())
                consider(m_byFile, file);
            consider(m_bySourceWithoutFile, image.src);
        }
        return first;
    }

    // Entries keep the lowest index: the first matching picture is the one filled in.
    void index(qsizetype i)
    {
        const Image &image = m_article->images.at(i);
        if (!image.caption.isEmpty()) {
            m_byCaption.insert(image.caption, qMin(i, m_byCaption.value(image.caption, i)));
            if (image.src.isEmpty())
                m_byCaptionWithoutSource.insert(image.caption,
                                                qMin(i, m_byCaptionWithoutSource.value(image.caption, i)));
        }
        if (!image.src.isEmpty()) {
            const QString file = fileName(image.src);
            QHash<QString, qsizetype> &hash = file.isEmpty() ? m_bySourceWithoutFile : m_byFile;
            const QString &key = file.isEmpty() ? image.src : file;
            hash.insert(key, qMin(i, hash.value(key, i)));
        }
    }

    Article *m_article;
    QHash<QString, qsizetype> m_byFile;              // file name -> picture with that file
    QHash<QString, qsizetype> m_bySourceWithoutFile; // address without a file name -> picture
    QHash<QString, qsizetype> m_byCaption;           // caption -> picture, any address
    QHash<QString, qsizetype> m_byCaptionWithoutSource;
    qsizetype m_leftOut = 0;
};

// A caption recognised by its printed credit: `line` reads "caption (credit)" and `img` is its picture.
void addPrintedCaption(const Vocabulary &vocabulary, const HtmlNode &img, const HtmlNode &line,
                       qsizetype maxLength, const QUrl &base, HtmlFieldElements *claimed, QList<Found> *found)
{
    if (!img || isFurnitureImage(img))
        return;
    QString text;
    if (!line.textWithin(maxLength, &text))
        return;
    text = std::move(text).simplified();
    if (text.size() > maxLength)
        return;
    const CaptionParts parts = splitCaption(vocabulary, text);
    if (parts.caption.count(QLatin1Char(' ')) < 2 || parts.credit.isEmpty())
        return;
    Found f;
    setSource(&f, img, base);
    f.image.caption = parts.caption;
    f.image.credit = parts.credit;
    f.captionSpan = locateText(line, parts.caption, QStringLiteral("html:caption-line"));
    f.creditSpan = locateText(line, parts.credit, QStringLiteral("html:caption-credit"));
    claimed->add(line);
    found->append(f);
}

} // namespace

qsizetype extractHtmlImages(const Vocabulary &vocabulary, const HtmlSignals &page,
                            const JsonLdArticle &jsonLd, const QUrl &base, Article *article,
                            HtmlFieldElements *claimed)
{
    QList<Found> found;
    SubtreeLookup lookup;
    for (const HtmlNode &figure : page.figures) {
        Found f;
        const HtmlNode img = firstDescendant(figure, "img");
        if (img && isFurnitureImage(img))
            continue;
        if (img)
            setSource(&f, img, base);
        HtmlNode captionNode = firstDescendant(figure, "figcaption");
        if (!captionNode)
            captionNode = firstOfClass(figure, htmlclass::Caption);
        if (captionNode) {
            readCaption(vocabulary, captionNode, figure, &lookup, &f);
            if (isControlText(f.image.caption))
                f.image.caption.clear();
            claimed->add(captionNode);
        } else if (const HtmlNode holder = withDataCaption(figure)) {
            // Galleries keep the caption in an attribute of the link around the picture.
            const CaptionParts parts =
                splitCaption(vocabulary, holder.attribute("data-caption").simplified());
            f.image.caption = parts.caption;
            f.image.credit = parts.credit;
            f.captionSpan = elementSpan(holder, QStringLiteral("html:data-caption"));
        } else if (const HtmlNode credit = firstOfClass(figure, htmlclass::Credit)) {
            f.image.credit = cleanPhotoCredit(credit.text());
            f.creditSpan = elementSpan(credit, QStringLiteral("html:credit"));
            claimed->add(credit);
        }
        if (img || !f.image.caption.isEmpty())
            found.append(f);
    }
    for (const HtmlNode &captionNode : page.captions) {
        // A caption-class wrapper holding the picture ("wp-caption") is a figure; its inner caption
        // element is in the list as well. So are the parts of a caption already read.
        if (firstDescendant(captionNode, "img") || insideClaimed(captionNode, *claimed))
            continue;
        Found f;
        if (!readCaption(vocabulary, captionNode, captionNode.parent(), &lookup, &f) ||
            f.image.caption.size() > 600 || isControlText(f.image.caption))
            continue;
        HtmlNode container = captionNode.parent();
        HtmlNode img;
        for (int up = 0; container && up < 3 && !img; ++up, container = container.parent())
            img = lookup.image(container);
        if (img && isFurnitureImage(img))
            continue;
        if (img)
            setSource(&f, img, base);
        claimed->add(captionNode);
        found.append(f);
    }
    // A "photographer" or "credit" element printing the caption before the credit ("A comet's tail
    // over the desert. (Space Agency/Jane Roe)") captions the picture above it.
    for (const HtmlNode &creditNode : page.credits) {
        if (!claimed->contains(creditNode) && !insideClaimed(creditNode, *claimed))
            addPrintedCaption(vocabulary, imageBefore(creditNode, &lookup), creditNode, 250, base, claimed,
                              &found);
    }
    // A bare picture followed by a line of text that ends in a photo credit ("... (NASA via AP)"):
    // a caption without caption markup. The printed credit is what makes it one.
    for (const HtmlNode &img : page.images) {
        const HtmlNode next = img.nextElementSibling();
        if (next && (next.is("p") || next.is("span") || next.is("div")) && !claimed->contains(next))
            addPrintedCaption(vocabulary, img, next, 600, base, claimed, &found);
    }
    // The lead picture named by og:image or JSON-LD goes first, unless a figure already shows it.
    Found lead;
    HtmlNode metaNode;
    lead.image.src =
        imageurl::resolve(imageurl::urlIn(page.meta({"og:image", "twitter:image"}, &metaNode)), base);
    if (metaNode)
        lead.imageSpan = elementSpan(metaNode, QStringLiteral("meta:og:image"));
    if (!jsonLd.images.isEmpty()) {
        const JsonLdImage &j = jsonLd.images.first();
        const QString url = imageurl::resolve(imageurl::urlIn(j.url), base);
        if (!url.isEmpty() && (lead.image.src.isEmpty() || fileName(url) == fileName(lead.image.src))) {
            const CaptionParts parts = splitCaption(vocabulary, j.caption);
            lead.image.src = url;
            lead.image.caption = parts.caption;
            lead.image.credit = j.credit.isEmpty() ? parts.credit : cleanPhotoCredit(j.credit);
            if (!lead.image.caption.isEmpty())
                lead.captionSpan = elementSpan(jsonLd.script, QStringLiteral("json-ld"));
            if (!metaNode)
                lead.imageSpan = elementSpan(jsonLd.script, QStringLiteral("json-ld"));
        }
    }
    // A line that is only a picture's credit ("Main image credit: X") belongs to the picture printed just
    // above it, else to the lead picture; it is no paragraph of the story.
    // Found pictures by their <img> (the last one found for it) and the first that shows the lead
    // picture, kept up to date as pictures are added, so each credit line is placed in constant time.
    QHash<HtmlNode, qsizetype> owners;
    qsizetype showsLead = -1;
    const auto remember = [&](qsizetype k) {
        if (found[k].img)
            owners.insert(found[k].img, k);
        if (showsLead < 0 && samePicture(found[k].image.src, lead.image.src))
            showsLead = k;
    };
    for (qsizetype k = 0; k < found.size(); ++k)
        remember(k);
    for (qsizetype i = 0; i < page.paragraphs.size(); ++i) {
        const HtmlNode &p = page.paragraphs[i];
        if (page.paragraphOutside[i] || claimed->contains(p) || insideClaimed(p, *claimed))
            continue;
        QString text;
        if (!p.textWithin(160, &text) || text.size() > 160)
            continue;
        const CaptionParts parts = pictureCreditLine(vocabulary, text.simplified());
        if (parts.credit.isEmpty())
            continue;
        const HtmlNode img = imageBefore(p, &lookup);
        Found *owner = nullptr;
        if (const auto it = owners.constFind(img); img && it != owners.cend())
            owner = &found[*it];
        if (!owner && img && !isFurnitureImage(img)) {
            found.append(Found{});
            setSource(&found.last(), img, base);
            owner = &found.last();
            remember(found.size() - 1);
        }
        if (!owner && showsLead >= 0)
            owner = &found[showsLead];
        if (!owner)
            owner = &lead;
        if (!owner->image.credit.isEmpty())
            continue;
        owner->image.credit = parts.credit;
        owner->creditSpan = locateText(p, parts.credit, QStringLiteral("html:credit-line"));
        claimed->add(p);
    }
    const auto described = [](const Found &f) {
        return !f.image.caption.isEmpty() || !f.image.credit.isEmpty();
    };
    bool shown = lead.image.src.isEmpty() && !described(lead);
    // The page shows the lead picture when a figure has its file, or its caption in a resized copy.
    for (const Found &f : std::as_const(found))
        shown = shown || samePicture(f.image.src, lead.image.src) ||
                (!lead.image.caption.isEmpty() && f.image.caption == lead.image.caption);
    ImageList images(article);
    if (!shown)
        images.append(lead);
    // Beside the story's picture (the one the page declares as its lead, or any picture with a caption
    // or credit), pictures with neither are decoration: section graphics, dividers, stock mood images.
    const bool storyPicture =
        !lead.image.src.isEmpty() || described(lead) || std::any_of(found.cbegin(), found.cend(), described);
    for (const Found &f : std::as_const(found)) {
        if (!described(f) &&
            (f.image.src.isEmpty() || (storyPicture && !samePicture(f.image.src, lead.image.src))))
            continue;
        images.append(f);
    }
    return images.leftOut();
}

} // namespace galley
