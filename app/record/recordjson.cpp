// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/recordjson.h"

#include <QJsonArray>

namespace galley {

namespace {

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonArray spansToJson(const QList<SourceSpan> &spans)
{
    QJsonArray out;
    for (const SourceSpan &span : spans) {
        QJsonObject o{{QStringLiteral("start"), span.start}, {QStringLiteral("end"), span.end}};
        if (!span.via.isEmpty())
            o.insert(QStringLiteral("via"), span.via);
        out.append(o);
    }
    return out;
}

// Small typed readers that remember the first problem, so fromJson stays a flat list of fields.
class Reader
{
public:
    explicit Reader(QString *error) : m_error(error) {}

    bool ok() const { return m_ok; }

    QString string(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(path + key, QStringLiteral("a string"));
        return v.toString();
    }

    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(path + key, QStringLiteral("an array"));
        return v.toArray();
    }

    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            fail(path, QStringLiteral("an object"));
        return v.toObject();
    }

    void fail(const QString &path, const QString &expected)
    {
        if (m_ok && m_error)
            *m_error = QStringLiteral("\"%1\" should be %2").arg(path, expected);
        m_ok = false;
    }

private:
    QString *m_error;
    bool m_ok = true;
};

} // namespace

QJsonObject sourceToJson(const RecordSource &s)
{
    QJsonObject o{{QStringLiteral("path"), s.path},
                  {QStringLiteral("format"), formatName(s.format)},
                  {QStringLiteral("index"), s.index},
                  {QStringLiteral("url"), nullable(s.url)},
                  {QStringLiteral("captured"), nullable(s.captured)},
                  {QStringLiteral("encoding"), s.encoding}};
    if (!s.id.isEmpty())
        o.insert(QStringLiteral("id"), s.id);
    return o;
}

QJsonObject articleToJson(const Article &a)
{
    QJsonArray contributors;
    for (const Contributor &c : a.contributors)
        contributors.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("role"), c.role}});
    QJsonArray images;
    for (const Image &i : a.images) {
        images.append(QJsonObject{{QStringLiteral("src"), nullable(i.src)},
                                  {QStringLiteral("caption"), nullable(i.caption)},
                                  {QStringLiteral("credit"), nullable(i.credit)}});
    }
    QJsonArray body;
    for (const BodyBlock &b : a.body)
        body.append(
            QJsonObject{{QStringLiteral("kind"), blockKindName(b.kind)}, {QStringLiteral("text"), b.text}});
    QJsonObject provenance;
    for (auto it = a.provenance.cbegin(); it != a.provenance.cend(); ++it)
        provenance.insert(it.key(), spansToJson(it.value()));

    return QJsonObject{{QStringLiteral("headline"), nullable(a.headline)},
                       {QStringLiteral("bylines"), QJsonArray::fromStringList(a.bylines)},
                       {QStringLiteral("contributors"), contributors},
                       {QStringLiteral("published"), nullable(a.published)},
                       {QStringLiteral("dateline"), nullable(a.dateline)},
                       {QStringLiteral("credit"), nullable(a.credit)},
                       {QStringLiteral("publisher"), nullable(a.publisher)},
                       {QStringLiteral("images"), images},
                       {QStringLiteral("body"), body},
                       {QStringLiteral("text"), a.text()},
                       {QStringLiteral("provenance"), provenance}};
}

QJsonObject recordToJson(const Record &record)
{
    QJsonObject o = articleToJson(record.article);
    o.insert(QStringLiteral("source"), sourceToJson(record.source));
    return o;
}

bool articleFromJson(const QJsonObject &o, Article *a, QString *error)
{
    Reader r(error);
    Article out;
    out.headline = r.string(o, QStringLiteral("headline"), {});
    for (const QJsonValue &v : r.array(o, QStringLiteral("bylines"), {})) {
        if (!v.isString())
            r.fail(QStringLiteral("bylines"), QStringLiteral("a list of strings"));
        out.bylines.append(v.toString());
    }
    for (const QJsonValue &v : r.array(o, QStringLiteral("contributors"), {})) {
        const QJsonObject c = r.object(v, QStringLiteral("contributors[]"));
        out.contributors.append({r.string(c, QStringLiteral("name"), QStringLiteral("contributors[].")),
                                 r.string(c, QStringLiteral("role"), QStringLiteral("contributors[]."))});
    }
    out.published = r.string(o, QStringLiteral("published"), {});
    out.dateline = r.string(o, QStringLiteral("dateline"), {});
    out.credit = r.string(o, QStringLiteral("credit"), {});
    out.publisher = r.string(o, QStringLiteral("publisher"), {});
    for (const QJsonValue &v : r.array(o, QStringLiteral("images"), {})) {
        const QJsonObject i = r.object(v, QStringLiteral("images[]"));
        const QString p = QStringLiteral("images[].");
        out.images.append({r.string(i, QStringLiteral("src"), p), r.string(i, QStringLiteral("caption"), p),
                           r.string(i, QStringLiteral("credit"), p)});
    }
    for (const QJsonValue &v : r.array(o, QStringLiteral("body"), {})) {
        const QJsonObject b = r.object(v, QStringLiteral("body[]"));
        BodyBlock block;
        if (!parseBlockKind(b.value(QStringLiteral("kind")).toString(), &block.kind))
            r.fail(QStringLiteral("body[].kind"),
                   QStringLiteral("one of paragraph, heading, list-item, quote, "
                                  "preformatted, table"));
        block.text = r.string(b, QStringLiteral("text"), QStringLiteral("body[]."));
        out.body.append(block);
    }
    const QJsonObject provenance = o.value(QStringLiteral("provenance")).toObject();
    for (auto it = provenance.constBegin(); it != provenance.constEnd(); ++it) {
        QList<SourceSpan> spans;
        for (const QJsonValue &v : it.value().toArray()) {
            const QJsonObject s = v.toObject();
            spans.append({s.value(QStringLiteral("start")).toInteger(-1),
                          s.value(QStringLiteral("end")).toInteger(-1),
                          s.value(QStringLiteral("via")).toString()});
        }
        out.provenance.insert(it.key(), spans);
    }
    if (!r.ok())
        return false;
    *a = std::move(out);
    return true;
}

bool recordFromJson(const QJsonObject &o, Record *record, QString *error)
{
    Reader r(error);
    Record out;
    const QJsonObject s = r.object(o.value(QStringLiteral("source")), QStringLiteral("source"));
    if (!r.ok())
        return false;
    const QString p = QStringLiteral("source.");
    out.source.path = r.string(s, QStringLiteral("path"), p);
    if (!parseFormatName(s.value(QStringLiteral("format")).toString(), &out.source.format))
        r.fail(QStringLiteral("source.format"), QStringLiteral("one of text, html, mhtml, warc"));
    out.source.index = s.value(QStringLiteral("index")).toInt();
    out.source.url = r.string(s, QStringLiteral("url"), p);
    out.source.captured = r.string(s, QStringLiteral("captured"), p);
    out.source.encoding = r.string(s, QStringLiteral("encoding"), p);
    out.source.id = r.string(s, QStringLiteral("id"), p);
    if (!r.ok() || !articleFromJson(o, &out.article, error))
        return false;
    *record = std::move(out);
    return true;
}

} // namespace galley
