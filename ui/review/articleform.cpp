// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/articleform.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace galley {

ArticleForm::ArticleForm(QWidget *parent)
    : QWidget(parent), m_headline(new QLineEdit), m_bylines(new QLineEdit), m_credit(new QLineEdit),
      m_body(new QPlainTextEdit)
{
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Headline"), m_headline);
    form->addRow(tr("&Bylines"), m_bylines);
    form->addRow(tr("&Credit"), m_credit);
    form->addRow(tr("B&ody"), m_body);
    m_headline->setObjectName(QStringLiteral("headlineEdit"));
    m_bylines->setObjectName(QStringLiteral("bylinesEdit"));
    m_credit->setObjectName(QStringLiteral("creditEdit"));
    m_body->setObjectName(QStringLiteral("bodyEdit"));
}

void ArticleForm::setArticle(const Article &article)
{
    m_headline->setText(article.headline);
    m_bylines->setText(article.bylines.join(QStringLiteral("; ")));
    m_credit->setText(article.credit);
    m_body->setPlainText(article.text());
}

} // namespace galley
