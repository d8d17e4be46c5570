// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/xmlhelpers.h"

#include "export/exportfields.h"

#include <QStringList>
#include <QXmlStreamWriter>

namespace galley {

void writeText(QXmlStreamWriter &xml, const QString &name, const QString &text)
{
    xml.writeTextElement(name, exportfields::xmlSafe(text));
}

void writeTextWithBreaks(QXmlStreamWriter &xml, const QString &name, const QString &text)
{
    xml.writeStartElement(name);
    const QStringList lines = exportfields::xmlSafe(text).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            xml.writeEmptyElement(QStringLiteral("br"));
        xml.writeCharacters(lines.at(i));
    }
    xml.writeEndElement();
}

} // namespace galley
