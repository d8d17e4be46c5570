// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/warningspanel.h"

#include "editing/recorddocument.h"
#include "review/fieldchecks.h"

#include <QPainter>
#include <QStyle>

namespace galley {

WarningsPanel::WarningsPanel(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("warningsPanel"));
    setAccessibleName(tr("Field warnings"));
    connect(this, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT jumpToField(item->data(Qt::UserRole).toString()); });
}

void WarningsPanel::setDocument(RecordDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &RecordDocument::fieldChanged, this, &WarningsPanel::recompute);
    recompute();
}

void WarningsPanel::recompute()
{
    clear();
    if (m_document) {
        const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
        for (const FieldWarning &warning : m_document->warnings()) {
            auto *item = new QListWidgetItem(icon, warning.message, this);
            item->setData(Qt::UserRole, warning.field.toString());
        }
    }
    Q_EMIT countChanged(count());
}

void WarningsPanel::paintEvent(QPaintEvent *event)
{
    QListWidget::paintEvent(event);
    if (count() > 0 || !m_document)
        return;
    // An empty panel should say that the check ran and found nothing, not look unfinished.
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    painter.drawText(viewport()->rect().adjusted(8, 8, -8, -8),
                     Qt::AlignTop | Qt::AlignHCenter | Qt::TextWordWrap, tr("No warnings on this page."));
}

} // namespace galley
