// SPDX-License-Identifier: GPL-3.0-or-later
// Exports that are safe to open: HTML and Markdown link only http(s) and relative URLs, CSV cells a
// spreadsheet would run as formulas are guarded, and no export writes NUL, control characters,
// U+FFFE or U+FFFF. Records are built here with what a hostile capture or a careless editor can put in.
#include "export/csvexporter.h"
#include "export/exportfields.h"
#include "export/htmlexporter.h"
#include "export/markdownexporter.h"
#include "exportfixtures.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

QString exported(const Exporter &exporter, const QList<ReviewRecord> &records)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!exporter.write(records, &buffer, &error))
        return u"<write failed: "_s + error + u'>';
    return QString::fromUtf8(buffer.data());
}

// URLs no export may turn into a link or an image, in the disguises browsers and CommonMark see through.
const QStringList kHostileUrls = {
    u"javascript:alert(1)"_s,
    u"JaVaScRiPt:alert(2)"_s,
    u" \u0001javascript:alert(3)"_s, // leading space and C0 control are stripped by URL parsers
    u"java\tscr\nipt:alert(4)"_s,    // tab and newline are removed anywhere
    u"data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg=="_s,
    u"vbscript:msgbox(6)"_s,
    u"file:///etc/passwd"_s,
    u"&#106;avascript:alert(8)"_s, // an entity reference CommonMark would decode in a destination
    u"\\&#106;avascript:alert(9)"_s,
};

ReviewRecord recordWithUrls(const QString &sourceUrl, const QStringList &imageSources)
{
    ReviewRecord r = testing::sparseRecord();
    r.source.url = sourceUrl;
    r.corrected.images.clear();
    for (const QString &src : imageSources)
        r.corrected.images.append({src, u"A caption"_s, QString()});
    return r;
}

/// The scheme a browser would see in `url` (lower case, tab/CR/LF removed, leading C0 and space stripped).
QString browserScheme(QString url)
{
    url.remove(QRegularExpression(u"[\t\r\n]"_s));
    while (!url.isEmpty() && url.front().unicode() <= 0x20)
        url.remove(0, 1);
    static const QRegularExpression scheme(u"^([A-Za-z][A-Za-z0-9+.-]*):"_s);
    const QRegularExpressionMatch m = scheme.match(url);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

bool isWebOrRelative(const QString &url)
{
    const QString scheme = browserScheme(url);
    return scheme.isEmpty() || scheme == u"http" || scheme == u"https";
}

QString htmlAttributeValue(QString value)
{
    return value.replace(u"&quot;"_s, u"\""_s)
        .replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&amp;"_s, u"&"_s);
}

/// Every href and src attribute of the HTML, decoded.
QStringList htmlUrls(const QString &html)
{
    static const QRegularExpression attribute(u"\\s(?:href|src)\\s*=\\s*\"([^\"]*)\""_s,
                                              QRegularExpression::CaseInsensitiveOption);
    QStringList urls;
    for (auto it = attribute.globalMatch(html); it.hasNext();)
        urls.append(htmlAttributeValue(it.next().captured(1)));
    return urls;
}

/// A CommonMark link destination or autolink as the renderer reads it: backslash escapes of ASCII
/// punctuation removed, numeric character references decoded.
QString commonMarkUrl(const QString &written)
{
    QString out;
    for (qsizetype i = 0; i < written.size(); ++i) {
        const QChar c = written.at(i);
        if (c == u'\\' && i + 1 < written.size() && written.at(i + 1).unicode() < 128 &&
            written.at(i + 1).isPunct()) {
            out += written.at(++i);
            continue;
        }
        if (c == u'&') {
            static const QRegularExpression reference(u"^&#([xX][0-9A-Fa-f]+|[0-9]+);"_s);
            const QRegularExpressionMatch m = reference.match(QStringView(written).mid(i));
            if (m.hasMatch()) {
                const QString n = m.captured(1);
                const uint code =
                    n.startsWith(u'x', Qt::CaseInsensitive) ? n.mid(1).toUInt(nullptr, 16) : n.toUInt();
                out += QChar(char16_t(code));
                i += m.capturedLength() - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

/// Destinations of Markdown links and images ("](<...>)" or "](...)") and autolinks ("<scheme:...>").
QStringList markdownUrls(const QString &markdown)
{
    static const QRegularExpression destination(u"\\]\\(<((?:[^>\\\\]|\\\\.)*)>\\)|\\]\\(([^)\\s]*)\\)"_s);
    static const QRegularExpression autolink(u"(?<![\\\\(])<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\\s]*)>"_s);
    QStringList urls;
    for (auto it = destination.globalMatch(markdown); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        urls.append(commonMarkUrl(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)));
    }
    for (auto it = autolink.globalMatch(markdown); it.hasNext();)
        urls.append(commonMarkUrl(it.next().captured(1)));
    return urls;
}

/// RFC 4180 rows, fields unquoted.
QList<QStringList> csvRows(const QString &csv)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < csv.size() && csv.at(i + 1) == u'"')
                field += csv.at(++i);
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < csv.size() && csv.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

/// Code points no export may write: NUL and other C0 controls (not tab, LF, CR), DEL, C1, U+FFFE, U+FFFF
/// and unpaired surrogates.
QString forbiddenIn(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || (u >= 0x7F && u <= 0x9F) || u == 0xFFFE ||
            u == 0xFFFF || QChar::isSurrogate(u))
            return u"U+%1 at %2"_s.arg(uint(u), 4, 16, QLatin1Char('0')).arg(i);
    }
    return {};
}

// Text with every forbidden kind of code point between letters that must survive.
const QString kDirty =
    u"Ne"_s + QChar(0) + u"ws\u0001 \u001Bfl\u007Fash\u0085 \uFFFEto\uFFFFday"_s + QChar(0xD800) + u"!"_s;

ReviewRecord dirtyRecord()
{
    ReviewRecord r = testing::englishRecord();
    Article &a = r.corrected;
    a.headline = kDirty;
    a.bylines = {kDirty};
    a.contributors = {{kDirty, kDirty}};
    a.published = kDirty;
    a.dateline = kDirty;
    a.credit = kDirty;
    a.publisher = kDirty;
    a.images = {{u"https://img.example.com/x"_s + QChar(0) + u".jpg"_s, kDirty, kDirty}};
    a.body = {{BlockKind::Paragraph, kDirty},    {BlockKind::Heading, kDirty},
              {BlockKind::ListItem, kDirty},     {BlockKind::Quote, kDirty},
              {BlockKind::Preformatted, kDirty}, {BlockKind::Table, kDirty}};
    r.source.url = u"https://news.example.com/a"_s + QChar(0x1) + u"b"_s;
    r.reviewer = kDirty;
    return r;
}

} // namespace

class TestExportSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linkUrlKeepsOnlyWebAndRelative_data();
    void linkUrlKeepsOnlyWebAndRelative();
    void htmlLinksOnlyWebAndRelativeUrls();
    void markdownLinksOnlyWebAndRelativeUrls();
    void safeUrlsStayLinks();
    void csvGuardsFormulaCells_data();
    void csvGuardsFormulaCells();
    void controlCharactersAreDropped_data();
    void controlCharactersAreDropped();
};

void TestExportSafety::linkUrlKeepsOnlyWebAndRelative_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("link");
    QTest::newRow("https") << u"https://a.example/x?y=1&z=2"_s << u"https://a.example/x?y=1&z=2"_s;
    QTest::newRow("HTTP") << u"HTTP://a.example/"_s << u"HTTP://a.example/"_s;
    QTest::newRow("relative path") << u"/img/a.png"_s << u"/img/a.png"_s;
    QTest::newRow("relative file") << u"a.png"_s << u"a.png"_s;
    QTest::newRow("protocol-relative") << u"//cdn.example/a.png"_s << u"//cdn.example/a.png"_s;
    QTest::newRow("colon after slash") << u"/wiki/Talk:Main"_s << u"/wiki/Talk:Main"_s;
    QTest::newRow("spaces trimmed") << u"  https://a.example/ "_s << u"https://a.example/"_s;
    for (const QString &url : kHostileUrls) {
        const bool relativeLooking = url.startsWith(u'&') || url.startsWith(u'\\');
        // Entity-looking strings have no scheme: they stay relative, and the writers escape the '&'.
        QTest::newRow(qPrintable(url)) << url << (relativeLooking ? url : QString());
    }
}

void TestExportSafety::linkUrlKeepsOnlyWebAndRelative()
{
    QFETCH(QString, url);
    QFETCH(QString, link);
    QCOMPARE(exportfields::linkUrl(url), link);
}

void TestExportSafety::htmlLinksOnlyWebAndRelativeUrls()
{
    for (const QString &url : kHostileUrls) {
        const QString html = exported(HtmlExporter(), {recordWithUrls(url, {url, url})});
        QVERIFY2(!html.startsWith(u"<write failed"_s), qPrintable(html));
        for (const QString &written : htmlUrls(html))
            QVERIFY2(isWebOrRelative(written), qPrintable(u"%1 written as a link: %2"_s.arg(url, written)));
        // The source address stays readable as text; the captions stay without their image.
        QVERIFY2(html.contains(u"Source: "_s), qPrintable(html));
        QCOMPARE(html.count(u"<figcaption>A caption</figcaption>"_s), 2);
    }
}

void TestExportSafety::markdownLinksOnlyWebAndRelativeUrls()
{
    for (const QString &url : kHostileUrls) {
        const QString markdown = exported(MarkdownExporter(), {recordWithUrls(url, {url})});
        QVERIFY2(!markdown.startsWith(u"<write failed"_s), qPrintable(markdown));
        for (const QString &written : markdownUrls(markdown))
            QVERIFY2(isWebOrRelative(written),
                     qPrintable(u"%1 written as a link: %2\n%3"_s.arg(url, written, markdown)));
        QVERIFY(markdown.contains(u"Source: "_s));
        QVERIFY(markdown.contains(u"*A caption*"_s));
    }
}

void TestExportSafety::safeUrlsStayLinks()
{
    const QString web = u"https://news.example.com/a?b=1&c=2"_s;
    const QString relative = u"/img/a b.png"_s;
    const ReviewRecord record = recordWithUrls(web, {relative, web});
    const QString html = exported(HtmlExporter(), {record});
    QCOMPARE(htmlUrls(html), (QStringList{relative, web, web}));
    QVERIFY(html.contains(u"<a href=\"https://news.example.com/a?b=1&amp;c=2\">"_s));
    // Markdown reads the destinations back exactly, escapes and all.
    const QString markdown = exported(MarkdownExporter(), {record});
    QCOMPARE(markdownUrls(markdown), (QStringList{relative, web, web}));
}

void TestExportSafety::csvGuardsFormulaCells_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("=") << u"=HYPERLINK(\"http://evil.example\",\"click\")"_s
                       << u"'=HYPERLINK(\"http://evil.example\",\"click\")"_s;
    QTest::newRow("+") << u"+1+cmd|' /C calc'!A0"_s << u"'+1+cmd|' /C calc'!A0"_s;
    QTest::newRow("-") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("@") << u"@SUM(A1:A9)"_s << u"'@SUM(A1:A9)"_s;
    QTest::newRow("tab") << u"\t=1+1"_s << u"'\t=1+1"_s;
    QTest::newRow("cr") << u"\r=1+1"_s << u"'\r=1+1"_s;
    QTest::newRow("hidden behind NUL") << QChar(0) + u"=1+1"_s << u"'=1+1"_s;
    QTest::newRow("inside is fine") << u"Reuters = news"_s << u"Reuters = news"_s;
    QTest::newRow("plain") << u"Ana Ruiz"_s << u"Ana Ruiz"_s;
}

void TestExportSafety::csvGuardsFormulaCells()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    ReviewRecord r = testing::englishRecord();
    r.source.url = value;
    r.corrected.headline = value;
    r.corrected.bylines = {value};
    r.corrected.credit = value;
    r.corrected.published = value;
    const QList<QStringList> rows = csvRows(exported(CsvExporter(), {r}));
    QCOMPARE(rows.size(), 2);
    const QStringList header = CsvExporter::header();
    for (const QString &column : {u"url"_s, u"headline"_s, u"bylines"_s, u"credit"_s, u"date"_s})
        QCOMPARE(rows.at(1).at(header.indexOf(column)), cell);
}

void TestExportSafety::controlCharactersAreDropped_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("html") << u"html"_s;
    QTest::newRow("markdown") << u"markdown"_s;
    QTest::newRow("csv") << u"csv"_s;
}

void TestExportSafety::controlCharactersAreDropped()
{
    QFETCH(QString, format);
    const HtmlExporter html;
    const MarkdownExporter markdown;
    const CsvExporter csv;
    const Exporter &exporter = format == u"html"  ? static_cast<const Exporter &>(html)
                               : format == u"csv" ? static_cast<const Exporter &>(csv)
                                                  : markdown;
    const QString out = exported(exporter, {dirtyRecord()});
    QVERIFY2(!out.startsWith(u"<write failed"_s), qPrintable(out));
    const QString found = forbiddenIn(out);
    QVERIFY2(found.isEmpty(), qPrintable(found));
    // The letters around them are all there ("!" is escaped in Markdown).
    QVERIFY2(out.contains(u"News flash today"_s), qPrintable(out));
    QVERIFY2(out.contains(u"https://news.example.com/ab"_s), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestExportSafety)
#include "test_exportsafety.moc"
