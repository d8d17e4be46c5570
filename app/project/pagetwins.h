// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/recordsummary.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace galley {

/// The URL a page is known by, for telling captures of one page apart from different pages: scheme and
/// host in lower case, no fragment, a trailing slash of the path ignored. Empty for an empty URL.
QString normalisedPageUrl(const QString &url);

/// A fingerprint of the article's text (headline plus body blocks, whitespace folded, case folded), so
/// one article captured under two URLs is recognised. Empty when the body is empty: pages without text
/// say nothing about being the same article.
QByteArray articleTextKey(const QString &headline, const QStringList &bodyTexts);

/// Pages captured more than once: groups of pages sharing a normalised URL or an article text key
/// (RecordSummary::textKey). Twinship is transitive: A with B's URL and B with C's text are one group.
class PageTwins
{
public:
    static PageTwins find(const QList<RecordSummary> &summaries);
    /// The same with each page's normalisedPageUrl() given (`urlKeys[i]` for `summaries[i]`): the page
    /// list keeps them per row, since parsing 10,000 URLs again after every save is felt.
    static PageTwins find(const QList<RecordSummary> &summaries, const QStringList &urlKeys);

    /// The other pages of `id`'s group, in summary order; empty when the page has no twin.
    QStringList twinsOf(const QString &id) const;
    bool hasTwins(const QString &id) const { return m_groupOf.contains(id); }
    /// Whether `a` and `b` are the same page or twins of each other.
    bool areTwins(const QString &a, const QString &b) const
    {
        return a == b || (hasTwins(a) && m_groupOf.value(a) == m_groupOf.value(b, -1));
    }
    /// Every group of two or more pages, each in summary order, groups ordered by their first page.
    const QList<QStringList> &groups() const { return m_groups; }

private:
    QList<QStringList> m_groups;
    QHash<QString, int> m_groupOf; ///< only pages that have twins
};

} // namespace galley
