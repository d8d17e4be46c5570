// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace galley {

/// A problem with a project file, naming the file and the place, as a value (never an exception).
struct ProjectError
{
    enum Kind {
        Io,           ///< the operating system refused (permissions, disk full, missing folder)
        Corrupt,      ///< the file is not valid JSON or not a valid record/manifest
        NewerVersion, ///< written by a newer Galley; left untouched
        Conflict,     ///< the file changed on disk since it was loaded; nothing was written
        ReadOnly,     ///< the project is open read-only (another instance holds the lock)
        NotFound,     ///< no such record, journal or project
        Invalid,      ///< the caller passed something unusable (an id that is no capture identity)
    };

    Kind kind = Io;
    QString path;  ///< the file concerned, absolute
    QString where; ///< e.g. "line 3, column 7", empty when the problem concerns the whole file
    QString message;
    /// A warning (the page was imported, with damage noted), not a failure.
    bool warning = false;

    /// "PATH: WHERE: MESSAGE", the form `galley` prints after "galley: ".
    QString toString() const
    {
        return where.isEmpty() ? path + QStringLiteral(": ") + message
                               : path + QStringLiteral(": ") + where + QStringLiteral(": ") + message;
    }
};

/// Stores `error` in *out when out is non-null; returns false so callers can `return fail(...)`.
inline bool fail(ProjectError *out, ProjectError error)
{
    if (out)
        *out = std::move(error);
    return false;
}

} // namespace galley
