// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>

namespace badinput {

/// How one run of the real `galley` binary went, measured by the kernel (wait4), not by a clock on a
/// loaded machine: CPU time and peak resident memory of the child alone.
struct ChildRun
{
    int exitCode = -1; ///< -1 when killed by a signal (then `signal` says which)
    int signal = 0;
    bool timedOut = false; ///< still running at the guard deadline, and killed
    QByteArray out;
    QString err;
    double cpuSeconds = 0; ///< user + system
    double peakMegabytes = 0;
    /// This process's resident size when it forked the child. Linux counts it in the child's peak
    /// (fork copies the resident pages, exec keeps the high-water mark), so peakMegabytes is galley's
    /// own only when this is below galley's footprint: the tests check it.
    double forkedFromMegabytes = 0;
    QString describe() const; ///< for failure messages
};

/// Feeds the child's standard input: called on a thread with the write end of a pipe; the end is
/// closed after it returns. Writes fail with EPIPE once the child stops reading, which is allowed.
using StdinWriter = std::function<void(int fd)>;

/// Runs the galley binary with `arguments`. Standard input is /dev/null, or a pipe fed by `writer`.
/// The deadline is a guard against a hang (the failure this suite looks for), not a measure: it is
/// minutes, far above any bound the tests assert.
ChildRun runGalley(const QStringList &arguments, const StdinWriter &writer = {}, int deadlineSeconds = 300);

/// Writes `total` bytes made of `unit` repeated (the last copy cut) to fd; stops quietly on EPIPE.
void writeRepeated(int fd, const QByteArray &unit, qint64 total);

/// Bounds are scaled for the sanitizer build, which is several times slower and bigger.
double cpuScale();
double memoryScale();
/// Input sizes are divided by this in the sanitizer build, so the suite stays within minutes.
int sizeDivisor();
/// The most this process may hold when it forks galley for a measured run (ChildRun::forkedFromMegabytes).
double forkedFromBound();

} // namespace badinput
