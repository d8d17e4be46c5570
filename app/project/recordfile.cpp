// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/recordfile.h"

#include "project/atomicfile.h"
#include "record/reviewrecordjson.h"

#include <QFileInfo>
#include <QJsonObject>

namespace galley {

namespace {

constexpr qsizetype kHashLength = 64;

bool isLowerHex(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

bool isDigits(QStringView s)
{
    return !s.isEmpty() && s.size() <= 9 && std::all_of(s.begin(), s.end(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
}

// Shared by both directions: `separator` is '#' in ids and '-' in file names.
bool isIdForm(QStringView s, QChar separator)
{
    if (s.size() < kHashLength || !isLowerHex(s.left(kHashLength)))
        return false;
    if (s.size() == kHashLength)
        return true;
    return s.at(kHashLength) == separator && isDigits(s.mid(kHashLength + 1));
}

} // namespace

bool isRecordId(const QString &id)
{
    return isIdForm(id, QLatin1Char('#'));
}

QString recordFileName(const QString &id)
{
    QString name = id;
    name.replace(QLatin1Char('#'), QLatin1Char('-'));
    return name + QStringLiteral(".json");
}

QString recordIdFromFileName(const QString &fileName)
{
    if (!fileName.endsWith(QLatin1String(".json")))
        return {};
    QString stem = fileName.chopped(5);
    if (!isIdForm(stem, QLatin1Char('-')))
        return {};
    stem.replace(QLatin1Char('-'), QLatin1Char('#'));
    return stem;
}

QJsonObject recordFileObject(const ReviewRecord &record)
{
    QJsonObject o = reviewRecordToJson(record);
    o.insert(QStringLiteral("formatVersion"), kRecordFormatVersion);
    return o;
}

QByteArray encodeRecordFile(const ReviewRecord &record)
{
    return toProjectJson(recordFileObject(record));
}

int recordFormatVersion(const QJsonObject &object)
{
    return object.value(QStringLiteral("formatVersion")).toInt(0);
}

bool checkRecordObject(const QJsonObject &o, const QString &path, int *formatVersion, QString *id,
                       ProjectError *error)
{
    const QJsonValue versionValue = o.value(QStringLiteral("formatVersion"));
    if (!versionValue.isUndefined() && (!versionValue.isDouble() || versionValue.toInt(-1) < 1))
        return fail(error, {ProjectError::Corrupt,
                            path,
                            {},
                            QStringLiteral("\"formatVersion\" should be a positive integer")});
    const int version = recordFormatVersion(o);
    if (version > kRecordFormatVersion)
        return fail(error,
                    {ProjectError::NewerVersion,
                     path,
                     {},
                     QStringLiteral("record format version %1 is newer than this Galley understands (%2); "
                                    "left untouched")
                         .arg(version)
                         .arg(kRecordFormatVersion)});
    const QJsonValue source = o.value(QStringLiteral("source"));
    const QJsonValue sourceId = source.toObject().value(QStringLiteral("id"));
    if (!source.isObject() || !(sourceId.isString() || sourceId.isUndefined() || sourceId.isNull()))
        return fail(error, {ProjectError::Corrupt,
                            path,
                            {},
                            QStringLiteral("\"source\" should be an object with a string \"id\"")});
    const QString fileId = recordIdFromFileName(QFileInfo(path).fileName());
    QString found = sourceId.toString();
    if (found.isEmpty())
        found = fileId;
    else if (!fileId.isEmpty() && found != fileId)
        return fail(error, {ProjectError::Corrupt,
                            path,
                            {},
                            QStringLiteral("\"source.id\" %1 does not match the file name").arg(found)});
    if (formatVersion)
        *formatVersion = version;
    if (id)
        *id = found;
    return true;
}

bool decodeRecordFile(const QByteArray &data, const QString &path, ReviewRecord *record, int *formatVersion,
                      ProjectError *error)
{
    QJsonObject o;
    QString id;
    if (!parseJsonObject(data, path, &o, error) || !checkRecordObject(o, path, formatVersion, &id, error))
        return false;
    ReviewRecord out;
    QString message;
    if (!reviewRecordFromJson(o, &out, &message))
        return fail(error, {ProjectError::Corrupt, path, {}, message});
    out.source.id = id;
    *record = std::move(out);
    return true;
}

} // namespace galley
