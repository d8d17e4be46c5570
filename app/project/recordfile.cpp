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

QByteArray encodeRecordFile(const ReviewRecord &record)
{
    QJsonObject o = reviewRecordToJson(record);
    o.insert(QStringLiteral("formatVersion"), kRecordFormatVersion);
    return toProjectJson(o);
}

int recordFormatVersion(const QJsonObject &object)
{
    return object.value(QStringLiteral("formatVersion")).toInt(0);
}

bool decodeRecordFile(const QByteArray &data, const QString &path, ReviewRecord *record, int *formatVersion,
                      ProjectError *error)
{
    QJsonObject o;
    if (!parseJsonObject(data, path, &o, error))
        return false;
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
    ReviewRecord out;
    QString message;
    if (!reviewRecordFromJson(o, &out, &message))
        return fail(error, {ProjectError::Corrupt, path, {}, message});
    const QString fileId = recordIdFromFileName(QFileInfo(path).fileName());
    if (out.source.id.isEmpty())
        out.source.id = fileId;
    else if (!fileId.isEmpty() && out.source.id != fileId)
        return fail(error,
                    {ProjectError::Corrupt,
                     path,
                     {},
                     QStringLiteral("\"source.id\" %1 does not match the file name").arg(out.source.id)});
    if (formatVersion)
        *formatVersion = version;
    *record = std::move(out);
    return true;
}

} // namespace galley
