// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/reviewrecordjson.h"

#include "record/recordjson.h"

#include <QJsonArray>

namespace galley {

namespace {

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject changeToJson(const FieldChange &change)
{
    return QJsonObject{{QStringLiteral("field"), change.field},
                       {QStringLiteral("reviewer"), nullable(change.reviewer)},
                       {QStringLiteral("at"), timestampToJson(change.at)},
                       {QStringLiteral("before"), change.before},
                       {QStringLiteral("after"), change.after},
                       {QStringLiteral("extracted"), change.extracted}};
}

bool timestampField(const QJsonObject &o, const QString &key, QDateTime *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        *out = {};
        return true;
    }
    *out = timestampFromJson(v);
    if (!out->isValid()) {
        if (error)
            *error = QStringLiteral("\"%1\" should be an ISO 8601 date-time").arg(key);
        return false;
    }
    return true;
}

bool stringField(const QJsonObject &o, const QString &key, const QString &path, QString *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (!v.isUndefined() && !v.isNull() && !v.isString()) {
        if (error)
            *error = QStringLiteral("\"%1%2\" should be a string").arg(path, key);
        return false;
    }
    *out = v.toString();
    return true;
}

} // namespace

QJsonValue timestampToJson(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue(QJsonValue::Null);
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timestampFromJson(const QJsonValue &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonObject reviewRecordToJson(const ReviewRecord &record)
{
    QJsonObject o = recordToJson(record.correctedRecord());
    // Only what the editor changed: the extracted value of each article key that differs. An
    // uncorrected page has "extracted": {}, and a correction shows in a diff as the changed line plus
    // the original value appearing here. "text" is derived from "body" and never repeated.
    const QJsonObject extracted = articleToJson(record.extracted);
    QJsonObject changed;
    for (auto it = extracted.constBegin(); it != extracted.constEnd(); ++it) {
        if (it.key() != QLatin1String("text") && o.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    o.insert(QStringLiteral("extracted"), changed);
    o.insert(QStringLiteral("review"),
             QJsonObject{{QStringLiteral("status"), reviewStatusName(record.status)},
                         {QStringLiteral("reviewer"), nullable(record.reviewer)},
                         {QStringLiteral("created"), timestampToJson(record.created)},
                         {QStringLiteral("modified"), timestampToJson(record.modified)},
                         {QStringLiteral("reviewedAt"), timestampToJson(record.reviewedAt)},
                         {QStringLiteral("reason"), nullable(record.reason)},
                         {QStringLiteral("note"), nullable(record.note)}});
    QJsonArray history;
    for (const FieldChange &change : record.history)
        history.append(changeToJson(change));
    o.insert(QStringLiteral("history"), history);
    return o;
}

bool reviewRecordFromJson(const QJsonObject &o, ReviewRecord *record, QString *error)
{
    Record corrected;
    if (!recordFromJson(o, &corrected, error))
        return false;
    ReviewRecord out;
    out.source = corrected.source;
    out.corrected = corrected.article;
    const QJsonValue extracted = o.value(QStringLiteral("extracted"));
    if (extracted.isUndefined() || extracted.isNull() || extracted.toObject().isEmpty()) {
        out.extracted = out.corrected;
    } else if (!extracted.isObject()) {
        if (error)
            *error = QStringLiteral("\"extracted\" should be an object");
        return false;
    } else {
        // The corrected article with the extracted values of the changed keys put back.
        QJsonObject merged = o;
        const QJsonObject changed = extracted.toObject();
        for (auto it = changed.constBegin(); it != changed.constEnd(); ++it)
            merged.insert(it.key(), it.value());
        QString inner;
        if (!articleFromJson(merged, &out.extracted, &inner)) {
            if (error)
                *error = QStringLiteral("in \"extracted\": ") + inner;
            return false;
        }
    }

    const QJsonValue reviewValue = o.value(QStringLiteral("review"));
    if (!reviewValue.isUndefined() && !reviewValue.isNull() && !reviewValue.isObject()) {
        if (error)
            *error = QStringLiteral("\"review\" should be an object");
        return false;
    }
    const QJsonObject review = reviewValue.toObject();
    const QJsonValue status = review.value(QStringLiteral("status"));
    if (!status.isUndefined() && !status.isNull() && !parseReviewStatus(status.toString(), &out.status)) {
        if (error)
            *error = QStringLiteral("\"review.status\" should be one of new, in-review, reviewed, rejected, "
                                    "needs-attention");
        return false;
    }
    if (!stringField(review, QStringLiteral("reviewer"), QStringLiteral("review."), &out.reviewer, error) ||
        !timestampField(review, QStringLiteral("created"), &out.created, error) ||
        !timestampField(review, QStringLiteral("modified"), &out.modified, error) ||
        !timestampField(review, QStringLiteral("reviewedAt"), &out.reviewedAt, error) ||
        // Absent in records written before reasons and notes were kept: read as none.
        !stringField(review, QStringLiteral("reason"), QStringLiteral("review."), &out.reason, error) ||
        !stringField(review, QStringLiteral("note"), QStringLiteral("review."), &out.note, error))
        return false;

    const QJsonValue historyValue = o.value(QStringLiteral("history"));
    if (!historyValue.isUndefined() && !historyValue.isNull() && !historyValue.isArray()) {
        if (error)
            *error = QStringLiteral("\"history\" should be an array");
        return false;
    }
    QJsonObject extractedArticle; // built on the first history entry that needs it
    const auto extractedJson = [&]() -> const QJsonObject & {
        if (extractedArticle.isEmpty())
            extractedArticle = articleToJson(out.extracted);
        return extractedArticle;
    };
    for (const QJsonValue &v : historyValue.toArray()) {
        if (!v.isObject()) {
            if (error)
                *error = QStringLiteral("\"history[]\" should be an object");
            return false;
        }
        const QJsonObject c = v.toObject();
        FieldChange change;
        const QString p = QStringLiteral("history[].");
        if (!stringField(c, QStringLiteral("field"), p, &change.field, error) ||
            !stringField(c, QStringLiteral("reviewer"), p, &change.reviewer, error) ||
            !timestampField(c, QStringLiteral("at"), &change.at, error))
            return false;
        change.before = c.value(QStringLiteral("before"));
        change.after = c.value(QStringLiteral("after"));
        // An absent value reads back as null, the form it is written in.
        if (change.before.isUndefined())
            change.before = QJsonValue(QJsonValue::Null);
        if (change.after.isUndefined())
            change.after = QJsonValue(QJsonValue::Null);
        // Entries written before the extractor's value was kept take it from the record's extracted
        // article, which never changes after import.
        change.extracted = c.contains(QStringLiteral("extracted")) ? c.value(QStringLiteral("extracted"))
                                                                   : extractedJson().value(change.field);
        if (change.extracted.isUndefined())
            change.extracted = QJsonValue(QJsonValue::Null);
        out.history.append(change);
    }
    *record = std::move(out);
    return true;
}

} // namespace galley
