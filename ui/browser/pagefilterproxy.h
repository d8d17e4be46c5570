// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/reviewrecord.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace galley {

/// Filters the page table by search words (all must occur, in any column) and by status.
class PageFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PageFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    /// Only pages with this status; nullopt shows all.
    void setStatusFilter(std::optional<ReviewStatus> status);
    std::optional<ReviewStatus> statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QStringList m_words;
    std::optional<ReviewStatus> m_status;
};

} // namespace galley
