// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exporter.h"

#include <QIODevice>

namespace galley {

bool writeAll(QIODevice *device, const QByteArray &data, QString *error)
{
    if (device->write(data) == data.size())
        return true;
    if (error)
        *error = device->errorString().isEmpty() ? QStringLiteral("could not write the output")
                                                 : device->errorString();
    return false;
}

bool ExportMonitor::proceed(QString *error) const
{
    if (!isCancelled())
        return true;
    if (error)
        *error = cancelledMessage();
    return false;
}

QString cancelledMessage()
{
    return QStringLiteral("cancelled");
}

} // namespace galley
