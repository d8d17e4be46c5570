// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/fileaccess.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace galley {

QString systemErrorText(int errnum)
{
    char buffer[256];
    // GNU strerror_r returns the message (possibly not in buffer); it never fails.
    const char *text = ::strerror_r(errnum, buffer, sizeof buffer);
    return QString::fromLocal8Bit(text);
}

bool makeFolders(const QString &path, QString *error)
{
    const auto refuse = [error](int errnum) {
        if (error)
            *error = QStringLiteral("cannot create folder: ") + systemErrorText(errnum);
        return false;
    };
    const QByteArray encoded = QFile::encodeName(path);
    for (qsizetype from = 1; from <= encoded.size(); ++from) {
        if (from < encoded.size() && encoded.at(from) != '/')
            continue;
        const QByteArray prefix = encoded.left(from);
        if (::mkdir(prefix.constData(), 0777) != 0 && errno != EEXIST)
            return refuse(errno);
        struct stat st;
        if (::stat(prefix.constData(), &st) != 0)
            return refuse(errno);
        if (!S_ISDIR(st.st_mode))
            return refuse(ENOTDIR);
    }
    return true;
}

bool openRegularFile(QFile *file, const QString &path, QString *error)
{
    const auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // O_NONBLOCK: opening a FIFO planted in the project must not hang; it is refused below anyway.
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const int e = errno;
        refuse(e == ELOOP ? linkRefusedMessage() : QStringLiteral("cannot read: ") + systemErrorText(e));
        errno = e; // callers tell a missing file (ENOENT) from an unreadable one
        return false;
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return refuse(QStringLiteral("not a regular file"));
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return refuse(QStringLiteral("cannot read: ") + file->errorString());
    }
    return true;
}

bool isSymbolicLink(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISLNK(st.st_mode);
}

QString linkRefusedMessage()
{
    return QStringLiteral("is a symbolic link; Galley never follows links inside a project (it could lead "
                          "out of the project folder): replace it with the file or folder itself");
}

} // namespace galley
