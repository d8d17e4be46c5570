// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/unreadattributes.h"

namespace galley {

namespace {

char foldAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool startsWithNoCase(std::string_view name, std::string_view prefix)
{
    if (name.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (foldAscii(name[i]) != prefix[i])
            return false;
    }
    return true;
}

} // namespace

bool isUnreadByExtractors(std::string_view name)
{
    if (name.size() == 1)
        return foldAscii(name[0]) == 'd';
    if (name.size() > 2 && startsWithNoCase(name, "on"))
        return true;
    if (!startsWithNoCase(name, "data-"))
        return false;
    // The data attributes htmlimages.cpp reads: lazy loaders' image addresses and gallery captions.
    static constexpr std::string_view read[] = {"data-src", "data-lazy-src", "data-original",
                                                "data-url", "data-srcset",   "data-caption"};
    for (const std::string_view kept : read) {
        if (name.size() == kept.size() && startsWithNoCase(name, kept))
            return false;
    }
    return true;
}

} // namespace galley
