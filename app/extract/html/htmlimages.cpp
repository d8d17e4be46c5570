// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/htmlimages.h"

#include "extract/common/captionparser.h"
#include "extract/html/htmlspans.h"

#include <QRegularExpression>

namespace galley {

namespace {

struct Found
{
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

QString imageSource(const HtmlNode &img)
{
    for (const char *attr : {"data-src", "data-lazy-src", "data-original", "data-url", "src"}) {
        const QString v = img.attribute(attr).trimmed();
        if (!v.isEmpty() && !v.startsWith(QLatin1String("data:")))
            return v;
    }
    const QString srcset = img.attribute("srcset").trimmed();
    if (!srcset.isEmpty())
        return srcset.section(QLatin1Char(' '), 0, 0);
    return {};
}

// Logos, avatars, icons, spacer GIFs: never the article's picture.
bool isFurnitureImage(const HtmlNode &img)
{
    if (htmlclass::matches(img, htmlclass::NotArticleImage))
        return true;
    static const QRegularExpression furniture(
        QStringLiteral("logo|avatar|icon|sprite|pixel|spacer|gravatar|badge"),
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

bool readCaption(const HtmlNode &captionNode, const HtmlNode &container, Found *f)
{
    QString caption, credit;
    HtmlNode creditNode;
    gatherCaption(captionNode, &caption, &credit, &creditNode, 0);
    caption = caption.simplified();
    if (credit.isEmpty() && container) {
        // A credit element beside the caption, inside the same figure.
        creditNode = firstOfClass(container, htmlclass::Credit);
        if (creditNode && creditNode != captionNode)
            credit = creditNode.text().simplified();
        else
            creditNode = {};
    }
    if (!credit.isEmpty()) {
        // The caption may still end with its own printed credit.
        const CaptionParts parts = splitCaption(caption);
        f->image.caption = parts.caption;
        f->image.credit = cleanPhotoCredit(credit);
        f->creditSpan = elementSpan(creditNode, QStringLiteral("html:credit"));
    } else {
        const CaptionParts parts = splitCaption(caption);
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
    static const QRegularExpression controls(
        QStringLiteral("^(?:(?:caption|close|expand|hide|show|toggle|enlarge|zoom|open|image|photo|gallery|"
                       "\\d+\\s*/\\s*\\d+)\\s*)+$"),
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

QString fileName(const QString &src)
{
    return src.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('/'), -1).toLower();
}

void append(Article *article, const Found &f)
{
    for (const Image &known : std::as_const(article->images)) {
        const bool sameSrc = !f.image.src.isEmpty() && fileName(known.src) == fileName(f.image.src);
        // The same caption twice (a picture and its lightbox copy) is one picture.
        const bool sameCaption =
            !f.image.caption.isEmpty() && known.caption == f.image.caption &&
            (known.src.isEmpty() || f.image.src.isEmpty() || fileName(known.src) == fileName(f.image.src));
        if (sameSrc || sameCaption)
            return;
    }
    const QString base = QStringLiteral("images/%1").arg(article->images.size());
    article->images.append(f.image);
    addSpan(article, base, f.imageSpan);
    addSpan(article, base + QStringLiteral("/caption"), f.captionSpan);
    addSpan(article, base + QStringLiteral("/credit"), f.creditSpan);
}

} // namespace

void extractHtmlImages(const HtmlSignals &page, const JsonLdArticle &jsonLd, Article *article,
                       HtmlFieldElements *claimed)
{
    QList<Found> found;
    for (const HtmlNode &figure : page.figures) {
        Found f;
        const HtmlNode img = firstDescendant(figure, "img");
        if (img && isFurnitureImage(img))
            continue;
        if (img) {
            f.image.src = imageSource(img);
            f.imageSpan = elementSpan(img, QStringLiteral("html:img"));
        }
        HtmlNode captionNode = firstDescendant(figure, "figcaption");
        if (!captionNode)
            captionNode = firstOfClass(figure, htmlclass::Caption);
        if (captionNode) {
            readCaption(captionNode, figure, &f);
            if (isControlText(f.image.caption))
                f.image.caption.clear();
            claimed->add(captionNode);
        } else if (const HtmlNode holder = withDataCaption(figure)) {
            // Galleries keep the caption in an attribute of the link around the picture.
            const CaptionParts parts = splitCaption(holder.attribute("data-caption").simplified());
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
        // element is in the list as well.
        if (firstDescendant(captionNode, "img"))
            continue;
        Found f;
        if (!readCaption(captionNode, captionNode.parent(), &f) || f.image.caption.size() > 600 ||
            isControlText(f.image.caption))
            continue;
        HtmlNode container = captionNode.parent();
        HtmlNode img;
        for (int up = 0; container && up < 3 && !img; ++up, container = container.parent())
            img = firstDescendant(container, "img");
        if (img && isFurnitureImage(img))
            continue;
        if (img) {
            f.image.src = imageSource(img);
            f.imageSpan = elementSpan(img, QStringLiteral("html:img"));
        }
        claimed->add(captionNode);
        found.append(f);
    }
    // The lead picture named by og:image or JSON-LD goes first, unless a figure already shows it.
    Found lead;
    HtmlNode metaNode;
    lead.image.src = page.meta({"og:image", "twitter:image"}, &metaNode);
    if (metaNode)
        lead.imageSpan = elementSpan(metaNode, QStringLiteral("meta:og:image"));
    if (!jsonLd.images.isEmpty()) {
        const JsonLdImage &j = jsonLd.images.first();
        if (lead.image.src.isEmpty() || fileName(j.url) == fileName(lead.image.src)) {
            const CaptionParts parts = splitCaption(j.caption);
            lead.image.src = j.url;
            lead.image.caption = parts.caption;
            lead.image.credit = j.credit.isEmpty() ? parts.credit : j.credit;
            if (!lead.image.caption.isEmpty())
                lead.captionSpan = elementSpan(jsonLd.script, QStringLiteral("json-ld"));
            if (!metaNode)
                lead.imageSpan = elementSpan(jsonLd.script, QStringLiteral("json-ld"));
        }
    }
    bool shown = lead.image.src.isEmpty();
    for (const Found &f : std::as_const(found))
        shown = shown || fileName(f.image.src) == fileName(lead.image.src);
    if (!shown)
        append(article, lead);
    for (const Found &f : std::as_const(found))
        append(article, f);
}

} // namespace galley
