// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/reflow.h"
#include "extract/text/textextractor.h"
#include "textdumps.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace galley;
using galley::testing::textCapture;

namespace {

// Invented prose: sentences drawn from a fixed vocabulary by a seeded generator, so every width and
// indent is tried on the same paragraphs and a failure reproduces.
QString sentence(QRandomGenerator &random)
{
    static const QStringList words = {
        QStringLiteral("the"),       QStringLiteral("council"),    QStringLiteral("said"),
        QStringLiteral("on"),        QStringLiteral("Tuesday"),    QStringLiteral("that"),
        QStringLiteral("a"),         QStringLiteral("new"),        QStringLiteral("bridge"),
        QStringLiteral("would"),     QStringLiteral("open"),       QStringLiteral("in"),
        QStringLiteral("spring"),    QStringLiteral("after"),      QStringLiteral("months"),
        QStringLiteral("of"),        QStringLiteral("delays"),     QStringLiteral("and"),
        QStringLiteral("residents"), QStringLiteral("welcomed"),   QStringLiteral("decision"),
        QStringLiteral("to"),        QStringLiteral("extend"),     QStringLiteral("ferry"),
        QStringLiteral("service"),   QStringLiteral("until"),      QStringLiteral("then"),
        QStringLiteral("engineers"), QStringLiteral("found"),      QStringLiteral("cracks"),
        QStringLiteral("concrete"),  QStringLiteral("well-known"), QStringLiteral("mayor"),
        QStringLiteral("budget"),    QStringLiteral("river"),      QStringLiteral("is")};
    QStringList out;
    const int n = 8 + random.bounded(14);
    for (int i = 0; i < n; ++i)
        out.append(words[random.bounded(int(words.size()))]);
    out[0][0] = out[0][0].toUpper();
    return out.join(u' ') + u'.';
}

QString paragraph(QRandomGenerator &random, int sentences)
{
    QStringList out;
    for (int i = 0; i < sentences; ++i)
        out.append(sentence(random));
    return out.join(u' ');
}

// Greedy wrapping as dump tools do it: words go on the line while they fit in `width` columns, the
// continuation lines start at `hang`.
QString wrap(const QString &text, int width, int indent, int hang)
{
    QStringList lines;
    QString line = QString(indent, u' ');
    bool empty = true;
    for (const QString &word : text.split(u' ')) {
        if (!empty && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line = QString(hang, u' ');
            empty = true;
        }
        line += (empty ? QString() : QStringLiteral(" ")) + word;
        empty = false;
    }
    lines.append(line);
    return lines.join(u'\n');
}

QString simplified(QString s)
{
    static const QRegularExpression marker(QStringLiteral("\\[\\d+\\]"));
    return s.remove(marker).simplified();
}

// The logical line holding `needle` (whole), or an empty string.
QString logicalLineWith(const ReflowedText &r, const QString &needle)
{
    for (const QString &line : r.text.split(u'\n')) {
        if (line.trimmed() == needle)
            return line.trimmed();
    }
    return QString();
}

} // namespace

class TestReflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paragraphsAtAnyWidthAndIndent_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("indent");
        for (int width : {60, 72, 80, 100, 140}) {
            for (int indent : {0, 3}) {
                QTest::addRow("w%d-i%d", width, indent) << width << indent;
            }
        }
    }

    void paragraphsAtAnyWidthAndIndent()
    {
        QFETCH(int, width);
        QFETCH(int, indent);
        QRandomGenerator random(quint32(width * 10 + indent));
        QStringList paragraphs;
        QString dump = QStringLiteral("Home\nWorld\nSports\n\nBridge to open in spring\n\n");
        for (int i = 0; i < 6; ++i) {
            paragraphs.append(paragraph(random, 2 + i % 3));
            dump += wrap(paragraphs.last(), width, indent, indent) + QStringLiteral("\n\n");
        }
        dump += QStringLiteral("Related stories\nContact us\n");

        const ReflowedText r = reflowDump(dump);
        QVERIFY(r.changed);
        QVERIFY2(qAbs(r.wrapWidth - width) <= 3, qPrintable(QString::number(r.wrapWidth)));
        for (const QString &p : paragraphs) {
            QCOMPARE(logicalLineWith(r, p), p);
            // The paragraph's span in the logical text maps onto exactly its wrapped lines.
            const qsizetype at = r.text.indexOf(p);
            const SourceSpan raw = r.toCapture(SourceSpan{at, at + p.size(), QString()});
            const QString bytes = dump.mid(raw.start, raw.end - raw.start);
            QCOMPARE(bytes.simplified(), p);
            QCOMPARE(bytes.trimmed(), bytes); // from the first character to the last, nothing around
        }
        // Labels and the headline stay lines of their own.
        for (const QString &label :
             {QStringLiteral("Home"), QStringLiteral("World"), QStringLiteral("Bridge to open in spring"),
              QStringLiteral("Contact us")})
            QCOMPARE(logicalLineWith(r, label), label);
    }

    void unwrappedDumpUnchanged()
    {
        QRandomGenerator random(7);
        QString dump = QStringLiteral("News\nWeather\n\nHeadline of the day\n\n");
        for (int i = 0; i < 5; ++i)
            dump += paragraph(random, 3) + QStringLiteral("\n\n");
        dump += QStringLiteral("  • One\n  • Two\n  • Three\n");
        const ReflowedText r = reflowDump(dump);
        QVERIFY(!r.changed);
        QCOMPARE(r.wrapWidth, 0);
    }

    void listsAndTablesAreNotGlued()
    {
        QRandomGenerator random(11);
        QString dump;
        QStringList paragraphs;
        for (int i = 0; i < 4; ++i) {
            paragraphs.append(paragraph(random, 3));
            dump += wrap(paragraphs.last(), 80, 0, 0) + QStringLiteral("\n\n");
        }
        // A long list item wraps under its text (w3m's hanging indent); the next items are new items.
        const QString item = paragraph(random, 2);
        dump += wrap(QStringLiteral("• ") + item, 80, 2, 4) + QStringLiteral("\n");
        dump += QStringLiteral("  • Second item\n  • Third item that is a little longer than the rest\n");
        // Table rows: columns separated by runs of spaces.
        const QString row1 =
            QStringLiteral("Team                      Played    Won    Lost    Points earned so far\n");
        const QString row2 = QStringLiteral("Rovers                    10        7      3       21\n");
        dump += u'\n' + row1 + row2;
        // Short lines under one another (an address, a menu) are not a paragraph.
        dump += QStringLiteral("\nCity Hall\n1 Main Street\nRiverton\n");

        const ReflowedText r = reflowDump(dump);
        QVERIFY(r.changed);
        QCOMPARE(r.wrapWidth, 80);
        const QStringList lines = r.text.split(u'\n');
        QVERIFY(lines.contains(QStringLiteral("  • ") + item));
        QVERIFY(lines.contains(QStringLiteral("  • Second item")));
        QVERIFY(lines.contains(row1.chopped(1)));
        QVERIFY(lines.contains(row2.chopped(1)));
        QVERIFY(lines.contains(QStringLiteral("City Hall")));
        QVERIFY(lines.contains(QStringLiteral("1 Main Street")));
    }

    // lynx: link markers before every link, the link list at the end, paragraphs indented by three.
    void linkMarkersAndReferencesAreChrome()
    {
        QRandomGenerator random(23);
        QString dump = QStringLiteral("[1]Skip to content\n[2]Home [3]World\n\nBridge to open in spring\n\n");
        QStringList paragraphs;
        int link = 4;
        for (int i = 0; i < 5; ++i) {
            QStringList words = paragraph(random, 3).split(u' ');
            for (int w = 3; w < words.size(); w += 9)
                words[w] = QStringLiteral("[%1]").arg(link++) + words[w];
            paragraphs.append(words.join(u' '));
            dump += wrap(paragraphs.last(), 72, 3, 3) + QStringLiteral("\n\n");
        }
        dump += QStringLiteral("References\n\n   Visible links:\n");
        for (int i = 1; i < link; ++i)
            dump += QStringLiteral("   %1. https://example.org/story/%1\n").arg(i);

        const ReflowedText r = reflowDump(dump);
        QVERIFY(r.changed);
        QVERIFY(!r.text.contains(QStringLiteral("References")));
        QVERIFY(!r.text.contains(QStringLiteral("https://")));
        QVERIFY(!r.text.contains(QRegularExpression(QStringLiteral("\\[\\d+\\]"))));
        QVERIFY(r.text.contains(QStringLiteral("Skip to content")));
        for (const QString &p : paragraphs) {
            const QString clean = simplified(p);
            QCOMPARE(logicalLineWith(r, clean), clean);
            const qsizetype at = r.text.indexOf(clean);
            const SourceSpan raw = r.toCapture(SourceSpan{at, at + clean.size(), QString()});
            QCOMPARE(simplified(dump.mid(raw.start, raw.end - raw.start)), clean);
        }
    }

    // Chinese and Japanese wrap anywhere and read without spaces; each character takes two columns.
    void cjkBriefJoinsWithoutSpaces()
    {
        const QString sentence = QStringLiteral(
            "東京都は火曜日、新しい橋が春に開通すると発表した。住民はこの決定を歓迎している。");
        QString brief;
        for (int i = 0; i < 4; ++i)
            brief += sentence;
        // Wrapped at 80 columns: 40 characters a line.
        QString dump = QStringLiteral("ニュース\n\n新しい橋が春に開通\n\n");
        for (qsizetype i = 0; i < brief.size(); i += 40)
            dump += brief.mid(i, 40) + u'\n';
        dump += QStringLiteral("\n");
        for (qsizetype i = 0; i < brief.size(); i += 40)
            dump += brief.mid(i, 40) + u'\n';
        const ReflowedText r = reflowDump(dump);
        QVERIFY(r.changed);
        QCOMPARE(r.wrapWidth, 80);
        QCOMPARE(r.text.count(brief), 2);
        QCOMPARE(logicalLineWith(r, QStringLiteral("新しい橋が春に開通")),
                 QStringLiteral("新しい橋が春に開通"));
    }

    // The whole extractor on a wrapped dump finds what it finds on the same dump unwrapped, and every
    // value's span covers its own characters in the wrapped capture.
    void wrappedStoryExtractsLikeUnwrapped()
    {
        QRandomGenerator random(5);
        const QString header =
            QStringLiteral("Home\nWorld\nBusiness\nSports\n\nCouncil approves the new river bridge "
                           "after long delays\n\nBy Jane Roe\n\n");
        QStringList paragraphs;
        for (int i = 0; i < 7; ++i)
            paragraphs.append(paragraph(random, 3));
        const QString footer = QStringLiteral("Related stories\n\nContact us\nPrivacy\n");
        const QString flat =
            header + paragraphs.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n") + footer;
        QString wrapped = header;
        for (const QString &p : paragraphs)
            wrapped += wrap(p, 80, 0, 0) + QStringLiteral("\n\n");
        wrapped += footer;

        const Article a = extractTextArticle(textCapture(flat), Vocabulary());
        const Capture capture = textCapture(wrapped);
        const Article b = extractTextArticle(capture, Vocabulary());
        QCOMPARE(b.headline, a.headline);
        QCOMPARE(b.bylines, a.bylines);
        QCOMPARE(b.body.size(), a.body.size());
        QVERIFY(!b.body.isEmpty());
        for (qsizetype i = 0; i < b.body.size(); ++i) {
            QCOMPARE(b.body[i].text, a.body[i].text);
            const SourceSpan span = b.provenance.value(QStringLiteral("body/%1").arg(i)).value(0);
            QCOMPARE(capture.text().mid(span.start, span.end - span.start).simplified(), b.body[i].text);
        }
    }
};

QTEST_GUILESS_MAIN(TestReflow)
#include "test_reflow.moc"
