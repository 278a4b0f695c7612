// The feed's cost, measured: what an Observer event costs the thread that
// delivers it, and what a flood of JobModification costs the GUI thread,
// coalesced by JobFeed versus delivered naively (one queued call and one
// dataChanged per event). Prints a table; not a test.
#include "../tests/fakes/fake_service.h"

#include "engine/feed/inbox.h"
#include "engine/feed/job_feed.h"
#include "bench_gui.h"
#include "job_filter_model.h"
#include "job_table_model.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <random>
#include <thread>

using namespace bits;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kJobs = 10'000;
constexpr int kProducers = 4;

double percentile(std::vector<double> &values, double p)
{
    const std::size_t k = std::min(values.size() - 1, std::size_t(p * double(values.size())));
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(k), values.end());
    return values[k];
}

// 1. Producer side: 4 threads record events into an Inbox tracking 10,000
//    jobs while a worker drains it every 100 ms, as the feed does.
void producerCost()
{
    constexpr int kEventsPerThread = 500'000;
    feed::Inbox inbox;
    std::vector<JobId> ids(kJobs);
    for (JobId &id : ids) {
        id = JobId::generate();
        inbox.track(id);
    }
    std::atomic<bool> running{true};
    std::thread drainer([&] {
        std::vector<JobId> dirty;
        std::vector<feed::JobEvent> events;
        while (running) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            inbox.drain(dirty, events);
            dirty.clear();
            events.clear();
        }
    });
    std::vector<std::vector<double>> samples(kProducers);
    std::vector<std::thread> producers;
    for (int t = 0; t < kProducers; ++t) {
        producers.emplace_back([&, t] {
            std::mt19937 random(unsigned(t) + 1);
            std::uniform_int_distribution<int> pick(0, kJobs - 1);
            auto &mine = samples[t];
            mine.reserve(kEventsPerThread);
            for (int i = 0; i < kEventsPerThread; ++i) {
                const JobId &id = ids[std::size_t(pick(random))];
                const auto start = Clock::now();
                if (i % 100 == 99)
                    inbox.jobTransferred(id);  // 1% events that are never coalesced
                else
                    inbox.jobModification(id);
                mine.push_back(std::chrono::duration<double, std::nano>(Clock::now() - start).count());
            }
        });
    }
    for (auto &p : producers)
        p.join();
    running = false;
    drainer.join();

    std::vector<double> all;
    for (auto &s : samples)
        all.insert(all.end(), s.begin(), s.end());
    // The clock itself: what an empty measurement costs.
    std::vector<double> empty;
    for (int i = 0; i < 100'000; ++i) {
        const auto a = Clock::now();
        empty.push_back(std::chrono::duration<double, std::nano>(Clock::now() - a).count());
    }
    const double overhead = percentile(empty, 0.5);
    std::printf("\n1. Observer event, producer side (%d threads, %d jobs, %zu events, 1%% JobTransferred)\n",
                kProducers, kJobs, all.size());
    std::printf("   %-34s %10.0f ns\n", "clock overhead (median, included)", overhead);
    std::printf("   %-34s %10.0f ns\n", "median", percentile(all, 0.50));
    std::printf("   %-34s %10.0f ns   (target < 2000 ns)\n", "p99", percentile(all, 0.99));
    std::printf("   %-34s %10.0f ns\n", "p99.9", percentile(all, 0.999));
    std::printf("   %-34s %10.0f ns\n", "max", *std::max_element(all.begin(), all.end()));
}

// Sorted by bytes, which every event of the flood changes.
struct Gui : BenchGui {
    Gui()
        : BenchGui(bitsmon::JobTableModel::BytesColumn)
    {
    }
};

std::vector<JobSnapshot> makeJobs(fakes::FakeBackend *backend)
{
    std::vector<JobSnapshot> jobs;
    for (int i = 0; i < kJobs; ++i) {
        if (backend) {
            jobs.push_back(*backend->get(backend->addJob("job" + std::to_string(i), 1'000'000'000)));
        } else {
            JobSnapshot job;
            job.id = JobId::generate();
            job.displayName = "job" + std::to_string(i);
            job.state = JobState::Transferring;
            job.bytesTotal = 1'000'000'000;
            job.files.push_back({"http://127.0.0.1/f" + std::to_string(i), "/tmp/f" + std::to_string(i)});
            jobs.push_back(job);
        }
    }
    return jobs;
}

// 2. One batch that changes all 10,000 rows, applied on the GUI thread.
void batchApply()
{
    Gui gui;
    std::vector<JobSnapshot> jobs = makeJobs(nullptr);
    feed::JobBatch first;
    first.added = jobs;
    first.takenAt = Clock::now();
    gui.model.applyBatch(first);
    std::vector<double> ms;
    for (int round = 1; round <= 20; ++round) {
        feed::JobBatch batch;
        batch.takenAt = first.takenAt + std::chrono::milliseconds(100 * round);
        for (JobSnapshot &job : jobs) {
            job.bytesTransferred += 4096;
            batch.changed.push_back(job);
        }
        QElapsedTimer timer;
        timer.start();
        gui.model.applyBatch(batch);
        QCoreApplication::processEvents();
        ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::printf("\n2. GUI thread: apply one batch changing %d rows (model + sorted proxy + view)\n", kJobs);
    std::printf("   %-34s %10.2f ms\n", "median", percentile(ms, 0.5));
    std::printf("   %-34s %10.2f ms\n", "max of 20", *std::max_element(ms.begin(), ms.end()));
}

// 3. The same flood both ways. Each producer sets a job's bytes and calls
//    JobModification, kRounds times for each of its jobs.
constexpr int kRounds = 40;

template <typename Deliver>
void flood(fakes::FakeBackend &backend, const std::vector<JobId> &ids, Deliver deliver)
{
    std::vector<std::thread> producers;
    for (int t = 0; t < kProducers; ++t) {
        producers.emplace_back([&, t] {
            for (int round = 1; round <= kRounds; ++round) {
                for (std::size_t j = std::size_t(t); j < ids.size(); j += kProducers) {
                    Observer *observer = backend.update(ids[j], [&](JobSnapshot &job) {
                        job.state = JobState::Transferring;
                        job.bytesTransferred = std::uint64_t(round) * 4096;
                    });
                    deliver(observer, ids[j]);
                }
            }
        });
    }
    for (auto &p : producers)
        p.join();
}

bool modelMatches(const bitsmon::JobTableModel &model, const std::vector<JobId> &ids)
{
    for (const JobId &id : ids) {
        const int row = model.rowOf(id);
        if (row < 0 || model.job(row)->bytesTransferred != std::uint64_t(kRounds) * 4096)
            return false;
    }
    return true;
}

void floodBothWays()
{
    const long events = long(kJobs) * kRounds;

    // Coalesced: the real JobFeed.
    double coalescedMs = 0;
    int batches = 0;
    double longestMs = 0;
    {
        fakes::FakeBackend backend;
        Gui gui;
        std::vector<JobId> ids;
        for (const JobSnapshot &job : makeJobs(&backend))
            ids.push_back(job.id);
        feed::FeedOptions options;
        options.pollInterval = std::chrono::hours(1);
        feed::JobFeed jobFeed([&backend] { return backend.makeService(); }, options);
        bool counting = false;
        QObject::connect(&jobFeed, &feed::JobFeed::batchReady, &gui.model, [&](const feed::JobBatch &batch) {
            QElapsedTimer timer;
            timer.start();
            gui.model.applyBatch(batch);
            const double ms = timer.nsecsElapsed() / 1e6;
            if (counting) {
                coalescedMs += ms;
                longestMs = std::max(longestMs, ms);
                ++batches;
            }
        });
        jobFeed.start(ids);
        while (gui.model.rowCount() < kJobs)
            handleEventsAsTheyCome();
        counting = true;
        std::thread producer(
            [&] { flood(backend, ids, [](Observer *o, const JobId &id) { o->jobModification(id); }); });
        while (!modelMatches(gui.model, ids))
            handleEventsAsTheyCome();
        producer.join();
        // Include the repaint work the signals caused.
        QElapsedTimer paint;
        paint.start();
        QCoreApplication::processEvents();
        coalescedMs += paint.nsecsElapsed() / 1e6;
        jobFeed.stop();
    }

    // Naive: one queued call per event, each applying one snapshot and
    // emitting one dataChanged.
    double naiveHandlersMs = 0;
    double naiveWallMs = 0;
    {
        fakes::FakeBackend backend;
        Gui gui;
        std::vector<JobId> ids;
        std::vector<JobSnapshot> jobs = makeJobs(&backend);
        for (const JobSnapshot &job : jobs)
            ids.push_back(job.id);
        feed::JobBatch first;
        first.added = jobs;
        first.takenAt = Clock::now();
        gui.model.applyBatch(first);
        QCoreApplication::processEvents();
        QElapsedTimer wall;
        wall.start();
        std::thread producer([&] {
            flood(backend, ids, [&](Observer *, const JobId &id) {
                JobSnapshot snapshot = *backend.get(id);
                QMetaObject::invokeMethod(&gui.model, [&, snapshot = std::move(snapshot)] {
                    QElapsedTimer timer;
                    timer.start();
                    feed::JobBatch one;
                    one.changed.push_back(snapshot);
                    one.takenAt = Clock::now();
                    gui.model.applyBatch(one);
                    naiveHandlersMs += timer.nsecsElapsed() / 1e6;
                });
            });
        });
        while (!modelMatches(gui.model, ids))
            handleEventsAsTheyCome();
        producer.join();
        QCoreApplication::processEvents();
        naiveWallMs = wall.nsecsElapsed() / 1e6;
    }

    std::printf("\n3. GUI thread: a flood of %ld JobModification events over %d jobs from %d threads\n", events, kJobs,
                kProducers);
    std::printf("   %-34s %10.1f ms in %d batches (longest %.1f ms)\n", "coalesced (JobFeed)", coalescedMs, batches,
                longestMs);
    std::printf("   %-34s %10.1f ms in handlers, %.1f ms wall until drained\n", "naive (queued call per event)",
                naiveHandlersMs, naiveWallMs);
    std::printf("   %-34s %10.0fx (handlers only; target >= 50x)\n\n", "coalesced is cheaper by",
                naiveHandlersMs / coalescedMs);
}

}  // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    std::printf("bitsmon feed benchmark (%u hardware threads)\n", std::thread::hardware_concurrency());
    producerCost();
    batchApply();
    floodBothWays();
    return 0;
}
