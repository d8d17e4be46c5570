// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/reviewrecord.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace galley {

/// Filters the page table by search words (all must occur, in any column) and by status. The word
/// "twins:ID" keeps only the page ID and its twins (as the engine groups them, PageTableModel::twins()).
class PageFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PageFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    /// The search text that shows the page `id` and its twins.
    static QString twinsSearch(const QString &id);
    /// Only pages with this status; nullopt shows all.
    void setStatusFilter(std::optional<ReviewStatus> status);
    std::optional<ReviewStatus> statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QStringList m_words;
    QString m_twinsOf; ///< the page of a "twins:" word, else empty
    std::optional<ReviewStatus> m_status;
};

} // namespace galley
