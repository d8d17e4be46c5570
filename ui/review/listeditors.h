// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/itemlisteditor.h"

class QComboBox;
class QLineEdit;

namespace galley {

class BlockEditDelegate;
class MultiLineField;
class SpellChecker;

/// Bylines: one person per entry, edited inline; an entry that looks like a title, an agency or contains
/// "By" carries a warning icon and says why. "Split" turns "A and B" into two entries.
class BylinesEditor : public ItemListEditor
{
    Q_OBJECT

public:
    explicit BylinesEditor(QWidget *parent = nullptr);
    void splitCurrent();

protected:
    void fillItem(QListWidgetItem *item, qsizetype index) override;
};

/// Body blocks: include/exclude by the check box (Space), text edited inline (F2 or Return).
class BodyEditor : public ItemListEditor
{
    Q_OBJECT

public:
    explicit BodyEditor(QWidget *parent = nullptr);
    /// Blocks are edited with their spelling checked by `checker`.
    void setSpellChecker(SpellChecker *checker);

protected:
    void fillItem(QListWidgetItem *item, qsizetype index) override;
    void itemEdited(QListWidgetItem *item, qsizetype index) override;

private:
    BlockEditDelegate *m_delegate;
};

/// Images: a thumbnail when the capture holds the image, the caption and photo credit of the current
/// image edited below the list, each in a box that shows it whole, and its address (URL).
class ImagesEditor : public ItemListEditor
{
    Q_OBJECT

public:
    explicit ImagesEditor(QWidget *parent = nullptr);
    void focusPath(const QString &path) override;
    MultiLineField *captionEdit() const { return m_caption; }
    MultiLineField *creditEdit() const { return m_credit; }
    QLineEdit *addressEdit() const { return m_address; }

protected:
    void fillItem(QListWidgetItem *item, qsizetype index) override;
    void currentEntryChanged(qsizetype index) override;

private:
    QIcon thumbnail(const QString &src) const;

    MultiLineField *m_caption;
    MultiLineField *m_credit;
    QLineEdit *m_address;
};

/// Contributors with roles ("additional reporting", "editing", "photography").
class ContributorsEditor : public ItemListEditor
{
    Q_OBJECT

public:
    explicit ContributorsEditor(QWidget *parent = nullptr);
    void focusPath(const QString &path) override;

protected:
    void fillItem(QListWidgetItem *item, qsizetype index) override;
    void currentEntryChanged(qsizetype index) override;

private:
    QLineEdit *m_name;
    QComboBox *m_role;
};

} // namespace galley
