// SPDX-License-Identifier: GPL-3.0-or-later
// bench_extract [--parse-only] [--rounds N] PATH...: extraction speed on one core.
//
// Reads every capture first (reading is not timed), then times HtmlDocument parsing alone and the
// body extraction alone, and the whole extraction (every field) over all pages, N rounds each, and prints
// pages/s, MB/s (of decoded page text as UTF-8) and the process's peak resident memory. Rates are given
// for wall time and for the process's CPU time: on a shared machine the CPU figure is the one that
// says what one core does.
#include "capture/capturereader.h"
#include "extract/extractor.h"
#include "extract/html/bodyextractor.h"
#include "extract/html/htmldocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <ctime>
#include <sys/resource.h>

using namespace galley;

namespace {

struct Timing
{
    double seconds = 0;
    double cpuSeconds = 0;
    qint64 pages = 0;
};

double cpuNow()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

template<typename Work> Timing run(const QList<Capture> &captures, int rounds, Work work)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuNow();
    qint64 pages = 0;
    for (int r = 0; r < rounds; ++r) {
        for (const Capture &c : captures) {
            work(c);
            ++pages;
        }
    }
    return {double(timer.nsecsElapsed()) / 1e9, cpuNow() - cpuStart, pages};
}

void report(QTextStream &out, const char *what, const Timing &t, double megabytes, int rounds)
{
    out << what << ": " << t.pages << " pages in " << QString::number(t.seconds, 'f', 3) << " s, "
        << QString::number(double(t.pages) / t.seconds, 'f', 1) << " pages/s, "
        << QString::number(megabytes * rounds / t.seconds, 'f', 1) << " MB/s; CPU "
        << QString::number(t.cpuSeconds, 'f', 3) << " s, "
        << QString::number(double(t.pages) / t.cpuSeconds, 'f', 1) << " pages/s, "
        << QString::number(megabytes * rounds / t.cpuSeconds, 'f', 1) << " MB/s\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool parseOnly = args.removeAll(QStringLiteral("--parse-only")) > 0;
    int rounds = 3;
    if (const qsizetype i = args.indexOf(QStringLiteral("--rounds")); i >= 0 && i + 1 < args.size()) {
        rounds = qMax(1, args.at(i + 1).toInt());
        args.remove(i, 2);
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        err << "usage: bench_extract [--parse-only] [--rounds N] PATH...\n";
        return 2;
    }
    const auto onError = [&err](const CaptureError &e) { err << "bench_extract: " << e.toString() << '\n'; };
    QList<Capture> captures;
    double megabytes = 0;
    for (const QString &path : expandCapturePaths(args, onError)) {
        readCaptureFile(
            path,
            [&](const Capture &c) {
                captures.append(c);
                megabytes += double(c.text().toUtf8().size()) / 1e6;
            },
            onError);
    }
    out << captures.size() << " pages, " << QString::number(megabytes, 'f', 1) << " MB, " << rounds
        << " rounds\n";

    qsizetype sink = 0; // keeps the optimiser from dropping the work
    report(out, "parse (HtmlDocument)",
           run(captures, rounds, [&](const Capture &c) { sink += HtmlDocument(c.text()).root().isNull(); }),
           megabytes, rounds);
    if (!parseOnly) {
        report(out, "parse + body",
               run(captures, rounds,
                   [&](const Capture &c) {
                       const HtmlDocument document(c.text());
                       Article article;
                       extractHtmlBody(document, {}, &article);
                       sink += article.body.size();
                   }),
               megabytes, rounds);
        report(out, "extract (all fields)",
               run(captures, rounds,
                   [&](const Capture &c) { sink += extractArticle(c, Vocabulary()).body.size(); }),
               megabytes, rounds);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << "peak RSS: " << QString::number(double(usage.ru_maxrss) / 1024.0, 'f', 1) << " MB (checksum "
        << sink << ")\n";
    return 0;
}
