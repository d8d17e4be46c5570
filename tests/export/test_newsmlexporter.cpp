// SPDX-License-Identifier: GPL-3.0-or-later
// NewsML-G2: well-formed, the required elements in place (QXmlStreamReader), and valid against the
// official NewsML-G2 2.35 and NITF 3.6 schemas (libxml2) when ../shared/standards is present.
#include "export/newsmlexporter.h"
#include "export/nitfwriter.h"
#include "exportfixtures.h"

#include <QBuffer>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <memory>

using namespace galley;

namespace {

QByteArray exportXml(const QList<ReviewRecord> &records)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    [&] { QVERIFY2(NewsmlExporter().write(records, &buffer, &error), qPrintable(error)); }();
    return buffer.data();
}

// A flat view of the document: element path ("newsMessage/itemSet/newsItem/...") -> texts, in order.
struct Element
{
    QString path;
    QString ns;
    QString text;
    QXmlStreamAttributes attributes;
};

QList<Element> readAll(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    QList<Element> out;
    QStringList stack;
    QList<qsizetype> open;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            stack.append(reader.name().toString());
            open.append(out.size());
            out.append({stack.join(u'/'), reader.namespaceUri().toString(), {}, reader.attributes()});
        } else if (reader.isCharacters() && !open.isEmpty()) {
            out[open.last()].text += reader.text();
        } else if (reader.isEndElement()) {
            stack.removeLast();
            open.removeLast();
        }
    }
    if (reader.hasError())
        *error = QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
    return out;
}

QStringList texts(const QList<Element> &elements, const QString &pathSuffix)
{
    QStringList out;
    for (const Element &e : elements) {
        if (e.path.endsWith(pathSuffix))
            out.append(e.text.trimmed());
    }
    return out;
}

struct SchemaDeleter
{
    void operator()(xmlSchema *s) const { xmlSchemaFree(s); }
    void operator()(xmlSchemaParserCtxt *c) const { xmlSchemaFreeParserCtxt(c); }
    void operator()(xmlSchemaValidCtxt *c) const { xmlSchemaFreeValidCtxt(c); }
    void operator()(xmlDoc *d) const { xmlFreeDoc(d); }
};

// Collects libxml2's messages so a failure shows them.
void collect(void *context, const char *format, ...)
{
    char buffer[1024];
    va_list args;
    va_start(args, format);
    std::vsnprintf(buffer, sizeof buffer, format, args);
    va_end(args);
    *static_cast<QString *>(context) += QString::fromUtf8(buffer);
}

std::unique_ptr<xmlSchema, SchemaDeleter> loadSchema(const QString &path, QString *messages)
{
    std::unique_ptr<xmlSchemaParserCtxt, SchemaDeleter> parser(
        xmlSchemaNewParserCtxt(QFile::encodeName(path).constData()));
    xmlSchemaSetParserErrors(parser.get(), collect, collect, messages);
    return std::unique_ptr<xmlSchema, SchemaDeleter>(xmlSchemaParse(parser.get()));
}

} // namespace

class TestNewsmlExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wellFormedWithRequiredElements();
    void picturesAreOwnItemsWithCaptionAndCreditline();
    void bodyIsNitfInline();
    void forbiddenCharactersAreDropped();
    void emptyExportIsRefused();
    void validatesAgainstNewsmlAndNitfSchemas();
    void whatEditorsTypeStillValidates_data();
    void whatEditorsTypeStillValidates();
};

void TestNewsmlExporter::wellFormedWithRequiredElements()
{
    QString error;
    const QList<Element> doc = readAll(exportXml(testing::fixtureRecords()), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(doc.first().path, QStringLiteral("newsMessage"));
    QCOMPARE(doc.first().ns, QString::fromUtf16(kNarNamespace));
    QCOMPARE(texts(doc, QStringLiteral("header/sent")), QStringList{QStringLiteral("2026-03-21T09:30:00Z")});

    const QString meta = QStringLiteral("itemSet/newsItem/contentMeta/");
    QCOMPARE(texts(doc, meta + QStringLiteral("headline")),
             (QStringList{QStringLiteral("\"Bread & Roses\": strikers say <no> to 3% offer"),
                          QStringLiteral("東京で「桜」開花宣言 — 平年より5日早く"),
                          QStringLiteral("Council, mayor & the \"budget\" row")}));
    QCOMPARE(texts(doc, meta + QStringLiteral("creator/name")),
             (QStringList{QStringLiteral("Ana Ruiz"), QStringLiteral("Seán O'Brien"),
                          QStringLiteral("山田 太郎"), QStringLiteral("Мария Иванова")}));
    for (const Element &e : doc) {
        if (e.path.endsWith(QLatin1String("contentMeta/creator")))
            QCOMPARE(e.attributes.value(QStringLiteral("role")).toString(), QStringLiteral("galrole:author"));
        if (e.path.endsWith(QLatin1String("contentMeta/contributor")))
            QVERIFY(e.attributes.value(QStringLiteral("role")).startsWith(QLatin1String("galrole:")));
    }
    QCOMPARE(texts(doc, meta + QStringLiteral("contributor/name")),
             (QStringList{QStringLiteral("Li Wei"), QStringLiteral("Jo Smith")}));
    QCOMPARE(texts(doc, meta + QStringLiteral("infoSource/name")).first(), QStringLiteral("Reuters"));
    QCOMPARE(texts(doc, meta + QStringLiteral("dateline")).first(),
             QStringLiteral("PARIS, March 5 (Reuters) -"));
    QCOMPARE(texts(doc, meta + QStringLiteral("located/name")),
             (QStringList{QStringLiteral("PARIS"), QStringLiteral("東京")}));
    QVERIFY(texts(doc, meta + QStringLiteral("creditline")).contains(QStringLiteral("Reuters")));
    QCOMPARE(texts(doc, QStringLiteral("itemMeta/versionCreated")).size(), 3 + 3); // 3 articles, 3 pictures
}

void TestNewsmlExporter::picturesAreOwnItemsWithCaptionAndCreditline()
{
    QString error;
    const QList<Element> doc = readAll(exportXml({testing::englishRecord()}), &error);
    QStringList classes, links;
    for (const Element &e : doc) {
        if (e.path.endsWith(QLatin1String("itemMeta/itemClass")))
            classes.append(e.attributes.value(QStringLiteral("qcode")).toString());
        if (e.path.endsWith(QLatin1String("itemMeta/link")) &&
            e.attributes.hasAttribute(QStringLiteral("residref")))
            links.append(e.attributes.value(QStringLiteral("residref")).toString());
        if (e.path.endsWith(QLatin1String("contentMeta/description")))
            QCOMPARE(e.attributes.value(QStringLiteral("role")).toString(), QStringLiteral("drol:caption"));
    }
    QCOMPARE(classes, (QStringList{QStringLiteral("ninat:text"), QStringLiteral("ninat:picture"),
                                   QStringLiteral("ninat:picture")}));
    const QString article = QStringLiteral("urn:galley:article:") + testing::englishRecord().source.id;
    // The text links both pictures, and each picture links back.
    QCOMPARE(links, (QStringList{article + QStringLiteral(":picture:1"),
                                 article + QStringLiteral(":picture:2"), article, article}));
    QCOMPARE(
        texts(doc, QStringLiteral("contentMeta/description")),
        QStringList{QStringLiteral("Strikers march past the \"Opéra\" on March 5.\nA second caption line.")});
    QCOMPARE(texts(doc, QStringLiteral("contentMeta/creditline")),
             (QStringList{QStringLiteral("Reuters"), QStringLiteral("Virginia Mayo/AP"),
                          QStringLiteral("Reuters")}));
}

void TestNewsmlExporter::bodyIsNitfInline()
{
    QString error;
    const QList<Element> doc = readAll(exportXml({testing::englishRecord()}), &error);
    const QString nitf = QString::fromUtf16(kNitfNamespace);
    QStringList paragraphs, captions;
    for (const Element &e : doc) {
        if (e.path.endsWith(QLatin1String("inlineXML/nitf")))
            QCOMPARE(e.ns, nitf);
        if (e.path.endsWith(QLatin1String("body.content/p")))
            paragraphs.append(e.text);
        if (e.path.endsWith(QLatin1String("media/media-caption")))
            captions.append(e.text);
        if (e.path.endsWith(QLatin1String("inlineXML")))
            QCOMPARE(e.ns, QString::fromUtf16(kNarNamespace)); // the NITF namespace must not leak onto it
    }
    QCOMPARE(paragraphs.first(), QStringLiteral("Unions & employers met on *Tuesday*; talks failed."));
    QCOMPARE(paragraphs.at(1), QStringLiteral("# not a heading1. not a list")); // the line break is a <br/>
    QCOMPARE(captions, QStringList{QStringLiteral(
                           "Strikers march past the \"Opéra\" on March 5.A second caption line.")});
    QCOMPARE(texts(doc, QStringLiteral("hedline/hl1")),
             QStringList{testing::englishRecord().corrected.headline});
    QCOMPARE(texts(doc, QStringLiteral("dateline/location")), QStringList{QStringLiteral("PARIS")});
    QCOMPARE(texts(doc, QStringLiteral("distributor/org")), QStringList{QStringLiteral("Reuters")});
}

void TestNewsmlExporter::forbiddenCharactersAreDropped()
{
    QString error;
    const QList<Element> doc = readAll(exportXml({testing::sparseRecord()}), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(texts(doc, QStringLiteral("body.content/p")),
             QStringList{QStringLiteral("Tab\there, a controlcharacter and a ``` fence.")});
}

void TestNewsmlExporter::emptyExportIsRefused()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(!NewsmlExporter().write({}, &buffer, &error));
    QVERIFY2(error.contains(u"at least one article"_qs), qPrintable(error));
    QVERIFY(buffer.data().isEmpty());
}

namespace {

/// Validates `xml` against the NewsML-G2 schema and each NITF body against the NITF schema; returns
/// libxml2's messages (empty when valid) and counts the bodies.
QString schemaErrors(const QByteArray &xml, int *bodies)
{
    const QString dir = QStringLiteral(GALLEY_STANDARDS_DIR "/");
    QString messages;
    const auto newsml = loadSchema(dir + QStringLiteral("NewsML-G2_2.35-spec-All-Power.xsd"), &messages);
    const auto nitf = loadSchema(dir + QStringLiteral("nitf-3-6.xsd"), &messages);
    if (!newsml || !nitf)
        return messages.isEmpty() ? QStringLiteral("cannot load the schemas") : messages;

    std::unique_ptr<xmlDoc, SchemaDeleter> doc(
        xmlReadMemory(xml.constData(), int(xml.size()), "export.xml", nullptr, XML_PARSE_NONET));
    if (!doc)
        return QStringLiteral("not well-formed");
    std::unique_ptr<xmlSchemaValidCtxt, SchemaDeleter> validator(xmlSchemaNewValidCtxt(newsml.get()));
    xmlSchemaSetValidErrors(validator.get(), collect, collect, &messages);
    if (xmlSchemaValidateDoc(validator.get(), doc.get()) != 0 && messages.isEmpty())
        messages = QStringLiteral("invalid NewsML-G2");

    // inlineXML is lax in NewsML-G2, so the NITF bodies are checked against their own schema.
    std::unique_ptr<xmlSchemaValidCtxt, SchemaDeleter> nitfValidator(xmlSchemaNewValidCtxt(nitf.get()));
    xmlSchemaSetValidErrors(nitfValidator.get(), collect, collect, &messages);
    *bodies = 0;
    std::function<void(xmlNode *)> visit = [&](xmlNode *node) {
        for (xmlNode *n = node; n; n = n->next) {
            if (n->type != XML_ELEMENT_NODE)
                continue;
            if (xmlStrEqual(n->name, reinterpret_cast<const xmlChar *>("nitf"))) {
                ++*bodies;
                if (xmlSchemaValidateOneElement(nitfValidator.get(), n) != 0 && messages.isEmpty())
                    messages = QStringLiteral("invalid NITF body");
            } else {
                visit(n->children);
            }
        }
    };
    visit(xmlDocGetRootElement(doc.get()));
    return messages;
}

bool haveSchemas()
{
    return QFile::exists(QStringLiteral(GALLEY_STANDARDS_DIR "/NewsML-G2_2.35-spec-All-Power.xsd"));
}

} // namespace

void TestNewsmlExporter::validatesAgainstNewsmlAndNitfSchemas()
{
    if (!haveSchemas())
        QSKIP("the IPTC schemas are not in GALLEY_STANDARDS_DIR (../shared/standards); runs when they are");
    int bodies = 0;
    const QString errors = schemaErrors(exportXml(testing::fixtureRecords()), &bodies);
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
    QCOMPARE(bodies, 3);
}

void TestNewsmlExporter::whatEditorsTypeStillValidates_data()
{
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("contentCreated");
    QTest::newRow("not a date") << QStringLiteral("yesterday") << QString();
    QTest::newRow("day month year") << QStringLiteral("5 March 2026") << QString();
    QTest::newRow("no seconds") << QStringLiteral("2026-03-05T14:30+01:00")
                                << QStringLiteral("2026-03-05T14:30:00+01:00");
    QTest::newRow("line break in the date") << QStringLiteral("2026-03-05\n14:30") << QString();
}

void TestNewsmlExporter::whatEditorsTypeStillValidates()
{
    if (!haveSchemas())
        QSKIP("the IPTC schemas are not in GALLEY_STANDARDS_DIR (../shared/standards); runs when they are");
    QFETCH(QString, published);
    QFETCH(QString, contentCreated);
    // Line breaks and tabs typed into every field, names and credit lines included (g2normalizedString
    // allows neither), and the date as typed.
    ReviewRecord r = testing::englishRecord();
    Article &a = r.corrected;
    a.headline = QStringLiteral("Two\nline headline");
    a.bylines = {QStringLiteral("Ana\nRuiz"), QStringLiteral("Li\tWei")};
    a.contributors = {{QStringLiteral("Jo\r\nSmith"), QStringLiteral("additional\nreporting")}};
    a.credit = QStringLiteral("Reuters\n");
    a.publisher = QStringLiteral("The Daily\nExample");
    a.dateline = QStringLiteral("PARIS\n, March 5 -");
    a.images = {{QStringLiteral("https://img.example.com/a.jpg"), QStringLiteral("Two\nlines"),
                 QStringLiteral("Virginia Mayo\n/AP")}};
    a.published = published;
    const QByteArray xml = exportXml({r});
    int bodies = 0;
    const QString errors = schemaErrors(xml, &bodies);
    QVERIFY2(errors.isEmpty(), qPrintable(errors + QLatin1Char('\n') + QString::fromUtf8(xml)));
    QCOMPARE(bodies, 1);

    QString error;
    const QList<Element> doc = readAll(xml, &error);
    QCOMPARE(texts(doc, QStringLiteral("contentMeta/contentCreated")),
             contentCreated.isEmpty() ? QStringList() : QStringList{contentCreated});
    QCOMPARE(texts(doc, QStringLiteral("contentMeta/creator/name")),
             (QStringList{QStringLiteral("Ana Ruiz"), QStringLiteral("Li Wei")}));
    QCOMPARE(texts(doc, QStringLiteral("contentMeta/creditline")),
             (QStringList{QStringLiteral("Reuters"), QStringLiteral("Virginia Mayo /AP")}));
    QCOMPARE(texts(doc, QStringLiteral("contentMeta/headline")), QStringList{a.headline}); // lines are kept
}

QTEST_GUILESS_MAIN(TestNewsmlExporter)
#include "test_newsmlexporter.moc"
