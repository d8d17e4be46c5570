// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/clock.h"

namespace galley {

QDateTime Clock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock *Clock::system()
{
    static const Clock clock;
    return &clock;
}

} // namespace galley
