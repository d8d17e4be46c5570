// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/inputfile.h"

#include "capture/filenames.h"

#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace galley {

namespace {

// Why a file of this type is not read, or empty when it is read.
QString refusalFor(mode_t mode)
{
    if (S_ISDIR(mode))
        return QStringLiteral("is a folder, not a capture file");
    if (S_ISCHR(mode))
        return QStringLiteral("is a character device, not a capture file; not read");
    if (S_ISBLK(mode))
        return QStringLiteral("is a block device, not a capture file; not read");
    if (S_ISSOCK(mode))
        return QStringLiteral("is a socket, not a capture file; not read");
    if (S_ISREG(mode) || S_ISFIFO(mode))
        return {};
    return QStringLiteral("is not a regular file; not read");
}

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

} // namespace

bool openCaptureInput(const QString &path, QFile *file, InputKind *kind, QString *error)
{
    *kind = InputKind::Refused;
    const QByteArray native = fileNameToBytes(path); // names are bytes (filenames.h)
    struct stat before = {};
    if (::stat(native.constData(), &before) != 0) {
        *error = QStringLiteral("cannot open: %1").arg(systemError(errno));
        return false;
    }
    *error = refusalFor(before.st_mode);
    if (!error->isEmpty())
        return false;
    // O_NONBLOCK only for the open itself: a FIFO without a writer would otherwise block here for ever.
    // It is cleared at once, so reads wait for a writer that is there and see the end once it is gone.
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        *error = QStringLiteral("cannot open: %1").arg(systemError(errno));
        return false;
    }
    struct stat opened = {};
    const int flags = ::fcntl(fd, F_GETFL);
    if (::fstat(fd, &opened) != 0 || flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0) {
        *error = QStringLiteral("cannot open: %1").arg(systemError(errno));
        ::close(fd);
        return false;
    }
    // The path may have been replaced between stat() and open(): judge what was actually opened.
    *error = refusalFor(opened.st_mode);
    if (!error->isEmpty()) {
        ::close(fd);
        return false;
    }
    file->setFileName(path);
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        *error = QStringLiteral("cannot open: %1").arg(file->errorString());
        ::close(fd);
        return false;
    }
    *kind = S_ISREG(opened.st_mode) ? InputKind::Regular : InputKind::Pipe;
    return true;
}

} // namespace galley
