// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/sourcespan.h"
#include "review/pagetext.h"

#include <QHash>
#include <QPlainTextEdit>

namespace galley {

/// One read-only view of the capture (readable page or source) with the provenance spans drawn in
/// their field colours. Clicking highlighted text reports the field it fed; the selection can be read
/// back as a capture span.
class CaptureView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CaptureView(QWidget *parent = nullptr);

    void setContent(const TextMap &map, const Provenance &provenance);
    void setProvenance(const Provenance &provenance);
    const TextMap &textMap() const { return m_map; }

    /// Scrolls to the field's first shown span, selects it and flashes it. False when none is shown.
    bool showField(const QString &path);
    /// Scrolls so the first shown span of the first of `paths` that has one is the top line, with the
    /// cursor there (no selection, no flash). False when none is shown.
    bool scrollToStartOf(const QStringList &paths);
    /// The field whose span covers capture offset `source` (the narrowest one), or empty.
    QString fieldAt(qsizetype source) const;
    /// The selection as a capture span (via "editor"); invalid when nothing is selected.
    SourceSpan selectedSpan() const;
    QString selectedText() const;

    /// What hovering the field's source says: the field, and what found it. A value a site rule set
    /// (via "rule:<id>") names the rule by its description from `setRuleNames()`.
    QString sourceLabel(const QString &path) const;
    /// Site rule descriptions by rule id (the project's accepted rules).
    void setRuleNames(const QHash<QString, QString> &names) { m_ruleNames = names; }

    /// Actions appended to the context menu ("Use as headline", ...).
    void setSelectionActions(const QList<QAction *> &actions) { m_selectionActions = actions; }

Q_SIGNALS:
    void fieldClicked(const QString &path);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refreshHighlights();
    /// The shown range of the first of the field's spans that this view shows.
    bool firstShown(const QString &path, qsizetype *from, qsizetype *to) const;

    TextMap m_map;
    Provenance m_provenance;
    QList<QTextEdit::ExtraSelection> m_fieldSelections;
    QTextEdit::ExtraSelection m_flash;
    bool m_flashOn = false;
    QList<QAction *> m_selectionActions;
    QHash<QString, QString> m_ruleNames;
};

} // namespace galley
