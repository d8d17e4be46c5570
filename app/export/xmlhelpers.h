// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QXmlStreamWriter;

namespace galley {

/// <name>text</name>, with code points XML forbids removed.
void writeText(QXmlStreamWriter &xml, const QString &name, const QString &text);
/// Like writeText(), but each line break becomes an empty <br/> element (NITF's break).
void writeTextWithBreaks(QXmlStreamWriter &xml, const QString &name, const QString &text);

} // namespace galley
