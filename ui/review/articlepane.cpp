// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/articlepane.h"

#include "editing/articleedits.h"
#include "editing/recorddocument.h"
#include "review/articlelanguage.h"
#include "review/lineeditbinding.h"
#include "review/listeditors.h"
#include "review/multilinefield.h"
#include "review/spellchecker.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QVBoxLayout>

namespace galley {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ArticlePane::ArticlePane(QWidget *parent)
    : QScrollArea(parent), m_spelling(new SpellChecker(SpellChecker::systemDictionaryFolder(), this)),
      m_headline(new MultiLineField), m_bylines(new BylinesEditor), m_published(new QLineEdit),
      m_dateline(new QLineEdit), m_credit(new QComboBox), m_publisher(new QLineEdit),
      m_images(new ImagesEditor), m_contributors(new ContributorsEditor), m_body(new BodyEditor),
      m_empty(new QLabel(tr("Open a project or drop capture files here."))), m_form(new QWidget)
{
    setObjectName(QStringLiteral("articlePane"));
    setAccessibleName(tr("Article"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // The form follows the pane's width (fields grow, text wraps); it only ever scrolls vertically.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_headline->setObjectName(QStringLiteral("headlineEdit"));
    m_headline->setAccessibleName(tr("Headline"));
    m_headline->setSelectAllOnTabFocus(true); // as the line edit it was
    m_headline->setSpellChecker(m_spelling);
    m_images->captionEdit()->setSpellChecker(m_spelling);
    m_body->setSpellChecker(m_spelling);
    m_published->setObjectName(QStringLiteral("publishedEdit"));
    m_published->setAccessibleName(tr("Published date"));
    m_published->setPlaceholderText(tr("2014-06-05 or 2014-06-05T14:30:00Z"));
    m_dateline->setObjectName(QStringLiteral("datelineEdit"));
    m_dateline->setAccessibleName(tr("Dateline"));
    m_dateline->setPlaceholderText(tr("e.g. BRUSSELS"));
    m_credit->setObjectName(QStringLiteral("creditCombo"));
    m_credit->setAccessibleName(tr("Credit"));
    m_credit->setEditable(true);
    m_credit->setInsertPolicy(QComboBox::NoInsert);
    m_credit->lineEdit()->setPlaceholderText(tr("Agency or outlet; empty for the site's own work"));
    m_publisher->setObjectName(QStringLiteral("publisherEdit"));
    m_publisher->setAccessibleName(tr("Publisher"));

    m_headline->setProperty("galleyField", QStringLiteral("headline"));
    m_published->setProperty("galleyField", QStringLiteral("published"));
    m_dateline->setProperty("galleyField", QStringLiteral("dateline"));
    m_credit->setProperty("galleyField", QStringLiteral("credit"));
    m_credit->lineEdit()->setProperty("galleyField", QStringLiteral("credit"));
    m_publisher->setProperty("galleyField", QStringLiteral("publisher"));

    auto *form = new QFormLayout(m_form);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    // Every Alt+letter of the window is unique (Alt+H is the Help menu, Alt+U the Rules menu; test_windowkeys
    // checks them all).
    form->addRow(tr("Hea&dline"), m_headline);
    form->addRow(buddyLabel(tr("&Bylines"), m_bylines->listWidget()), m_bylines);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_published, 1);
    dates->addWidget(buddyLabel(tr("Date&line"), m_dateline));
    dates->addWidget(m_dateline, 1);
    form->addRow(buddyLabel(tr("Publ&ished"), m_published), dates);
    // Credit and publisher each get a full row: both are names that must be read whole.
    form->addRow(buddyLabel(tr("&Credit"), m_credit), m_credit);
    form->addRow(buddyLabel(tr("Publi&sher"), m_publisher), m_publisher);
    form->addRow(buddyLabel(tr("I&mages"), m_images->listWidget()), m_images);
    form->addRow(buddyLabel(tr("Con&tributors"), m_contributors->listWidget()), m_contributors);
    form->addRow(buddyLabel(tr("Bod&y"), m_body->listWidget()), m_body);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_form, 1);
    m_form->hide();
    setWidget(page);

    lineedits::bind(
        m_headline, this, [this] { return m_document.data(); }, [] { return FieldPath(Field::Headline); });
    bindLine(m_published, Field::Published);
    bindLine(m_dateline, Field::Dateline);
    bindLine(m_publisher, Field::Publisher);
    bindLine(m_credit->lineEdit(), Field::Credit);
    connect(m_credit, &QComboBox::activated, this, [this](int index) {
        if (m_document)
            edits::setValue(m_document, Field::Credit, m_credit->itemText(index));
    });

    for (ItemListEditor *editor :
         std::initializer_list<ItemListEditor *>{m_bylines, m_images, m_contributors, m_body}) {
        connect(editor, &ItemListEditor::currentPathChanged, this, [this, editor](const QString &path) {
            if (editor->isAncestorOf(QApplication::focusWidget()))
                Q_EMIT fieldFocused(path);
        });
    }
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { onFocusChanged(now); });
}

RecordDocument *ArticlePane::document() const
{
    return m_document;
}

void ArticlePane::bindLine(QLineEdit *edit, const FieldPath &field)
{
    lineedits::bind(
        edit, this, [this] { return m_document.data(); }, [field] { return field; });
}

QSize ArticlePane::minimumSizeHint() const
{
    QSize size = QScrollArea::minimumSizeHint();
    if (const QWidget *form = widget())
        size.setWidth(form->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width() +
                      2 * frameWidth());
    return size;
}

void ArticlePane::setDocument(RecordDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_empty->setVisible(!document);
    m_form->setVisible(document);
    for (ItemListEditor *editor :
         std::initializer_list<ItemListEditor *>{m_bylines, m_images, m_contributors, m_body})
        editor->setDocument(document);
    if (!document)
        return;
    // The credits the project's vocabulary knows; the publisher is a candidate too (the site's own copy
    // credited to itself).
    {
        const QSignalBlocker blocker(m_credit);
        m_credit->clear();
        m_credit->addItems(document->vocabulary().agencyNames());
        const QString publisher = document->article().publisher;
        if (!publisher.isEmpty() && m_credit->findText(publisher) < 0)
            m_credit->insertItem(0, publisher);
        m_credit->setCurrentIndex(-1);
    }
    m_spelling->setLanguage(articleLanguage(document->article()));
    refresh(FieldPath());
    connect(document, &RecordDocument::fieldChanged, this,
            [this](const FieldPath &field) { refresh(field); });
}

void ArticlePane::refresh(const FieldPath &field)
{
    if (!m_document)
        return;
    const Article &a = m_document->article();
    const bool all = !field.isValid();
    const auto changed = [&](Field f) { return all || field.field() == f; };
    if (changed(Field::Headline))
        m_headline->setTextKeepingCursor(a.headline);
    if (changed(Field::Published))
        lineedits::setTextKeepingCursor(m_published, a.published);
    if (changed(Field::Dateline))
        lineedits::setTextKeepingCursor(m_dateline, a.dateline);
    if (changed(Field::Credit))
        lineedits::setTextKeepingCursor(m_credit->lineEdit(), a.credit);
    if (changed(Field::Publisher))
        lineedits::setTextKeepingCursor(m_publisher, a.publisher);
    // (An edit of the credit may also add bylines, and adding bylines may set the credit.)
    if (changed(Field::Bylines)) {
        m_bylines->refresh();
        lineedits::setTextKeepingCursor(m_credit->lineEdit(), a.credit);
    }
    if (changed(Field::Images))
        m_images->refresh();
    if (changed(Field::Contributors))
        m_contributors->refresh();
    if (changed(Field::Body))
        m_body->refresh();
}

void ArticlePane::focusField(const QString &path)
{
    const QString top = path.section(QLatin1Char('/'), 0, 0);
    ensureVisible(0, 0); // scroll the form so the field's row is reachable
    QWidget *target = nullptr;
    if (top == QLatin1String("headline"))
        target = m_headline;
    else if (top == QLatin1String("published"))
        target = m_published;
    else if (top == QLatin1String("dateline"))
        target = m_dateline;
    else if (top == QLatin1String("credit"))
        target = m_credit;
    else if (top == QLatin1String("publisher"))
        target = m_publisher;
    else if (top == QLatin1String("bylines"))
        m_bylines->focusPath(path);
    else if (top == QLatin1String("images"))
        m_images->focusPath(path);
    else if (top == QLatin1String("contributors"))
        m_contributors->focusPath(path);
    else if (top == QLatin1String("body"))
        m_body->focusPath(path);
    if (target)
        target->setFocus(Qt::OtherFocusReason);
    if (QWidget *focused = QApplication::focusWidget(); focused && isAncestorOf(focused))
        ensureWidgetVisible(focused);
}

QString ArticlePane::focusedField() const
{
    for (QWidget *w = QApplication::focusWidget(); w && w != this; w = w->parentWidget()) {
        const QString field = w->property("galleyField").toString();
        if (!field.isEmpty())
            return field;
    }
    return {};
}

int ArticlePane::currentImage() const
{
    return m_images->currentRow();
}

void ArticlePane::onFocusChanged(QWidget *now)
{
    if (!m_document || !now || !isAncestorOf(now))
        return;
    const QString field = focusedField();
    if (!field.isEmpty())
        Q_EMIT fieldFocused(field);
}

} // namespace galley
