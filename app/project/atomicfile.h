// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projecterror.h"

#include <QByteArray>
#include <QJsonDocument>

namespace galley {

/// Replaces `path` with `data` atomically (QSaveFile: a temporary file in the same folder, flushed, then
/// renamed over the old one), so a crash leaves either the old or the new file, never a torn one.
bool writeFileAtomically(const QString &path, const QByteArray &data, ProjectError *error);

/// Replaces `path` with `data` by writing a temporary file beside it and renaming it over `path`, without
/// waiting for the disk (no fsync). Still all-or-nothing for a crash of the process, but after a power
/// cut the file may be empty: only for data that is validated on reading and can be rebuilt (the
/// index cache), where the fsync would only slow every open down.
bool writeFileAtomicallyNoSync(const QString &path, const QByteArray &data, ProjectError *error);

/// Reads a whole regular file, never through a symbolic link; a missing or unreadable file (or a link)
/// is an Io (or NotFound) error naming it.
bool readWholeFile(const QString &path, QByteArray *data, ProjectError *error);

/// Parses JSON text that must hold an object; a syntax error names the line and column.
bool parseJsonObject(const QByteArray &data, const QString &path, QJsonObject *object, ProjectError *error);

/// The form every project JSON file is written in: UTF-8, LF, keys sorted (QJsonObject order), four
/// spaces of indentation, a final newline. Stable, so git diffs show only what changed.
QByteArray toProjectJson(const QJsonObject &object);

/// Hex SHA-256 of some bytes (content identities, change detection).
QString sha256Hex(const QByteArray &data);

} // namespace galley
