// SPDX-License-Identifier: GPL-3.0-or-later
// galley-window: the review window. `galley` with no subcommand starts it (main.cpp), so that the
// command line never loads the GUI libraries; started directly it opens the window the same way.
#include "mainwindow/application.h"

int main(int argc, char *argv[])
{
    return galley::runGui(argc, argv);
}
