// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/reviewrecord.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace galley {

class PageFilterProxy;
class PageTableModel;

/// All pages of the project: a sortable, filterable table with a search box, a status filter (with
/// counts) and "312 of 1,040 reviewed".
class ProjectBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectBrowser(QWidget *parent = nullptr);

    PageTableModel *model() const { return m_model; }
    PageFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }

    /// The id of the selected page, or empty.
    QString currentId() const;
    /// Every selected page, in view order (several when the editor extended the selection).
    QStringList selectedIds() const;
    /// Selects the page (clearing a filter that hides it); false when the project has no such page.
    bool selectId(const QString &id);
    /// Filters the list to the page `id` and its twins (the search box shows "twins:ID"; clearing it, or
    /// Esc in it, shows every page again), selects the page and focuses the list. False when `id` has
    /// no twin (the list is left as it was).
    bool showTwinsOf(const QString &id);
    /// The next (or previous) page in view order after `id` whose status is not reviewed/rejected;
    /// wraps around. Empty when every page is done.
    QString adjacentUnreviewed(const QString &id, int direction) const;
    /// The next (or previous) page in view order, empty at the end.
    QString adjacent(const QString &id, int direction) const;
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void pageSelected(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCounts();
    /// The search box's text applied now, without waiting for the typing pause.
    void applySearch();
    /// From the search box into the results (Down, Return): the filter applied now, the current page
    /// (else the first shown) selected, focus in the table.
    void enterResults();

    PageTableModel *m_model;
    PageFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_status;
    QTableView *m_view;
    QLabel *m_counts;
};

} // namespace galley
