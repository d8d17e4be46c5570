// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace galley {

class RecordDocument;

/// Marks the article pane's fields the editor changed: a tinted background, and a tooltip giving the
/// extracted original. A field a site rule set (provenance via "rule:<id>") says so in its tooltip,
/// with the rule's words. Which fields changed and what was extracted is the engine's answer
/// (app/review/extractedvalues.h); this only paints it. A marked widget carries the property
/// "galleyChanged" (true), which tests read.
///
/// Right-clicking a field adds the reset actions (`resetField`, `resetPage`, the window's) to its context
/// menu; the field is focused first, so the actions work on the field clicked.
class FieldChangeMarks : public QObject
{
    Q_OBJECT

public:
    /// Marks the fields among `pane`'s descendants (every widget with a "galleyField" property).
    explicit FieldChangeMarks(QWidget *pane);

    void setDocument(RecordDocument *document);
    void setResetActions(QAction *resetField, QAction *resetPage);
    /// The project's accepted rules' descriptions by rule id, for the tooltips of values rules set.
    void setRuleNames(const QHash<QString, QString> &names);
    /// Re-reads every field's state (the document changed, or a list's current entry moved).
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void mark(QWidget *widget);
    void watch(QWidget *widget);
    /// "Set by site rule <id>: <description>" when a rule set the value at `path`, else empty.
    QString ruleTip(const QString &path) const;

    QWidget *m_pane;
    QPointer<RecordDocument> m_document;
    QAction *m_resetField = nullptr;
    QAction *m_resetPage = nullptr;
    QHash<QString, QString> m_ruleNames;
};

} // namespace galley
