// SPDX-License-Identifier: GPL-3.0-or-later
// Export throughput per format on 1,000 fixture-like records (not a CTest test: a benchmark, see
// docs/benchmarks.md). Run: build/dev/tests/export/bench_export
#include "export/exportregistry.h"
#include "exportfixtures.h"

#include <QBuffer>
#include <QTest>

using namespace galley;

class BenchExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportThousand_data();
    void exportThousand();
};

void BenchExport::exportThousand_data()
{
    QTest::addColumn<QString>("format");
    for (const QString &id : exportregistry::ids())
        QTest::newRow(qPrintable(id)) << id;
}

void BenchExport::exportThousand()
{
    QFETCH(QString, format);
    QList<ReviewRecord> records;
    for (int i = 0; i < 1000; ++i) {
        ReviewRecord r = testing::fixtureRecords().at(i % 3);
        r.source.id = QString::number(i).rightJustified(64, u'0');
        records.append(r);
    }
    const Exporter *exporter = exportregistry::find(format);
    QByteArray bytes;
    QBENCHMARK
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(exporter->write(records, &buffer, &error));
    }
    qInfo("%s: %lld bytes for 1000 records", qPrintable(format), qlonglong(bytes.size()));
}

QTEST_GUILESS_MAIN(BenchExport)
#include "bench_export.moc"
