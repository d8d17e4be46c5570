// SPDX-License-Identifier: GPL-3.0-or-later
#include "browser/pagetablemodel.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace galley {

namespace {

QString searchText(const RecordSummary &s)
{
    return QStringList{s.site,   s.headline,  s.bylines.join(QLatin1Char(' ')),
                       s.credit, s.published, s.url,
                       s.id,     s.reviewer,  s.reason,
                       s.note}
        .join(QLatin1Char('\n'))
        .toLower();
}

/// Workflow order: what still needs work first.
int statusOrder(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::NeedsAttention:
        return 0;
    case ReviewStatus::New:
        return 1;
    case ReviewStatus::InReview:
        return 2;
    case ReviewStatus::Rejected:
        return 3;
    case ReviewStatus::Reviewed:
        return 4;
    }
    return 5;
}

} // namespace

PageTableModel::PageTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PageTableModel::setSummaries(const QList<RecordSummary> &summaries)
{
    beginResetModel();
    // A project reopened after an import lists mostly the same pages: their search text is kept, and
    // only new or changed rows are folded again (a third of the reset's cost at 10,000 pages).
    QStringList search, urlKeys;
    search.reserve(summaries.size());
    urlKeys.reserve(summaries.size());
    for (const RecordSummary &s : summaries) {
        const int old = rowOf(s.id);
        search.append(old >= 0 && m_rows.at(old) == s ? m_search.at(old) : searchText(s));
        urlKeys.append(old >= 0 && m_rows.at(old).url == s.url ? m_urlKeys.at(old)
                                                               : normalisedPageUrl(s.url));
    }
    m_rows = summaries;
    m_search = std::move(search);
    m_urlKeys = std::move(urlKeys);
    reindex();
    refreshTwins(false);
    endResetModel();
    Q_EMIT countsChanged();
}

void PageTableModel::updateSummaries(const QList<RecordSummary> &changed)
{
    for (const RecordSummary &s : changed) {
        const int row = rowOf(s.id);
        if (row < 0)
            continue;
        if (m_rows.at(row).url != s.url)
            m_urlKeys[row] = normalisedPageUrl(s.url);
        m_rows[row] = s;
        m_search[row] = searchText(s);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (changed.isEmpty())
        return;
    refreshTwins(true); // a corrected headline or body can make or unmake twins
    Q_EMIT countsChanged();
}

void PageTableModel::refreshTwins(bool announce)
{
    PageTwins twins = PageTwins::find(m_rows, m_urlKeys);
    const bool same = twins.groups() == m_twins.groups();
    m_twins = std::move(twins);
    if (announce && !same && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TwinsColumn), index(int(m_rows.size()) - 1, TwinsColumn));
}

QString PageTableModel::twinsTip(int row) const
{
    QStringList lines{tr("This page was captured more than once (same address or same article text). "
                         "Also captured as:")};
    for (const QString &id : m_twins.twinsOf(m_rows.at(row).id)) {
        const RecordSummary &other = m_rows.at(rowOf(id));
        const QString headline = other.headline.isEmpty() ? tr("(no headline)") : other.headline;
        lines.append(other.url.isEmpty() ? QStringLiteral("• ") + headline
                                         : QStringLiteral("• %1 — %2").arg(headline, other.url));
    }
    return lines.join(QLatin1Char('\n'));
}

void PageTableModel::reindex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
}

int PageTableModel::countWithStatus(ReviewStatus status) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [status](const RecordSummary &s) { return s.status == status; }));
}

int PageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PageTableModel::statusText(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::New:
        return tr("New");
    case ReviewStatus::InReview:
        return tr("In review");
    case ReviewStatus::Reviewed:
        return tr("Reviewed");
    case ReviewStatus::Rejected:
        return tr("Rejected");
    case ReviewStatus::NeedsAttention:
        return tr("Needs attention");
    }
    return {};
}

QString PageTableModel::flagsText(RecordSummary::Flags flags)
{
    QStringList parts;
    if (flags & RecordSummary::Corrected)
        parts.append(tr("edited"));
    if (flags & RecordSummary::NoHeadline)
        parts.append(tr("no headline"));
    if (flags & RecordSummary::NoBylines)
        parts.append(tr("no byline"));
    if (flags & RecordSummary::NoDate)
        parts.append(tr("no date"));
    if (flags & RecordSummary::NoBody)
        parts.append(tr("no body"));
    if (flags & RecordSummary::Journalled)
        parts.append(tr("unsaved edits"));
    return parts.join(QStringLiteral(", "));
}

QString PageTableModel::noteText(const RecordSummary &s)
{
    if (s.reason.isEmpty() || s.note.isEmpty())
        return s.reason + s.note;
    return s.reason + QStringLiteral(" · ") + s.note;
}

QVariant PageTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RecordSummary &s = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return s.id;
    case StatusRole:
        return int(s.status);
    case SearchRole:
        return m_search.at(index.row());
    case Qt::ToolTipRole:
        if (index.column() == TwinsColumn)
            return m_twins.hasTwins(s.id) ? QVariant(twinsTip(index.row())) : QVariant();
        if (index.column() == HeadlineColumn) {
            QString tip = s.url.isEmpty() ? s.headline : s.headline + QLatin1Char('\n') + s.url;
            if (!noteText(s).isEmpty())
                tip += QLatin1Char('\n') + noteText(s);
            return tip;
        }
        if (index.column() == StatusColumn || index.column() == NoteColumn) {
            QStringList lines;
            lines.append(s.reviewer.isEmpty() ? statusText(s.status)
                                              : tr("%1 by %2").arg(statusText(s.status), s.reviewer));
            if (!s.reason.isEmpty())
                lines.append(tr("Reason: %1").arg(s.reason));
            if (!s.note.isEmpty())
                lines.append(tr("Note: %1").arg(s.note));
            return lines.join(QLatin1Char('\n'));
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn) {
            static const QStyle::StandardPixmap icons[] = {
                QStyle::SP_FileIcon, QStyle::SP_FileDialogContentsView, QStyle::SP_DialogApplyButton,
                QStyle::SP_DialogCancelButton, QStyle::SP_MessageBoxWarning};
            return QApplication::style()->standardIcon(icons[int(s.status)]);
        }
        // A page with a reason or a note says so beside its headline, whatever columns are shown.
        if (index.column() == HeadlineColumn && !(s.reason.isEmpty() && s.note.isEmpty()))
            return QApplication::style()->standardIcon(QStyle::SP_FileDialogInfoView);
        break;
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return role == SortRole ? QVariant(statusOrder(s.status)) : QVariant(statusText(s.status));
        case SiteColumn:
            return s.site;
        case HeadlineColumn:
            return s.headline.isEmpty() && role == Qt::DisplayRole ? tr("(no headline)") : s.headline;
        case BylinesColumn:
            return s.bylines.join(QStringLiteral("; "));
        case CreditColumn:
            return s.credit;
        case DateColumn:
            return role == SortRole ? s.published : s.published.left(10);
        case FlagsColumn:
            return role == SortRole ? QVariant(s.flags.toInt()) : QVariant(flagsText(s.flags));
        case NoteColumn:
            return noteText(s);
        case TwinsColumn: {
            const int captures = m_twins.hasTwins(s.id) ? int(m_twins.twinsOf(s.id).size()) + 1 : 0;
            if (role == SortRole)
                return captures;
            return captures ? tr("×%1").arg(captures) : QString();
        }
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant PageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case SiteColumn:
        return tr("Site");
    case HeadlineColumn:
        return tr("Headline");
    case BylinesColumn:
        return tr("Bylines");
    case CreditColumn:
        return tr("Credit");
    case DateColumn:
        return tr("Date");
    case FlagsColumn:
        return tr("Flags");
    case NoteColumn:
        return tr("Reason / note");
    case TwinsColumn:
        return tr("Twins");
    }
    return {};
}

} // namespace galley
