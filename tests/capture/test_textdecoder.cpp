// SPDX-License-Identifier: GPL-3.0-or-later
// Charset choice and decoding as a browser does it, and the text-to-byte offset map.
#include "capture/capture.h"
#include "capture/capturetextutf8.h"
#include "capture/charset.h"
#include "capture/metaprescan.h"
#include "capture/textdecoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace galley;

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelsResolveAsInTheEncodingStandard_data();
    void labelsResolveAsInTheEncodingStandard();
    void byteOrderMarkWinsAndIsDropped_data();
    void byteOrderMarkWinsAndIsDropped();
    void transportCharsetBeatsMeta();
    void metaPrescan_data();
    void metaPrescan();
    void legacyCharsetsDecode_data();
    void legacyCharsetsDecode();
    void undeclaredPagesAreDetected_data();
    void undeclaredPagesAreDetected();
    void charsetQtLacksFallsBackToIconv();
    void invalidUtf8BecomesReplacementCharacter();
    void bytesStandForTheTextOnlyWhenTheyAreItsUtf8_data();
    void bytesStandForTheTextOnlyWhenTheyAreItsUtf8();
    void brokenUtf16BecomesReplacementCharacter_data();
    void brokenUtf16BecomesReplacementCharacter();
    void validSurrogatePairsAreKept();
    void lineBreaksAreKept();
    void checkpointsMapTextOffsetsToBytes_data();
    void checkpointsMapTextOffsetsToBytes();
};

void TestTextDecoder::labelsResolveAsInTheEncodingStandard_data()
{
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QString>("name");
    QTest::newRow("latin1 is windows-1252") << QByteArray("latin1") << QStringLiteral("windows-1252");
    QTest::newRow("ascii is windows-1252") << QByteArray("US-ASCII") << QStringLiteral("windows-1252");
    QTest::newRow("iso-8859-1 is windows-1252")
        << QByteArray(" ISO-8859-1 ") << QStringLiteral("windows-1252");
    QTest::newRow("sjis") << QByteArray("sjis") << QStringLiteral("Shift_JIS");
    QTest::newRow("gb2312 is GBK") << QByteArray("GB2312") << QStringLiteral("GBK");
    QTest::newRow("ks_c_5601") << QByteArray("ks_c_5601-1987") << QStringLiteral("EUC-KR");
    QTest::newRow("utf8") << QByteArray("utf8") << QStringLiteral("UTF-8");
    QTest::newRow("tis-620") << QByteArray("tis-620") << QStringLiteral("windows-874");
    QTest::newRow("unknown") << QByteArray("klingon") << QString();
}

void TestTextDecoder::labelsResolveAsInTheEncodingStandard()
{
    QFETCH(QByteArray, label);
    QFETCH(QString, name);
    QCOMPARE(charset::canonicalName(label), name);
}

void TestTextDecoder::byteOrderMarkWinsAndIsDropped_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString page =
        QStringLiteral("<html><head><meta charset=\"windows-1252\"></head><body>Zoë</body></html>");
    QTest::newRow("utf-8") << QByteArray("\xEF\xBB\xBF") + page.toUtf8() << QStringLiteral("UTF-8");
    QStringEncoder le(QStringEncoder::Utf16LE);
    QStringEncoder be(QStringEncoder::Utf16BE);
    QTest::newRow("utf-16le") << QByteArray("\xFF\xFE") + QByteArray(le.encode(page))
                              << QStringLiteral("UTF-16LE");
    QTest::newRow("utf-16be") << QByteArray("\xFE\xFF") + QByteArray(be.encode(page))
                              << QStringLiteral("UTF-16BE");
}

void TestTextDecoder::byteOrderMarkWinsAndIsDropped()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const DecodedText decoded = decodeText(bytes, ContentKind::Html, "iso-8859-2");
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.via, QStringLiteral("bom"));
    QVERIFY(decoded.text.startsWith(QLatin1String("<html>")));
    QVERIFY(decoded.text.contains(QStringLiteral("Zoë")));
    QVERIFY(!decoded.hadErrors);
    // Offsets still point into the bytes, BOM included.
    QCOMPARE(decoded.checkpoints.value(0),
             (std::pair<qsizetype, qint64>(0, encoding == QLatin1String("UTF-8") ? 3 : 2)));
}

void TestTextDecoder::transportCharsetBeatsMeta()
{
    const QByteArray bytes = "<meta charset=\"utf-8\"><p>na\xEFve</p>";
    const DecodedText decoded = decodeText(bytes, ContentKind::Html, "ISO-8859-15");
    QCOMPARE(decoded.encoding, QStringLiteral("ISO-8859-15"));
    QCOMPARE(decoded.via, QStringLiteral("transport"));
    QVERIFY(decoded.text.contains(QStringLiteral("naïve")));
    // A label nobody knows is ignored, as browsers do, and the meta applies.
    QCOMPARE(decodeText(bytes, ContentKind::Html, "no-such-charset").via, QStringLiteral("meta"));
}

void TestTextDecoder::metaPrescan_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("charset");
    QTest::newRow("meta charset") << QByteArray("<!doctype html><meta charset=Shift_JIS>")
                                  << QStringLiteral("Shift_JIS");
    QTest::newRow("http-equiv")
        << QByteArray("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=koi8-r\">")
        << QStringLiteral("KOI8-R");
    QTest::newRow("content without http-equiv ignored")
        << QByteArray("<meta content=\"text/html; charset=koi8-r\">") << QString();
    QTest::newRow("in a comment ignored")
        << QByteArray("<!-- <meta charset=gbk> --><meta charset=euc-kr>") << QStringLiteral("EUC-KR");
    QTest::newRow("quoted > in attribute")
        << QByteArray("<div title='a>b' data-x=\"<meta charset=gbk>\"><meta charset=\"windows-1251\">")
        << QStringLiteral("windows-1251");
    QTest::newRow("utf-16 declared means utf-8")
        << QByteArray("<meta charset=utf-16le>") << QStringLiteral("UTF-8");
    QTest::newRow("after 1024 bytes ignored") << QByteArray(1100, ' ') + "<meta charset=gbk>" << QString();
    QTest::newRow("first one wins") << QByteArray("<meta charset=big5><meta charset=gbk>")
                                    << QStringLiteral("Big5");
}

void TestTextDecoder::metaPrescan()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, charset);
    QCOMPARE(prescanMetaCharset(head), charset);
}

void TestTextDecoder::legacyCharsetsDecode_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    QTest::newRow("windows-1252") << QStringLiteral("windows-1252") << QStringLiteral("“Déjà vu” — 5 €");
    QTest::newRow("Shift_JIS") << QStringLiteral("Shift_JIS") << QStringLiteral("東京で記者会見が開かれた。");
    QTest::newRow("gb18030") << QStringLiteral("gb18030") << QStringLiteral("北京新闻发布会今天举行。");
    QTest::newRow("GBK") << QStringLiteral("GBK") << QStringLiteral("国务院新闻办公室");
    QTest::newRow("EUC-KR") << QStringLiteral("EUC-KR") << QStringLiteral("서울에서 기자회견이 열렸다.");
    QTest::newRow("Big5") << QStringLiteral("Big5") << QStringLiteral("臺北市政府今日宣布");
    QTest::newRow("windows-1251") << QStringLiteral("windows-1251") << QStringLiteral("Москва, новости дня");
}

void TestTextDecoder::legacyCharsetsDecode()
{
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    QStringEncoder encoder(encoding.toLatin1().constData());
    QVERIFY(encoder.isValid());
    const QString page =
        QStringLiteral(
            "<html><head><meta charset=\"%1\"><title>t</title></head><body><p>%2</p></body></html>")
            .arg(encoding, text);
    const QByteArray bytes = encoder.encode(page);
    const DecodedText decoded = decodeText(bytes, ContentKind::Html);
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.via, QStringLiteral("meta"));
    QCOMPARE(decoded.text, page);
    QVERIFY(!decoded.hadErrors);
}

void TestTextDecoder::undeclaredPagesAreDetected_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    QTest::newRow("utf-8") << QStringLiteral("UTF-8")
                           << QStringLiteral("Zoë Ångström met François in Zürich.");
    QTest::newRow("ascii is utf-8") << QStringLiteral("UTF-8") << QStringLiteral("Plain ASCII words only.");
    QTest::newRow("Shift_JIS") << QStringLiteral("Shift_JIS")
                               << QStringLiteral(
                                      "東京都内で開かれた記者会見で、首相は新しい経済対策を発表した。"
                                      "政府は来年度の予算案に関連費用を盛り込む方針だ。");
    QTest::newRow("windows-1251") << QStringLiteral("windows-1251")
                                  << QStringLiteral(
                                         "Президент России провёл совещание с членами правительства. "
                                         "Обсуждались вопросы экономики и социальной политики.");
}

void TestTextDecoder::undeclaredPagesAreDetected()
{
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    QStringEncoder encoder(encoding.toLatin1().constData());
    const QString page = QStringLiteral("<html><body><p>%1</p><p>%1</p></body></html>").arg(text);
    const DecodedText decoded = decodeText(encoder.encode(page), ContentKind::Html);
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.via, QStringLiteral("detected"));
    QCOMPARE(decoded.text, page);
}

void TestTextDecoder::charsetQtLacksFallsBackToIconv()
{
    // ISO-8859-16 (Romanian) is in the Encoding Standard but not in Qt's ICU codec list on Debian 12.
    const QByteArray bytes = "<meta charset=iso-8859-16><p>Bucure\xBA"
                             "ti</p>"; // 0xBA is s-comma
    const DecodedText decoded = decodeText(bytes, ContentKind::Html);
    QCOMPARE(decoded.encoding, QStringLiteral("ISO-8859-16"));
    QVERIFY2(decoded.text.contains(QStringLiteral("Bucureș") + QStringLiteral("ti")),
             qPrintable(decoded.text));
    QVERIFY(!decoded.hadErrors);
}

void TestTextDecoder::invalidUtf8BecomesReplacementCharacter()
{
    const QByteArray bytes = "<meta charset=utf-8><p>caf\xC3\xA9 \xFF\xFE ok</p>";
    const DecodedText decoded = decodeText(bytes, ContentKind::Html);
    QCOMPARE(decoded.encoding, QStringLiteral("UTF-8"));
    QVERIFY(decoded.hadErrors);
    QVERIFY(decoded.text.contains(QStringLiteral("café \uFFFD\uFFFD ok")));
}

// The HTML parser reads a page's own bytes instead of encoding its text again (64 MB less for a page at
// the size limit, docs/security.md); that is right only when they are byte for byte the text's UTF-8.
void TestTextDecoder::bytesStandForTheTextOnlyWhenTheyAreItsUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("same");
    QTest::newRow("valid UTF-8, noncharacters and a mid-page BOM included")
        << QByteArray("<meta charset=utf-8><p>caf\xC3\xA9 \xEF\xBF\xBE \xEF\xBB\xBF \xF0\x9F\x93\xB0</p>")
        << true;
    QTest::newRow("undeclared ASCII") << QByteArray("<p>plain words</p>") << true;
    QTest::newRow("a leading BOM is not text") << QByteArray("\xEF\xBB\xBF<p>caf\xC3\xA9</p>") << false;
    QTest::newRow("invalid bytes became U+FFFD") << QByteArray("<meta charset=utf-8><p>caf\xE9</p>") << false;
    QTest::newRow("windows-1252") << QByteArray("<meta charset=windows-1252><p>plain</p>") << false;
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE<\0p\0>\0", 8) << false;
}

void TestTextDecoder::bytesStandForTheTextOnlyWhenTheyAreItsUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, same);
    const DecodedText decoded = decodeText(bytes, ContentKind::Html);
    CaptureData data;
    data.bytes = bytes;
    data.text = decoded.text;
    data.encoding = decoded.encoding;
    const Capture capture(data);
    QCOMPARE(captureTextUtf8(capture), decoded.text.toUtf8());
    // No copy when the bytes are the text's UTF-8: the capture's own bytes are handed out.
    QCOMPARE(captureTextUtf8(capture).constData() == capture.bytes().constData(), same);
}

void TestTextDecoder::brokenUtf16BecomesReplacementCharacter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QStringEncoder le(QStringEncoder::Utf16LE);
    QStringEncoder be(QStringEncoder::Utf16BE);
    const QByteArray pageLe = QByteArray("\xFF\xFE") + QByteArray(le.encode(u"<p>Zoë</p>"));
    const QByteArray pageBe = QByteArray("\xFE\xFF") + QByteArray(be.encode(u"<p>Zoë</p>"));
    QTest::newRow("odd last byte, LE") << pageLe + "x" << QStringLiteral("<p>Zoë</p>\uFFFD");
    QTest::newRow("odd last byte, BE") << pageBe + "x" << QStringLiteral("<p>Zoë</p>\uFFFD");
    // D83D alone (a high surrogate with no low one after it), then DE00 alone.
    QTest::newRow("lone high surrogate")
        << pageLe + QByteArray("\x3D\xD8\x41\x00", 4) << QStringLiteral("<p>Zoë</p>\uFFFDA");
    QTest::newRow("lone low surrogate")
        << pageLe + QByteArray("\x00\xDE\x41\x00", 4) << QStringLiteral("<p>Zoë</p>\uFFFDA");
}

void TestTextDecoder::brokenUtf16BecomesReplacementCharacter()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const DecodedText decoded = decodeText(bytes, ContentKind::Html);
    QVERIFY(decoded.encoding.startsWith(QLatin1String("UTF-16")));
    QCOMPARE(decoded.text, expected);
    QVERIFY(decoded.hadErrors); // what makes the reader warn that bytes were replaced
}

void TestTextDecoder::validSurrogatePairsAreKept()
{
    QStringEncoder le(QStringEncoder::Utf16LE);
    const QString text = QStringLiteral("<p>\U0001F600 ok</p>");
    const DecodedText decoded =
        decodeText(QByteArray("\xFF\xFE") + QByteArray(le.encode(text)), ContentKind::Html);
    QCOMPARE(decoded.text, text);
    QVERIFY(!decoded.hadErrors);
}

void TestTextDecoder::lineBreaksAreKept()
{
    const QByteArray bytes = "line one\r\nline two\rline three\n";
    const DecodedText decoded = decodeText(bytes, ContentKind::Text);
    QCOMPARE(decoded.text, QString::fromLatin1(bytes));
}

void TestTextDecoder::checkpointsMapTextOffsetsToBytes_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("bom");
    QTest::newRow("UTF-8 with BOM") << QStringLiteral("UTF-8") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("Shift_JIS") << QStringLiteral("Shift_JIS") << QByteArray();
    QTest::newRow("UTF-16LE") << QStringLiteral("UTF-16LE") << QByteArray("\xFF\xFE");
}

void TestTextDecoder::checkpointsMapTextOffsetsToBytes()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, bom);
    QString text;
    for (int i = 0; i < 3000; ++i)
        text += QStringLiteral("記事 %1 news,").arg(i) + (i % 7 == 0 ? QStringLiteral("\n") : QString());
    QStringEncoder encoder(encoding.toLatin1().constData());
    const QByteArray bytes = bom + QByteArray(encoder.encode(text));
    CaptureData data;
    data.kind = ContentKind::Text;
    data.bytes = bytes;
    DecodedText decoded =
        decodeText(bytes, ContentKind::Text, bom.isEmpty() ? QByteArrayView("shift_jis") : QByteArrayView());
    QCOMPARE(decoded.text, text);
    QVERIFY2(decoded.checkpoints.size() > bytes.size() / 8192, "a checkpoint every few KB");
    data.text = decoded.text;
    data.encoding = decoded.encoding;
    data.offsetCheckpoints = decoded.checkpoints;
    const Capture capture(data);
    for (qsizetype offset :
         {qsizetype(0), qsizetype(1), qsizetype(4097), text.size() / 2, text.size() - 1, text.size()}) {
        QStringEncoder check(encoding.toLatin1().constData());
        const qint64 expected = bom.size() + QByteArray(check.encode(QStringView(text).first(offset))).size();
        QCOMPARE(capture.sourceOffset(offset), expected);
    }
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "test_textdecoder.moc"
