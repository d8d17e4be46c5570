// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projecterror.h"
#include "record/reviewrecord.h"

#include <QByteArray>
#include <QJsonObject>

namespace galley {

/// The format version written into record files. Version 0 is a bare `galley extract` object (no
/// "formatVersion" key, no review state): it reads as a new, uncorrected page and is migrated on save.
inline constexpr int kRecordFormatVersion = 1;

/// True for a capture identity: 64 lowercase hex digits (SHA-256), optionally "#<index>".
bool isRecordId(const QString &id);

/// The file name of a record in records/: the id with "#" replaced by "-" plus ".json"
/// ("<sha256>.json", "<sha256>-<index>.json"): safe on every file system and in URLs and shells.
QString recordFileName(const QString &id);

/// The inverse of recordFileName(); empty when `fileName` is not a record file name (so temporary and
/// foreign files in records/ are ignored).
QString recordIdFromFileName(const QString &fileName);

/// The JSON object of a record file for `record` at the current format version, and its bytes (see
/// toProjectJson()).
QJsonObject recordFileObject(const ReviewRecord &record);
QByteArray encodeRecordFile(const ReviewRecord &record);

/// The checks every reader of a record file makes before looking inside: a known format version (a
/// newer one is NewerVersion), a "source" object, and a source.id matching the file name. Gives the
/// version (0 for bare extract output) and the id (from the file name when source.id is empty).
bool checkRecordObject(const QJsonObject &object, const QString &path, int *formatVersion, QString *id,
                       ProjectError *error);

/// Decodes a record file read from `path` (used in errors). Refuses a newer format version
/// (NewerVersion) and a record whose source.id disagrees with its file name (Corrupt); an empty
/// source.id is taken from the file name. *formatVersion receives the version found (0 for bare
/// extract output).
bool decodeRecordFile(const QByteArray &data, const QString &path, ReviewRecord *record, int *formatVersion,
                      ProjectError *error);

/// The format version of an already-parsed record file object (0 when absent).
int recordFormatVersion(const QJsonObject &object);

} // namespace galley
