// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/application.h"

#include "mainwindow/mainwindow.h"
#include "mainwindow/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>

namespace galley {

int runGui(int argc, char *argv[])
{
    // Qt 6 scales for HiDPI by itself; fractional factors (1.25, 1.5) are passed through rather than
    // rounded, so text and icons keep their intended size on laptop screens.
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("galley"));
    QApplication::setApplicationDisplayName(QStringLiteral("Galley"));
    QApplication::setOrganizationName(QStringLiteral("Galley"));
    QApplication::setApplicationVersion(QStringLiteral(GALLEY_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("galley"));
    QIcon icon;
    for (int size : {32, 64, 128, 256})
        icon.addFile(QStringLiteral(":/galley/icons/galley-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    installTranslations(QLocale()); // the system locale (LANG, LC_ALL, LC_MESSAGES)

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Review news-page captures and correct their extraction."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QApplication::translate("main", "Captures or a project."),
                                 QStringLiteral("[PATH...]"));
    parser.process(app);

    MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openPaths(parser.positionalArguments());
    else
        window.reopenLastProject();
    return app.exec();
}

} // namespace galley
