// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/formatsniffer.h"

#include <QtGlobal>

namespace galley::capturelimits {

/// A page (after transfer and content encodings are undone) larger than this is refused with an error.
/// News pages are well under 5 MB; 64 MB leaves room for inlined images while keeping one page's
/// bytes + UTF-16 text under ~200 MB, the memory budget of a batch run. See docs/captures.md.
inline constexpr qint64 maxPageBytes = 64LL * 1024 * 1024;

/// An MHTML file is read whole (its parts are addressed by boundary), so it gets its own bound: the
/// root page plus the images saved with it.
inline constexpr qint64 maxMhtmlBytes = 256LL * 1024 * 1024;

/// A header block (WARC record, HTTP response, MIME part) longer than this is malformed.
inline constexpr qsizetype maxHeaderBytes = 256 * 1024;

/// The most bytes of one capture read whole: an MHTML file has its own bound, every other page the page
/// limit. Archives (WARC) are streamed record by record and have none.
inline qint64 wholeReadLimit(SniffedFormat format)
{
    return format == SniffedFormat::Mhtml ? maxMhtmlBytes : maxPageBytes;
}

} // namespace galley::capturelimits
