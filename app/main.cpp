// SPDX-License-Identifier: GPL-3.0-or-later
// The galley executable: headless subcommands run on QCoreApplication (no display needed); anything
// else opens the review window.
#include "batch/batchcommand.h"
#include "mainwindow/application.h"

#include <QCoreApplication>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (galley::isBatchInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("galley"));
        QCoreApplication::setApplicationVersion(QStringLiteral(GALLEY_VERSION_STRING));
        return galley::runBatch(arguments);
    }
    return galley::runGui(argc, argv);
}
