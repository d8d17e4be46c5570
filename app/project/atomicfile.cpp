// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/atomicfile.h"

#include "project/atomicwriter.h"
#include "project/fileaccess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <cerrno>
#include <cstdio>

namespace galley {

namespace {

bool writeWith(AtomicWriter::Durability durability, const QString &path, const QByteArray &data,
               ProjectError *error)
{
    AtomicWriter file(path, durability);
    if (file.open() && file.write(data) == data.size() && file.commit())
        return true;
    return fail(error, {ProjectError::Io, path, {}, file.errorMessage()});
}

} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &data, ProjectError *error)
{
    return writeWith(AtomicWriter::Durability::Synced, path, data, error);
}

bool writeFileAtomicallyNoSync(const QString &path, const QByteArray &data, ProjectError *error)
{
    return writeWith(AtomicWriter::Durability::Unsynced, path, data, error);
}

bool readWholeFile(const QString &path, QByteArray *data, ProjectError *error)
{
    QFile file;
    QString message;
    if (!openRegularFile(&file, path, &message)) {
        const auto kind = errno == ENOENT ? ProjectError::NotFound : ProjectError::Io;
        return fail(error, {kind, path, {}, message});
    }
    // Sized from the file in one read: readAll() grows its buffer step by step, which was a tenth of
    // the time of rebuilding the index of a large project.
    const qint64 size = file.size();
    data->resize(size);
    const qint64 got = size > 0 ? file.read(data->data(), size) : 0;
    if (got < 0)
        return fail(error,
                    {ProjectError::Io, path, {}, QStringLiteral("cannot read: ") + file.errorString()});
    // Record files are replaced by rename, never written in place, so an open file keeps its size.
    data->truncate(got);
    return true;
}

bool parseJsonObject(const QByteArray &data, const QString &path, QJsonObject *object, ProjectError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Turn the byte offset into a line and column an editor can jump to.
        const qsizetype offset = std::min<qsizetype>(parseError.offset, data.size());
        const qsizetype line = data.left(offset).count('\n') + 1;
        const qsizetype column = offset - (data.lastIndexOf('\n', offset - 1) + 1) + 1;
        return fail(error,
                    {ProjectError::Corrupt, path, QStringLiteral("line %1, column %2").arg(line).arg(column),
                     QStringLiteral("invalid JSON: ") + parseError.errorString()});
    }
    if (!doc.isObject())
        return fail(error, {ProjectError::Corrupt, path, {}, QStringLiteral("expected a JSON object")});
    *object = doc.object();
    return true;
}

QByteArray toProjectJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace galley
