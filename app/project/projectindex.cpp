// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectindex.h"

#include "project/atomicfile.h"
#include "project/recordfile.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <numeric>

namespace galley {

namespace {

constexpr quint32 kCacheMagic = 0x47494458; // "GIDX"
// Bump when RecordSummary or the entry layout changes: an old cache is then simply rebuilt.
constexpr quint32 kCacheVersion = 1;

struct Parsed
{
    QString fileName;
    ProjectIndex::FileStamp stamp;
    bool ok = false;
    RecordSummary summary;
    ProjectError error;
};

Parsed parseFile(const QString &recordsDir, const QString &fileName, const ProjectIndex::FileStamp &stamp)
{
    Parsed p{fileName, stamp, false, {}, {}};
    const QString path = recordsDir + QLatin1Char('/') + fileName;
    QByteArray data;
    ReviewRecord record;
    int version = 0;
    if (readWholeFile(path, &data, &p.error) && decodeRecordFile(data, path, &record, &version, &p.error)) {
        p.ok = true;
        p.summary = summarize(record, version);
    }
    return p;
}

} // namespace

QList<ProjectError> ProjectIndex::problems() const
{
    QList<ProjectError> out;
    out.reserve(m_problems.size());
    for (const auto &problem : m_problems)
        out.append(problem.second);
    return out;
}

ProjectIndex::FileStamp ProjectIndex::stampOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return {info.size(), info.lastModified().toMSecsSinceEpoch()};
}

ProjectIndex::Changes ProjectIndex::scan(const QString &recordsDir)
{
    Changes changes;
    // What is on disk now. Names that are not record file names (QSaveFile temporaries, notes) are
    // not records and are ignored.
    QHash<QString, FileStamp> onDisk;
    QDirIterator it(recordsDir, {QStringLiteral("*.json")}, QDir::Files);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (recordIdFromFileName(info.fileName()).isEmpty())
            continue;
        onDisk.insert(info.fileName(), {info.size(), info.lastModified().toMSecsSinceEpoch()});
    }

    QList<std::pair<QString, FileStamp>> toParse;
    QHash<QString, int> known; // file name -> position in m_entries
    known.reserve(m_entries.size());
    for (int i = 0; i < m_entries.size(); ++i)
        known.insert(m_entries.at(i).fileName, i);
    for (auto d = onDisk.cbegin(); d != onDisk.cend(); ++d) {
        const auto k = known.constFind(d.key());
        if (k != known.cend() && m_entries.at(*k).stamp == d.value())
            continue;
        const auto p = m_problems.constFind(d.key());
        if (p != m_problems.cend() && p->first == d.value())
            continue;
        toParse.append({d.key(), d.value()});
    }
    // Sorted so the order of problems and added ids does not depend on the hash order.
    std::sort(toParse.begin(), toParse.end(), [](const auto &a, const auto &b) { return a.first < b.first; });

    const QList<Parsed> parsed =
        QtConcurrent::blockingMapped(toParse, [&recordsDir](const std::pair<QString, FileStamp> &item) {
            return parseFile(recordsDir, item.first, item.second);
        });
    changes.filesParsed = int(parsed.size());

    // Drop what vanished (or failed now), keeping the order of the rest.
    QSet<QString> failedNow;
    for (const Parsed &p : parsed) {
        if (!p.ok)
            failedNow.insert(p.fileName);
    }
    QList<RecordSummary> summaries;
    QList<Entry> entries;
    summaries.reserve(m_summaries.size() + parsed.size());
    entries.reserve(m_entries.size() + parsed.size());
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString &name = m_entries.at(i).fileName;
        if (!onDisk.contains(name) || failedNow.contains(name)) {
            changes.removed.append(m_summaries.at(i).id);
            continue;
        }
        summaries.append(m_summaries.at(i));
        entries.append(m_entries.at(i));
    }
    for (auto p = m_problems.begin(); p != m_problems.end();) {
        if (!onDisk.contains(p.key())) {
            p = m_problems.erase(p);
            changes.problemsChanged = true;
        } else {
            ++p;
        }
    }
    m_summaries = std::move(summaries);
    m_entries = std::move(entries);
    rebuildPositions();

    for (const Parsed &p : parsed) {
        if (!p.ok) {
            m_problems.insert(p.fileName, {p.stamp, p.error});
            changes.problemsChanged = true;
            continue;
        }
        if (m_problems.remove(p.fileName))
            changes.problemsChanged = true;
        const int at = indexOf(p.summary.id);
        if (at >= 0) {
            changes.changed.append(p.summary.id);
            m_summaries[at] = p.summary;
            m_entries[at].stamp = p.stamp;
        } else {
            changes.added.append(p.summary.id);
            m_positions.insert(p.summary.id, int(m_summaries.size()));
            m_summaries.append(p.summary);
            m_entries.append({p.fileName, p.stamp});
            m_unsorted = true;
        }
    }
    sort();
    return changes;
}

void ProjectIndex::update(const QString &fileName, const FileStamp &stamp, const RecordSummary &summary)
{
    m_problems.remove(fileName);
    const int at = indexOf(summary.id);
    if (at >= 0) {
        m_summaries[at] = summary;
        m_entries[at].stamp = stamp;
        return;
    }
    m_positions.insert(summary.id, int(m_summaries.size()));
    m_summaries.append(summary);
    m_entries.append({fileName, stamp});
    m_unsorted = true;
}

bool ProjectIndex::setFlag(const QString &id, RecordSummary::Flag flag, bool on)
{
    const int at = indexOf(id);
    if (at < 0)
        return false;
    m_summaries[at].flags.setFlag(flag, on);
    return true;
}

void ProjectIndex::sort()
{
    if (!m_unsorted)
        return;
    m_unsorted = false;
    QList<int> order(m_summaries.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        const auto &sa = m_summaries.at(a);
        const auto &sb = m_summaries.at(b);
        if (sa.created != sb.created)
            return sa.created < sb.created;
        return m_entries.at(a).fileName < m_entries.at(b).fileName;
    });
    QList<RecordSummary> summaries;
    QList<Entry> entries;
    summaries.reserve(order.size());
    entries.reserve(order.size());
    for (int i : order) {
        summaries.append(std::move(m_summaries[i]));
        entries.append(std::move(m_entries[i]));
    }
    m_summaries = std::move(summaries);
    m_entries = std::move(entries);
    rebuildPositions();
}

void ProjectIndex::rebuildPositions()
{
    m_positions.clear();
    m_positions.reserve(m_summaries.size());
    for (int i = 0; i < m_summaries.size(); ++i)
        m_positions.insert(m_summaries.at(i).id, i);
}

bool ProjectIndex::loadCache(const QString &path, const QString &recordsDir)
{
    *this = ProjectIndex();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0;
    qint64 count = 0;
    in >> magic >> version >> count;
    if (magic != kCacheMagic || version != kCacheVersion || count < 0 || in.status() != QDataStream::Ok)
        return false;
    m_summaries.reserve(count);
    m_entries.reserve(count);
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        Entry entry;
        RecordSummary summary;
        in >> entry.fileName >> entry.stamp.size >> entry.stamp.mtimeMs >> summary;
        m_entries.append(entry);
        m_summaries.append(summary);
    }
    qint64 problems = 0;
    in >> problems;
    for (qint64 i = 0; i < problems && in.status() == QDataStream::Ok; ++i) {
        QString fileName, where, message;
        FileStamp stamp;
        qint32 kind = 0;
        in >> fileName >> stamp.size >> stamp.mtimeMs >> kind >> where >> message;
        m_problems.insert(fileName,
                          {stamp, ProjectError{ProjectError::Kind(kind),
                                               recordsDir + QLatin1Char('/') + fileName, where, message}});
    }
    if (in.status() != QDataStream::Ok || !in.atEnd()) {
        *this = ProjectIndex();
        return false;
    }
    rebuildPositions();
    return true;
}

bool ProjectIndex::saveCache(const QString &path, ProjectError *error) const
{
    QByteArray data;
    {
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        QDataStream out(&buffer);
        out.setVersion(QDataStream::Qt_6_4);
        out << kCacheMagic << kCacheVersion << qint64(m_summaries.size());
        for (int i = 0; i < m_summaries.size(); ++i) {
            // Journalled describes journal/, not the record file: the store sets it afresh on open.
            RecordSummary summary = m_summaries.at(i);
            summary.flags.setFlag(RecordSummary::Journalled, false);
            out << m_entries.at(i).fileName << m_entries.at(i).stamp.size << m_entries.at(i).stamp.mtimeMs
                << summary;
        }
        out << qint64(m_problems.size());
        for (auto p = m_problems.cbegin(); p != m_problems.cend(); ++p)
            out << p.key() << p->first.size << p->first.mtimeMs << qint32(p->second.kind) << p->second.where
                << p->second.message;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    return writeFileAtomicallyNoSync(path, data, error);
}

} // namespace galley
