// SPDX-License-Identifier: GPL-3.0-or-later
// Streaming gzip: several members, truncated members, junk after a member, bounded in-memory inflate.
#include "capture/gzipstream.h"
#include "capturewriter.h"

#include <QBuffer>
#include <QTest>

using namespace galley;
using galley::testing::compress;

class TestGzipStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void membersAreReadOneAfterAnother();
    void memberOffsetsAreKnown();
    void truncatedMemberIsAnError();
    void junkAfterAMemberIsAnError();
    void zeroPaddingIsAccepted();
    void inflateIsBounded();
};

static QByteArray readAllFrom(const QByteArray &compressed, QString *error)
{
    QByteArray copy = compressed;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    GzipStream stream(&buffer);
    QByteArray out = stream.readAll();
    *error = stream.error();
    return out;
}

void TestGzipStream::membersAreReadOneAfterAnother()
{
    QByteArray big;
    for (int i = 0; i < 20000; ++i)
        big += QByteArray::number(i) + ' ';
    QString error;
    QCOMPARE(readAllFrom(compress("first ") + compress(big) + compress("last"), &error),
             "first " + big + "last");
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestGzipStream::memberOffsetsAreKnown()
{
    const QByteArray a = compress("aaaa");
    const QByteArray b = compress("bbbbbb");
    QByteArray data = a + b + compress("cc");
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    GzipStream stream(&buffer);
    QCOMPARE(stream.readAll(), QByteArray("aaaabbbbbbcc"));
    QCOMPARE(stream.memberStartingAt(0), 0);
    QCOMPARE(stream.memberStartingAt(2), -1); // not a member start
    QCOMPARE(stream.memberStartingAt(4), a.size());
    QCOMPARE(stream.memberStartingAt(10), a.size() + b.size());
}

void TestGzipStream::truncatedMemberIsAnError()
{
    const QByteArray whole = compress(QByteArray(50000, 'x') + QByteArray::number(12345));
    QString error;
    const QByteArray out = readAllFrom(compress("ok") + whole.left(whole.size() / 2), &error);
    QVERIFY(out.startsWith("ok"));
    QVERIFY2(error.contains(QLatin1String("truncated gzip member")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("byte")), qPrintable(error));
}

void TestGzipStream::junkAfterAMemberIsAnError()
{
    QString error;
    QCOMPARE(readAllFrom(compress("page") + "not gzip at all", &error), QByteArray("page"));
    QVERIFY2(error.contains(QLatin1String("not gzip")), qPrintable(error));
}

void TestGzipStream::zeroPaddingIsAccepted()
{
    QString error;
    QCOMPARE(readAllFrom(compress("page") + QByteArray(512, '\0'), &error), QByteArray("page"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestGzipStream::inflateIsBounded()
{
    const QByteArray bomb = compress(QByteArray(4 * 1024 * 1024, 'z'));
    QByteArray out;
    QString error;
    QVERIFY(!GzipStream::inflate(bomb, GzipStream::Format::Gzip, 1024 * 1024, &out, &error));
    QVERIFY2(error.contains(QLatin1String("exceeds")), qPrintable(error));
    QVERIFY(GzipStream::inflate(bomb, GzipStream::Format::Gzip, 8 * 1024 * 1024, &out, &error));
    QCOMPARE(out.size(), 4 * 1024 * 1024);
    QVERIFY(GzipStream::inflate(compress("raw", testing::Deflate::Raw), GzipStream::Format::RawDeflate, 100,
                                &out, &error));
    QCOMPARE(out, QByteArray("raw"));
}

QTEST_GUILESS_MAIN(TestGzipStream)
#include "test_gzipstream.moc"
