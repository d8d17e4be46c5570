// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/captureerror.h"
#include "project/projecterror.h"

#include <QList>
#include <QString>

namespace galley {

/// Something the engine could not do, as the Problems panel lists it: the file, the place in it and the
/// reason, all from the engine's own error (a capture that failed to import, a record file that could
/// not be read); the window adds nothing but the origin.
struct Problem
{
    enum Origin { Import, Record };

    Origin origin = Import;
    QString path;  ///< the file concerned, absolute
    QString where; ///< e.g. "line 3, column 7"; empty when it concerns the whole file
    QString reason;

    static Problem from(Origin origin, const ProjectError &error)
    {
        return {origin, error.path, error.where, error.message};
    }
    static Problem from(Origin origin, const CaptureError &error)
    {
        return {origin, error.path, error.where, error.message};
    }
    /// "PATH: WHERE: REASON", as `galley` prints it.
    QString toString() const
    {
        return where.isEmpty() ? path + QStringLiteral(": ") + reason
                               : path + QStringLiteral(": ") + where + QStringLiteral(": ") + reason;
    }
    bool operator==(const Problem &) const = default;
};

} // namespace galley
