// SPDX-License-Identifier: GPL-3.0-or-later
#include "browser/pagefilterproxy.h"

#include "browser/pagetablemodel.h"

namespace galley {

PageFilterProxy::PageFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PageTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(false); // locale-aware collation is ten times slower on 50,000 rows
}

namespace {
const QLatin1String kTwinsPrefix("twins:");
}

QString PageFilterProxy::twinsSearch(const QString &id)
{
    return kTwinsPrefix + id;
}

void PageFilterProxy::setSearchText(const QString &text)
{
    QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString twinsOf;
    for (auto it = words.begin(); it != words.end();) {
        if (it->startsWith(kTwinsPrefix, Qt::CaseInsensitive) && it->size() > kTwinsPrefix.size()) {
            twinsOf = it->mid(kTwinsPrefix.size()); // ids are matched exactly, not lower-cased
            it = words.erase(it);
        } else {
            *it = it->toLower();
            ++it;
        }
    }
    if (words == m_words && twinsOf == m_twinsOf)
        return;
    m_words = words;
    m_twinsOf = twinsOf;
    refilter();
}

void PageFilterProxy::setStatusFilter(std::optional<ReviewStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    refilter();
}

void PageFilterProxy::refilter()
{
    // A full invalidate() tells views "layout changed" once; invalidateRowsFilter() would announce every
    // removed run of rows separately, which on 50,000 interleaved rows costs the header view seconds.
    invalidate();
}

bool PageFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(PageTableModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (!m_twinsOf.isEmpty()) {
        const auto *pages = qobject_cast<const PageTableModel *>(sourceModel());
        if (!pages || !pages->twins().areTwins(m_twinsOf, index.data(PageTableModel::IdRole).toString()))
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(PageTableModel::SearchRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace galley
