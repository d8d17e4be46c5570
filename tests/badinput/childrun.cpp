// SPDX-License-Identifier: GPL-3.0-or-later
#include "childrun.h"

#include "testpaths.h"

#include <QFile>
#include <QTemporaryFile>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <limits>
#include <poll.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace badinput {

QString ChildRun::describe() const
{
    return QStringLiteral("exit %1 signal %2%3, %4 s CPU, %5 MB peak (forked from %6 MB); stderr: %7")
        .arg(exitCode)
        .arg(signal)
        .arg(timedOut ? QStringLiteral(" (timed out)") : QString())
        .arg(cpuSeconds, 0, 'f', 2)
        .arg(peakMegabytes, 0, 'f', 1)
        .arg(forkedFromMegabytes, 0, 'f', 1)
        .arg(err.left(600));
}

double cpuScale()
{
#ifdef GALLEY_BADINPUT_SANITIZED
    return 6.0;
#else
    return 1.0;
#endif
}

double memoryScale()
{
#ifdef GALLEY_BADINPUT_SANITIZED
    return 3.0;
#else
    return 1.0;
#endif
}

int sizeDivisor()
{
#ifdef GALLEY_BADINPUT_SANITIZED
    return 8;
#else
    return 1;
#endif
}

double forkedFromBound()
{
#ifdef GALLEY_BADINPUT_SANITIZED
    // The sanitizer keeps this process's freed memory in quarantine (hundreds of MB), so there a
    // child's figure includes it and only the scaled bounds are checked.
    return std::numeric_limits<double>::infinity();
#else
    // galley alone starts at ~17 MB and a page near the limit costs it hundreds, so a parent this small
    // cannot lift the figure.
    return 64.0;
#endif
}

void writeRepeated(int fd, const QByteArray &unit, qint64 total)
{
    QByteArray block;
    while (block.size() < (1 << 20))
        block += unit;
    qint64 written = 0;
    while (written < total) {
        const qint64 n = qMin<qint64>(block.size(), total - written);
        const ssize_t w = ::write(fd, block.constData(), size_t(n));
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return; // the reader is gone (EPIPE): it stopped reading, as it may
        written += w;
    }
}

namespace {

// VmRSS of this process, from /proc/self/status.
double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

ChildRun runGalley(const QStringList &arguments, const StdinWriter &writer, int deadlineSeconds)
{
    ChildRun run;
    QTemporaryFile out;
    QTemporaryFile err;
    if (!out.open() || !err.open())
        return run;
    int stdinPipe[2] = {-1, -1};
    if (writer && ::pipe2(stdinPipe, O_CLOEXEC) != 0)
        return run;
    ::signal(SIGPIPE, SIG_IGN);

    std::vector<QByteArray> args{galley::test::galleyBinary().toLocal8Bit()};
    for (const QString &a : arguments)
        args.push_back(QFile::encodeName(a));
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    run.forkedFromMegabytes = residentMegabytes();
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int in = writer ? stdinPipe[0] : ::open("/dev/null", O_RDONLY);
        ::dup2(in, 0);
        ::dup2(out.handle(), 1);
        ::dup2(err.handle(), 2);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    std::thread feeder;
    if (writer) {
        ::close(stdinPipe[0]);
        const int fd = stdinPipe[1];
        feeder = std::thread([writer, fd] {
            writer(fd);
            ::close(fd);
        });
    }
    // Wait for the child, with a guard deadline (a pidfd becomes readable when the child exits).
    const int pidfd = int(::syscall(SYS_pidfd_open, pid, 0));
    if (pidfd >= 0) {
        pollfd p{pidfd, POLLIN, 0};
        int ready = 0;
        do
            ready = ::poll(&p, 1, deadlineSeconds * 1000);
        while (ready < 0 && errno == EINTR);
        if (ready == 0) {
            run.timedOut = true;
            ::kill(pid, SIGKILL);
        }
        ::close(pidfd);
    }
    int status = 0;
    rusage usage = {};
    while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    if (feeder.joinable())
        feeder.join();
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    run.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                     double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    run.peakMegabytes = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    out.seek(0);
    err.seek(0);
    run.out = out.readAll();
    run.err = QString::fromUtf8(err.readAll());
    return run;
}

} // namespace badinput
