// SPDX-License-Identifier: GPL-3.0-or-later
// A small tmpfs mounted for one test: a real file system that fills up (ENOSPC) or turns read-only
// (EROFS), to test what Galley does when the system refuses a write. Mounting needs root (CI runs as
// root); otherwise skipReason() says why and the test QSKIPs.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

namespace galley::test {

class ScratchMount
{
public:
    explicit ScratchMount(qint64 bytes)
    {
        if (::geteuid() != 0) {
            m_skip = "needs root to mount a tmpfs (CI runs as root)";
            return;
        }
        const QByteArray point = QFile::encodeName(m_dir.path());
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
        if (::mount("tmpfs", point.constData(), "tmpfs", 0, options.constData()) != 0) {
            m_skip = QByteArray("cannot mount a tmpfs: ") + std::strerror(errno);
            return;
        }
        m_mounted = true;
    }
    ~ScratchMount()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    ScratchMount(const ScratchMount &) = delete;
    ScratchMount &operator=(const ScratchMount &) = delete;

    /// Empty when mounted; otherwise why not (for QSKIP).
    const char *skipReason() const { return m_mounted ? nullptr : m_skip.constData(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    /// Fills the file system with one file of zeros until the kernel says ENOSPC; true when it did.
    bool fill()
    {
        const int fd =
            ::open(QFile::encodeName(fillerPath()).constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (fd < 0)
            return false;
        const QByteArray block(4096, '\0');
        int lastErrno = 0;
        while (true) {
            const ssize_t n = ::write(fd, block.constData(), size_t(block.size()));
            if (n <= 0) {
                lastErrno = errno;
                break;
            }
        }
        ::close(fd);
        return lastErrno == ENOSPC;
    }
    /// Frees `bytes` of the filler again (a "nearly full" disk).
    bool release(qint64 bytes)
    {
        QFile filler(fillerPath());
        return filler.resize(qMax<qint64>(0, filler.size() - bytes));
    }
    /// Removes the filler: room again.
    bool empty() { return QFile::remove(fillerPath()); }
    bool remountReadOnly()
    {
        return ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_REMOUNT | MS_RDONLY,
                       nullptr) == 0;
    }

private:
    QString fillerPath() const { return m_dir.filePath(QStringLiteral(".filler")); }

    QTemporaryDir m_dir;
    bool m_mounted = false;
    QByteArray m_skip;
};

} // namespace galley::test
