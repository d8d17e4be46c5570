// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projecterror.h"
#include "record/reviewrecord.h"

#include <QDateTime>
#include <QList>

namespace galley {

/// A journalled, unsaved edit found on disk.
struct JournalEntry
{
    QString id;        ///< the record it belongs to
    QString path;      ///< the journal file
    QDateTime written; ///< when it was last written (file time, UTC)
};

/// Unsaved edits, one file per record in journal/ (same format as a record file), so a crash loses at
/// most the edits since the last journal write. Written atomically like everything else; removed when
/// the record is saved or the edit is discarded.
class Journal
{
public:
    explicit Journal(QString dir) : m_dir(std::move(dir)) {}

    bool write(const ReviewRecord &record, ProjectError *error) const;
    bool read(const QString &id, ReviewRecord *record, ProjectError *error) const;
    /// Removes the journal of `id`; a missing journal is not an error.
    bool remove(const QString &id, ProjectError *error) const;
    bool contains(const QString &id) const;
    /// Every journal in the folder, by id order; files that are not journals are ignored.
    QList<JournalEntry> entries() const;

    QString pathOf(const QString &id) const;

private:
    QString m_dir;
};

} // namespace galley
