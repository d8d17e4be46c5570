// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/html/htmldocument.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace galley {

/// An image named by JSON-LD, with the caption and credit it gives.
struct JsonLdImage
{
    QString url;
    QString caption;
    QString credit;
};

/// What the page's JSON-LD (schema.org) says about its article.
struct JsonLdArticle
{
    bool found = false;
    HtmlNode script; ///< the <script> that held the article object
    QString headline;
    QStringList persons;       ///< author names of @type Person (or untyped)
    QStringList organisations; ///< author names of @type Organization
    QString datePublished;
    QString dateModified;
    QString publisher;
    QList<JsonLdImage> images;
};

/// Reads the JSON-LD scripts and picks the article object: a NewsArticle/Article/BlogPosting (or a
/// subtype), else a WebPage with a headline; @graph and @id references are followed, broken JSON is
/// skipped.
JsonLdArticle readJsonLd(const QList<HtmlNode> &scripts);

} // namespace galley
