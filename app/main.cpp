// SPDX-License-Identifier: GPL-3.0-or-later
// The galley executable: headless subcommands run here on QCoreApplication; anything else is the review
// window, which runs in galley-window beside this binary (windowmain.cpp).
//
// This binary links the engine alone (QtCore, no QtGui/QtWidgets and their ~35 libraries): Debian's Qt
// libraries are linked with -z now, so every library loaded is a library whose symbols are all bound
// before main(). Without the GUI ones a process starts in about a third of the CPU time
// (docs/benchmarks.md, issue 19 session 8), which is most of what a short `galley extract` costs.
#include "batch/batchcommand.h"
#include "capture/filenames.h"

#include <QCoreApplication>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

namespace {

// Without a display Qt stops with a multi-line platform-plugin message and abort() (exit 134); say it
// in one line instead. A chosen platform (QT_QPA_PLATFORM=offscreen, vnc, ...) is the user's call.
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// galley-window: beside this executable in the build folder, else where the installation puts it
// (GALLEY_INSTALLED_WINDOW, relative to the installed galley: ../libexec/galley/galley-window).
std::string windowExecutable()
{
    char self[4096];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0)
        return "galley-window";
    const std::string path(self, size_t(n));
    const std::string folder = path.substr(0, path.rfind('/') + 1);
    const std::string beside = folder + "galley-window";
    return access(beside.c_str(), X_OK) == 0 ? beside : folder + GALLEY_INSTALLED_WINDOW;
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
    // The same arguments, argv[0] included: the window calls itself "galley".
    const std::string window = windowExecutable();
    execv(window.c_str(), argv);
    std::fprintf(stderr, "galley: cannot start the window program %s: %s\n", window.c_str(),
                 std::strerror(errno));
    return galley::ExitFailure;
}
