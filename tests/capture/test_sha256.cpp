// SPDX-License-Identifier: GPL-3.0-or-later
// Sha256 gives the digests of FIPS 180-4 (and of QCryptographicHash, which it replaced for page ids),
// in one call or fed in pieces.
#include "capture/sha256.h"

#include <QCryptographicHash>
#include <QTest>

using galley::Sha256;

class TestSha256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownDigests();
    void piecesGiveTheWholeDigest();
};

void TestSha256::knownDigests()
{
    QCOMPARE(Sha256::hexHash(""),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(Sha256::hexHash("abc"),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(Sha256::hexHash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
             QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
}

void TestSha256::piecesGiveTheWholeDigest()
{
    QByteArray data(1 << 20, Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char((i * 131) ^ (i >> 7));
    Sha256 pieces;
    for (qsizetype at = 0; at < data.size(); at += 4093)
        pieces.addData(QByteArrayView(data).sliced(at, qMin<qsizetype>(4093, data.size() - at)));
    const QByteArray digest = pieces.result();
    QCOMPARE(digest.size(), 32);
    QCOMPARE(digest, Sha256::hash(data));
    QCOMPARE(digest, QCryptographicHash::hash(data, QCryptographicHash::Sha256));
}

QTEST_GUILESS_MAIN(TestSha256)
#include "test_sha256.moc"
