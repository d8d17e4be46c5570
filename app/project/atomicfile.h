// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projecterror.h"

#include <QByteArray>
#include <QJsonDocument>

namespace galley {

/// Replaces `path` with `data` atomically (QSaveFile: a temporary file in the same folder, flushed, then
/// renamed over the old one), so a crash leaves either the old or the new file, never a torn one.
bool writeFileAtomically(const QString &path, const QByteArray &data, ProjectError *error);

/// Reads a whole file; a missing or unreadable file is an Io (or NotFound) error naming it.
bool readWholeFile(const QString &path, QByteArray *data, ProjectError *error);

/// Parses JSON text that must hold an object; a syntax error names the line and column.
bool parseJsonObject(const QByteArray &data, const QString &path, QJsonObject *object, ProjectError *error);

/// The form every project JSON file is written in: UTF-8, LF, keys sorted (QJsonObject order), four
/// spaces of indentation, a final newline. Stable, so git diffs show only what changed.
QByteArray toProjectJson(const QJsonObject &object);

/// Hex SHA-256 of some bytes (content identities, change detection).
QString sha256Hex(const QByteArray &data);

} // namespace galley
