// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/application.h"

#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

namespace galley {

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("galley"));
    QApplication::setApplicationDisplayName(QStringLiteral("Galley"));
    QApplication::setOrganizationName(QStringLiteral("Galley"));
    QApplication::setApplicationVersion(QStringLiteral(GALLEY_VERSION_STRING));

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PATH"), QApplication::translate("main", "Captures or a project."),
                                 QStringLiteral("[PATH...]"));
    parser.process(app);

    MainWindow window;
    window.show();
    window.openPaths(parser.positionalArguments());
    return app.exec();
}

} // namespace galley
