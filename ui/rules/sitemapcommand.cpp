// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/sitemapcommand.h"

namespace galley {

SiteMapCommand::SiteMapCommand(const QString &text, const SiteMap &before, const SiteMap &after, Write write)
    : QUndoCommand(text), m_before(before), m_after(after), m_write(std::move(write))
{}

void SiteMapCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    m_write(m_after);
}

} // namespace galley
