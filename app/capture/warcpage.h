// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capture.h"
#include "capture/warcreader.h"

namespace galley {

/// Whether a WARC record is a page Galley reads. Response records of HTML or text pages with a 2xx status,
/// and resource records of HTML or text, are pages; requests, revisits, metadata, warcinfo, redirects,
/// error pages and non-text payloads (images, scripts, styles) are not.
enum class WarcPageResult { Page, NotAPage, Error };

/// Turns a record read with its block into the page's CaptureData (bytes undecoded from HTTP transfer and
/// content codings, kind, url, capture time, record offset) plus the transport charset label. On Error,
/// *error says what is wrong with the record.
WarcPageResult warcRecordToPage(const WarcRecord &record, CaptureData *data, QByteArray *charsetLabel,
                                QString *error);

/// Whether the reader should read this record's block at all (response and resource records).
bool isCandidatePageRecord(const WarcRecord &record);

} // namespace galley
