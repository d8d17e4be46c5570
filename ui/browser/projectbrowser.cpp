// SPDX-License-Identifier: GPL-3.0-or-later
#include "browser/projectbrowser.h"

#include "browser/pagefilterproxy.h"
#include "browser/pagetablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace galley {

namespace {
constexpr ReviewStatus kStatuses[] = {ReviewStatus::New, ReviewStatus::InReview, ReviewStatus::NeedsAttention,
                                      ReviewStatus::Reviewed, ReviewStatus::Rejected};
}

ProjectBrowser::ProjectBrowser(QWidget *parent)
    : QWidget(parent), m_model(new PageTableModel(this)), m_proxy(new PageFilterProxy(this)),
      m_search(new QLineEdit), m_status(new QComboBox), m_view(new QTableView), m_counts(new QLabel)
{
    setObjectName(QStringLiteral("projectBrowser"));
    m_proxy->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("pageSearch"));
    m_search->setPlaceholderText(tr("Search pages (Ctrl+K)"));
    m_search->setAccessibleName(tr("Search pages"));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Show pages with status"));

    m_view->setObjectName(QStringLiteral("pageTable"));
    m_view->setAccessibleName(tr("Pages"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // import order until the editor sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several pages can be selected (Shift/Ctrl+click, Shift+arrows) to set their status at once.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu); // the window adds the page actions
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures 50,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // The headline is what an editor reads: it comes right after the status and takes the width left.
    // The other columns keep their width; those a narrow dock has no room for start hidden and are
    // brought back from the header's context menu (the choice is remembered with the layout).
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PageTableModel::HeadlineColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    header->moveSection(header->visualIndex(PageTableModel::HeadlineColumn), 1);
    const QFontMetrics metrics = m_view->fontMetrics();
    const int iconRoom = m_view->iconSize().width() > 0 ? m_view->iconSize().width() + 12 : 28;
    m_view->setColumnWidth(PageTableModel::StatusColumn,
                           iconRoom + metrics.horizontalAdvance(tr("Reviewed")) + 8);
    m_view->setColumnWidth(PageTableModel::SiteColumn, metrics.averageCharWidth() * 14);
    m_view->setColumnWidth(PageTableModel::BylinesColumn, metrics.averageCharWidth() * 20);
    m_view->setColumnWidth(PageTableModel::CreditColumn, metrics.averageCharWidth() * 12);
    m_view->setColumnWidth(PageTableModel::DateColumn,
                           metrics.horizontalAdvance(QStringLiteral("2024-03-21")) + 12);
    m_view->setColumnWidth(PageTableModel::FlagsColumn, metrics.averageCharWidth() * 14);
    m_view->setColumnWidth(PageTableModel::NoteColumn, metrics.averageCharWidth() * 16);
    m_view->setColumnWidth(PageTableModel::TwinsColumn, metrics.horizontalAdvance(tr("Twins")) + 16);
    for (int column : {PageTableModel::BylinesColumn, PageTableModel::CreditColumn,
                       PageTableModel::DateColumn, PageTableModel::FlagsColumn, PageTableModel::NoteColumn})
        m_view->setColumnHidden(column, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &at) {
        QMenu menu;
        for (int column = 0; column < PageTableModel::ColumnCount; ++column) {
            QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!m_view->isColumnHidden(column));
            // The headline always stays: without it the list says nothing.
            action->setEnabled(column != PageTableModel::HeadlineColumn);
            connect(action, &QAction::toggled, m_view,
                    [this, column](bool shown) { m_view->setColumnHidden(column, !shown); });
        }
        menu.exec(header->viewport()->mapToGlobal(at));
    });
    header->setToolTip(tr("Right-click to choose the columns"));

    m_counts->setObjectName(QStringLiteral("reviewCounts"));
    m_counts->setAccessibleName(tr("Review progress"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 2);
    top->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_counts);

    // Filtering 50,000 rows takes a few milliseconds; a short debounce keeps typing smooth anyway.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] {
        m_proxy->setSearchText(m_search->text());
        updateCounts();
    });
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, [this, debounce] {
        debounce->stop();
        m_proxy->setSearchText(m_search->text());
        updateCounts();
        enterResults();
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        const int value = m_status->currentData().toInt();
        m_proxy->setStatusFilter(value < 0 ? std::nullopt : std::optional(ReviewStatus(value)));
        updateCounts();
    });
    connect(m_model, &PageTableModel::countsChanged, this, &ProjectBrowser::updateCounts);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT pageSelected(current.data(PageTableModel::IdRole).toString());
            });
    updateCounts();
}

bool ProjectBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier) {
            applySearch();
            enterResults();
            return true;
        }
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier &&
            !m_search->text().isEmpty()) {
            m_search->clear();
            applySearch();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProjectBrowser::applySearch()
{
    m_proxy->setSearchText(m_search->text());
    updateCounts();
}

bool ProjectBrowser::showTwinsOf(const QString &id)
{
    if (!m_model->twins().hasTwins(id))
        return false;
    // Every twin is shown whatever its status: the status filter would hide some of them.
    m_proxy->setStatusFilter(std::nullopt);
    m_status->setCurrentIndex(0);
    m_search->setText(PageFilterProxy::twinsSearch(id));
    applySearch();
    selectId(id);
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void ProjectBrowser::enterResults()
{
    if (m_proxy->rowCount() == 0)
        return;
    if (!m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_proxy->index(0, PageTableModel::HeadlineColumn));
    m_view->setFocus(Qt::TabFocusReason);
}

void ProjectBrowser::updateCounts()
{
    const QLocale locale;
    const int total = m_model->rowCount();
    const int reviewed = m_model->countWithStatus(ReviewStatus::Reviewed);
    QString text = tr("%1 of %2 reviewed").arg(locale.toString(reviewed), locale.toString(total));
    if (m_proxy->rowCount() != total)
        text += tr(" · %1 shown").arg(locale.toString(m_proxy->rowCount()));
    m_counts->setText(text);

    QSignalBlocker blocker(m_status);
    const int selected = m_status->currentIndex();
    m_status->clear();
    m_status->addItem(tr("All statuses (%1)").arg(locale.toString(total)), -1);
    for (ReviewStatus status : kStatuses)
        m_status->addItem(tr("%1 (%2)").arg(PageTableModel::statusText(status),
                                            locale.toString(m_model->countWithStatus(status))),
                          int(status));
    m_status->setCurrentIndex(std::max(selected, 0));
}

QString ProjectBrowser::currentId() const
{
    return m_view->currentIndex().data(PageTableModel::IdRole).toString();
}

QStringList ProjectBrowser::selectedIds() const
{
    QList<QModelIndex> rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(PageTableModel::IdRole).toString());
    return ids;
}

bool ProjectBrowser::selectId(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // filtered out: show everything rather than hide the page being edited
        m_search->clear();
        m_proxy->setSearchText({});
        m_proxy->setStatusFilter(std::nullopt);
        m_status->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    // Not QAbstractItemView::setCurrentIndex: with several rows selectable it reads the keyboard's
    // modifiers, so a page opened by Ctrl+Return would be added to the selection instead of replacing it.
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

QString ProjectBrowser::adjacent(const QString &id, int direction) const
{
    const int row = m_model->rowOf(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    const int next =
        index.isValid() ? index.row() + direction : (direction > 0 ? 0 : m_proxy->rowCount() - 1);
    if (next < 0 || next >= m_proxy->rowCount())
        return {};
    return m_proxy->index(next, 0).data(PageTableModel::IdRole).toString();
}

QString ProjectBrowser::adjacentUnreviewed(const QString &id, int direction) const
{
    const int n = m_proxy->rowCount();
    if (n == 0)
        return {};
    const int row = m_model->rowOf(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    int at = index.isValid() ? index.row() : (direction > 0 ? -1 : n);
    for (int step = 0; step < n; ++step) {
        at = (at + direction + n) % n;
        const auto status = ReviewStatus(m_proxy->index(at, 0).data(PageTableModel::StatusRole).toInt());
        if (status != ReviewStatus::Reviewed && status != ReviewStatus::Rejected)
            return m_proxy->index(at, 0).data(PageTableModel::IdRole).toString();
    }
    return {};
}

QByteArray ProjectBrowser::saveState() const
{
    return m_view->horizontalHeader()->saveState();
}

void ProjectBrowser::restoreState(const QByteArray &state)
{
    m_view->horizontalHeader()->restoreState(state);
}

} // namespace galley
