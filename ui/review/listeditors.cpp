// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/listeditors.h"

#include "editing/articleedits.h"
#include "editing/recorddocument.h"
#include "review/blockeditdelegate.h"
#include "review/fieldchecks.h"
#include "review/lineeditbinding.h"
#include "review/multilinefield.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QScopedValueRollback>
#include <QStyle>

namespace galley {

namespace {

/// A detail field of the current entry ("images/<row>/caption"): typing is one merged undo step.
template<typename TextField>
void bindDetail(TextField *edit, ItemListEditor *editor, RecordDocument *const *document, Member member)
{
    lineedits::bind(
        edit, editor, [document] { return *document; },
        [editor, member] {
            const int row = editor->currentRow();
            return row < 0 ? FieldPath() : FieldPath::item(editor->listField(), row, member);
        });
}

} // namespace

// Bylines -----------------------------------------------------------------------------------------------

BylinesEditor::BylinesEditor(QWidget *parent) : ItemListEditor(Field::Bylines, tr("byline"), parent)
{
    listWidget()->setAccessibleName(tr("Bylines"));
    listWidget()->setMaximumHeight(84);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // no gap between the list and its buttons
    addListAction(QStringLiteral("Split"), tr("Split byline into names"), tr("Split"), QKeySequence(),
                  [this] { splitCurrent(); }); // Ctrl+Shift+L is the window's action
}

void BylinesEditor::splitCurrent()
{
    if (m_document && currentRow() >= 0)
        edits::splitByline(m_document, currentRow());
}

void BylinesEditor::fillItem(QListWidgetItem *item, qsizetype index)
{
    const QString name = m_document->article().bylines.at(index);
    item->setText(name);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    const BylineProblem problem = checkByline(name, m_document->vocabulary());
    item->setIcon(problem == BylineProblem::None ? QIcon()
                                                 : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    item->setToolTip(bylineProblemText(problem, name));
    item->setData(Qt::AccessibleDescriptionRole, bylineProblemText(problem, name));
}

// Body --------------------------------------------------------------------------------------------------

BodyEditor::BodyEditor(QWidget *parent)
    : ItemListEditor(Field::Body, tr("block"), parent), m_delegate(new BlockEditDelegate(this))
{
    listWidget()->setItemDelegate(m_delegate);
    listWidget()->setAccessibleName(tr("Body blocks"));
    listWidget()->setWordWrap(true);
    listWidget()->setTextElideMode(Qt::ElideNone);
    listWidget()->setMinimumHeight(200);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    listWidget()->setAlternatingRowColors(true);
    addKeyAction(QStringLiteral("Include"), tr("Include or exclude block"), {QKeySequence(Qt::Key_Space)},
                 [this] {
                     if (QListWidgetItem *item = listWidget()->currentItem())
                         item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
                 });
}

void BodyEditor::setSpellChecker(SpellChecker *checker)
{
    m_delegate->setSpellChecker(checker);
    // Another dictionary or an added word changes what the blocks show underlined.
    if (checker)
        connect(checker, &SpellChecker::changed, listWidget()->viewport(), qOverload<>(&QWidget::update),
                Qt::UniqueConnection);
}

void BodyEditor::fillItem(QListWidgetItem *item, qsizetype index)
{
    const BodyBlock &block = m_document->article().body.at(index);
    const bool included = m_document->draft().isIncluded(index);
    item->setText(block.text);
    item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
    item->setCheckState(included ? Qt::Checked : Qt::Unchecked);
    QFont font = listWidget()->font();
    font.setBold(block.kind == BlockKind::Heading);
    font.setStrikeOut(!included);
    item->setFont(font);
    item->setForeground(included ? listWidget()->palette().brush(QPalette::Text)
                                 : listWidget()->palette().brush(QPalette::Disabled, QPalette::Text));
    item->setToolTip(included ? tr("%1 (Space excludes it)").arg(blockKindName(block.kind))
                              : tr("%1, excluded (Space includes it)").arg(blockKindName(block.kind)));
}

void BodyEditor::itemEdited(QListWidgetItem *item, qsizetype index)
{
    const bool included = item->checkState() == Qt::Checked;
    if (included != m_document->draft().isIncluded(index))
        edits::setBodyIncluded(m_document, index, included);
    else
        ItemListEditor::itemEdited(item, index);
}

// Images ------------------------------------------------------------------------------------------------

ImagesEditor::ImagesEditor(QWidget *parent)
    : ItemListEditor(Field::Images, tr("image"), parent), m_caption(new MultiLineField),
      m_credit(new MultiLineField), m_address(new QLineEdit)
{
    listWidget()->setAccessibleName(tr("Images"));
    listWidget()->setIconSize(QSize(64, 48));
    listWidget()->setMaximumHeight(84);
    // A caption is read and edited in full below the list; in the list it is cut at the pane's edge.
    listWidget()->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    listWidget()->setTextElideMode(Qt::ElideRight);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_caption->setObjectName(QStringLiteral("captionEdit"));
    m_caption->setAccessibleName(tr("Caption of the selected image"));
    m_caption->setPlaceholderText(tr("Caption, without the photo credit"));
    m_credit->setObjectName(QStringLiteral("photoCreditEdit"));
    m_credit->setAccessibleName(tr("Photo credit of the selected image"));
    m_credit->setPlaceholderText(tr("e.g. Virginia Mayo/AP"));
    m_address->setObjectName(QStringLiteral("imageAddressEdit"));
    m_address->setAccessibleName(tr("Address (URL) of the selected image"));
    m_address->setPlaceholderText(tr("https://… (empty when the page gives none)"));
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Ca&ption"), m_caption);
    form->addRow(tr("Ph&oto credit"), m_credit);
    form->addRow(tr("&Address"), m_address);
    mainLayout()->addLayout(form);
    bindDetail(m_caption, this, &m_document, Member::Caption);
    bindDetail(m_credit, this, &m_document, Member::Credit);
    bindDetail(m_address, this, &m_document, Member::Src);
}

void ImagesEditor::fillItem(QListWidgetItem *item, qsizetype index)
{
    const Image &image = m_document->article().images.at(index);
    QString text = image.caption.isEmpty() ? tr("(no caption)") : image.caption;
    if (!image.credit.isEmpty())
        text += QStringLiteral(" — ") + image.credit;
    item->setText(text);
    item->setToolTip(image.src.isEmpty() ? tr("The capture does not name the image file") : image.src);
    item->setIcon(thumbnail(image.src));
}

QIcon ImagesEditor::thumbnail(const QString &src) const
{
    if (src.isEmpty() || !m_document)
        return {};
    const QString fileName = QFileInfo(src).fileName();
    for (const CaptureAttachment &attachment :
         m_document->capture().isNull() ? QList<CaptureAttachment>() : m_document->capture().attachments()) {
        if (attachment.url == src || (!fileName.isEmpty() && attachment.url.endsWith(fileName))) {
            const QImage image = QImage::fromData(attachment.data);
            if (!image.isNull())
                return QIcon(
                    QPixmap::fromImage(image.scaled(128, 96, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        }
    }
    return {};
}

void ImagesEditor::currentEntryChanged(qsizetype index)
{
    const bool valid = m_document && index >= 0 && index < m_document->article().images.size();
    m_caption->setEnabled(valid);
    m_credit->setEnabled(valid);
    m_address->setEnabled(valid);
    lineedits::setTextKeepingCursor(m_address,
                                    valid ? m_document->article().images.at(index).src : QString());
    m_caption->setTextKeepingCursor(valid ? m_document->article().images.at(index).caption : QString());
    m_credit->setTextKeepingCursor(valid ? m_document->article().images.at(index).credit : QString());
    m_caption->setProperty("galleyField", QStringLiteral("images/%1/caption").arg(index));
    m_credit->setProperty("galleyField", QStringLiteral("images/%1/credit").arg(index));
    m_address->setProperty("galleyField", QStringLiteral("images/%1/src").arg(index));
}

void ImagesEditor::focusPath(const QString &path)
{
    setCurrentRow(path.section(QLatin1Char('/'), 1, 1).toInt());
    if (path.endsWith(QLatin1String("/credit")))
        m_credit->setFocus();
    else if (path.endsWith(QLatin1String("/src")))
        m_address->setFocus();
    else if (path.endsWith(QLatin1String("/caption")))
        m_caption->setFocus();
    else
        listWidget()->setFocus();
}

// Contributors ------------------------------------------------------------------------------------------

ContributorsEditor::ContributorsEditor(QWidget *parent)
    : ItemListEditor(Field::Contributors, tr("contributor"), parent), m_name(new QLineEdit),
      m_role(new QComboBox)
{
    listWidget()->setAccessibleName(tr("Contributors"));
    listWidget()->setMaximumHeight(64);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_name->setObjectName(QStringLiteral("contributorNameEdit"));
    m_name->setAccessibleName(tr("Contributor name"));
    m_role->setObjectName(QStringLiteral("contributorRoleCombo"));
    m_role->setAccessibleName(tr("Contributor role"));
    m_role->setEditable(true);
    m_role->addItems({tr("additional reporting"), tr("editing"), tr("photography"), tr("video"),
                      tr("graphics"), tr("research"), tr("translation")});
    auto *details = new QHBoxLayout;
    details->setContentsMargins(0, 0, 0, 0);
    details->addWidget(m_name, 3);
    details->addWidget(m_role, 2);
    mainLayout()->addLayout(details);
    bindDetail(m_name, this, &m_document, Member::Name);
    connect(m_role, &QComboBox::currentTextChanged, this, [this](const QString &role) {
        const int row = currentRow();
        if (!m_refreshing && m_document && row >= 0 && m_role->isEnabled())
            edits::setText(m_document, FieldPath::item(Field::Contributors, row, Member::Role), role);
    });
}

void ContributorsEditor::fillItem(QListWidgetItem *item, qsizetype index)
{
    const Contributor &c = m_document->article().contributors.at(index);
    item->setText(c.role.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.role));
}

void ContributorsEditor::currentEntryChanged(qsizetype index)
{
    const bool valid = m_document && index >= 0 && index < m_document->article().contributors.size();
    m_name->setEnabled(valid);
    m_role->setEnabled(valid);
    lineedits::setTextKeepingCursor(m_name,
                                    valid ? m_document->article().contributors.at(index).name : QString());
    QScopedValueRollback guard(m_refreshing, true);
    QSignalBlocker blocker(m_role);
    m_role->setCurrentText(valid ? m_document->article().contributors.at(index).role : QString());
    m_name->setProperty("galleyField", QStringLiteral("contributors/%1").arg(index));
    m_role->setProperty("galleyField", QStringLiteral("contributors/%1").arg(index));
}

void ContributorsEditor::focusPath(const QString &path)
{
    setCurrentRow(path.section(QLatin1Char('/'), 1, 1).toInt());
    m_name->setFocus();
}

} // namespace galley
