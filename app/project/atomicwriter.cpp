// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/atomicwriter.h"

#include "capture/filenames.h"

#include <QFile>
#include <QRandomGenerator>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace galley {

namespace {

// Six characters, like QSaveFile's and mkstemp's templates, so the crash sweeps recognise leftovers.
QByteArray randomSuffix()
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray out(".XXXXXX");
    for (int i = 1; i < out.size(); ++i)
        out[i] = kAlphabet[QRandomGenerator::global()->bounded(int(sizeof kAlphabet - 1))];
    return out;
}

} // namespace

AtomicWriter::AtomicWriter(QString path, Durability durability)
    : m_path(std::move(path)), m_durability(durability)
{}

AtomicWriter::~AtomicWriter()
{
    cancel();
}

bool AtomicWriter::failWith(const char *what, int errnum)
{
    m_errno = errnum;
    m_error = QLatin1String(what) + QStringLiteral(": ") + systemErrorText(errnum);
    setErrorString(m_error);
    return false;
}

bool AtomicWriter::open(OpenMode mode)
{
    cancel();
    if ((mode & ReadOnly) || (mode & Append))
        return failWith("cannot open", EINVAL);
    m_error.clear();
    m_errno = 0;
    const QByteArray target = fileNameToBytes(m_path);
    struct stat existing;
    const bool replacing = ::lstat(target.constData(), &existing) == 0 && S_ISREG(existing.st_mode);
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QByteArray name = target + randomSuffix();
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            return failWith("cannot create", errno);
        }
        m_fd = fd;
        m_tempName = name;
        if (replacing && ::fchmod(fd, existing.st_mode & 07777) != 0) {
            const int e = errno;
            cancel();
            return failWith("cannot set permissions", e);
        }
        QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
        return true;
    }
    return failWith("cannot create", EEXIST);
}

qint64 AtomicWriter::writeData(const char *data, qint64 size)
{
    if (m_fd < 0 || m_errno != 0)
        return -1;
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::write(m_fd, data + done, size_t(size - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            // write(2) returns 0 only for a zero-length request; treat it as a full device.
            failWith("cannot write", n < 0 ? errno : ENOSPC);
            return -1;
        }
        done += n;
    }
    return done;
}

bool AtomicWriter::commit()
{
    if (m_fd < 0) {
        if (m_errno == 0)
            failWith("cannot save", EBADF);
        return false;
    }
    if (m_errno != 0) {
        cancel();
        return false;
    }
    const auto abandon = [this](const char *what) {
        const int e = errno;
        cancel();
        return failWith(what, e);
    };
    if (m_mode >= 0 && ::fchmod(m_fd, mode_t(m_mode)) != 0)
        return abandon("cannot set permissions");
    if (m_durability == Durability::Synced && ::fsync(m_fd) != 0)
        return abandon("cannot write");
    // close(2) can report a delayed write error (NFS, some FUSE file systems): not a success then.
    const int fd = std::exchange(m_fd, -1);
    if (::close(fd) != 0) {
        const int e = errno;
        cancel();
        return failWith("cannot write", e);
    }
    const QByteArray target = fileNameToBytes(m_path);
    if (::rename(m_tempName.constData(), target.constData()) != 0)
        return abandon("cannot save");
    m_tempName.clear();
    QIODevice::close();
    return true;
}

bool AtomicWriter::commitAs(const QString &target)
{
    m_path = target;
    return commit();
}

void AtomicWriter::cancel()
{
    if (m_fd >= 0)
        ::close(std::exchange(m_fd, -1));
    if (!m_tempName.isEmpty())
        ::unlink(std::exchange(m_tempName, {}).constData());
    if (isOpen())
        QIODevice::close();
}

} // namespace galley
