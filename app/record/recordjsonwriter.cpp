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

// A member whose empty value is written as null.
void nullableMember(JsonWriter &json, QLatin1StringView key, const QString &value)
{
    json.key(key);
    nullable(json, value);
}

void stringMember(JsonWriter &json, QLatin1StringView key, QStringView value)
{
    json.key(key);
    json.string(value);
}

// Every array of the record is an array of objects (or strings): one shape, written once.
// `writeItem` writes the members of one object (keys in sorted order, see the top of the file).
template<typename List, typename WriteItem>
void writeObjectArray(JsonWriter &json, const List &items, WriteItem writeItem)
{
    json.beginArray();
    for (const auto &item : items) {
        json.beginObject();
        writeItem(item);
        json.endObject();
    }
    json.endArray();
}

void writeSpans(JsonWriter &json, const QList<SourceSpan> &spans)
{
    writeObjectArray(json, spans, [&](const SourceSpan &span) {
        json.key("end"_L1);
        json.integer(span.end);
        json.key("start"_L1);
        json.integer(span.start);
        if (!span.via.isEmpty())
            stringMember(json, "via"_L1, span.via);
    });
}

void writeSource(JsonWriter &json, const RecordSource &s)
{
    json.beginObject();
    nullableMember(json, "captured"_L1, s.captured);
    stringMember(json, "encoding"_L1, s.encoding);
    stringMember(json, "format"_L1, formatName(s.format));
    if (!s.id.isEmpty())
        stringMember(json, "id"_L1, s.id);
    json.key("index"_L1);
    json.integer(s.index);
    stringMember(json, "path"_L1, s.path);
    nullableMember(json, "url"_L1, s.url);
    json.endObject();
}

} // namespace

void appendRecordJson(const Record &record, QByteArray *out)
{
    const Article &a = record.article;
    JsonWriter json(out);
    json.beginObject();
    json.key("body"_L1);
    writeObjectArray(json, a.body, [&](const BodyBlock &b) {
        stringMember(json, "kind"_L1, blockKindName(b.kind));
        stringMember(json, "text"_L1, b.text);
    });
    json.key("bylines"_L1);
    json.beginArray();
    for (const QString &byline : a.bylines)
        json.string(byline);
    json.endArray();
    json.key("contributors"_L1);
    writeObjectArray(json, a.contributors, [&](const Contributor &c) {
        stringMember(json, "name"_L1, c.name);
        stringMember(json, "role"_L1, c.role);
    });
    nullableMember(json, "credit"_L1, a.credit);
    nullableMember(json, "dateline"_L1, a.dateline);
    nullableMember(json, "headline"_L1, a.headline);
    json.key("images"_L1);
    writeObjectArray(json, a.images, [&](const Image &i) {
        nullableMember(json, "caption"_L1, i.caption);
        nullableMember(json, "credit"_L1, i.credit);
        nullableMember(json, "src"_L1, i.src);
    });
    json.key("provenance"_L1);
    json.beginObject();
    for (auto it = a.provenance.cbegin(); it != a.provenance.cend(); ++it) {
        json.key(QStringView(it.key()));
        writeSpans(json, it.value());
    }
    json.endObject();
    nullableMember(json, "published"_L1, a.published);
    nullableMember(json, "publisher"_L1, a.publisher);
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
