// SPDX-License-Identifier: GPL-3.0-or-later
// readAtMost() on a stream whose size is unknown and whose reads come back short, like a pipe.
#include "capture/boundedread.h"

#include <QTest>

using galley::readAtMost;

namespace {

/// A sequential device that hands out `data` at most `chunk` bytes per read, like a pipe.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(QByteArray data, qint64 chunk) : m_data(std::move(data)), m_chunk(chunk)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 reads = 0;

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        ++reads;
        const qint64 n = qMin(qMin(maxSize, m_chunk), m_data.size() - m_pos);
        if (n <= 0)
            return -1; // a closed pipe
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_chunk;
    qint64 m_pos = 0;
};

} // namespace

class TestBoundedRead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAllWithinTheLimit_data();
    void readsAllWithinTheLimit();
    void stopsOneByteOverTheLimit();
};

void TestBoundedRead::readsAllWithinTheLimit_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("chunk");
    QTest::newRow("empty") << 0 << 100;
    QTest::newRow("short reads") << 200000 << 777;
    QTest::newRow("exactly the limit") << 300000 << 65536;
}

void TestBoundedRead::readsAllWithinTheLimit()
{
    QFETCH(int, size);
    QFETCH(int, chunk);
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = char('a' + i % 26);
    TrickleDevice device(data, chunk);
    const galley::BoundedRead read = readAtMost(&device, 300000);
    QVERIFY(!read.overLimit);
    QVERIFY(read.error.isEmpty());
    QCOMPARE(read.bytes, data);
}

void TestBoundedRead::stopsOneByteOverTheLimit()
{
    // 50 MB behind a 100 KB limit: the read stops after limit + 1 bytes instead of taking it all in.
    TrickleDevice device(QByteArray(50 * 1024 * 1024, 'x'), 4096);
    const galley::BoundedRead read = readAtMost(&device, 100 * 1024);
    QVERIFY(read.overLimit);
    QCOMPARE(read.bytes.size(), 100 * 1024 + 1);
    QVERIFY(device.reads < 100);
}

QTEST_GUILESS_MAIN(TestBoundedRead)
#include "test_boundedread.moc"
