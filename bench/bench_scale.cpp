// 10,000 jobs in the model and the view: load, sort, filter, memory per job,
// and the longest GUI-thread stall during a flood of 1,000,000
// JobModification events through the real JobFeed. Prints figures against
// the targets; not a test.
#include "../tests/fakes/fake_service.h"

#include "engine/feed/job_feed.h"
#include "bench_gui.h"
#include "job_filter_model.h"
#include "job_table_model.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPaintEvent>
#include <QScrollBar>
#include <QTableView>
#include <QThread>
#include <QTimer>

#include <malloc.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <thread>

using namespace bits;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kJobs = 10'000;

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Minor and major page faults of the calling thread so far.
long threadPageFaults()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_minflt + usage.ru_majflt;
}

// Measures every event the GUI thread handles: wall time and the thread's
// own CPU time (which, unlike wall time, leaves out the time the OS gave the
// cores to other threads).
class MeasuringApplication : public QApplication {
public:
    using QApplication::QApplication;
    bool measuring = false;
    double longestWallMs = 0;
    double longestCpuMs = 0;
    QString longestWhat;
    struct Slow {
        Clock::time_point start;
        double ms;
        double cpuMs;
        QString what;
    };
    std::vector<Slow> slowEvents;  // over 2 ms, to explain the longest gap
    struct Seen {
        Clock::time_point start;
        float cpuMs;
    };
    std::vector<Seen> events;  // every one, to count what a gap held

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!measuring || QThread::currentThread() != thread())  // the GUI thread only
            return QApplication::notify(receiver, event);
        if (m_depth > 0) {
            // What an update request painted, to tell a band of rows from the whole table.
            if (event->type() == QEvent::Paint) {
                const QRect painted = static_cast<QPaintEvent *>(event)->region().boundingRect();
                m_painted += QStringLiteral(" %1 %2x%3")
                                 .arg(QString::fromLatin1(receiver->metaObject()->className()))
                                 .arg(painted.width())
                                 .arg(painted.height());
            }
            return QApplication::notify(receiver, event);
        }
        ++m_depth;
        m_painted.clear();
        const auto wall = Clock::now();
        const double cpu = threadCpuMs();
        const bool result = QApplication::notify(receiver, event);
        const double used = threadCpuMs() - cpu;
        const double took = std::chrono::duration<double, std::milli>(Clock::now() - wall).count();
        events.push_back({wall, float(used)});
        if (took > 2.0)
            slowEvents.push_back({wall, took, used,
                                  QString::fromLatin1(receiver->metaObject()->className()) + QLatin1Char(' ')
                                      + QString::number(int(event->type())) + m_painted});
        if (used > longestCpuMs) {
            longestCpuMs = used;
            longestWhat = QString::fromLatin1(receiver->metaObject()->className()) + QStringLiteral(" event ")
                + QString::number(int(event->type())) + m_painted;
        }
        longestWallMs = std::max(longestWallMs, std::chrono::duration<double, std::milli>(Clock::now() - wall).count());
        --m_depth;
        return result;
    }

private:
    int m_depth = 0;
    QString m_painted;  // widgets painted inside the event being measured, with their areas
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Resident memory now, after returning free heap pages to the system.
double residentKiB()
{
    malloc_trim(0);
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * double(sysconf(_SC_PAGESIZE)) / 1024.0 : 0;
}

// Jobs as a busy machine has them: varied names, owners, states, sizes and
// progress, one to three files each.
std::vector<JobSnapshot> makeJobs()
{
    static const char *owners[] = {"root", "alice", "bob", "NT AUTHORITY\\SYSTEM"};
    std::vector<JobSnapshot> jobs;
    jobs.reserve(kJobs);
    for (int i = 0; i < kJobs; ++i) {
        JobSnapshot job;
        job.id = JobId::generate();
        job.displayName = "update-package-" + std::to_string((i * 7919) % kJobs) + ".cab";
        job.owner = owners[i % 4];
        job.state = JobState(i % kJobStateCount);
        job.priority = Priority(i % 4);
        job.created = TimePoint(std::chrono::seconds(1'763'800'000 + (i * 37) % 100'000));
        job.modified = job.created;
        const int files = 1 + i % 3;
        for (int f = 0; f < files; ++f) {
            FileSnapshot file;
            file.remoteUrl = "http://127.0.0.1:8080/pool/" + std::to_string(i) + "/part" + std::to_string(f) + ".bin";
            file.localName = "/home/user/Downloads/" + std::to_string(i) + "-part" + std::to_string(f) + ".bin";
            file.bytesTotal = 1'000'000 + std::uint64_t((i * 104729) % 50'000'000);
            // Progress spread over about a thousand values, as a real list
            // has them (a handful of values would flatter anything cached).
            file.bytesTransferred = file.bytesTotal / 1000 * std::uint64_t((i * 7919 + f * 104729) % 1001);
            job.bytesTotal = (f == 0 ? 0 : job.bytesTotal) + file.bytesTotal;
            job.bytesTransferred = (f == 0 ? 0 : job.bytesTransferred) + file.bytesTransferred;
            job.files.push_back(std::move(file));
        }
        job.filesTotal = std::uint32_t(files);
        jobs.push_back(std::move(job));
    }
    return jobs;
}

using Gui = BenchGui;

// Time of `step`, and of what it leaves the GUI thread (the view's layout and
// paint): a person waits for both. With a view, its postponed layout and one
// paint of its visible rows are always included (a single pass of the event
// loop was seen to leave them for later, which measured them nowhere).
// Besides wall time, the GUI thread's own CPU time: on this shared machine
// wall time swings by half between runs, CPU time is what the step cost.
struct StepTime {
    double step = 0;
    double events = 0;
    double cpu = 0;
    double total() const { return step + events; }
};

template <typename Step>
StepTime timedParts(Step step, BenchView *view = nullptr)
{
    const double cpuBefore = threadCpuMs();
    QElapsedTimer timer;
    timer.start();
    step();
    const double stepped = double(timer.nsecsElapsed()) / 1e6;
    if (view)
        view->settle();
    QCoreApplication::processEvents();
    return {stepped, double(timer.nsecsElapsed()) / 1e6 - stepped, threadCpuMs() - cpuBefore};
}

template <typename Step>
double timed(Step step, BenchView *view = nullptr)
{
    return timedParts(step, view).total();
}

// One page further down: a screen of rows never shown before.
StepTime pageDown(BenchView &view)
{
    return timedParts([&] { view.verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd); }, &view);
}

void loadSortFilter()
{
    const std::vector<JobSnapshot> jobs = makeJobs();
    feed::JobBatch batch;
    batch.added = jobs;
    batch.takenAt = Clock::now();

    std::vector<double> load;
    std::vector<double> loadCpu;
    for (int run = 0; run < 5; ++run) {
        Gui gui;
        const StepTime t = timedParts([&] { gui.model.applyBatch(batch); }, &gui.view);
        load.push_back(t.total());
        loadCpu.push_back(t.cpu);
    }

    Gui gui;
    gui.model.applyBatch(batch);
    QCoreApplication::processEvents();
    std::printf("\n1. %d jobs, model + sorted/filtered proxy + visible view (offscreen)\n", kJobs);
    std::printf("   %-40s %8.1f ms (median of 5, max %.1f; CPU median %.1f, max %.1f; target < 50 ms)\n",
                "load into an empty table", median(load), *std::max_element(load.begin(), load.end()), median(loadCpu),
                *std::max_element(loadCpu.begin(), loadCpu.end()));

    std::vector<double> repaint;
    for (int run = 0; run < 10; ++run)
        repaint.push_back(timed([&] { gui.view.viewport()->repaint(); }));
    std::printf("   %-40s %8.1f ms (median of 10; inside every step below)\n", "one repaint of the visible rows",
                median(repaint));
    std::vector<double> pages;
    std::vector<double> pagesCpu;
    for (int page = 1; page <= 20; ++page) {
        const StepTime t = pageDown(gui.view);
        pages.push_back(t.total());
        pagesCpu.push_back(t.cpu);
    }
    gui.view.scrollToTop();
    std::printf("   %-40s %8.1f ms (median of 20, max %.1f; CPU median %.1f)\n", "page down (rows not shown before)",
                median(pages), *std::max_element(pages.begin(), pages.end()), median(pagesCpu));

    double worstSort = 0;
    double worstSortCpu = 0;
    for (int column = 0; column < bitsmon::JobTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const StepTime t = timedParts([&] { gui.view.sortByColumn(column, order); }, &gui.view);
            worstSort = std::max(worstSort, t.total());
            worstSortCpu = std::max(worstSortCpu, t.cpu);
            if (order == Qt::AscendingOrder)
                std::printf("   sort by %-31s %8.1f ms (sort %.1f + layout and paint %.1f; CPU %.1f)\n",
                            qPrintable(gui.model.headerData(column, Qt::Horizontal).toString()), t.total(), t.step,
                            t.events, t.cpu);
        }
    }
    std::printf("   %-40s %8.1f ms, CPU %.1f ms (target < 30 ms)\n", "slowest sort (any column, either order)",
                worstSort, worstSortCpu);

    double worstFilter = 0;
    double worstFilterCpu = 0;
    auto filter = [&](const char *what, auto step) {
        const StepTime t = timedParts(step, &gui.view);
        worstFilter = std::max(worstFilter, t.total());
        worstFilterCpu = std::max(worstFilterCpu, t.cpu);
        std::printf("   filter: %-32s %8.1f ms (filter %.1f + layout and paint %.1f; CPU %.1f), %d rows shown\n", what,
                    t.total(), t.step, t.events, t.cpu, gui.proxy.rowCount());
    };
    filter("text \"package-12\"", [&] { gui.proxy.setFilterText(QStringLiteral("package-12")); });
    filter("text \"package-123\" (narrower)", [&] { gui.proxy.setFilterText(QStringLiteral("package-123")); });
    filter("text cleared", [&] { gui.proxy.setFilterText({}); });
    filter("text \"127.0.0.1:8080/pool/77\"",
           [&] { gui.proxy.setFilterText(QStringLiteral("127.0.0.1:8080/pool/77")); });
    filter("text cleared", [&] { gui.proxy.setFilterText({}); });
    filter("state: errors only", [&] { gui.proxy.setShownStates(1u << int(JobState::Error)); });
    filter("state: all", [&] { gui.proxy.setShownStates(bitsmon::JobFilterModel::kAllStates); });
    std::printf("   %-40s %8.1f ms, CPU %.1f ms (target < 30 ms)\n", "slowest filter", worstFilter, worstFilterCpu);
}

// Nothing but repaints of the visible rows, for a profiler (BENCH_ONLY=paint).
void repaintOnly()
{
    feed::JobBatch batch;
    batch.added = makeJobs();
    batch.takenAt = Clock::now();
    Gui gui;
    gui.model.applyBatch(batch);
    QCoreApplication::processEvents();
    std::vector<double> ms;
    for (int run = 0; run < 300; ++run)
        ms.push_back(timed([&] { gui.view.viewport()->repaint(); }));
    const QRect visible = gui.view.viewport()->rect();
    const int rows = gui.view.rowAt(visible.bottom()) - gui.view.rowAt(0) + 1;
    std::printf("\nrepaint of %d visible rows x %d columns: median %.2f ms over %zu\n", rows,
                bitsmon::JobTableModel::ColumnCount, median(ms), ms.size());
    std::vector<double> pages;
    for (int page = 0; page < 300; ++page) {
        if (page % 100 == 0)
            gui.view.scrollToTop();
        pages.push_back(pageDown(gui.view).total());
    }
    std::printf("page down (rows not shown before): median %.2f ms over %zu\n", median(pages), pages.size());
}

void memoryPerJob()
{
    // The service's side (the fake backend stands for BITS, another process
    // on Windows) is built first and not counted.
    fakes::FakeBackend backend;
    std::vector<JobId> ids;
    for (int i = 0; i < kJobs; ++i)
        ids.push_back(backend.addJob("update-package-" + std::to_string(i) + ".cab", 50'000'000));
    double before = 0;
    double after = 0;
    {
        Gui gui;
        before = residentKiB();
        feed::FeedOptions options;
        options.pollInterval = std::chrono::hours(1);
        feed::JobFeed jobFeed([&backend] { return backend.makeService(); }, options);
        QObject::connect(&jobFeed, &feed::JobFeed::batchReady, &gui.model, &bitsmon::JobTableModel::applyBatch);
        jobFeed.start(ids);
        while (gui.model.rowCount() < kJobs)
            handleEventsAsTheyCome();
        // Measured at rest: the worker frees each batch after the GUI thread
        // has applied it, and the last one (10,000 snapshots, 1.8 MB) is
        // not what a table of 10,000 jobs holds.
        bool atRest = false;
        jobFeed.afterPendingWork([&] { atRest = true; });
        while (!atRest)
            handleEventsAsTheyCome();
        after = residentKiB();
        jobFeed.stop();
    }
    const double perJob = (after - before) * 1024.0 / kJobs;
    std::printf("\n2. Resident memory for %d jobs (feed + inbox + model + proxy + view, subscribed)\n", kJobs);
    std::printf("   %-40s %8.0f KiB -> %.0f KiB\n", "before -> after", before, after);
    std::printf("   %-40s %8.0f bytes (target < 2048)\n", "per job", perJob);
}

void floodStall(MeasuringApplication &app)
{
    constexpr int kProducers = 4;
    constexpr int kRounds = 100;  // 10,000 jobs x 100 = 1,000,000 events
    // Paced at 200,000 events a second in all: four threads delivering as
    // fast as they can would leave the GUI thread no core on a 2-core
    // machine, which measures the machine, not bitsmon.
    constexpr double kEventsPerSecond = 200'000;
    // 100 MB each, from 0-50 % at the start, about 0.4 % further every
    // round: bars and their labels move as the flood goes.
    constexpr std::uint64_t kSize = 100'000'000;
    auto bytesAt = [](int round, std::size_t job) {
        return (job * 9973) % (kSize / 2) + std::uint64_t(round) * 400'000;
    };
    fakes::FakeBackend backend;
    std::vector<JobId> ids;
    for (int i = 0; i < kJobs; ++i)
        ids.push_back(backend.addJob("update-package-" + std::to_string(i) + ".cab", kSize));
    Gui gui;
    const int floodSort = qEnvironmentVariableIntValue("BENCH_FLOOD_SORT_COLUMN")
        ? qEnvironmentVariableIntValue("BENCH_FLOOD_SORT_COLUMN")
        : bitsmon::JobTableModel::BytesColumn;
    gui.view.sortByColumn(floodSort, Qt::DescendingOrder);  // by bytes: every event moves rows
    feed::FeedOptions options;
    options.pollInterval = std::chrono::hours(1);
    feed::JobFeed jobFeed([&backend] { return backend.makeService(); }, options);
    double longestApply = 0;
    double longestApplyCpu = 0;
    std::size_t longestApplyJobs = 0;  // changed or added in that batch
    long longestApplyFaults = 0;       // pages it touched for the first time
    int batches = 0;
    bool batchArrived = false;
    // BENCH_FLOOD_IDLE=1: the same flood, but once the table is loaded the
    // GUI thread ignores it: the gaps the machine alone leaves (the floor).
    const bool idle = qEnvironmentVariableIsSet("BENCH_FLOOD_IDLE");
    bool loaded = false;
    QObject::connect(&jobFeed, &feed::JobFeed::batchReady, &gui.model, [&](const feed::JobBatch &batch) {
        if (idle && loaded) {
            batchArrived = true;
            return;
        }
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        const long faults = threadPageFaults();
        gui.model.applyBatch(batch);
        const double took = double(timer.nsecsElapsed()) / 1e6;
        if (took > longestApply) {
            longestApply = took;
            longestApplyCpu = threadCpuMs() - cpu;
            longestApplyJobs = batch.changed.size() + batch.added.size();
            longestApplyFaults = threadPageFaults() - faults;
        }
        ++batches;
        batchArrived = true;
    });
    jobFeed.start(ids);
    while (gui.model.rowCount() < kJobs)
        handleEventsAsTheyCome();
    // The flood starts on a window laid out and drawn. Laying out the rows
    // sets the scroll bars' ranges, which posts their own layout (whether
    // they show): that is run too, and then everything drawn.
    QCoreApplication::processEvents();
    gui.view.settle();
    QCoreApplication::sendPostedEvents();
    gui.view.settle();
    gui.view.repaint();
    longestApply = 0;
    batches = 0;
    loaded = true;

    // The probe: a 1 ms timer on the GUI thread. The longest gap between two
    // of its ticks is the longest the GUI thread was unable to react.
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    Clock::time_point last = Clock::now();
    double lastCpu = threadCpuMs();
    std::vector<double> gaps;
    Clock::time_point worstGapStart{};
    double worstGap = 0;
    double worstGapCpu = 0;  // of it, the GUI thread's own CPU time
    // The most CPU the GUI thread spent between two ticks: the longest it
    // was busy, whatever the other threads and the machine did.
    double busiestGapCpu = 0;
    auto tick = [&] {
        const auto now = Clock::now();
        const double cpu = threadCpuMs();
        const double gap = std::chrono::duration<double, std::milli>(now - last).count();
        gaps.push_back(gap);
        if (gap > worstGap) {
            worstGap = gap;
            worstGapStart = last;
            worstGapCpu = cpu - lastCpu;
        }
        busiestGapCpu = std::max(busiestGapCpu, cpu - lastCpu);
        last = now;
        lastCpu = cpu;
    };
    QObject::connect(&probe, &QTimer::timeout, tick);
    probe.start();
    last = Clock::now();
    app.events.reserve(1 << 20);
    app.measuring = true;
    const auto start = Clock::now();
    std::atomic<long> delivered{0};
    std::atomic<bool> allDelivered{false};
    std::thread producers([&] {
        std::vector<std::thread> threads;
        for (int t = 0; t < kProducers; ++t) {
            threads.emplace_back([&, t] {
                const auto begin = Clock::now();
                long mine = 0;
                for (int round = 1; round <= kRounds; ++round) {
                    std::this_thread::sleep_until(
                        begin
                        + std::chrono::duration_cast<Clock::duration>(
                            std::chrono::duration<double>(double(mine) * kProducers / kEventsPerSecond)));
                    for (std::size_t j = std::size_t(t); j < ids.size(); j += kProducers) {
                        Observer *observer = backend.update(ids[j], [&](JobSnapshot &job) {
                            job.state = JobState::Transferring;
                            job.bytesTransferred = bytesAt(round, j);
                        });
                        observer->jobModification(ids[j]);
                        delivered.fetch_add(1, std::memory_order_relaxed);
                        ++mine;
                    }
                }
            });
        }
        for (auto &t : threads)
            t.join();
        allDelivered = true;
    });
    auto done = [&] {
        for (std::size_t j = 0; j < ids.size(); ++j) {
            const int row = gui.model.rowOf(ids[j]);
            if (row < 0 || gui.model.job(row)->bytesTransferred < bytesAt(kRounds, j))
                return false;
        }
        return true;
    };
    // Reading all 10,000 rows takes the GUI thread a while (up to 7 ms): only
    // once every event is out, only after a batch came in, and the probe
    // starts again after it: this check is the benchmark's work, not
    // bitsmon's (counted, it made the longest gaps of some runs).
    for (;;) {
        handleEventsAsTheyCome();
        if (!allDelivered || !batchArrived)
            continue;
        batchArrived = false;
        tick();
        if (idle || done())
            break;
        last = Clock::now();
        lastCpu = threadCpuMs();
    }
    app.measuring = false;
    producers.join();
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    probe.stop();
    jobFeed.stop();
    std::sort(gaps.begin(), gaps.end());
    std::printf("\n3. Flood: %ld JobModification events over %d jobs from %d threads (paced at %.0f/s),\n"
                "   view sorted by bytes\n",
                delivered.load(), kJobs, kProducers, kEventsPerSecond);
    std::printf("   %-40s %8.2f s, %d batches\n", "until the table showed the last values", seconds, batches);
    std::printf("   %-40s %8.1f ms (CPU %.1f ms, %zu jobs changed, %ld page faults)\n",
                "longest batch apply (model + proxy)", longestApply, longestApplyCpu, longestApplyJobs,
                longestApplyFaults);
    std::printf("   %-40s %8.1f ms (p99 %.1f ms, %zu probe ticks; target <= 16 ms)\n",
                "longest GUI-thread stall (1 ms probe gap)", gaps.empty() ? 0.0 : gaps.back(),
                gaps.empty() ? 0.0 : gaps[gaps.size() * 99 / 100], gaps.size());
    int heldEvents = 0;
    double heldCpu = 0;
    for (const auto &seen : app.events) {
        const double at = std::chrono::duration<double, std::milli>(seen.start - worstGapStart).count();
        if (at >= 0 && at <= worstGap) {
            ++heldEvents;
            heldCpu += seen.cpuMs;
        }
    }
    std::printf("   %-40s %8.1f ms working, the rest waiting for a core\n", "  of which the GUI thread spent",
                worstGapCpu);
    std::printf("   %-40s %8.1f ms of CPU (target <= 16 ms)\n", "longest the GUI thread was busy (any gap)",
                busiestGapCpu);
    std::printf("   %-40s %8.1f s into the flood; %d events, %.1f ms CPU in them\n", "  it came",
                std::chrono::duration<double>(worstGapStart - start).count(), heldEvents, heldCpu);
    std::printf("   %-40s %8.1f ms wall, %.1f ms of its own CPU\n", "longest single GUI event (incl. paint)",
                app.longestWallMs, app.longestCpuMs);
    std::printf("   %-40s %s\n", "  which was", qPrintable(app.longestWhat));
    std::printf("   the longest probe gap held:");
    for (const auto &slow : app.slowEvents) {
        const double at = std::chrono::duration<double, std::milli>(slow.start - worstGapStart).count();
        if (at >= 0 && at <= worstGap)
            std::printf(" [+%.1f ms: %s %.1f ms, CPU %.1f]", at, qPrintable(slow.what), slow.ms, slow.cpuMs);
    }
    std::printf("\n");
}

// Where the time of one batch changing every row goes: the model alone, with a proxy sorted on a column the batch
// changes, and with the view.
void batchBreakdown()
{
    std::vector<JobSnapshot> jobs = makeJobs();
    feed::JobBatch first;
    first.added = jobs;
    first.takenAt = Clock::now();
    auto changeAll = [&](int round) {
        feed::JobBatch batch;
        batch.takenAt = first.takenAt + std::chrono::milliseconds(100 * round);
        for (JobSnapshot &job : jobs) {
            const JobSnapshot before = job;
            job.bytesTransferred += 4096 * std::uint64_t(1 + (round * 31 + job.filesTotal) % 7);
            batch.changed.push_back(job);
            batch.changedFields.push_back(differences(before, job));  // as the feed says
        }
        return batch;
    };
    auto measure = [&](auto &model, auto after) {
        std::vector<double> ms;
        for (int round = 1; round <= 10; ++round) {
            const feed::JobBatch batch = changeAll(round);
            ms.push_back(timed([&] {
                model.applyBatch(batch);
                after();
            }));
        }
        return median(ms);
    };
    std::printf("\n4. One batch changing all %d rows (median of 10)\n", kJobs);
    if (!qEnvironmentVariableIsSet("BENCH_VIEW_ONLY")) {
        bitsmon::JobTableModel model;
        model.applyBatch(first);
        std::printf("   %-40s %8.1f ms\n", "model alone", measure(model, [] {}));
    }
    {
        bitsmon::JobTableModel model;
        bitsmon::JobFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(bitsmon::JobTableModel::BytesColumn, Qt::DescendingOrder);
        model.applyBatch(first);
        std::printf("   %-40s %8.1f ms\n", "+ proxy sorted by bytes", measure(model, [] {}));
    }
    for (int i = qEnvironmentVariableIsSet("BENCH_VIEW_ONLY") ? 0 : 9; i < 10; ++i) {
        Gui gui;
        gui.view.sortByColumn(bitsmon::JobTableModel::BytesColumn, Qt::DescendingOrder);
        gui.model.applyBatch(first);
        QCoreApplication::processEvents();
        std::printf("   %-40s %8.1f ms\n", "+ view (layout and paint)", measure(gui.model, [&] { gui.view.settle(); }));
    }
}

}  // namespace

int main(int argc, char **argv)
{
    MeasuringApplication app(argc, argv);
    std::printf("bitsmon scale benchmark: %d jobs (%u hardware threads)\n", kJobs, std::thread::hardware_concurrency());
    // BENCH_ONLY=table|memory|breakdown|flood|paint runs one part (for a profiler).
    const QByteArray only = qgetenv("BENCH_ONLY");
    if (only.isEmpty() || only == "table")
        loadSortFilter();
    if (only == "paint")
        repaintOnly();
    if (only.isEmpty() || only == "memory")
        memoryPerJob();
    if (only.isEmpty() || only == "breakdown")
        batchBreakdown();
    if (only.isEmpty() || only == "flood")
        floodStall(app);
    return 0;
}
