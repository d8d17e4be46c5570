// SPDX-License-Identifier: GPL-3.0-or-later
// The galley executable: headless subcommands run on QCoreApplication (no display needed); anything
// else opens the review window.
#include "batch/batchcommand.h"
#include "capture/filenames.h"
#include "mainwindow/application.h"

#include <QCoreApplication>
#include <cstdio>
#include <memory>

namespace {

// Without a display Qt stops with a multi-line platform-plugin message and abort() (exit 134); say it
// in one line instead. A chosen platform (QT_QPA_PLATFORM=offscreen, vnc, ...) is the user's call.
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(galley::fileNameFromBytes(argv[i])); // names are bytes: kept losslessly

    if (galley::isBatchInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("galley"));
        QCoreApplication::setApplicationVersion(QStringLiteral(GALLEY_VERSION_STRING));
        return galley::runBatch(arguments);
    }
    if (!hasDisplay()) {
        std::fputs("galley: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); the "
                   "command line works without one: galley --help\n",
                   stderr);
        return galley::ExitNoDisplay;
    }
    return galley::runGui(argc, argv);
}
