// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectindex.h"

#include "project/atomicfile.h"
#include "project/fileaccess.h"
#include "project/recordfile.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <dirent.h>
#include <fcntl.h>
#include <numeric>
#include <sys/stat.h>

namespace galley {

namespace {

constexpr quint32 kCacheMagic = 0x47494458; // "GIDX"
// Bump when RecordSummary or the entry layout changes: an old cache is then simply rebuilt.
constexpr quint32 kCacheVersion = 4; // 3: summaries carry the reason and note; 4: the text key

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
    QJsonObject object;
    p.ok = readWholeFile(path, &data, &p.error) && parseJsonObject(data, path, &object, &p.error) &&
           summarizeRecordObject(object, path, &p.summary, &p.error);
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

namespace {

ProjectIndex::FileStamp stampFromStat(const struct stat &st)
{
    return {qint64(st.st_size), qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

} // namespace

ProjectIndex::FileStamp ProjectIndex::stampOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return stampFromStat(st);
}

ProjectIndex::Changes ProjectIndex::scan(const QString &recordsDir)
{
    Changes changes;
    // What is on disk now. Names that are not record file names (AtomicWriter temporaries, notes) are
    // not records and are ignored.
    // Listed with readdir/fstatat rather than QDirIterator/QFileInfo: one stat per file, relative to
    // the open folder, which is most of the time a warm open of a 50,000-record project takes.
    QHash<QString, FileStamp> onDisk;
    QHash<QString, FileStamp> special;
    DIR *dir = ::opendir(QFile::encodeName(recordsDir).constData());
    while (dir) {
        const struct dirent *entry = ::readdir(dir);
        if (!entry)
            break;
        const QString name = QFile::decodeName(entry->d_name);
        if (recordIdFromFileName(name).isEmpty()) {
            // A temporary file of an atomic write that never finished ("<record>.json.XXXXXX").
            if (name.size() > 7 && name.at(name.size() - 7) == QLatin1Char('.') &&
                !recordIdFromFileName(name.chopped(7)).isEmpty())
                changes.leftovers.append(name);
            continue;
        }
        // Not following links: a record file that is a link could show an outside file as a record.
        struct stat st;
        if (::fstatat(::dirfd(dir), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        if (S_ISREG(st.st_mode))
            onDisk.insert(name, stampFromStat(st));
        else if (!S_ISDIR(st.st_mode))
            special.insert(name, stampFromStat(st)); // a link, FIFO or device: a problem, never opened
    }
    if (dir)
        ::closedir(dir);

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

    QList<Parsed> parsed =
        QtConcurrent::blockingMapped(toParse, [&recordsDir](const std::pair<QString, FileStamp> &item) {
            return parseFile(recordsDir, item.first, item.second);
        });
    QStringList specialNames = special.keys();
    specialNames.sort();
    for (const QString &name : std::as_const(specialNames)) {
        onDisk.insert(name, special.value(name));
        const auto p = m_problems.constFind(name);
        if (p != m_problems.cend() && p->first == special.value(name))
            continue;
        const QString path = recordsDir + QLatin1Char('/') + name;
        parsed.append({name,
                       special.value(name),
                       false,
                       {},
                       {ProjectError::Invalid,
                        path,
                        {},
                        isSymbolicLink(path) ? linkRefusedMessage() : QStringLiteral("not a regular file")}});
    }
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
    QFile file;
    if (!openRegularFile(&file, path, nullptr))
        return false; // a link or anything but a plain file is no cache: rebuilt from the records
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
        in >> entry.fileName >> entry.stamp.size >> entry.stamp.mtimeNs >> summary;
        m_entries.append(entry);
        m_summaries.append(summary);
    }
    qint64 problems = 0;
    in >> problems;
    for (qint64 i = 0; i < problems && in.status() == QDataStream::Ok; ++i) {
        QString fileName, where, message;
        FileStamp stamp;
        qint32 kind = 0;
        in >> fileName >> stamp.size >> stamp.mtimeNs >> kind >> where >> message;
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
            out << m_entries.at(i).fileName << m_entries.at(i).stamp.size << m_entries.at(i).stamp.mtimeNs
                << summary;
        }
        out << qint64(m_problems.size());
        for (auto p = m_problems.cbegin(); p != m_problems.cend(); ++p)
            out << p.key() << p->first.size << p->first.mtimeNs << qint32(p->second.kind) << p->second.where
                << p->second.message;
    }
    if (QString message; !makeFolders(QFileInfo(path).absolutePath(), &message))
        return fail(error, {ProjectError::Io, QFileInfo(path).absolutePath(), {}, message});
    return writeFileAtomicallyNoSync(path, data, error);
}

} // namespace galley
