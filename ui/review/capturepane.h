// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capture.h"
#include "record/sourcespan.h"

#include <QWidget>

class QAction;
class QTabWidget;
class QToolButton;

namespace galley {

class CaptureView;
class FindBar;

/// The raw capture as received: for a text dump the text itself; for HTML the page laid out as readable
/// text, with a tab for the HTML source. Every provenance span is highlighted in its field's colour (the
/// legend says which), with wrap and font-size controls and an inline find bar.
class CapturePane : public QWidget
{
    Q_OBJECT

public:
    explicit CapturePane(QWidget *parent = nullptr);

    void setCapture(const Capture &capture, const Provenance &provenance);
    void setProvenance(const Provenance &provenance);
    /// Site rule descriptions by id, to name the rule that set a value (CaptureView::sourceLabel()).
    void setRuleNames(const QHash<QString, QString> &names);
    void clear();

    /// Whether showField() may switch to the other tab.
    enum class TabChange { Allow, Keep };
    /// Scrolls to the field's source and flashes it; with Allow, switches to the source tab when the
    /// readable view does not show it (a value from a <meta> tag). False when the field has no source.
    bool showField(const QString &path, TabChange tabChange = TabChange::Allow);
    /// Shows the page from the article's start (its headline, else its first body block) rather than the
    /// site's menu above it; the readable view when it shows either.
    void showArticleStart();
    /// The view the editor is looking at.
    CaptureView *currentView() const;
    CaptureView *readableView() const { return m_readable; }
    CaptureView *sourceView() const { return m_source; }

    void setSelectionActions(const QList<QAction *> &actions);
    void setWrap(bool wrap);
    bool wraps() const;
    void zoom(int steps);
    int fontPointSize() const;
    void setFontPointSize(int points);
    void find();

Q_SIGNALS:
    void fieldClicked(const QString &path);
    /// Whether the current view has a selection (the "use selection as" actions follow it).
    void selectionAvailable(bool available);

private:
    QWidget *buildLegend();
    void emitSelection();

    QTabWidget *m_tabs;
    CaptureView *m_readable;
    CaptureView *m_source;
    FindBar *m_findBar;
    QToolButton *m_wrapButton;
    bool m_hasSourceTab = false;
};

} // namespace galley
