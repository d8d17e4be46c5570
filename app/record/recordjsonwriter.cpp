// SPDX-License-Identifier: GPL-3.0-or-later
// Keys are written in the order QJsonObject keeps them (sorted), which recordjson.cpp's form relies on;
// test_recordjsonwriter compares the two byte for byte.
#include "record/recordjsonwriter.h"

#include "record/jsonwriter.h"

namespace galley {

namespace {

using namespace Qt::StringLiterals;

void nullable(JsonWriter &json, const QString &value)
{
    if (value.isEmpty())
        json.null();
    else
        json.string(value);
}

void writeSpans(JsonWriter &json, const QList<SourceSpan> &spans)
{
    json.beginArray();
    for (const SourceSpan &span : spans) {
        json.beginObject();
        json.key("end"_L1);
        json.integer(span.end);
        json.key("start"_L1);
        json.integer(span.start);
        if (!span.via.isEmpty()) {
            json.key("via"_L1);
            json.string(span.via);
        }
        json.endObject();
    }
    json.endArray();
}

void writeSource(JsonWriter &json, const RecordSource &s)
{
    json.beginObject();
    json.key("captured"_L1);
    nullable(json, s.captured);
    json.key("encoding"_L1);
    json.string(s.encoding);
    json.key("format"_L1);
    json.string(formatName(s.format));
    if (!s.id.isEmpty()) {
        json.key("id"_L1);
        json.string(s.id);
    }
    json.key("index"_L1);
    json.integer(s.index);
    json.key("path"_L1);
    json.string(s.path);
    json.key("url"_L1);
    nullable(json, s.url);
    json.endObject();
}

} // namespace

void appendRecordJson(const Record &record, QByteArray *out)
{
    const Article &a = record.article;
    JsonWriter json(out);
    json.beginObject();
    json.key("body"_L1);
    json.beginArray();
    for (const BodyBlock &b : a.body) {
        json.beginObject();
        json.key("kind"_L1);
        json.string(blockKindName(b.kind));
        json.key("text"_L1);
        json.string(b.text);
        json.endObject();
    }
    json.endArray();
    json.key("bylines"_L1);
    json.beginArray();
    for (const QString &byline : a.bylines)
        json.string(byline);
    json.endArray();
    json.key("contributors"_L1);
    json.beginArray();
    for (const Contributor &c : a.contributors) {
        json.beginObject();
        json.key("name"_L1);
        json.string(c.name);
        json.key("role"_L1);
        json.string(c.role);
        json.endObject();
    }
    json.endArray();
    json.key("credit"_L1);
    nullable(json, a.credit);
    json.key("dateline"_L1);
    nullable(json, a.dateline);
    json.key("headline"_L1);
    nullable(json, a.headline);
    json.key("images"_L1);
    json.beginArray();
    for (const Image &i : a.images) {
        json.beginObject();
        json.key("caption"_L1);
        nullable(json, i.caption);
        json.key("credit"_L1);
        nullable(json, i.credit);
        json.key("src"_L1);
        nullable(json, i.src);
        json.endObject();
    }
    json.endArray();
    json.key("provenance"_L1);
    json.beginObject();
    for (auto it = a.provenance.cbegin(); it != a.provenance.cend(); ++it) {
        json.key(QStringView(it.key()));
        writeSpans(json, it.value());
    }
    json.endObject();
    json.key("published"_L1);
    nullable(json, a.published);
    json.key("publisher"_L1);
    nullable(json, a.publisher);
    json.key("source"_L1);
    writeSource(json, record.source);
    json.key("text"_L1); // Article::text(), written without joining it first
    json.beginString();
    for (qsizetype i = 0; i < a.body.size(); ++i) {
        if (i > 0)
            json.stringPart(u"\n\n");
        json.stringPart(a.body[i].text);
    }
    json.endString();
    json.endObject();
}

} // namespace galley
