// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/jsonld.h"

#include "extract/html/entities.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace galley {

namespace {

struct Candidate
{
    QJsonObject object;
    int rank = 0; // higher is better
    HtmlNode script;
};

QStringList types(const QJsonObject &o)
{
    const QJsonValue t = o.value(QLatin1String("@type"));
    QStringList out;
    if (t.isString())
        out.append(t.toString());
    for (const QJsonValue &v : t.toArray())
        out.append(v.toString());
    return out;
}

int articleRank(const QJsonObject &o)
{
    int rank = 0;
    for (const QString &type : types(o)) {
        if (type.endsWith(QLatin1String("NewsArticle")) || type == QLatin1String("Article") ||
            type == QLatin1String("BlogPosting") || type == QLatin1String("LiveBlogPosting") ||
            type == QLatin1String("Report") || type == QLatin1String("ScholarlyArticle") ||
            type == QLatin1String("TechArticle") || type == QLatin1String("SocialMediaPosting") ||
            type == QLatin1String("OpinionNewsArticle") || type == QLatin1String("Review"))
            rank = qMax(rank, 3);
        // A how-to or recipe page is the article itself, with its own author and name.
        else if (type == QLatin1String("HowTo") || type == QLatin1String("Recipe"))
            rank = qMax(rank, 2);
        // A page (not an article) that names its author or headline still describes the article:
        // Yoast-style graphs put "author" on the WebPage node.
        else if (type.endsWith(QLatin1String("WebPage")) &&
                 (o.contains(QLatin1String("headline")) || o.contains(QLatin1String("author"))))
            rank = qMax(rank, 1);
    }
    return rank;
}

void collect(const QJsonValue &v, const HtmlNode &script, QList<Candidate> *out,
             QHash<QString, QJsonObject> *ids, int depth)
{
    if (depth > 8)
        return;
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            collect(item, script, out, ids, depth + 1);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    const QString id = o.value(QLatin1String("@id")).toString();
    if (!id.isEmpty() && o.size() > 1)
        ids->insert(id, o);
    const int rank = articleRank(o);
    if (rank > 0)
        out->append({o, rank, script});
    collect(o.value(QLatin1String("@graph")), script, out, ids, depth + 1);
    if (depth == 0)
        collect(o.value(QLatin1String("mainEntity")), script, out, ids, depth + 1);
}

QJsonValue resolve(const QJsonValue &v, const QHash<QString, QJsonObject> &ids)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("@id")).toString();
        if (!id.isEmpty() && !o.contains(QLatin1String("name")) && ids.contains(id))
            return ids.value(id);
    }
    return v;
}

QString text(const QJsonValue &v)
{
    if (v.isString())
        return decodeLeftoverEntities(v.toString()).simplified();
    if (v.isArray() && !v.toArray().isEmpty())
        return text(v.toArray().first());
    if (v.isObject())
        return text(v.toObject().value(QLatin1String("name")));
    return {};
}

// A profile named by its first name only ("Maren") often spells the full name at the head of its
// description ("Maren Holt - engineer, ..."): the capitalised words right after the name complete it.
QString fullNameFromDescription(const QString &name, const QString &description)
{
    if (name.contains(QLatin1Char(' ')) || !description.startsWith(name + QLatin1Char(' ')))
        return name;
    static const QRegularExpression surnames(
        QStringLiteral("^(?:\\s+\\p{Lu}[\\p{L}'\\-]+){1,2}(?=\\s*(?:[-\\x{2013}\\x{2014},.:(|]|$))"));
    const QRegularExpressionMatch m = surnames.match(description.mid(name.size()));
    return m.hasMatch() ? name + m.captured(0) : name;
}

// A login handle "jane.doe" or "max_weber" as the author's name is the person's first and last
// name: spelled out, it passes as the name the byline parser expects.
QString nameFromHandle(const QString &name)
{
    static const QRegularExpression handle(QStringLiteral("^(\\p{Ll}{2,})[._](\\p{Ll}{2,})$"));
    const QRegularExpressionMatch m = handle.match(name);
    if (!m.hasMatch())
        return name;
    auto capital = [](QString w) {
        w[0] = w[0].toUpper();
        return w;
    };
    return capital(m.captured(1)) + QLatin1Char(' ') + capital(m.captured(2));
}

void readAuthors(const QJsonValue &value, const QHash<QString, QJsonObject> &ids, JsonLdArticle *out)
{
    const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &item : list) {
        const QJsonValue v = resolve(item, ids);
        if (v.isString()) {
            out->persons.append(nameFromHandle(text(v)));
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            const QString name = text(o.value(QLatin1String("name")));
            if (name.isEmpty())
                continue;
            const QStringList t = types(o);
            if (t.contains(QLatin1String("Organization")) ||
                t.contains(QLatin1String("NewsMediaOrganization")))
                out->organisations.append(name);
            else
                out->persons.append(nameFromHandle(
                    fullNameFromDescription(name, text(o.value(QLatin1String("description"))))));
        }
    }
}

void readImages(const QJsonValue &value, const QHash<QString, QJsonObject> &ids, JsonLdArticle *out)
{
    const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &item : list) {
        const QJsonValue v = resolve(item, ids);
        if (v.isString()) {
            out->images.append({v.toString(), {}, {}});
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            QString url = text(o.value(QLatin1String("url")));
            if (url.isEmpty())
                url = text(o.value(QLatin1String("contentUrl")));
            if (!url.isEmpty())
                out->images.append({url, text(o.value(QLatin1String("caption"))),
                                    text(o.value(QLatin1String("copyrightHolder")))});
        }
    }
}

} // namespace

JsonLdArticle readJsonLd(const QList<HtmlNode> &scripts)
{
    QList<Candidate> candidates;
    QHash<QString, QJsonObject> ids;
    for (const HtmlNode &script : scripts) {
        // HtmlNode::text() skips script content, so read the script's own text nodes.
        QByteArray raw;
        for (HtmlNode c = script.firstChild(); c; c = c.nextSibling())
            raw += c.textUtf8();
        raw = raw.trimmed();
        // Some CMSs wrap the JSON in HTML comments or CDATA.
        if (raw.startsWith("<!--"))
            raw = raw.mid(4);
        if (raw.endsWith("-->"))
            raw.chop(3);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
        if (error.error != QJsonParseError::NoError)
            continue;
        collect(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), script, &candidates, &ids,
                0);
    }
    JsonLdArticle out;
    const Candidate *best = nullptr;
    for (const Candidate &c : candidates) {
        if (!best || c.rank > best->rank)
            best = &c;
    }
    if (!best)
        return out;
    const QJsonObject &o = best->object;
    out.found = true;
    out.script = best->script;
    out.headline = text(o.value(QLatin1String("headline")));
    // A WebPage's "name" is the page title with the site's name appended, not the headline.
    if (out.headline.isEmpty() && best->rank >= 2)
        out.headline = text(o.value(QLatin1String("name")));
    readAuthors(o.value(QLatin1String("author")), ids, &out);
    if (out.persons.isEmpty() && out.organisations.isEmpty())
        readAuthors(o.value(QLatin1String("creator")), ids, &out);
    // A WebPage node's author is often the account that posted the page ("Sam"), not a writer: from
    // a page rather than an article only a full name is taken.
    if (best->rank < 2)
        out.persons.removeIf([](const QString &p) { return !p.simplified().contains(QLatin1Char(' ')); });
    out.datePublished = text(o.value(QLatin1String("datePublished")));
    if (out.datePublished.isEmpty())
        out.datePublished = text(o.value(QLatin1String("dateCreated")));
    out.dateModified = text(o.value(QLatin1String("dateModified")));
    out.publisher = text(resolve(o.value(QLatin1String("publisher")), ids));
    readImages(o.value(QLatin1String("image")), ids, &out);
    return out;
}

} // namespace galley
