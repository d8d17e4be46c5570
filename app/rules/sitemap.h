// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projecterror.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace galley {

/// The editor's corrections of how pages are grouped into sites (docs/rules.md, "Merging and splitting
/// sites"): a text dump's site is recognised by a template fingerprint, which may split one real site in
/// two (merge them) or lump two sites together (split pages off). Stored in the rules folder as
/// `_sites.json` (a name no site's file can have), written atomically.
///
/// - A merge maps a site to the site it joined: the merged site's pages are that site's pages, and the
///   rules of both apply to all of them. The map is kept flat (never a chain).
/// - A split is a new site holding the pages (capture identities) split off: those pages leave the
///   site they came from and carry none of its rules.
class SiteMap
{
public:
    struct Split
    {
        QString from;      ///< the site the pages were split off
        QStringList pages; ///< capture identities, sorted
        bool operator==(const Split &) const = default;
    };

    static constexpr const char *kFileName = "_sites.json";
    static constexpr int kFormatVersion = 1;

    /// Reads `folder/_sites.json` (missing: no merges or splits); a problem with the file is appended to
    /// *problems naming the file and place, and the file is left out as a whole.
    static SiteMap load(const QString &folder, QList<ProjectError> *problems);

    /// The site of a page recognised as `key` (host or template fingerprint) with capture identity
    /// `pageId`, after the editor's splits and merges.
    QString resolve(const QString &key, const QString &pageId) const;
    /// The sites merged into `site` (not `site` itself), sorted.
    QStringList mergedInto(const QString &site) const;
    /// Whether `site` is a split site.
    bool isSplit(const QString &site) const { return m_splits.contains(site); }
    const QMap<QString, QString> &merges() const { return m_merges; }
    const QMap<QString, Split> &splits() const { return m_splits; }
    bool isEmpty() const { return m_merges.isEmpty() && m_splits.isEmpty(); }

    /// Merges `from` into `into` (itself resolved through earlier merges first); the sites merged into
    /// `from` follow it. False with *error when the two are one site or a name is no site key.
    bool merge(const QString &from, const QString &into, ProjectError *error);
    /// Undoes the merge of `from`: its pages are its own again. False when it is merged into nothing.
    bool unmerge(const QString &from, ProjectError *error);
    /// Splits `pages` (capture identities, of site `from` as the caller has checked) off into a new site
    /// and returns its key (`<from>-<8 hex digits>`), empty with *error when it cannot be written. A page
    /// that was in another split site leaves it.
    QString split(const QString &from, const QStringList &pages, ProjectError *error);

    /// Writes `other`'s merges and splits over this map's file (the window's undo).
    bool replaceWith(const SiteMap &other, ProjectError *error);

    bool operator==(const SiteMap &other) const
    {
        return m_merges == other.m_merges && m_splits == other.m_splits;
    }

private:
    bool write(const QMap<QString, QString> &merges, const QMap<QString, Split> &splits, ProjectError *error);
    QString path() const;

    QString m_folder;
    QMap<QString, QString> m_merges; ///< merged site → the site it joined
    QMap<QString, Split> m_splits;   ///< split site → where its pages came from
};

} // namespace galley
