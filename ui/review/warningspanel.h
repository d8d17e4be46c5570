// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>
#include <QPointer>

namespace galley {

class RecordDocument;

/// The field warnings of the open record (no headline, byline that is a title, caption repeated in the
/// body, ...). Activating one (Return or double-click) jumps to its field. Recomputed on every change.
class WarningsPanel : public QListWidget
{
    Q_OBJECT

public:
    explicit WarningsPanel(QWidget *parent = nullptr);
    void setDocument(RecordDocument *document);

protected:
    void paintEvent(QPaintEvent *event) override;

Q_SIGNALS:
    void jumpToField(const QString &path);
    void countChanged(int count);

private:
    void recompute();

    QPointer<RecordDocument> m_document;
};

} // namespace galley
