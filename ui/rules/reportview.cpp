// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/reportview.h"

#include "project/projectstore.h"
#include "rules/accuracychart.h"
#include "rules/rulebook.h"
#include "rules/rulesstate.h"
#include "rules/sitepages.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace galley {

namespace {

QString percent(double rate)
{
    return QString::number(qRound(rate * 100));
}

// "83 → 100" when the rules change the figure, "83" when not, "–" when no reviewed page counts.
QString cell(const FieldTally &without, const FieldTally &with)
{
    if (with.pages == 0)
        return QStringLiteral("–");
    const QString a = percent(without.rate());
    const QString b = percent(with.rate());
    return a == b ? a : QStringLiteral("%1 → %2").arg(a, b);
}

QTableWidgetItem *item(const QString &text, const QString &tip = {})
{
    auto *out = new QTableWidgetItem(text);
    out->setToolTip(tip);
    out->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return out;
}

// On a worker thread: the project read through a store of its own.
ReportView::Computed computeReport(const QString &root)
{
    ReportView::Computed out;
    ProjectError error;
    const std::unique_ptr<ProjectStore> store = openStoreBeside(root, &error);
    if (!store) {
        out.problems.append(error);
        return out;
    }
    const RuleBook book = RuleBook::load(store->project().rulesPath(), &out.problems);
    out.report = accuracyReport(loadSitePages(*store, book, &out.problems), book, store->vocabulary());
    return out;
}

} // namespace

ReportView::ReportView(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel), m_progress(new QProgressBar), m_table(new QTableWidget),
      m_chart(new AccuracyChart)
{
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setRange(0, 0); // busy: the reviewed pages are extracted twice, in parallel
    m_progress->setTextVisible(false);
    m_progress->hide();
    setObjectName(QStringLiteral("reportView"));
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setAccessibleName(tr("Accuracy per site"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    QStringList headers{tr("Site"), tr("Pages"), tr("All fields")};
    for (int i = 0; i < kReportFieldCount; ++i)
        headers.append(reportFieldName(ReportField(i)));
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *refresh = new QPushButton(tr("Refresh"));
    refresh->setObjectName(QStringLiteral("reportRefresh"));
    refresh->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_chart);
    layout->addWidget(refresh, 0, Qt::AlignRight);

    connect(refresh, &QPushButton::clicked, this, &ReportView::reload);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showRow(row); });
}

void ReportView::setProject(ProjectStore *store)
{
    if (store != m_store)
        m_loading.drop(); // a report of the project that was open
    m_store = store;
    m_stale = !isVisible();
    if (!m_stale)
        reload();
}

void ReportView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_stale, false))
        reload();
}

void ReportView::reload()
{
    m_stale = false;
    if (!m_store) {
        m_loading.drop();
        present(Computed());
        return;
    }
    const QString root = m_store->project().rootPath();
    m_progress->show();
    m_summary->setText(tr("Extracting the reviewed pages with and without the site rules…"));
    m_loading.start([root] { return computeReport(root); },
                    [this](const Computed &computed) { present(computed); });
}

void ReportView::present(const Computed &computed)
{
    m_progress->hide();
    m_report = computed.report;
    const QList<ProjectError> &problems = computed.problems;
    fill();
    m_summary->setText(
        !m_store ? tr("Open a project to see its accuracy report.")
                 : tr("How often the extractor's value survived review unchanged, in %, over %n reviewed "
                      "page(s); “83 → 100” is without → with the project's site rules. ",
                      nullptr, m_report.overall.pages) +
                       (problems.isEmpty()
                            ? QString()
                            : tr("%n page(s) could not be read (first: %1).", nullptr, int(problems.size()))
                                  .arg(problems.first().toString())));
    Q_EMIT loaded();
}

void ReportView::fill()
{
    QList<const SiteAccuracy *> rows{&m_report.overall};
    for (const SiteAccuracy &site : std::as_const(m_report.sites))
        rows.append(&site);
    m_table->setRowCount(m_store ? int(rows.size()) : 0);
    for (int r = 0; m_store && r < rows.size(); ++r) {
        const SiteAccuracy &site = *rows.at(r);
        const QString name = r == 0 ? tr("All sites") : site.name.isEmpty() ? site.site : site.name;
        m_table->setItem(r, 0, item(name, site.site));
        m_table->setItem(r, 1, item(QString::number(site.pages)));
        const QString all =
            percent(site.rate(false)) == percent(site.rate(true))
                ? percent(site.rate(true))
                : QStringLiteral("%1 → %2").arg(percent(site.rate(false)), percent(site.rate(true)));
        m_table->setItem(r, 2, item(site.pages ? all : QStringLiteral("–")));
        for (int i = 0; i < kReportFieldCount; ++i) {
            const FieldTally &without = site.withoutRules[i];
            const FieldTally &with = site.withRules[i];
            m_table->setItem(r, 3 + i,
                             item(cell(without, with), tr("%1: %2 of %3 without rules, %4 of %5 with rules")
                                                           .arg(reportFieldName(ReportField(i)))
                                                           .arg(without.survived)
                                                           .arg(without.pages)
                                                           .arg(with.survived)
                                                           .arg(with.pages)));
        }
        if (r == 0) {
            for (int c = 0; c < m_table->columnCount(); ++c) {
                QFont bold = m_table->item(r, c)->font();
                bold.setBold(true);
                m_table->item(r, c)->setFont(bold);
            }
        }
    }
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 0);
    showRow(m_table->currentRow());
}

void ReportView::showRow(int row)
{
    if (row <= 0 || row > m_report.sites.size())
        m_chart->setSite(m_report.overall);
    else
        m_chart->setSite(m_report.sites.at(row - 1));
}

} // namespace galley
