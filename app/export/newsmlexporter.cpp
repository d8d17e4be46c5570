// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/newsmlexporter.h"

#include "export/exportfields.h"
#include "export/nitfwriter.h"
#include "export/xmlhelpers.h"
#include "extract/common/imageurl.h"
#include "record/fieldform.h"

#include <QXmlStreamWriter>

namespace galley {

using namespace exportfields;

namespace {

// IPTC's catalog resolves ninat:, stat:, irel:, drol:. Roles of creators, contributors and info sources
// have no IPTC scheme Galley can rely on, so the item declares its own "galrole" scheme inline.
const QString kIptcCatalog =
    QStringLiteral("http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml");
const QString kRoleAlias = QStringLiteral("galrole");
const QString kRoleScheme = QStringLiteral("urn:galley:cv:role:");
// Used only when no exported record carries any time at all, so that the output never depends on a clock.
const QString kNoTime = QStringLiteral("1970-01-01T00:00:00Z");

QString pubStatus(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Reviewed:
        return QStringLiteral("stat:usable");
    case ReviewStatus::Rejected:
        return QStringLiteral("stat:canceled");
    case ReviewStatus::New:
    case ReviewStatus::InReview:
    case ReviewStatus::NeedsAttention:
        break;
    }
    return QStringLiteral("stat:withheld");
}

/// "additional reporting" -> "galrole:additional-reporting": a QCode may not contain white space.
QString roleQcode(const QString &role)
{
    QString code;
    for (const QChar c : role.toLower()) {
        if (c.isLetterOrNumber())
            code += c;
        else if (!code.isEmpty() && !code.endsWith(QLatin1Char('-')))
            code += QLatin1Char('-');
    }
    if (code.endsWith(QLatin1Char('-')))
        code.chop(1);
    return kRoleAlias + QLatin1Char(':') + (code.isEmpty() ? QStringLiteral("contributor") : code);
}

void writeParty(QXmlStreamWriter &xml, const QString &element, const QString &role, const QString &name)
{
    xml.writeStartElement(element);
    xml.writeAttribute(QStringLiteral("role"), role);
    writeText(xml, QStringLiteral("name"), name);
    xml.writeEndElement();
}

QString itemVersionCreated(const ReviewRecord &record)
{
    const QString v = versionCreated(record);
    return v.isEmpty() ? kNoTime : v;
}

// The parts every item starts with: identity, catalogs, rights.
void startItem(QXmlStreamWriter &xml, const QString &guid, const Article &article)
{
    xml.writeStartElement(QStringLiteral("newsItem"));
    xml.writeAttribute(QStringLiteral("guid"), guid);
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("standard"), QStringLiteral("NewsML-G2"));
    xml.writeAttribute(QStringLiteral("standardversion"), QStringLiteral("2.35"));
    xml.writeAttribute(QStringLiteral("conformance"), QStringLiteral("power"));
    xml.writeEmptyElement(QStringLiteral("catalogRef"));
    xml.writeAttribute(QStringLiteral("href"), kIptcCatalog);
    xml.writeStartElement(QStringLiteral("catalog"));
    xml.writeEmptyElement(QStringLiteral("scheme"));
    xml.writeAttribute(QStringLiteral("alias"), kRoleAlias);
    xml.writeAttribute(QStringLiteral("uri"), kRoleScheme);
    xml.writeEndElement();
    if (const QString holder = copyrightHolder(article); !holder.isEmpty()) {
        xml.writeStartElement(QStringLiteral("rightsInfo"));
        xml.writeStartElement(QStringLiteral("copyrightHolder"));
        writeText(xml, QStringLiteral("name"), holder);
        xml.writeEndElement();
        xml.writeEndElement();
    }
}

void writeItemMeta(QXmlStreamWriter &xml, const ReviewRecord &record, const QString &itemClass,
                   const QStringList &links)
{
    xml.writeStartElement(QStringLiteral("itemMeta"));
    xml.writeEmptyElement(QStringLiteral("itemClass"));
    xml.writeAttribute(QStringLiteral("qcode"), itemClass);
    xml.writeEmptyElement(QStringLiteral("provider"));
    xml.writeAttribute(QStringLiteral("literal"), QStringLiteral("galley"));
    xml.writeTextElement(QStringLiteral("versionCreated"), itemVersionCreated(record));
    if (const QString first = rfc3339(record.corrected.published); !first.isEmpty())
        xml.writeTextElement(QStringLiteral("firstCreated"), first);
    xml.writeEmptyElement(QStringLiteral("pubStatus"));
    xml.writeAttribute(QStringLiteral("qcode"), pubStatus(record.status));
    writeText(xml, QStringLiteral("edNote"), QStringLiteral("Galley review: ") + reviewSummary(record));
    for (const QString &link : links) {
        xml.writeEmptyElement(QStringLiteral("link"));
        xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("irel:seeAlso"));
        xml.writeAttribute(QStringLiteral("residref"), link);
    }
    if (!record.source.url.isEmpty()) {
        xml.writeEmptyElement(QStringLiteral("link"));
        xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("irel:seeAlso"));
        xml.writeAttribute(QStringLiteral("href"), xmlSafe(record.source.url));
        xml.writeAttribute(QStringLiteral("contenttype"), QStringLiteral("text/html"));
    }
    xml.writeEndElement();
}

void writeTextItem(QXmlStreamWriter &xml, const ReviewRecord &record)
{
    const Article &a = record.corrected;
    startItem(xml, articleUri(record), a);
    QStringList pictures;
    for (qsizetype i = 0; i < a.images.size(); ++i)
        pictures.append(pictureUri(record, i));
    writeItemMeta(xml, record, QStringLiteral("ninat:text"), pictures);

    xml.writeStartElement(QStringLiteral("contentMeta"));
    // contentCreated takes a truncated date-time, so a date alone is fine here.
    if (!a.published.isEmpty())
        writeText(xml, QStringLiteral("contentCreated"), a.published);
    if (const QString place = datelinePlace(a.dateline); !place.isEmpty()) {
        xml.writeStartElement(QStringLiteral("located"));
        writeText(xml, QStringLiteral("name"), place);
        xml.writeEndElement();
    }
    if (!a.credit.isEmpty())
        writeParty(xml, QStringLiteral("infoSource"), kRoleAlias + QStringLiteral(":source"), a.credit);
    if (!a.publisher.isEmpty())
        writeParty(xml, QStringLiteral("infoSource"), kRoleAlias + QStringLiteral(":publisher"), a.publisher);
    for (const QString &byline : a.bylines)
        writeParty(xml, QStringLiteral("creator"), kRoleAlias + QStringLiteral(":author"), byline);
    for (const Contributor &c : a.contributors)
        writeParty(xml, QStringLiteral("contributor"), roleQcode(c.role), c.name);
    if (!a.headline.isEmpty())
        writeText(xml, QStringLiteral("headline"), a.headline);
    if (!a.dateline.isEmpty())
        writeText(xml, QStringLiteral("dateline"), a.dateline);
    if (!a.bylines.isEmpty())
        writeText(xml, QStringLiteral("by"), bylineText(a.bylines));
    if (!a.credit.isEmpty())
        writeText(xml, QStringLiteral("creditline"), a.credit);
    xml.writeEndElement(); // contentMeta

    xml.writeStartElement(QStringLiteral("contentSet"));
    xml.writeStartElement(QStringLiteral("inlineXML"));
    xml.writeAttribute(QStringLiteral("contenttype"), QStringLiteral("application/nitf+xml"));
    writeNitf(xml, record);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // newsItem
}

void writePictureItem(QXmlStreamWriter &xml, const ReviewRecord &record, qsizetype index)
{
    const Image &image = record.corrected.images.at(index);
    Article rights; // a photo's rights are the photographer's or agency's, not the article's
    rights.credit = image.credit;
    startItem(xml, pictureUri(record, index), rights);
    writeItemMeta(xml, record, QStringLiteral("ninat:picture"), {articleUri(record)});
    xml.writeStartElement(QStringLiteral("contentMeta"));
    if (!image.caption.isEmpty()) {
        xml.writeStartElement(QStringLiteral("description"));
        xml.writeAttribute(QStringLiteral("role"), QStringLiteral("drol:caption"));
        xml.writeCharacters(xmlSafe(image.caption));
        xml.writeEndElement();
    }
    if (!image.credit.isEmpty())
        writeText(xml, QStringLiteral("creditline"), image.credit);
    xml.writeEndElement();
    // remoteContent/@href is an IRI: an address that is not one (an editor's typing, a record from an
    // older extractor) is left out rather than making the whole message invalid.
    if (imageurl::isIriReference(image.src)) {
        xml.writeStartElement(QStringLiteral("contentSet"));
        xml.writeEmptyElement(QStringLiteral("remoteContent"));
        xml.writeAttribute(QStringLiteral("href"), xmlSafe(image.src));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // newsItem
}

} // namespace

bool NewsmlExporter::write(const QList<ReviewRecord> &records, QIODevice *device, QString *error,
                           const ExportMonitor &monitor) const
{
    if (records.isEmpty()) {
        // The schema requires at least one item in itemSet: an empty message would be invalid.
        *error = QStringLiteral("nothing to export: a NewsML-G2 message needs at least one article");
        return false;
    }
    // "sent" is the newest version in the message: a time from the records, never the clock.
    QString sent;
    for (const ReviewRecord &r : records)
        sent = qMax(sent, itemVersionCreated(r));

    QXmlStreamWriter xml(device);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QString::fromUtf16(kNarNamespace));
    xml.writeStartElement(QStringLiteral("newsMessage"));
    xml.writeStartElement(QStringLiteral("header"));
    xml.writeTextElement(QStringLiteral("sent"), sent.isEmpty() ? kNoTime : sent);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("itemSet"));
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!monitor.proceed(error))
            return false;
        // Names and credit lines are g2normalizedString (no line break, no tab) and dates XML Schema
        // dates: whatever an editor typed, the record is written in that form, so the message validates.
        ReviewRecord record = records.at(i);
        record.corrected = fieldform::normalised(record.corrected);
        writeTextItem(xml, record);
        for (qsizetype p = 0; p < record.corrected.images.size(); ++p)
            writePictureItem(xml, record, p);
        if (xml.hasError())
            break;
        monitor.report(i + 1, records.size());
    }
    xml.writeEndDocument();
    if (xml.hasError()) {
        *error = device->errorString().isEmpty() ? QStringLiteral("could not write the output")
                                                 : device->errorString();
        return false;
    }
    return true;
}

} // namespace galley
