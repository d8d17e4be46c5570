// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/accuracychart.h"

#include <QPainter>

namespace galley {

namespace {

constexpr int kBarHeight = 12;
constexpr int kRowGap = 8;
constexpr int kMargin = 6;

QString percent(const FieldTally &tally)
{
    return tally.pages > 0 ? QStringLiteral("%1%").arg(qRound(tally.rate() * 100)) : QStringLiteral("–");
}

} // namespace

AccuracyChart::AccuracyChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("accuracyChart"));
    setAccessibleName(tr("Accuracy chart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void AccuracyChart::setSite(const SiteAccuracy &site)
{
    m_site = site;
    QStringList description;
    for (int i = 0; i < kReportFieldCount; ++i)
        description.append(tr("%1: %2 without rules, %3 with rules")
                               .arg(reportFieldName(ReportField(i)), percent(site.withoutRules[i]),
                                    percent(site.withRules[i])));
    setAccessibleDescription(description.join(QStringLiteral("; ")));
    update();
}

QSize AccuracyChart::sizeHint() const
{
    const int row = 2 * kBarHeight + kRowGap;
    return {420, 2 * kMargin + kReportFieldCount * row + fontMetrics().height() + kRowGap};
}

QSize AccuracyChart::minimumSizeHint() const
{
    return {260, sizeHint().height()};
}

void AccuracyChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const QFontMetrics metrics = fontMetrics();
    int labelWidth = 0;
    for (int i = 0; i < kReportFieldCount; ++i)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(reportFieldName(ReportField(i))));
    const int valueWidth = metrics.horizontalAdvance(QStringLiteral("100%")) + kMargin;
    const int barLeft = kMargin + labelWidth + kMargin;
    const int barWidth = std::max(40, width() - barLeft - valueWidth - kMargin);
    const QColor without = palette().color(QPalette::Mid);
    const QColor with = palette().color(QPalette::Highlight);
    const int row = 2 * kBarHeight + kRowGap;

    // The legend first, so the colours are named.
    int y = kMargin;
    painter.setPen(palette().color(QPalette::Text));
    int x = barLeft;
    for (const auto &[colour, text] :
         {std::pair{without, tr("without rules")}, std::pair{with, tr("with rules")}}) {
        painter.fillRect(x, y + (metrics.height() - kBarHeight) / 2, kBarHeight, kBarHeight, colour);
        x += kBarHeight + 4;
        painter.drawText(x, y + metrics.ascent(), text);
        x += metrics.horizontalAdvance(text) + 3 * kMargin;
    }
    y += metrics.height() + kRowGap;

    for (int i = 0; i < kReportFieldCount; ++i) {
        const int top = y + i * row;
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(kMargin, top, labelWidth, 2 * kBarHeight), Qt::AlignRight | Qt::AlignVCenter,
                         reportFieldName(ReportField(i)));
        const FieldTally *tallies[] = {&m_site.withoutRules[i], &m_site.withRules[i]};
        const QColor colours[] = {without, with};
        for (int k = 0; k < 2; ++k) {
            const int barTop = top + k * kBarHeight;
            painter.fillRect(barLeft, barTop, barWidth, kBarHeight - 1,
                             palette().color(QPalette::AlternateBase));
            painter.fillRect(barLeft, barTop, int(barWidth * tallies[k]->rate()), kBarHeight - 1, colours[k]);
            painter.drawText(QRect(barLeft + barWidth + kMargin, barTop - 2, valueWidth, kBarHeight + 4),
                             Qt::AlignLeft | Qt::AlignVCenter, percent(*tallies[k]));
        }
    }
}

} // namespace galley
