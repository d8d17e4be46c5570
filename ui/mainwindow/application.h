// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace galley {

/// Creates the QApplication and the main window, opening the paths given on the command line.
int runGui(int argc, char *argv[]);

} // namespace galley
