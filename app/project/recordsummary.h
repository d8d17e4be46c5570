// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/reviewrecord.h"

#include <QDataStream>
#include <QFlags>

namespace galley {

/// What the project table shows for one record: small, so 50,000 of them fit comfortably in memory
/// while the records themselves are loaded on demand (ProjectStore::load).
struct RecordSummary
{
    enum Flag : quint32 {
        Corrected = 1 << 0,  ///< the corrected article differs from the extracted one
        NoHeadline = 1 << 1, ///< the corrected article has no headline
        NoBylines = 1 << 2,
        NoDate = 1 << 3,
        NoBody = 1 << 4,
        OldFormat = 1 << 5,  ///< the file has an older format version; it is migrated on the next save
        Journalled = 1 << 6, ///< unsaved edits are waiting in the journal (ProjectStore::journals)
    };
    Q_DECLARE_FLAGS(Flags, Flag)

    QString id; ///< the capture identity (RecordSource::id)
    ReviewStatus status = ReviewStatus::New;
    QString url;      ///< the page URL, empty when unknown
    QString site;     ///< the URL's host without "www.", else the publisher
    QString headline; ///< corrected values from here on
    QStringList bylines;
    QString credit;
    QString published;
    QString reviewer;
    QDateTime created;
    QDateTime modified;
    Flags flags;

    bool operator==(const RecordSummary &) const = default;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(RecordSummary::Flags)

/// The summary of a record read from a file of format version `formatVersion`.
RecordSummary summarize(const ReviewRecord &record, int formatVersion);

QDataStream &operator<<(QDataStream &out, const RecordSummary &summary);
QDataStream &operator>>(QDataStream &in, RecordSummary &summary);

} // namespace galley
