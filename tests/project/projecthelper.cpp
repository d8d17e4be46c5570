// SPDX-License-Identifier: GPL-3.0-or-later
// A second Galley process for the project tests, so locks and crashes are real:
//   project_helper hold DIR         open DIR writable, print "locked <pid>", wait to be killed
//   project_helper save DIR N SIZE  open DIR, then save records 0..N-1 round-robin forever, each with a
//                                   generation number written into several fields, printing "ready"
//                                   once the project is open and "saved" after each save; stops only
//                                   when killed
#include "project/projectstore.h"
#include "projecttestutil.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>

using namespace galley;

namespace {

int hold(const QString &dir)
{
    ProjectError error;
    const auto store = ProjectStore::open(dir, &error);
    if (!store || store->isReadOnly()) {
        std::fprintf(stderr, "%s\n", qPrintable(store ? store->readOnlyReason() : error.toString()));
        return 1;
    }
    std::printf("locked %lld\n", QCoreApplication::applicationPid());
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}

int saveForever(const QString &dir, int count, int size)
{
    ProjectError error;
    ProjectStore::Options options;
    options.watch = false;
    const auto store = ProjectStore::open(dir, &error, options);
    if (!store || store->isReadOnly()) {
        std::fprintf(stderr, "%s\n", qPrintable(store ? store->readOnlyReason() : error.toString()));
        return 1;
    }
    QList<ReviewRecord> records;
    qint64 last = 0; // generations keep rising across runs, so the test can tell old from new
    for (int i = 0; i < count; ++i) {
        ReviewRecord r;
        if (!store->load(test::recordId(i), &r, nullptr))
            r = test::makeRecord(test::recordId(i), QStringLiteral("gen 0"));
        last = std::max(last, r.corrected.headline.mid(4).toLongLong());
        records.append(r);
    }
    std::printf("ready\n");
    std::fflush(stdout);
    const QString filler(size, QLatin1Char('x'));
    for (qint64 generation = last + 1;; ++generation) {
        ReviewRecord &r = records[int(generation % count)];
        // The generation goes into three places far apart in the file: a torn write cannot agree.
        const QString tag = QStringLiteral("gen %1").arg(generation);
        r.corrected.headline = tag;
        r.reviewer = tag;
        r.corrected.body = {{BlockKind::Paragraph, filler}, {BlockKind::Paragraph, tag}};
        if (!store->save(r, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
            return 1;
        }
        std::printf("saved\n");
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("hold"))
        return hold(args.at(2));
    if (args.size() == 5 && args.at(1) == QLatin1String("save"))
        return saveForever(args.at(2), args.at(3).toInt(), args.at(4).toInt());
    std::fprintf(stderr, "usage: project_helper hold DIR | save DIR COUNT SIZE\n");
    return 2;
}
