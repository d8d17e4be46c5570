// SPDX-License-Identifier: GPL-3.0-or-later
// Project store benchmark (docs/benchmarks.md, "Project store"): not a test, a measuring tool.
//
//   project_bench generate DIR [COUNT]   make a project of COUNT (50,000) realistic records in DIR
//   project_bench open DIR [--cold]      open it and list it; --cold drops the index cache first
//
// Run `open` under /usr/bin/time -v for the peak memory.
#include "project/projectstore.h"
#include "project/recordfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentMap>
#include <cstdio>
#include <numeric>

using namespace galley;

namespace {

// A page of the size of a typical news article (the corpus gold bodies average 3,800 characters):
// ~600 words in 8 paragraphs, provenance for each
// value, one image; one in ten corrected by an editor.
ReviewRecord syntheticRecord(int n)
{
    QRandomGenerator random(quint32(n) * 2654435761u);
    const QString id = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Sha256).toHex());
    static const QStringList words =
        QStringLiteral(
            "the minister said on Thursday that talks would resume after a summit in Brussels where leaders "
            "agreed "
            "to fund a new power link between the Baltic states and Poland officials told reporters")
            .split(QLatin1Char(' '));
    const auto sentence = [&](int count) {
        QStringList out;
        for (int i = 0; i < count; ++i)
            out.append(words.at(int(random.bounded(quint32(words.size())))));
        return out.join(QLatin1Char(' '));
    };
    ReviewRecord r;
    r.source.path = QStringLiteral("captures/") + id + QStringLiteral(".html");
    r.source.format = CaptureFormat::Html;
    r.source.url = QStringLiteral("https://www.site%1.example/news/%2.html").arg(n % 40).arg(n);
    r.source.captured = QStringLiteral("2026-02-%1T08:00:00Z").arg(1 + n % 28, 2, 10, QLatin1Char('0'));
    r.source.encoding = QStringLiteral("UTF-8");
    r.source.id = id;
    Article a;
    a.headline = sentence(10);
    a.bylines = {QStringLiteral("Reporter %1").arg(n % 300)};
    a.published = r.source.captured;
    a.dateline = QStringLiteral("BRUSSELS");
    a.credit = n % 3 == 0 ? QStringLiteral("Reuters") : QString();
    a.publisher = QStringLiteral("Site %1").arg(n % 40);
    a.images.append(
        {QStringLiteral("https://img.example/%1.jpg").arg(n), sentence(15), QStringLiteral("Jo Photo/AP")});
    qsizetype offset = 1000;
    for (int i = 0; i < 8; ++i) {
        const QString text = sentence(75);
        a.body.append({BlockKind::Paragraph, text});
        a.provenance.insert(QStringLiteral("body/%1").arg(i),
                            {SourceSpan{offset, offset + text.size(), QStringLiteral("p")}});
        offset += text.size() + 20;
    }
    a.provenance.insert(QStringLiteral("headline"), {SourceSpan{100, 180, QStringLiteral("h1")}});
    a.provenance.insert(QStringLiteral("bylines/0"), {SourceSpan{200, 220, QStringLiteral("meta:author")}});
    r.extracted = a;
    r.corrected = a;
    r.created = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC).addSecs(n / 100);
    r.modified = r.created;
    if (n % 10 == 0) {
        r.corrected.headline = sentence(9);
        r.status = ReviewStatus::Reviewed;
        r.reviewer = QStringLiteral("Editor %1").arg(n % 5);
        r.modified = r.created.addSecs(3600);
        r.reviewedAt = r.modified;
        r.history.append({QStringLiteral("headline"), r.reviewer, r.modified, a.headline,
                          r.corrected.headline, a.headline});
    }
    return r;
}

int generate(const QString &dir, int count)
{
    ProjectError error;
    if (!Project::isProject(dir) &&
        !Project::init(dir, QStringLiteral("Benchmark"), *Clock::system(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 1;
    }
    const QString records = QDir(dir).absoluteFilePath(QStringLiteral("records"));
    QList<int> numbers(count);
    std::iota(numbers.begin(), numbers.end(), 0);
    QElapsedTimer timer;
    timer.start();
    // Plain writes: generating the data set is not what is measured, and fsyncing 50,000 files would
    // take the better part of an hour.
    const QList<qint64> sizes = QtConcurrent::blockingMapped(numbers, [&records](int n) {
        const ReviewRecord r = syntheticRecord(n);
        QFile file(records + QLatin1Char('/') + recordFileName(r.source.id));
        const QByteArray data = encodeRecordFile(r);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() ? qint64(data.size())
                                                                                  : qint64(-1);
    });
    const qint64 total = std::accumulate(sizes.cbegin(), sizes.cend(), qint64(0));
    std::printf("generated %d records (%.1f MB, %.1f KB each) in %.1f s\n", count, double(total) / 1e6,
                double(total) / count / 1e3, double(timer.elapsed()) / 1e3);
    return std::find(sizes.cbegin(), sizes.cend(), -1) == sizes.cend() ? 0 : 1;
}

int open(const QString &dir, bool cold)
{
    if (cold)
        QFile::remove(QDir(dir).absoluteFilePath(QStringLiteral("cache/index.bin")));
    QElapsedTimer timer;
    timer.start();
    ProjectError error;
    ProjectStore::Options options;
    options.watch = true; // as the window opens it
    const auto store = ProjectStore::open(dir, &error, options);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 1;
    }
    const qint64 listed = timer.elapsed();
    // Touch every summary as a table would when scrolled through, so nothing is left lazy.
    qsizetype chars = 0;
    for (const RecordSummary &s : store->summaries())
        chars += s.headline.size() + s.site.size();
    std::printf("%s open: %lld records listed in %lld ms (%d files read, %lld problems, %lld chars)\n",
                cold ? "cold" : "warm", qint64(store->summaries().size()), listed, store->lastScanParsed(),
                qint64(store->problems().size()), qint64(chars));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 3 && args.at(1) == QLatin1String("generate"))
        return generate(args.at(2), args.size() > 3 ? args.at(3).toInt() : 50000);
    if (args.size() >= 3 && args.at(1) == QLatin1String("open"))
        return open(args.at(2), args.contains(QStringLiteral("--cold")));
    std::fprintf(stderr, "usage: project_bench generate DIR [COUNT] | open DIR [--cold]\n");
    return 2;
}
