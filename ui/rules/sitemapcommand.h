// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/sitemap.h"

#include <QUndoCommand>
#include <functional>

namespace galley {

/// A merge or split of sites as one step of the Rules view's undo stack. The engine has written the
/// change before the command is pushed (RuleBook::mergeSites(), splitSite()); undo writes the merges and
/// splits as they were before, redo as they were after (RuleBook::restoreSiteMap() through `write`, which
/// also lists the sites again).
class SiteMapCommand : public QUndoCommand
{
public:
    using Write = std::function<void(const SiteMap &map)>;

    SiteMapCommand(const QString &text, const SiteMap &before, const SiteMap &after, Write write);

    void undo() override { m_write(m_before); }
    void redo() override;

private:
    SiteMap m_before;
    SiteMap m_after;
    Write m_write;
    bool m_done = true; ///< pushed after the engine wrote the change: the first redo has nothing to do
};

} // namespace galley
