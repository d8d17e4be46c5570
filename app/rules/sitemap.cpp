// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/sitemap.h"

#include "project/atomicfile.h"
#include "project/fileaccess.h"
#include "rules/sitekey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace galley {

namespace {

// A page is named by its capture identity: hex SHA-256, with "#<index>" inside an archive.
bool isPageId(const QString &id)
{
    static const QRegularExpression valid(QStringLiteral("^[0-9a-f]{64}(#[0-9]+)?$"));
    return valid.match(id).hasMatch();
}

// Reads the "merged" and "split" members; false with the place of the first bad entry.
bool readEntries(const QJsonObject &object, QMap<QString, QString> *merges,
                 QMap<QString, SiteMap::Split> *splits, QString *where, QString *message)
{
    const QJsonObject merged = object.value(QStringLiteral("merged")).toObject();
    for (auto it = merged.constBegin(); it != merged.constEnd(); ++it) {
        const QString into = it.value().toString();
        if (!isValidSiteKey(it.key()) || !isValidSiteKey(into) || into == it.key()) {
            *where = QStringLiteral("merged.%1").arg(it.key());
            *message = QStringLiteral("must map a site to another site");
            return false;
        }
        merges->insert(it.key(), into);
    }
    const QJsonObject split = object.value(QStringLiteral("split")).toObject();
    for (auto it = split.constBegin(); it != split.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        SiteMap::Split s{entry.value(QStringLiteral("from")).toString(), {}};
        for (const QJsonValue &page : entry.value(QStringLiteral("pages")).toArray())
            s.pages.append(page.toString());
        if (!isValidSiteKey(it.key()) || !isValidSiteKey(s.from) || s.pages.isEmpty() ||
            !std::all_of(s.pages.cbegin(), s.pages.cend(), isPageId)) {
            *where = QStringLiteral("split.%1").arg(it.key());
            *message = QStringLiteral("must give the site the pages came from (\"from\") and their "
                                      "capture ids (\"pages\")");
            return false;
        }
        s.pages.sort();
        splits->insert(it.key(), s);
    }
    return true;
}

} // namespace

SiteMap SiteMap::load(const QString &folder, QList<ProjectError> *problems)
{
    SiteMap map;
    map.m_folder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QString path = map.path();
    if (!QFileInfo::exists(path) && !isSymbolicLink(path))
        return map;
    QByteArray data;
    QJsonObject object;
    ProjectError error;
    if (!readWholeFile(path, &data, &error) || !parseJsonObject(data, path, &object, &error)) {
        problems->append(error);
        return map;
    }
    const int format = object.value(QStringLiteral("format")).toInt();
    if (format > kFormatVersion) {
        problems->append(ProjectError{
            ProjectError::NewerVersion, path, QString(),
            QStringLiteral("written by a newer Galley (format %1); merges and splits left out").arg(format)});
        return map;
    }
    QMap<QString, QString> merges;
    QMap<QString, Split> splits;
    QString where;
    QString message;
    if (!readEntries(object, &merges, &splits, &where, &message)) {
        problems->append(ProjectError{ProjectError::Corrupt, path, where, message});
        return map;
    }
    map.m_merges = merges;
    map.m_splits = splits;
    return map;
}

QString SiteMap::path() const
{
    return m_folder + QLatin1Char('/') + QLatin1String(kFileName);
}

QString SiteMap::resolve(const QString &key, const QString &pageId) const
{
    QString site = key;
    for (auto it = m_splits.cbegin(); it != m_splits.cend(); ++it) {
        if (std::binary_search(it->pages.cbegin(), it->pages.cend(), pageId)) {
            site = it.key();
            break;
        }
    }
    return m_merges.value(site, site);
}

QStringList SiteMap::mergedInto(const QString &site) const
{
    QStringList out;
    for (auto it = m_merges.cbegin(); it != m_merges.cend(); ++it) {
        if (it.value() == site)
            out.append(it.key());
    }
    return out;
}

bool SiteMap::merge(const QString &from, const QString &into, ProjectError *error)
{
    const QString target = m_merges.value(into, into);
    if (!isValidSiteKey(from) || !isValidSiteKey(target))
        return fail(error, ProjectError{ProjectError::Invalid, path(), QString(),
                                        QStringLiteral("'%1' or '%2' is no site").arg(from, into)});
    if (target == from || m_merges.value(from) == target)
        return fail(error, ProjectError{ProjectError::Invalid, path(), QString(),
                                        QStringLiteral("%1 and %2 are one site already").arg(from, into)});
    QMap<QString, QString> merges = m_merges;
    for (QString &joined : merges) {
        if (joined == from)
            joined = target; // kept flat: what had joined `from` joins its new site
    }
    merges.insert(from, target);
    return write(merges, m_splits, error);
}

bool SiteMap::unmerge(const QString &from, ProjectError *error)
{
    if (!m_merges.contains(from))
        return fail(error, ProjectError{ProjectError::Invalid, path(), QString(),
                                        QStringLiteral("%1 is merged into no other site").arg(from)});
    QMap<QString, QString> merges = m_merges;
    merges.remove(from);
    return write(merges, m_splits, error);
}

QString SiteMap::split(const QString &from, const QStringList &pages, ProjectError *error)
{
    QStringList sorted = pages;
    sorted.sort();
    sorted.removeDuplicates();
    if (!isValidSiteKey(from) || sorted.isEmpty() || !std::all_of(sorted.cbegin(), sorted.cend(), isPageId)) {
        fail(error, ProjectError{ProjectError::Invalid, path(), QString(),
                                 QStringLiteral("give a site and the capture ids of some of its pages")});
        return {};
    }
    // The new key says where the pages came from (the first site, for a split of a split) and which
    // pages they are, so splitting the same pages again gives the same site.
    const QString base = m_splits.contains(from) ? m_splits.value(from).from : from;
    const QByteArray hash =
        QCryptographicHash::hash(sorted.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256);
    const QString key = base + QLatin1Char('-') + QString::fromLatin1(hash.toHex().left(8));
    if (!isValidSiteKey(key)) {
        fail(error, ProjectError{ProjectError::Invalid, path(), QString(),
                                 QStringLiteral("the site name %1 is too long to split").arg(from)});
        return {};
    }
    QMap<QString, Split> splits = m_splits;
    QMap<QString, QString> merges = m_merges;
    for (auto it = splits.begin(); it != splits.end();) {
        it->pages.removeIf([&](const QString &page) { return sorted.contains(page); });
        if (!it->pages.isEmpty()) {
            ++it;
            continue;
        }
        // A split site left without pages is no site any more, nor what was merged into it.
        const QString gone = it.key();
        merges.removeIf([&](QMap<QString, QString>::iterator entry) {
            return entry.key() == gone || entry.value() == gone;
        });
        it = splits.erase(it);
    }
    splits.insert(key, Split{base, sorted});
    merges.remove(key);
    if (!write(merges, splits, error))
        return {};
    return key;
}

bool SiteMap::replaceWith(const SiteMap &other, ProjectError *error)
{
    return write(other.m_merges, other.m_splits, error);
}

bool SiteMap::write(const QMap<QString, QString> &merges, const QMap<QString, Split> &splits,
                    ProjectError *error)
{
    // Written only inside the folder chosen, never through a link out of it.
    for (const QString &p : {m_folder, path()}) {
        if (isSymbolicLink(p))
            return fail(error, ProjectError{ProjectError::Io, p, QString(), linkRefusedMessage()});
    }
    QString message;
    if (!makeFolders(m_folder, &message))
        return fail(error, ProjectError{ProjectError::Io, m_folder, QString(), message});
    QJsonObject merged;
    for (auto it = merges.cbegin(); it != merges.cend(); ++it)
        merged.insert(it.key(), it.value());
    QJsonObject split;
    for (auto it = splits.cbegin(); it != splits.cend(); ++it)
        split.insert(it.key(), QJsonObject{{QStringLiteral("from"), it->from},
                                           {QStringLiteral("pages"), QJsonArray::fromStringList(it->pages)}});
    const QJsonObject object{{QStringLiteral("format"), kFormatVersion},
                             {QStringLiteral("merged"), merged},
                             {QStringLiteral("split"), split}};
    if (!writeFileAtomically(path(), toProjectJson(object), error))
        return false;
    m_merges = merges;
    m_splits = splits;
    return true;
}

} // namespace galley
