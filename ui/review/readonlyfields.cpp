// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/readonlyfields.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace galley {

namespace {
// A view's own edit triggers, kept while it is read-only so they come back as they were.
const char kTriggers[] = "galleyEditTriggers";
} // namespace

void setFieldsEditable(QWidget *pane, bool editable)
{
    for (QWidget *w : pane->findChildren<QWidget *>()) {
        if (auto *line = qobject_cast<QLineEdit *>(w)) {
            // A combo box's line edit follows the combo box (disabled below).
            if (!qobject_cast<QComboBox *>(line->parentWidget()))
                line->setReadOnly(!editable);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
            plain->setReadOnly(!editable);
        } else if (auto *rich = qobject_cast<QTextEdit *>(w)) {
            rich->setReadOnly(!editable);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            if (!editable && !view->property(kTriggers).isValid()) {
                view->setProperty(kTriggers, int(view->editTriggers()));
                view->setEditTriggers(QAbstractItemView::NoEditTriggers);
            } else if (editable && view->property(kTriggers).isValid()) {
                view->setEditTriggers(QAbstractItemView::EditTriggers(view->property(kTriggers).toInt()));
                view->setProperty(kTriggers, QVariant());
            }
        } else if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractButton *>(w)) {
            w->setEnabled(editable);
        }
    }
}

} // namespace galley
