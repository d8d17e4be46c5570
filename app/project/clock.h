// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace galley {

/// Where the project layer gets "now" from (created/modified stamps, journal times). Tests install a
/// clock of their own so stamps are predictable.
class Clock
{
public:
    virtual ~Clock() = default;
    /// The current time in UTC.
    virtual QDateTime now() const;

    /// The wall clock, shared; never null.
    static const Clock *system();
};

/// A clock that returns a set time until told otherwise (tests, benchmarks, reproducible imports).
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime time) : m_time(std::move(time)) {}
    QDateTime now() const override { return m_time; }
    void setTime(const QDateTime &time) { m_time = time; }
    void advance(qint64 msecs) { m_time = m_time.addMSecs(msecs); }

private:
    QDateTime m_time;
};

} // namespace galley
