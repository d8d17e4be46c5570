// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/accuracyreport.h"

#include <QWidget>

namespace galley {

/// A plain painted bar chart of one site's (or all sites') accuracy: for each field, how often the
/// extractor's value survived review, without the project's rules (grey) and with them (the accent
/// colour), with the percentages written beside the bars. No Qt Charts needed.
class AccuracyChart : public QWidget
{
    Q_OBJECT

public:
    explicit AccuracyChart(QWidget *parent = nullptr);

    void setSite(const SiteAccuracy &site);
    const SiteAccuracy &site() const { return m_site; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    SiteAccuracy m_site;
};

} // namespace galley
