// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projecterror.h"
#include "rules/accuracyreport.h"
#include "rules/latestresult.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace galley {

class AccuracyChart;
class ProjectStore;

/// The accuracy report (View → Accuracy Report, a dock): the engine's accuracyReport() over the
/// project's reviewed pages, the same figures as `galley report`. A table, overall first then the sites
/// worst first, each field "83 → 100" (without → with the project's rules); below it a painted bar
/// chart of the selected row.
class ReportView : public QWidget
{
    Q_OBJECT

public:
    explicit ReportView(QWidget *parent = nullptr);

    void setProject(ProjectStore *store);
    /// Reads the reviewed pages and rules again and computes the report on a worker thread (the view shows
    /// its progress, the window stays responsive); loaded() says when it is shown. A report of a project
    /// no longer shown is dropped.
    void reload();
    bool isLoading() const { return m_loading.isRunning(); }

    /// The report and the problems met computing it.
    struct Computed
    {
        AccuracyReport report;
        QList<ProjectError> problems;
    };

Q_SIGNALS:
    void loaded();

public:
    const AccuracyReport &report() const { return m_report; }
    QTableWidget *table() const { return m_table; }
    AccuracyChart *chart() const { return m_chart; }

protected:
    /// A view set on a project while hidden reads it when first shown.
    void showEvent(QShowEvent *event) override;

private:
    void fill();
    void present(const Computed &computed);
    void showRow(int row);

    ProjectStore *m_store = nullptr;
    bool m_stale = false;
    AccuracyReport m_report;
    LatestResult<Computed> m_loading{this};
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTableWidget *m_table;
    AccuracyChart *m_chart;
};

} // namespace galley
