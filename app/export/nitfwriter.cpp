// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/nitfwriter.h"

#include "export/exportfields.h"
#include "export/xmlhelpers.h"

#include <QXmlStreamWriter>

namespace galley {

using namespace exportfields;

namespace {

void writeBlocks(QXmlStreamWriter &xml, const QList<BodyBlock> &body)
{
    bool inList = false;
    for (const BodyBlock &block : body) {
        if (inList && block.kind != BlockKind::ListItem) {
            xml.writeEndElement(); // ul
            inList = false;
        }
        switch (block.kind) {
        case BlockKind::Paragraph:
            writeTextWithBreaks(xml, QStringLiteral("p"), block.text);
            break;
        case BlockKind::Heading:
            writeTextWithBreaks(xml, QStringLiteral("hl2"), block.text);
            break;
        case BlockKind::ListItem:
            if (!inList)
                xml.writeStartElement(QStringLiteral("ul"));
            inList = true;
            writeTextWithBreaks(xml, QStringLiteral("li"), block.text);
            break;
        case BlockKind::Quote:
            xml.writeStartElement(QStringLiteral("bq"));
            xml.writeStartElement(QStringLiteral("block"));
            writeTextWithBreaks(xml, QStringLiteral("p"), block.text);
            xml.writeEndElement();
            xml.writeEndElement();
            break;
        case BlockKind::Preformatted:
        case BlockKind::Table: // tables arrive as text rows; <pre> keeps them legible
            writeText(xml, QStringLiteral("pre"), block.text);
            break;
        }
    }
    if (inList)
        xml.writeEndElement();
}

void writeMedia(QXmlStreamWriter &xml, const Image &image)
{
    xml.writeStartElement(QStringLiteral("media"));
    xml.writeAttribute(QStringLiteral("media-type"), QStringLiteral("image"));
    // NITF requires a media-reference; for a picture known only by its caption it stays without source.
    xml.writeEmptyElement(QStringLiteral("media-reference"));
    if (!image.src.isEmpty())
        xml.writeAttribute(QStringLiteral("source"), xmlSafe(image.src));
    if (!image.caption.isEmpty())
        writeTextWithBreaks(xml, QStringLiteral("media-caption"), image.caption);
    if (!image.credit.isEmpty())
        writeText(xml, QStringLiteral("media-producer"), image.credit);
    xml.writeEndElement();
}

} // namespace

void writeNitf(QXmlStreamWriter &xml, const ReviewRecord &record)
{
    const Article &a = record.corrected;
    // Declared as an attribute: writeDefaultNamespace() here would land on the still-open parent tag.
    xml.writeStartElement(QStringLiteral("nitf"));
    xml.writeAttribute(QStringLiteral("xmlns"), QString::fromUtf16(kNitfNamespace));

    xml.writeStartElement(QStringLiteral("head"));
    if (!a.headline.isEmpty())
        writeText(xml, QStringLiteral("title"), a.headline);
    xml.writeStartElement(QStringLiteral("docdata"));
    xml.writeEmptyElement(QStringLiteral("doc-id"));
    xml.writeAttribute(QStringLiteral("id-string"), articleId(record));
    if (const QString holder = copyrightHolder(a); !holder.isEmpty()) {
        xml.writeEmptyElement(QStringLiteral("doc.copyright"));
        xml.writeAttribute(QStringLiteral("holder"), xmlSafe(holder));
    }
    xml.writeEndElement(); // docdata
    xml.writeEndElement(); // head

    xml.writeStartElement(QStringLiteral("body"));
    xml.writeStartElement(QStringLiteral("body.head"));
    if (!a.headline.isEmpty()) {
        xml.writeStartElement(QStringLiteral("hedline"));
        writeTextWithBreaks(xml, QStringLiteral("hl1"), a.headline);
        xml.writeEndElement();
    }
    if (!a.bylines.isEmpty()) {
        xml.writeStartElement(QStringLiteral("byline"));
        for (qsizetype i = 0; i < a.bylines.size(); ++i) {
            if (i > 0)
                xml.writeCharacters(QStringLiteral(", "));
            writeText(xml, QStringLiteral("person"), a.bylines.at(i));
        }
        xml.writeEndElement();
    }
    if (!a.credit.isEmpty()) {
        xml.writeStartElement(QStringLiteral("distributor"));
        writeText(xml, QStringLiteral("org"), a.credit);
        xml.writeEndElement();
    }
    if (!a.dateline.isEmpty()) {
        // The place is marked up as <location> inside the dateline text as printed.
        const QString place = datelinePlace(a.dateline);
        const qsizetype at = place.isEmpty() ? -1 : a.dateline.indexOf(place);
        xml.writeStartElement(QStringLiteral("dateline"));
        if (at < 0) {
            xml.writeCharacters(xmlSafe(a.dateline));
        } else {
            xml.writeCharacters(xmlSafe(a.dateline.left(at)));
            writeText(xml, QStringLiteral("location"), place);
            xml.writeCharacters(xmlSafe(a.dateline.mid(at + place.size())));
        }
        xml.writeEndElement();
    }
    xml.writeEndElement(); // body.head

    xml.writeStartElement(QStringLiteral("body.content"));
    for (const Image &image : a.images)
        writeMedia(xml, image);
    writeBlocks(xml, a.body);
    xml.writeEndElement(); // body.content
    xml.writeEndElement(); // body
    xml.writeEndElement(); // nitf
}

} // namespace galley
