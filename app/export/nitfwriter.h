// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/reviewrecord.h"

class QXmlStreamWriter;

namespace galley {

/// The NITF 3.6 namespace (http://iptc.org/std/NITF/2006-10-18/).
inline constexpr char16_t kNitfNamespace[] = u"http://iptc.org/std/NITF/2006-10-18/";

/// Writes the corrected article as one NITF 3.6 <nitf> element (valid against nitf-3-6.xsd): head with
/// title and doc-id, body.head with hedline, byline, distributor (the credit) and dateline, body.content
/// with the blocks and the pictures as <media> with caption and producer (the photo credit).
void writeNitf(QXmlStreamWriter &xml, const ReviewRecord &record);

} // namespace galley
