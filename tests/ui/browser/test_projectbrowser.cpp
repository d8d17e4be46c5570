// SPDX-License-Identifier: GPL-3.0-or-later
// The page table on a large synthetic project: filtering, status filter and counts, sorting, and the
// "next unreviewed" walk in view order.
#include "browser/pagefilterproxy.h"
#include "browser/pagetablemodel.h"
#include "browser/projectbrowser.h"
#include "syntheticsummaries.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace galley;
using namespace Qt::StringLiterals;

class TestProjectBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filtersFiftyThousandRows();
    void statusFilterAndCounts();
    void updatesRowsInPlace();
    void walksToTheNextUnreviewed();
    void headlineTakesTheWidth();
};

void TestProjectBrowser::filtersFiftyThousandRows()
{
    ProjectBrowser browser;
    browser.model()->setSummaries(syntheticSummaries(50000));
    QCOMPARE(browser.proxy()->rowCount(), 50000);
    // All words must occur, in any column, case-insensitively.
    browser.proxy()->setSearchText(u"MARKETS reporter 7 example.org"_s);
    const int shown = browser.proxy()->rowCount();
    QVERIFY(shown > 0 && shown < 50000);
    for (int row = 0; row < shown; ++row) {
        const QString headline =
            browser.proxy()->index(row, PageTableModel::HeadlineColumn).data().toString();
        const QString site = browser.proxy()->index(row, PageTableModel::SiteColumn).data().toString();
        QVERIFY(headline.contains(u"markets"_s));
        QCOMPARE(site, u"news.example.org"_s);
    }
    browser.proxy()->setSearchText({});
    QCOMPARE(browser.proxy()->rowCount(), 50000);
    // Status sorts in workflow order: what still needs work first, reviewed last.
    browser.view()->sortByColumn(PageTableModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(browser.proxy()->index(0, 0).data(PageTableModel::StatusRole).toInt(), int(ReviewStatus::New));
    QCOMPARE(browser.proxy()->index(49999, 0).data(PageTableModel::StatusRole).toInt(),
             int(ReviewStatus::Reviewed));
}

void TestProjectBrowser::statusFilterAndCounts()
{
    ProjectBrowser browser;
    browser.model()->setSummaries(syntheticSummaries(1040));
    auto *counts = browser.findChild<QLabel *>(u"reviewCounts"_s);
    const int reviewed = browser.model()->countWithStatus(ReviewStatus::Reviewed);
    QCOMPARE(reviewed, 149); // ceil(1040 / 7)
    QCOMPARE(counts->text(), u"149 of 1,040 reviewed"_s.replace(u","_s, QLocale().groupSeparator()));
    auto *filter = browser.findChild<QComboBox *>(u"statusFilter"_s);
    const int index = filter->findData(int(ReviewStatus::Reviewed));
    QVERIFY(filter->itemText(index).contains(u"149"_s));
    filter->setCurrentIndex(index);
    Q_EMIT filter->activated(index);
    QCOMPARE(browser.proxy()->rowCount(), 149);
    QVERIFY(counts->text().contains(u"149 shown"_s));
}

void TestProjectBrowser::updatesRowsInPlace()
{
    ProjectBrowser browser;
    QList<RecordSummary> summaries = syntheticSummaries(10);
    browser.model()->setSummaries(summaries);
    QSignalSpy reset(browser.model(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(browser.model(), &QAbstractItemModel::dataChanged);
    summaries[3].status = ReviewStatus::Reviewed;
    summaries[3].headline = u"Fixed"_s;
    browser.model()->updateSummaries({summaries.at(3)});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(browser.model()->index(3, PageTableModel::HeadlineColumn).data().toString(), u"Fixed"_s);
}

void TestProjectBrowser::walksToTheNextUnreviewed()
{
    ProjectBrowser browser;
    const QList<RecordSummary> summaries = syntheticSummaries(15);
    browser.model()->setSummaries(summaries);
    // Rows 0 and 7 and 14 are reviewed, 13 rejected: from 6 the next unreviewed is 8; from 12 it wraps to 1.
    QCOMPARE(browser.adjacentUnreviewed(summaries.at(6).id, 1), summaries.at(8).id);
    QCOMPARE(browser.adjacentUnreviewed(summaries.at(12).id, 1), summaries.at(1).id);
    QCOMPARE(browser.adjacentUnreviewed(summaries.at(1).id, -1), summaries.at(12).id);
    QSignalSpy selected(&browser, &ProjectBrowser::pageSelected);
    QVERIFY(browser.selectId(summaries.at(5).id));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(browser.currentId(), summaries.at(5).id);
    // A page hidden by the filter is shown again when selected.
    browser.proxy()->setSearchText(u"nothing matches this"_s);
    QVERIFY(browser.selectId(summaries.at(9).id));
    QCOMPARE(browser.currentId(), summaries.at(9).id);
}

void TestProjectBrowser::headlineTakesTheWidth()
{
    // On a dock as narrow as the window gives it, the headline comes right after the status and gets the
    // width the other visible columns leave; the columns hidden at first come back from the header menu.
    ProjectBrowser browser;
    browser.model()->setSummaries(syntheticSummaries(20));
    browser.resize(360, 400);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QHeaderView *header = browser.view()->horizontalHeader();
    QCOMPARE(header->visualIndex(PageTableModel::HeadlineColumn), 1);
    int others = 0;
    for (int column = 0; column < PageTableModel::ColumnCount; ++column) {
        if (column != PageTableModel::HeadlineColumn && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    QVERIFY2(header->sectionSize(PageTableModel::HeadlineColumn) >= others / 2,
             qPrintable(u"headline %1, others %2"_s.arg(header->sectionSize(PageTableModel::HeadlineColumn))
                            .arg(others)));
    QCOMPARE(others + header->sectionSize(PageTableModel::HeadlineColumn),
             browser.view()->viewport()->width());
    QVERIFY(header->isSectionHidden(PageTableModel::BylinesColumn));

    bool shown = false;
    QTimer::singleShot(0, &browser, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *action : menu->actions()) {
            if (action->text() == browser.model()->headerData(PageTableModel::BylinesColumn, Qt::Horizontal))
                action->trigger();
        }
        shown = true;
        menu->close();
    });
    Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
    QVERIFY(shown);
    QVERIFY(!header->isSectionHidden(PageTableModel::BylinesColumn));
    // The choice is part of the saved layout.
    const QByteArray state = browser.saveState();
    ProjectBrowser again;
    again.restoreState(state);
    QVERIFY(!again.view()->horizontalHeader()->isSectionHidden(PageTableModel::BylinesColumn));
}

QTEST_MAIN(TestProjectBrowser)
#include "test_projectbrowser.moc"
