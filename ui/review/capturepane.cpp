// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/capturepane.h"

#include "review/captureview.h"
#include "review/fieldstyle.h"
#include "review/findbar.h"
#include "review/pagetext.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace galley {

CapturePane::CapturePane(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget), m_readable(new CaptureView), m_source(new CaptureView),
      m_findBar(new FindBar), m_wrapButton(new QToolButton)
{
    setObjectName(QStringLiteral("capturePane"));
    setAccessibleName(tr("Raw capture"));
    m_readable->setObjectName(QStringLiteral("captureReadable"));
    m_readable->setAccessibleName(tr("Capture as received"));
    m_source->setObjectName(QStringLiteral("captureSource"));
    m_source->setAccessibleName(tr("Capture source"));
    m_tabs->setObjectName(QStringLiteral("captureTabs"));
    m_tabs->setDocumentMode(true);
    // No Alt+letter: the window has none left (F6 goes to the capture, Ctrl+Tab changes tab).
    m_tabs->addTab(m_readable, tr("Page"));
    m_tabs->addTab(m_source, tr("HTML source"));

    // Source text is shown in the fixed font so markup lines up; the readable page in the general font.
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_wrapButton->setObjectName(QStringLiteral("wrapButton"));
    m_wrapButton->setText(tr("Wrap"));
    m_wrapButton->setCheckable(true);
    m_wrapButton->setChecked(true);
    m_wrapButton->setToolTip(tr("Wrap long lines"));
    m_wrapButton->setAccessibleName(tr("Wrap long lines"));
    auto *smaller = new QToolButton;
    smaller->setText(tr("A−"));
    smaller->setToolTip(tr("Smaller text"));
    smaller->setAccessibleName(tr("Smaller text"));
    auto *larger = new QToolButton;
    larger->setText(tr("A+"));
    larger->setToolTip(tr("Larger text"));
    larger->setAccessibleName(tr("Larger text"));

    // View controls sit in the tab bar's corner; the legend gets a row of its own.
    auto *controls = new QWidget;
    auto *bar = new QHBoxLayout(controls);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_wrapButton);
    bar->addWidget(smaller);
    bar->addWidget(larger);
    m_tabs->setCornerWidget(controls, Qt::TopRightCorner);

    m_findBar->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(buildLegend());
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_findBar);

    connect(m_wrapButton, &QToolButton::toggled, this, &CapturePane::setWrap);
    connect(smaller, &QToolButton::clicked, this, [this] { zoom(-1); });
    connect(larger, &QToolButton::clicked, this, [this] { zoom(1); });
    for (CaptureView *view : {m_readable, m_source}) {
        connect(view, &CaptureView::fieldClicked, this, &CapturePane::fieldClicked);
        connect(view, &QPlainTextEdit::selectionChanged, this, &CapturePane::emitSelection);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_findBar->setView(currentView());
        emitSelection();
    });
    m_findBar->setView(m_readable);
}

QWidget *CapturePane::buildLegend()
{
    // One word-wrapped label rather than a row of labels: on a narrow pane the names flow onto a second
    // line instead of being clipped, and the pane never gets wider than the editor wants.
    auto *legend = new QLabel;
    legend->setObjectName(QStringLiteral("captureLegend"));
    legend->setAccessibleName(tr("Highlight colours"));
    legend->setWordWrap(true);
    legend->setTextFormat(Qt::RichText);
    legend->setContentsMargins(4, 2, 4, 2);
    legend->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    const QColor base = palette().color(QPalette::Base);
    QStringList items;
    QStringList names;
    for (FieldKind kind : allFieldKinds()) {
        // Rich text has no alpha: the highlight colour as it shows over the page background.
        const QColor color = fieldColor(kind, palette());
        const qreal a = std::max(color.alpha(), 90) / 255.0;
        const QColor shown = QColor::fromRgbF(float(color.redF() * a + base.redF() * (1 - a)),
                                              float(color.greenF() * a + base.greenF() * (1 - a)),
                                              float(color.blueF() * a + base.blueF() * (1 - a)));
        const QString name =
            fieldKindName(kind).toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
        items.append(QStringLiteral("<span style=\"background-color:%1;\">&nbsp;%2&nbsp;</span>")
                         .arg(shown.name(), name));
        names.append(fieldKindName(kind));
    }
    legend->setText(items.join(QStringLiteral(" &nbsp;")));
    legend->setAccessibleDescription(
        tr("Highlighted in the capture: %1").arg(names.join(QStringLiteral(", "))));
    return legend;
}

void CapturePane::setCapture(const Capture &capture, const Provenance &provenance)
{
    const bool html = !capture.isNull() && capture.kind() == ContentKind::Html;
    const QString text = capture.isNull() ? QString() : capture.text();
    m_readable->setContent(html ? renderHtmlAsText(text) : TextMap::identity(text), provenance);
    m_hasSourceTab = html;
    if (html)
        m_source->setContent(TextMap::identity(text), provenance);
    else
        m_source->setContent(TextMap(), {});
    m_tabs->setTabVisible(1, html);
    m_tabs->tabBar()->setVisible(html);
    m_tabs->setTabText(0, html ? tr("Page") : tr("Text"));
    m_tabs->setCurrentIndex(0);
}

void CapturePane::setRuleNames(const QHash<QString, QString> &names)
{
    m_readable->setRuleNames(names);
    m_source->setRuleNames(names);
}

void CapturePane::setProvenance(const Provenance &provenance)
{
    m_readable->setProvenance(provenance);
    if (m_hasSourceTab)
        m_source->setProvenance(provenance);
}

void CapturePane::clear()
{
    setCapture(Capture(), {});
}

bool CapturePane::showField(const QString &path, TabChange tabChange)
{
    if (currentView()->showField(path) || tabChange == TabChange::Keep)
        return true;
    for (CaptureView *view : {m_readable, m_source}) {
        if (view == currentView() || (view == m_source && !m_hasSourceTab))
            continue;
        if (view->showField(path)) {
            m_tabs->setCurrentWidget(view);
            return true;
        }
    }
    return false;
}

void CapturePane::showArticleStart()
{
    const QStringList starts = {QStringLiteral("headline"), QStringLiteral("body/0")};
    for (CaptureView *view : {m_readable, m_source}) {
        if ((view == m_readable || m_hasSourceTab) && view->scrollToStartOf(starts)) {
            m_tabs->setCurrentWidget(view);
            return;
        }
    }
}

CaptureView *CapturePane::currentView() const
{
    return static_cast<CaptureView *>(m_tabs->currentWidget());
}

void CapturePane::setSelectionActions(const QList<QAction *> &actions)
{
    m_readable->setSelectionActions(actions);
    m_source->setSelectionActions(actions);
}

void CapturePane::setWrap(bool wrap)
{
    m_wrapButton->setChecked(wrap);
    for (CaptureView *view : {m_readable, m_source})
        view->setLineWrapMode(wrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
}

bool CapturePane::wraps() const
{
    return m_wrapButton->isChecked();
}

void CapturePane::zoom(int steps)
{
    setFontPointSize(fontPointSize() + steps);
}

int CapturePane::fontPointSize() const
{
    return m_readable->font().pointSize();
}

void CapturePane::setFontPointSize(int points)
{
    points = std::clamp(points, 6, 40);
    for (CaptureView *view : {m_readable, m_source}) {
        QFont font = view->font();
        font.setPointSize(points);
        view->setFont(font);
    }
}

void CapturePane::find()
{
    m_findBar->setView(currentView());
    m_findBar->activate();
}

void CapturePane::emitSelection()
{
    Q_EMIT selectionAvailable(currentView()->textCursor().hasSelection());
}

} // namespace galley
