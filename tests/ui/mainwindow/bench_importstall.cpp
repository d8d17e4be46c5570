// SPDX-License-Identifier: GPL-3.0-or-later
// How long the window's event loop goes unanswered while File → Import runs (#19: no stall over
// 100 ms): a 5 ms timer on the GUI thread records every gap between its ticks, from the start of the
// import until the page list shows the new pages. Prints the longest gap, how many passed 100 ms and
// where the longest one fell (while the worker imported, or in the window's finishing steps).
// Quick by default (generated WARC of 300 pages, as CTest runs it); the figure in docs/benchmarks.md
// comes from a large archive, and GALLEY_BENCH_PROJECT imports into a large existing project:
//   GALLEY_BENCH_ARCHIVE=big10k.warc.gz build/dev/tests/ui/bench_importstall -platform offscreen
#include "../../capture/capturewriter.h"
#include "../guitestsupport.h"
#include "browser/pagetablemodel.h"
#include "browser/projectbrowser.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/sessioncontroller.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

/// Gaps between the ticks of a fast timer on the GUI thread: each one is how long an event (a key,
/// a repaint) would have waited.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 gapMs = (now - m_last) / 1000000;
            if (gapMs > m_longestMs) {
                m_longestMs = gapMs;
                m_longestAtMs = now / 1000000;
            }
            if (gapMs > 100)
                m_over100.append(u"%1 ms ending at %2 ms"_s.arg(gapMs).arg(now / 1000000));
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    qint64 longestMs() const { return m_longestMs; }
    qint64 longestAtMs() const { return m_longestAtMs; }
    QStringList over100() const { return m_over100; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longestMs = 0;
    qint64 m_longestAtMs = 0;
    QStringList m_over100;
};

QByteArray generatedArchive(int pages)
{
    QByteArray warc;
    for (int i = 0; i < pages; ++i) {
        QByteArray body;
        for (int p = 0; p < 12; ++p)
            body += "<p>Paragraph " + QByteArray::number(p) + " of story " + QByteArray::number(i) +
                    ", long enough to read as prose about the harbour, the council and the vote.</p>";
        const QByteArray html = "<html><head><title>Story " + QByteArray::number(i) +
                                "</title></head><body><article><h1>Harbour council votes on story " +
                                QByteArray::number(i) + "</h1><p class=byline>By Jane Roe</p>" + body +
                                "</article></body></html>";
        warc += testing::warcHtmlResponse("https://news.example/story-" + QByteArray::number(i),
                                          "2026-12-01T10:00:00Z", html);
    }
    return warc;
}

} // namespace

class BenchImportStall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::isolate(m_settings, u"bench_importstall"_s); }
    void importIntoOpenProject();

private:
    QTemporaryDir m_settings;
};

void BenchImportStall::importIntoOpenProject()
{
    QTemporaryDir dir;
    // An existing project (GALLEY_BENCH_PROJECT) shows the window's finishing steps at its size.
    QString project = qEnvironmentVariable("GALLEY_BENCH_PROJECT");
    if (project.isEmpty()) {
        project = dir.filePath(u"project"_s);
        QVERIFY(guitest::makeSampleProject(project));
    }
    QString archive = qEnvironmentVariable("GALLEY_BENCH_ARCHIVE");
    int expectedPages = -1;
    if (archive.isEmpty()) {
        expectedPages = 300;
        archive = dir.filePath(u"generated.warc"_s);
        QFile file(archive);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(generatedArchive(expectedPages)) > 0);
    }

    MainWindow window;
    window.show();
    window.openPaths({project});
    auto *browser = window.findChild<ProjectBrowser *>();
    QVERIFY(browser);
    const int before = browser->model()->rowCount();

    QSignalSpy finished(window.sessions(), &SessionController::jobFinished);
    StallMeter meter;
    window.sessions()->importIntoProject({archive});
    QVERIFY(finished.wait(3600 * 1000));
    const qint64 finishedAtMs = meter.elapsedMs();
    QTest::qWait(50); // a few ticks after the last step, so a stall at the very end is measured too
    const int imported = browser->model()->rowCount() - before;
    qInfo("pages %d in %lld ms; longest event-loop gap %lld ms at %lld ms (import finished at %lld ms); "
          "gaps over 100 ms: %d (%s)",
          imported, finishedAtMs, meter.longestMs(), meter.longestAtMs(), finishedAtMs,
          int(meter.over100().size()), qPrintable(meter.over100().join(u", "_s)));
    if (expectedPages >= 0 && qEnvironmentVariableIsEmpty("GALLEY_BENCH_PROJECT"))
        QCOMPARE(imported, expectedPages);
    else
        QVERIFY(imported > 0);
}

QTEST_MAIN(BenchImportStall)
#include "bench_importstall.moc"
