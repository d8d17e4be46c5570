// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/fieldchangemarks.h"

#include "editing/recorddocument.h"
#include "review/extractedvalues.h"
#include "review/itemlisteditor.h"
#include "review/multilinefield.h"

#include <QAbstractItemView>
#include <QAction>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace galley {

namespace {

const char kOriginalPalette[] = "galleyUnmarkedPalette";

// How a changed field looks: its background tinted towards the highlight colour, enough to see at a
// glance in light and dark themes, little enough to keep the text readable.
QPalette markedPalette(const QPalette &base)
{
    QPalette p = base;
    const QColor background = base.color(QPalette::Base);
    const QColor accent = base.color(QPalette::Highlight);
    const auto mix = [](int a, int b) { return (a * 80 + b * 20) / 100; };
    p.setColor(QPalette::Base,
               QColor(mix(background.red(), accent.red()), mix(background.green(), accent.green()),
                      mix(background.blue(), accent.blue())));
    return p;
}

QString shown(const QString &value)
{
    return value.isEmpty() ? FieldChangeMarks::tr("(empty)") : value;
}

} // namespace

FieldChangeMarks::FieldChangeMarks(QWidget *pane) : QObject(pane), m_pane(pane)
{
    for (ItemListEditor *editor : pane->findChildren<ItemListEditor *>())
        connect(editor, &ItemListEditor::currentPathChanged, this, &FieldChangeMarks::refresh);
}

void FieldChangeMarks::setResetActions(QAction *resetField, QAction *resetPage)
{
    m_resetField = resetField;
    m_resetPage = resetPage;
}

void FieldChangeMarks::setDocument(RecordDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        // Queued behind the pane's own refresh, so list editors have their rows before marks are read.
        connect(document, &RecordDocument::fieldChanged, this, &FieldChangeMarks::refresh,
                Qt::QueuedConnection);
    }
    refresh();
}

void FieldChangeMarks::refresh()
{
    for (QWidget *widget : m_pane->findChildren<QWidget *>()) {
        if (widget->property("galleyField").isValid())
            mark(widget);
    }
}

void FieldChangeMarks::watch(QWidget *widget)
{
    if (widget->property(kOriginalPalette).isValid())
        return;
    widget->setProperty(kOriginalPalette, QVariant::fromValue(widget->palette()));
    widget->installEventFilter(this);
    // A mouse's context menu goes to a text box's viewport, not to the box.
    if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        plain->viewport()->installEventFilter(this);
}

void FieldChangeMarks::mark(QWidget *widget)
{
    watch(widget);
    const FieldPath path = FieldPath::parse(widget->property("galleyField").toString());
    bool changed = false;
    QString original;
    if (m_document && path.isValid()) {
        const Article &extracted = m_document->savedRecord().extracted;
        changed = extractedvalues::isChanged(m_document->draft(), extracted, path);
        if (changed)
            original = extractedvalues::extractedText(m_document->draft(), extracted, path);
    }
    // A list's own entries carry tooltips; the list says it changed beside them.
    const QString tip = changed ? tr("Changed by the editor. Extracted:\n%1").arg(shown(original))
                                : ruleTip(path.isValid() ? path.provenanceKey() : QString());
    if (widget->property("galleyChanged").toBool() == changed && widget->toolTip() == tip)
        return;
    widget->setProperty("galleyChanged", changed);
    const QPalette unmarked = widget->property(kOriginalPalette).value<QPalette>();
    widget->setPalette(changed ? markedPalette(unmarked) : unmarked);
    widget->setToolTip(tip);
}

void FieldChangeMarks::setRuleNames(const QHash<QString, QString> &names)
{
    m_ruleNames = names;
    refresh();
}

QString FieldChangeMarks::ruleTip(const QString &path) const
{
    if (!m_document || path.isEmpty())
        return {};
    const QString via = m_document->draft().article.provenance.value(path).value(0).via;
    if (!via.startsWith(QLatin1String("rule:")))
        return {};
    const QString id = via.mid(5);
    const QString description = m_ruleNames.value(id);
    return description.isEmpty() ? tr("Set by site rule %1").arg(id)
                                 : tr("Set by site rule %1: %2").arg(id, description);
}

bool FieldChangeMarks::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu || !m_resetField)
        return QObject::eventFilter(watched, event);
    // Only text fields and lists without a menu of their own get the reset entries.
    QWidget *widget = qobject_cast<QWidget *>(watched);
    if (auto *plain = widget ? qobject_cast<QPlainTextEdit *>(widget->parentWidget()) : nullptr;
        plain && plain->viewport() == widget)
        widget = plain;
    if (!widget || widget->contextMenuPolicy() != Qt::DefaultContextMenu)
        return QObject::eventFilter(watched, event);
    QMenu *menu = nullptr;
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        menu = line->createStandardContextMenu();
    else if (auto *field = qobject_cast<MultiLineField *>(widget))
        menu = field->createContextMenu(static_cast<QContextMenuEvent *>(event)); // with spelling
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        menu = plain->createStandardContextMenu();
    else if (auto *rich = qobject_cast<QTextEdit *>(widget))
        menu = rich->createStandardContextMenu();
    else if (qobject_cast<QAbstractItemView *>(widget))
        menu = new QMenu(widget);
    else
        return QObject::eventFilter(watched, event);
    widget->setFocus(Qt::MouseFocusReason); // the reset works on the focused field
    menu->addSeparator();
    m_resetField->setEnabled(widget->property("galleyChanged").toBool());
    menu->addAction(m_resetField);
    if (m_resetPage)
        menu->addAction(m_resetPage);
    menu->exec(static_cast<QContextMenuEvent *>(event)->globalPos());
    delete menu;
    m_resetField->setEnabled(m_document != nullptr); // the shortcut works on whichever field has focus
    return true;
}

} // namespace galley
