// SPDX-License-Identifier: GPL-3.0-or-later
// `galley extract` on a 100-page .warc.gz: one record per page, in order, with URL and capture time.
#include "capturewriter.h"
#include "testpaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace galley::testing;

class TestExtractWarc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hundredPagesGiveHundredRecords();
    void brokenRecordIsReportedAndTheRestPrinted();

private:
    static QByteArray page(int i);
    QTemporaryDir m_dir;
};

QByteArray TestExtractWarc::page(int i)
{
    const QByteArray n = QByteArray::number(i);
    return "<!DOCTYPE html><html><head><title>Story " + n +
           "</title></head><body><article><h1>Story number " + n + "</h1><p>Paragraph one of story " + n +
           " tells what happened in the city council today.</p>"
           "<p>Paragraph two of story " +
           n + " adds what the mayor said afterwards.</p></article></body></html>";
}

static QList<QJsonObject> runExtract(const QString &path, int *exitCode, QString *errors)
{
    QProcess process;
    process.start(galley::test::galleyBinary(), {QStringLiteral("extract"), path});
    if (!process.waitForFinished(120000))
        return {};
    *exitCode = process.exitCode();
    *errors = QString::fromUtf8(process.readAllStandardError());
    QList<QJsonObject> records;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            records.append(QJsonDocument::fromJson(line).object());
    }
    return records;
}

void TestExtractWarc::hundredPagesGiveHundredRecords()
{
    QByteArray warc =
        compress(warcRecord("warcinfo", {}, "2024-05-01T00:00:00Z", "application/warc-fields", "x: y\r\n"));
    for (int i = 0; i < 100; ++i) {
        const QByteArray date = "2024-05-01T10:" + QByteArray::number(i / 60).rightJustified(2, '0') + ':' +
                                QByteArray::number(i % 60).rightJustified(2, '0') + 'Z';
        warc += compress(warcRecord("request", "https://news.example/" + QByteArray::number(i), date,
                                    "application/http; msgtype=request", "GET / HTTP/1.1\r\n\r\n"));
        warc += compress(warcHtmlResponse("https://news.example/" + QByteArray::number(i), date, page(i)));
    }
    const QString path = m_dir.filePath(QStringLiteral("hundred.warc.gz"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(warc);
    file.close();
    int exitCode = -1;
    QString errors;
    const QList<QJsonObject> records = runExtract(path, &exitCode, &errors);
    QCOMPARE(exitCode, 0);
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
    QCOMPARE(records.size(), 100);
    for (int i = 0; i < 100; ++i) {
        const QJsonObject source = records[i].value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("format")).toString(), QStringLiteral("warc"));
        QCOMPARE(source.value(QStringLiteral("index")).toInt(), i);
        QCOMPARE(source.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://news.example/%1").arg(i));
        QCOMPARE(source.value(QStringLiteral("captured")).toString(),
                 QStringLiteral("2024-05-01T10:%1:%2Z")
                     .arg(i / 60, 2, 10, QLatin1Char('0'))
                     .arg(i % 60, 2, 10, QLatin1Char('0')));
        QVERIFY(
            records[i].value(QStringLiteral("text")).toString().contains(QStringLiteral("story %1 ").arg(i)));
    }
}

void TestExtractWarc::brokenRecordIsReportedAndTheRestPrinted()
{
    QByteArray bad = warcHtmlResponse("https://news.example/bad", "2024-05-01T00:00:00Z", page(1));
    bad.replace("Content-Length: ", "Content-Length: x");
    const QByteArray good =
        compress(warcHtmlResponse("https://news.example/good", "2024-05-01T00:00:00Z", page(2)));
    const QString path = m_dir.filePath(QStringLiteral("broken.warc.gz"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(good + compress(bad) + good);
    file.close();
    int exitCode = -1;
    QString errors;
    const QList<QJsonObject> records = runExtract(path, &exitCode, &errors);
    QCOMPARE(exitCode, 1);
    QCOMPARE(records.size(), 2);
    QVERIFY2(
        errors.startsWith(
            QStringLiteral("galley: %1: record 2, byte %2: bad Content-Length").arg(path).arg(good.size())),
        qPrintable(errors));
}

QTEST_GUILESS_MAIN(TestExtractWarc)
#include "test_extractwarc.moc"
