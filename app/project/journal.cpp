// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/journal.h"

#include "project/atomicfile.h"
#include "project/recordfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace galley {

QString Journal::pathOf(const QString &id) const
{
    return m_dir + QLatin1Char('/') + recordFileName(id);
}

bool Journal::write(const ReviewRecord &record, ProjectError *error) const
{
    if (!isRecordId(record.source.id))
        return fail(error, {ProjectError::Invalid,
                            m_dir,
                            {},
                            QStringLiteral("\"%1\" is not a capture identity").arg(record.source.id)});
    if (!QDir().mkpath(m_dir))
        return fail(error, {ProjectError::Io, m_dir, {}, QStringLiteral("cannot create folder")});
    return writeFileAtomically(pathOf(record.source.id), encodeRecordFile(record), error);
}

bool Journal::read(const QString &id, ReviewRecord *record, ProjectError *error) const
{
    QByteArray data;
    return readWholeFile(pathOf(id), &data, error) &&
           decodeRecordFile(data, pathOf(id), record, nullptr, error);
}

bool Journal::remove(const QString &id, ProjectError *error) const
{
    QFile file(pathOf(id));
    if (!file.exists() || file.remove())
        return true;
    return fail(
        error,
        {ProjectError::Io, file.fileName(), {}, QStringLiteral("cannot remove: ") + file.errorString()});
}

bool Journal::contains(const QString &id) const
{
    return QFileInfo::exists(pathOf(id));
}

QList<JournalEntry> Journal::entries() const
{
    QList<JournalEntry> out;
    const QFileInfoList files =
        QDir(m_dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        const QString id = recordIdFromFileName(info.fileName());
        if (!id.isEmpty())
            out.append({id, info.absoluteFilePath(), info.lastModified().toUTC()});
    }
    return out;
}

} // namespace galley
