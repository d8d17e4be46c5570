// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/htmlextractor.h"

#include "extract/html/htmldocument.h"
#include "extract/html/htmlfields.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

namespace galley {

namespace {

QString nodeText(xmlNode *node)
{
    xmlChar *content = xmlNodeGetContent(node);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(content)).simplified();
    xmlFree(content);
    return text;
}

void walk(xmlNode *node, Article *article)
{
    for (xmlNode *n = node; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        const auto name = QLatin1String(reinterpret_cast<const char *>(n->name));
        if (name == QLatin1String("script") || name == QLatin1String("style"))
            continue;
        if (name == QLatin1String("h1") && article->headline.isEmpty()) {
            article->headline = nodeText(n);
        } else if (name == QLatin1String("p")) {
            const QString text = nodeText(n);
            if (!text.isEmpty())
                article->body.append({BlockKind::Paragraph, text});
        } else {
            walk(n->children, article);
        }
    }
}

} // namespace

// First cut: the first <h1> and every <p>.
Article extractHtmlArticle(const Capture &capture)
{
    Article article;
    const QByteArray utf8 = capture.text().toUtf8();
    htmlDocPtr doc = htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                        HTML_PARSE_NONET | HTML_PARSE_COMPACT);
    if (!doc)
        return article;
    walk(xmlDocGetRootElement(doc), &article);
    xmlFreeDoc(doc);
    article.headline.clear();
    const HtmlDocument document(capture.text());
    extractHtmlFields(document, capture, &article);
    return article;
}

} // namespace galley
