// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projecterror.h"
#include "record/reviewrecord.h"

#include <QByteArray>

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

/// The bytes of a record file for `record` at the current format version (see toProjectJson()).
QByteArray encodeRecordFile(const ReviewRecord &record);

/// Decodes a record file read from `path` (used in errors). Refuses a newer format version
/// (NewerVersion) and a record whose source.id disagrees with its file name (Corrupt); an empty
/// source.id is taken from the file name. *formatVersion receives the version found (0 for bare
/// extract output).
bool decodeRecordFile(const QByteArray &data, const QString &path, ReviewRecord *record, int *formatVersion,
                      ProjectError *error);

/// The format version of an already-parsed record file object (0 when absent).
int recordFormatVersion(const QJsonObject &object);

} // namespace galley
