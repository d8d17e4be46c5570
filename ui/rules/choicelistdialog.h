// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

class QDialogButtonBox;
class QListWidget;

namespace galley {

/// A list to choose from, by keyboard: one entry (the current one; Return accepts) or several (Space
/// ticks the current one; Return accepts). OK stays off until something is chosen. The Rules view asks
/// with it which site to merge a site into and which pages to split off.
class ChoiceListDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        QString key;  ///< what chosen() returns
        QString text; ///< what the list shows (and its tooltip, in full)
    };
    ChoiceListDialog(const QString &title, const QString &label, const QList<Choice> &choices, bool several,
                     QWidget *parent = nullptr);

    /// The keys chosen: the ticked entries' (several), else the current entry's.
    QStringList chosen() const;
    QListWidget *list() const { return m_list; }

private:
    void refresh();

    bool m_several;
    QListWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace galley
