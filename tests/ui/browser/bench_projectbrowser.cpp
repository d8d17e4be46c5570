// SPDX-License-Identifier: GPL-3.0-or-later
// How the page table copes with a large project: loading 50,000 summaries, filtering by search words and
// by status, sorting. Run: build/dev/tests/ui/bench_projectbrowser -platform offscreen
#include "browser/pagefilterproxy.h"
#include "browser/pagetablemodel.h"
#include "browser/projectbrowser.h"
#include "syntheticsummaries.h"

#include <QTableView>
#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

class BenchProjectBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void load();
    void search();
    void sortByHeadline();
    void sortByStatus();

private:
    const QList<RecordSummary> m_rows = syntheticSummaries(50000);
};

void BenchProjectBrowser::load()
{
    ProjectBrowser browser;
    QBENCHMARK
    {
        browser.model()->setSummaries(m_rows);
    }
}

void BenchProjectBrowser::search()
{
    ProjectBrowser browser;
    browser.model()->setSummaries(m_rows);
    int shown = 0;
    QBENCHMARK
    {
        browser.proxy()->setSearchText(u"markets reporter 12"_s);
        shown = browser.proxy()->rowCount();
        browser.proxy()->setSearchText({});
    }
    QVERIFY(shown > 0);
}

void BenchProjectBrowser::sortByHeadline()
{
    ProjectBrowser browser;
    browser.model()->setSummaries(m_rows);
    QBENCHMARK
    {
        browser.view()->sortByColumn(PageTableModel::HeadlineColumn, Qt::AscendingOrder);
        browser.view()->sortByColumn(PageTableModel::HeadlineColumn, Qt::DescendingOrder);
    }
}

void BenchProjectBrowser::sortByStatus()
{
    ProjectBrowser browser;
    browser.model()->setSummaries(m_rows);
    QBENCHMARK
    {
        browser.view()->sortByColumn(PageTableModel::StatusColumn, Qt::AscendingOrder);
        browser.view()->sortByColumn(PageTableModel::StatusColumn, Qt::DescendingOrder);
    }
}

QTEST_MAIN(BenchProjectBrowser)
#include "bench_projectbrowser.moc"
