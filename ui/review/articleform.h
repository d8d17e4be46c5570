// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/record.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

namespace galley {

/// The extracted article as editable fields.
class ArticleForm : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleForm(QWidget *parent = nullptr);

    void setArticle(const Article &article);

private:
    QLineEdit *m_headline;
    QLineEdit *m_bylines;
    QLineEdit *m_credit;
    QPlainTextEdit *m_body;
};

} // namespace galley
