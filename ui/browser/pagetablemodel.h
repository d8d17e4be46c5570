// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/pagetwins.h"
#include "project/recordsummary.h"

#include <QAbstractTableModel>
#include <QHash>

namespace galley {

/// The pages of a project as a table over lightweight summaries (never whole records), so 50,000 rows
/// cost a few megabytes and sort in milliseconds.
class PageTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        SiteColumn,
        HeadlineColumn,
        BylinesColumn,
        CreditColumn,
        DateColumn,
        FlagsColumn,
        NoteColumn,  ///< the reason (rejected, needs attention) and the editor's note
        TwinsColumn, ///< how many captures of this page the project holds, when more than one
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the record id
        StatusRole,                ///< int(ReviewStatus)
        SortRole,                  ///< the value to sort by (status in workflow order, dates as text)
        SearchRole,                ///< every searchable text of the row, lower-cased, one string
    };

    explicit PageTableModel(QObject *parent = nullptr);

    void setSummaries(const QList<RecordSummary> &summaries);
    /// Updates rows in place (a save changed a status or a headline) without resetting the view.
    void updateSummaries(const QList<RecordSummary> &changed);
    const QList<RecordSummary> &summaries() const { return m_rows; }
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    int countWithStatus(ReviewStatus status) const;
    /// The pages captured more than once, as the engine groups them (PageTwins::find).
    const PageTwins &twins() const { return m_twins; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(ReviewStatus status);
    static QString flagsText(RecordSummary::Flags flags);
    /// "reason · note", either alone, or empty.
    static QString noteText(const RecordSummary &summary);

Q_SIGNALS:
    void countsChanged();

private:
    void reindex();
    /// Asks the engine for the twin groups again; announces the rows whose mark may have changed.
    void refreshTwins(bool announce);
    /// "Also captured as: …" naming the other captures of the page at `row`.
    QString twinsTip(int row) const;

    QList<RecordSummary> m_rows;
    QList<QString> m_search; ///< SearchRole, computed once per row: filtering must not allocate per keystroke
    QStringList m_urlKeys;   ///< normalisedPageUrl() per row, for finding twin pages after each change
    QHash<QString, int> m_rowById;
    PageTwins m_twins;
};

} // namespace galley
