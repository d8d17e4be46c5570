// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projecterror.h"
#include "record/reviewrecord.h"

#include <QDataStream>
#include <QFlags>
#include <QJsonObject>

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
    QString reason;     ///< why rejected / needs attention (ReviewRecord::reason)
    QString note;       ///< the editor's note on the page
    QByteArray textKey; ///< articleTextKey() of the corrected headline and body (finds twin pages)
    QDateTime created;
    QDateTime modified;
    Flags flags;

    bool operator==(const RecordSummary &) const = default;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(RecordSummary::Flags)

/// The summary of a record file's JSON object (read from `path`, used in errors), taken straight from
/// the JSON without building the whole record, which keeps listing a large project fast. Makes the
/// checks of checkRecordObject() plus type checks of the values it reads; deeper problems (a malformed
/// provenance entry) surface when the record is loaded.
bool summarizeRecordObject(const QJsonObject &object, const QString &path, RecordSummary *summary,
                           ProjectError *error);

/// The summary of an in-memory record, as if read from a file of format version `formatVersion`
/// (the same code path as summarizeRecordObject(), so both always agree).
RecordSummary summarize(const ReviewRecord &record, int formatVersion);

QDataStream &operator<<(QDataStream &out, const RecordSummary &summary);
QDataStream &operator>>(QDataStream &in, RecordSummary &summary);

} // namespace galley
