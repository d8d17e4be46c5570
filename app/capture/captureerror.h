// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace galley {

/// A problem with one capture file, naming the file and the place ("record 3, byte 81920").
struct CaptureError
{
    QString path;
    QString where; ///< empty when the problem concerns the whole file
    QString message;
    /// A warning: the page was still read (e.g. bytes replaced by U+FFFD), so it is no failure; a script
    /// makes it one with --strict.
    bool warning = false;

    /// "PATH: WHERE: MESSAGE", the form `galley` prints after "galley: ".
    QString toString() const
    {
        return where.isEmpty() ? path + QStringLiteral(": ") + message
                               : path + QStringLiteral(": ") + where + QStringLiteral(": ") + message;
    }
};

} // namespace galley
