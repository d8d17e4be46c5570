// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/fieldpath.h"

#include <QWidget>
#include <functional>

class QAction;
class QHBoxLayout;
class QListWidget;
class QListWidgetItem;
class QVBoxLayout;

namespace galley {

class RecordDocument;

/// A list field of the article (bylines, images, body, contributors) as a list with add, remove and
/// reorder, by button and by key (Insert, Delete, Alt+Up, Alt+Down) when the list has focus. Editing an
/// entry inline starts with F2 or Return (or a double click), never with a stray printable key. The
/// buttons are for the mouse: Tab goes from list to list, not through them. Subclasses say how an
/// entry looks and what inline editing an entry means; every change is an undo step.
class ItemListEditor : public QWidget
{
    Q_OBJECT

public:
    /// `list` is the article list; `noun` names one entry for tooltips ("byline").
    ItemListEditor(Field list, const QString &noun, QWidget *parent = nullptr);

    void setDocument(RecordDocument *document);
    /// Rebuilds the entries from the document, keeping the current row.
    void refresh();

    QListWidget *listWidget() const { return m_listWidget; }
    const QString &listName() const { return m_list; }
    Field listField() const { return m_field; }
    int currentRow() const;
    void setCurrentRow(int row);
    /// "bylines/2" for the current entry, the list name when there is none.
    QString currentPath() const;
    /// Selects the entry of `path` ("images/1/caption" selects image 2) and focuses the right widget.
    virtual void focusPath(const QString &path);

Q_SIGNALS:
    void currentPathChanged(const QString &path);

protected:
    virtual void fillItem(QListWidgetItem *item, qsizetype index) = 0;
    /// The entry's text was edited inline.
    virtual void itemEdited(QListWidgetItem *item, qsizetype index);
    /// Adds an entry (an undo step) and returns its index.
    virtual qsizetype addEntry();
    /// The current entry changed (detail editors follow it); -1 when there is none.
    virtual void currentEntryChanged(qsizetype index);

    QHBoxLayout *buttonRow() const { return m_buttons; }
    QVBoxLayout *mainLayout() const { return m_layout; }
    /// An action on the list (key active while the list has focus) and its button labelled `label`.
    QAction *addListAction(const QString &name, const QString &text, const QString &label,
                           const QKeySequence &key, const std::function<void()> &slot);
    /// An action on the list with keys and no button (F1 lists it with the others).
    QAction *addKeyAction(const QString &name, const QString &text, const QList<QKeySequence> &keys,
                          const std::function<void()> &slot);

    RecordDocument *m_document = nullptr;
    bool m_refreshing = false;

private:
    void moveCurrent(int delta);

    Field m_field;
    QString m_list; ///< the list's name in paths and object names
    QListWidget *m_listWidget;
    QVBoxLayout *m_layout;
    QHBoxLayout *m_buttons;
};

} // namespace galley
