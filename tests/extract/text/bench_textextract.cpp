// SPDX-License-Identifier: GPL-3.0-or-later
// bench_textextract [--rounds N] PATH...: text-capture extraction speed on one core.
//
// Reads every capture first and extracts each once (not timed), then runs extractTextArticle() over all
// pages N times and prints pages/s by the thread's CPU time (what one core does, whatever else the
// machine runs) and by wall-clock time (comparable only on an idle machine).
#include "capture/capturereader.h"
#include "extract/text/textextractor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <ctime>

using namespace galley;

namespace {

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Text-capture extraction speed on one core."));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Passes over the pages."),
                                          QStringLiteral("N"), QStringLiteral("5"));
    parser.addOption(roundsOption);
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Text captures or folders."),
                                 QStringLiteral("PATH..."));
    parser.process(app);
    const int rounds = qMax(1, parser.value(roundsOption).toInt());
    const QStringList args = parser.positionalArguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty())
        parser.showHelp(2);
    const auto onError = [&err](const CaptureError &e) {
        err << "bench_textextract: " << e.toString() << '\n';
    };
    QList<Capture> captures;
    for (const QString &path : expandCapturePaths(args, onError))
        readCaptureFile(
            path, [&](const Capture &c) { captures.append(c); }, onError);
    if (captures.isEmpty()) {
        err << "bench_textextract: no captures\n";
        return 1;
    }
    // One untimed pass loads the stop-word and agency tables and compiles the patterns (once per
    // process, ~130 M instructions: a batch of thousands of captures pays it once); its time is shown
    // apart so the figure below is what each further capture costs.
    const double warmStart = threadCpuSeconds();
    for (const Capture &c : std::as_const(captures))
        extractTextArticle(c, Vocabulary());
    const double warmCpu = threadCpuSeconds() - warmStart;

    qsizetype sink = 0; // keeps the optimiser from dropping the work
    QElapsedTimer wall;
    wall.start();
    const double cpuStart = threadCpuSeconds();
    for (int r = 0; r < rounds; ++r) {
        for (const Capture &c : std::as_const(captures))
            sink += extractTextArticle(c, Vocabulary()).body.size();
    }
    const double cpu = threadCpuSeconds() - cpuStart;
    const double wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    const double pages = double(captures.size()) * rounds;
    out << captures.size() << " pages x " << rounds
        << " rounds (first, untimed pass: " << QString::number(warmCpu, 'f', 3) << " s CPU)\n"
        << "cpu:  " << QString::number(cpu, 'f', 3) << " s, " << QString::number(pages / cpu, 'f', 0)
        << " pages/s\n"
        << "wall: " << QString::number(wallSeconds, 'f', 3) << " s, "
        << QString::number(pages / wallSeconds, 'f', 0) << " pages/s (checksum " << sink << ")\n";
    return 0;
}
