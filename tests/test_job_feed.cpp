// JobFeed: the thread contract under a flood from several threads, whose
// notifications it takes, polling, and commands.
#include "fakes/fake_service.h"

#include "engine/feed/job_feed.h"
#include "job_table_model.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

#include "qtest_bits.h"

#include <thread>
#include <unordered_map>

using namespace bits;
using bits::feed::JobBatch;
using bits::feed::JobEvent;
using bits::feed::JobFeed;

class TestJobFeed : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void floodFromSeveralThreads();
    void subscribesOnlyToOwnJobsAndPollsTheRest();
    void createdJobsAreSubscribedAndResumed();
    void failedCreationLeavesNothingBehind();
    void vanishedJobsAreRemoved();
    void refusedCommandsAreReported();
    void ownJobsThatVanishedWhileAwayAreReported();
    void callbacksDuringAndAfterShutdown();
    void serviceThatVanishesAndReturns();
    void workerRunsBelowTheGuiThread();
    void afterPendingWorkRunsAfterWhatWasAsked();
    void ownJobsOfAServiceDownAtStartStayOurs();
    void completionCodesReachTheApp();
    void serviceNoticesAndUserReachTheApp();
    void pollsSlowerWhileNobodyLooks();
};

namespace {

std::unique_ptr<JobFeed> makeFeed(fakes::FakeBackend &backend, int tickMs, int pollMs)
{
    bits::feed::FeedOptions options;
    options.tick = std::chrono::milliseconds(tickMs);
    options.pollInterval = std::chrono::milliseconds(pollMs);
    return std::make_unique<JobFeed>([&backend] { return backend.makeService(); }, options);
}

// The model's row for `id` equals the service's current snapshot.
bool rowMatches(const bitsmon::JobTableModel &model, fakes::FakeBackend &backend, const JobId &id, bool ours)
{
    const int row = model.rowOf(id);
    auto expected = backend.get(id);
    if (row < 0 || !expected)
        return false;
    expected->ours = ours;
    return *model.job(row) == *expected;
}

}  // namespace

void TestJobFeed::floodFromSeveralThreads()
{
    constexpr int kJobs = 2000;
    constexpr int kRounds = 300;
    constexpr int kProducers = 4;
    constexpr int kTickMs = 20;
    fakes::FakeBackend backend;
    std::vector<JobId> ids;
    for (int i = 0; i < kJobs; ++i)
        ids.push_back(backend.addJob("job" + std::to_string(i), 1'000'000));

    bitsmon::JobTableModel model;
    // Polling far away: only the notifications can keep the model current.
    auto feed = makeFeed(backend, kTickMs, 600'000);
    std::vector<JobBatch> batches;
    std::size_t eventsReceived = 0;
    // What each batch says changed in a job is what changed since the last
    // batch that carried it (the model copies only that).
    std::unordered_map<JobId, JobSnapshot> lastSeen;
    int misreported = 0;
    connect(feed.get(), &JobFeed::batchReady, this, [&](const JobBatch &batch) {
        batches.push_back(batch);
        eventsReceived += batch.events.size();
        for (const JobSnapshot &job : batch.added)
            lastSeen[job.id] = job;
        misreported += batch.changedFields.size() != batch.changed.size();
        for (std::size_t i = 0; i < std::min(batch.changed.size(), batch.changedFields.size()); ++i) {
            JobSnapshot &last = lastSeen[batch.changed[i].id];
            misreported += batch.changedFields[i] == 0 || batch.changedFields[i] != differences(last, batch.changed[i]);
            last = batch.changed[i];
        }
        model.applyBatch(batch);
    });
    feed->start(ids);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), kJobs, 10000);
    QCOMPARE(backend.subscribed().size(), std::size_t(kJobs));
    const std::size_t batchesBefore = batches.size();

    QElapsedTimer flood;
    flood.start();
    std::vector<std::thread> producers;
    for (int t = 0; t < kProducers; ++t) {
        producers.emplace_back([&, t] {
            for (int round = 1; round <= kRounds; ++round) {
                for (int j = t; j < kJobs; j += kProducers) {
                    Observer *observer = backend.update(ids[j], [&](JobSnapshot &job) {
                        job.state = JobState::Transferring;
                        job.bytesTransferred = std::uint64_t(round) * 1000;
                        job.files[0].bytesTransferred = job.bytesTransferred;
                    });
                    observer->jobModification(ids[j]);
                }
            }
            // Every job ends: one in ten fails, the others are transferred.
            for (int j = t; j < kJobs; j += kProducers) {
                const bool fails = j % 10 == 0;
                Observer *observer = backend.update(ids[j], [&](JobSnapshot &job) {
                    if (fails) {
                        job.state = JobState::Error;
                        job.error = JobError{ErrorContext::RemoteFile, fromHttpStatus(404), "", job.files[0].remoteUrl};
                        ++job.errorCount;
                    } else {
                        job.state = JobState::Transferred;
                        job.files[0].completed = true;
                        job.filesTransferred = 1;
                    }
                });
                if (fails) {
                    observer->jobError(ids[j]);
                } else {
                    observer->fileTransferred(ids[j], 0);
                    observer->jobTransferred(ids[j]);
                }
            }
        });
    }
    for (std::thread &producer : producers)
        producer.join();

    // The final model equals the last snapshot of every job, and every
    // transferred/error/file event has arrived. (A job's final snapshot can
    // come a tick before its JobTransferred: the producer changes the job,
    // then notifies.)
    const std::size_t eventsSent = std::size_t(2 * kJobs - kJobs / 10);
    QTRY_VERIFY_WITH_TIMEOUT(eventsReceived >= eventsSent
                                 && std::all_of(ids.begin(), ids.end(),
                                                [&](const JobId &id) { return rowMatches(model, backend, id, true); }),
                             20000);
    const double seconds = flood.elapsed() / 1000.0;
    QCOMPARE(misreported, 0);

    // No transferred, error or file event was lost or duplicated.
    std::map<JobId, int> transferred, errors, files;
    for (const JobBatch &batch : batches) {
        for (const JobEvent &event : batch.events) {
            switch (event.kind) {
            case JobEvent::Kind::Transferred:
                ++transferred[event.job];
                break;
            case JobEvent::Kind::Error:
                ++errors[event.job];
                break;
            case JobEvent::Kind::FileTransferred:
                ++files[event.job];
                break;
            }
        }
    }
    QCOMPARE(int(transferred.size()), kJobs - kJobs / 10);
    QCOMPARE(int(errors.size()), kJobs / 10);
    QCOMPARE(int(files.size()), kJobs - kJobs / 10);
    for (int j = 0; j < kJobs; ++j) {
        const bool fails = j % 10 == 0;
        QCOMPARE(transferred[ids[j]], fails ? 0 : 1);
        QCOMPARE(errors[ids[j]], fails ? 1 : 0);
        QCOMPARE(files[ids[j]], fails ? 0 : 1);
    }

    // One batch per tick at most, however many events arrived.
    const std::size_t floodBatches = batches.size() - batchesBefore;
    const double bound = seconds * 1000.0 / kTickMs + 2;
    qInfo("flood: %d events in %.2f s -> %zu batches (bound %.0f), %d snapshot reads", kJobs * kRounds + 2 * kJobs,
          seconds, floodBatches, bound, backend.snapshotReads.load());
    QVERIFY2(floodBatches <= bound, qPrintable(QString::number(floodBatches)));
    // Coalescing: each job is read at most once per tick, however many
    // events it had (a bound that holds on a loaded machine too: a slower
    // flood has more ticks, not more reads per tick).
    QVERIFY2(backend.snapshotReads.load() <= int(floodBatches + 3) * kJobs,
             qPrintable(QString::number(backend.snapshotReads.load())));
    QCOMPARE(backend.serviceThreadViolations.load(), 0);
    // Each FileTransferred reached the service's hook, on the worker.
    QCOMPARE(backend.fileTransferredHooks.load(), kJobs - kJobs / 10);

    feed->stop();
    QVERIFY(!backend.serviceAlive);
    QVERIFY(backend.subscribed().empty());  // SetNotifyInterface(NULL) on ours before exit
}

void TestJobFeed::subscribesOnlyToOwnJobsAndPollsTheRest()
{
    fakes::FakeBackend backend;
    const JobId mine = backend.addJob("mine");
    const JobId theirs = backend.addJob("theirs");
    bitsmon::JobTableModel model;
    auto feed = makeFeed(backend, 20, 200);
    connect(feed.get(), &JobFeed::batchReady, &model, &bitsmon::JobTableModel::applyBatch);
    feed->start({mine});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 5000);
    QCOMPARE(backend.subscribed(), std::set<JobId>{mine});
    QVERIFY(model.job(model.rowOf(mine))->ours);
    QVERIFY(!model.job(model.rowOf(theirs))->ours);
    QVERIFY(!backend.get(theirs)->notifyFlags.has_value());  // never touched

    // Another program's job changes without telling us: polling finds it.
    QVERIFY(backend.update(theirs, [](JobSnapshot &job) {
        job.state = JobState::Transferring;
        job.bytesTransferred = 500;
    }) == nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(rowMatches(model, backend, theirs, false), 5000);
    // And our own job's change is caught by polling too, when a callback is lost.
    backend.update(mine, [](JobSnapshot &job) { job.state = JobState::Queued; });
    QTRY_VERIFY_WITH_TIMEOUT(rowMatches(model, backend, mine, true), 5000);

    feed->stop();
    QVERIFY(backend.subscribed().empty());
    QVERIFY(!backend.serviceAlive);
}

void TestJobFeed::createdJobsAreSubscribedAndResumed()
{
    fakes::FakeBackend backend;
    bitsmon::JobTableModel model;
    auto feed = makeFeed(backend, 20, 60'000);
    connect(feed.get(), &JobFeed::batchReady, &model, &bitsmon::JobTableModel::applyBatch);
    feed->start();
    std::optional<Outcome<JobId>> result;
    NewJob spec;
    spec.displayName = "new";
    spec.priority = Priority::High;
    spec.files.push_back({"http://127.0.0.1/x", "/tmp/x"});
    feed->createJob(spec, [&](const Outcome<JobId> &created) { result = created; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
    QVERIFY(result->ok());
    const JobId id = result->value();
    QCOMPARE(backend.subscribed(), std::set<JobId>{id});
    QCOMPARE(backend.calls(Action::Resume), std::vector<JobId>{id});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowOf(id), 0, 5000);
    QVERIFY(model.job(0)->ours);
    QCOMPARE(model.job(0)->state, JobState::Queued);
    QCOMPARE(*model.job(0)->priority, Priority::High);
}

void TestJobFeed::failedCreationLeavesNothingBehind()
{
    fakes::FakeBackend backend;
    auto feed = makeFeed(backend, 20, 60'000);
    feed->start();
    backend.failNextResume({hr::E_AccessDenied, "Access was denied."});
    std::optional<Outcome<JobId>> result;
    NewJob spec;
    spec.files.push_back({"http://127.0.0.1/x", "/tmp/x"});
    feed->createJob(spec, [&](const Outcome<JobId> &created) { result = created; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
    QVERIFY(!result->ok());
    QCOMPARE(result->failure().code, hr::E_AccessDenied);
    const auto cancelled = backend.calls(Action::Cancel);
    QCOMPARE(cancelled.size(), std::size_t(1));
    QCOMPARE(backend.get(cancelled[0])->state, JobState::Cancelled);
    QVERIFY(backend.subscribed().empty());
}

void TestJobFeed::vanishedJobsAreRemoved()
{
    fakes::FakeBackend backend;
    const JobId a = backend.addJob("a");
    const JobId b = backend.addJob("b");
    bitsmon::JobTableModel model;
    auto feed = makeFeed(backend, 20, 100);
    QSignalSpy batches(feed.get(), &JobFeed::batchReady);
    connect(feed.get(), &JobFeed::batchReady, &model, &bitsmon::JobTableModel::applyBatch);
    feed->start();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 5000);
    backend.erase(a);
    QTRY_VERIFY_WITH_TIMEOUT(model.isGone(model.rowOf(a)), 5000);  // greyed until dismissed
    QVERIFY(!model.isGone(model.rowOf(b)));
    const auto last = batches.last().first().value<JobBatch>();
    QCOMPARE(last.removed, std::vector<JobId>{a});
}

void TestJobFeed::refusedCommandsAreReported()
{
    fakes::FakeBackend backend;
    const JobId id = backend.addJob("suspended");
    auto feed = makeFeed(backend, 20, 60'000);
    QSignalSpy failures(feed.get(), &JobFeed::commandFailed);
    feed->start();
    feed->complete(id);  // SUSPENDED: nothing to complete
    QVERIFY(failures.wait(5000));
    const auto failure = failures.first().first().value<bits::feed::CommandFailure>();
    QCOMPARE(failure.job, id);
    QCOMPARE(failure.action, Action::Complete);
    QCOMPARE(failure.failure.code, hr::BG_E_InvalidState);
    QCOMPARE(backend.get(id)->state, JobState::Suspended);
}

void TestJobFeed::ownJobsThatVanishedWhileAwayAreReported()
{
    fakes::FakeBackend backend;
    const JobId kept = backend.addJob("kept");
    const JobId lost = JobId::generate();  // completed or cancelled while bitsmon was closed
    auto feed = makeFeed(backend, 20, 60'000);
    QSignalSpy batches(feed.get(), &JobFeed::batchReady);
    feed->start({kept, lost});
    QVERIFY(batches.wait(5000));
    const auto first = batches.first().first().value<JobBatch>();
    QCOMPARE(first.removed, std::vector<JobId>{lost});
    QCOMPARE(first.added.size(), std::size_t(1));
    QVERIFY(first.added[0].ours);
    QCOMPARE(backend.subscribed(), std::set<JobId>{kept});
}

// A barrier: what was asked of the worker before it is done first, and the
// callback runs on the caller's thread.
void TestJobFeed::afterPendingWorkRunsAfterWhatWasAsked()
{
    fakes::FakeBackend backend;
    auto feed = makeFeed(backend, 20, 60'000);
    feed->start();
    std::vector<std::string> order;
    NewJob spec;
    spec.files.push_back({"http://127.0.0.1/x", "/tmp/x"});
    feed->createJob(spec, [&](const Outcome<JobId> &) { order.push_back("created"); });
    QThread *ranOn = nullptr;
    feed->afterPendingWork([&] {
        order.push_back("caught up");
        ranOn = QThread::currentThread();
    });
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), std::size_t(2), 5000);
    QCOMPARE(order, (std::vector<std::string>{"created", "caught up"}));
    QCOMPARE(ranOn, QThread::currentThread());
}

// The service does not answer at start (BITS disabled, or slow to start):
// our jobs are neither dropped nor left unwatched; once it answers, they are
// subscribed.
void TestJobFeed::ownJobsOfAServiceDownAtStartStayOurs()
{
    fakes::FakeBackend backend;
    const JobId mine = backend.addJob("mine");
    const JobId lost = JobId::generate();  // finished while bitsmon was closed
    backend.down();
    auto feed = makeFeed(backend, 10, 50);
    QSignalSpy batches(feed.get(), &JobFeed::batchReady);
    feed->start({mine, lost});
    QTRY_VERIFY(backend.refusedListings >= 2);
    for (const QList<QVariant> &args : batches)
        QVERIFY(args.first().value<JobBatch>().removed.empty());
    backend.up();
    QTRY_COMPARE(backend.subscribed(), std::set<JobId>{mine});
    QTRY_VERIFY(!batches.isEmpty());
    bool seenOurs = false;
    for (const QList<QVariant> &args : batches) {
        for (const JobSnapshot &job : args.first().value<JobBatch>().added)
            seenOurs = seenOurs || (job.id == mine && job.ours);
    }
    QVERIFY2(seenOurs, "the job was not shown as ours once the service answered");
    // The one the service no longer knows is forgotten once it can say so.
    QTRY_VERIFY([&] {
        for (const QList<QVariant> &args : batches) {
            const auto removed = args.first().value<JobBatch>().removed;
            if (std::find(removed.begin(), removed.end(), lost) != removed.end())
                return true;
        }
        return false;
    }());
    QVERIFY(!backend.subscribed().contains(lost));
}

// Complete's success codes (BG_S_PARTIAL_COMPLETE...) are not dropped.
void TestJobFeed::completionCodesReachTheApp()
{
    fakes::FakeBackend backend;
    const JobId id = backend.addJob("partial");
    backend.update(id, [](JobSnapshot &job) { job.state = JobState::Transferred; });
    backend.setCompleteCode(hr::BG_S_PartialComplete);
    auto feed = makeFeed(backend, 10, 60'000);
    QSignalSpy completions(feed.get(), &JobFeed::completed);
    QSignalSpy failures(feed.get(), &JobFeed::commandFailed);
    feed->start({id});
    feed->complete(id);
    QTRY_COMPARE(completions.size(), 1);
    const auto completion = completions.first().first().value<bits::feed::Completion>();
    QCOMPARE(completion.job, id);
    QCOMPARE(completion.code, hr::BG_S_PartialComplete);
    QCOMPARE(failures.size(), 0);
}

// What the service says (takeNotices) reaches the app once each, and so
// does its name for the current user; rereadAll() makes it ask again.
void TestJobFeed::serviceNoticesAndUserReachTheApp()
{
    fakes::FakeBackend backend;
    backend.say("Only your own jobs are listed.");
    auto feed = makeFeed(backend, 10, 50);
    QSignalSpy started(feed.get(), &JobFeed::started);
    QStringList notices;
    connect(feed.get(), &JobFeed::notice, this,
            [&](const bits::Sentence &notice) { notices << QString::fromStdString(notice.english()); });
    feed->start();
    QTRY_COMPARE(started.size(), 1);
    QCOMPARE(started.first().at(1).toString(), QStringLiteral("tester"));
    QTRY_COMPARE(notices, QStringList{"Only your own jobs are listed."});
    feed->rereadAll();
    QTRY_COMPARE(backend.askedAgain.load(), 1);
    QCOMPARE(notices.size(), 1);
}

QTEST_GUILESS_MAIN(TestJobFeed)
#include "test_job_feed.moc"

// Notifications keep arriving from 4 threads while the feed stops and is
// destroyed: the feed unsubscribes every job before its inbox goes, so no
// call reaches freed memory (ASan), nothing is left allocated (LeakSanitizer,
// on in the asan preset), and no call is delivered once stop() returned.
// Unwatched (the window hidden), the feed does not poll at the watched pace,
// yet a callback of ours still brings its change within a tick; watched
// again, it re-reads every job at once.
void TestJobFeed::pollsSlowerWhileNobodyLooks()
{
    fakes::FakeBackend backend;
    const JobId mine = backend.addJob("mine");
    const JobId theirs = backend.addJob("theirs");
    bitsmon::JobTableModel model;
    bits::feed::FeedOptions options;
    options.tick = std::chrono::milliseconds(10);
    options.pollInterval = std::chrono::milliseconds(50);
    options.unwatchedPollInterval = std::chrono::hours(1);
    JobFeed feed([&backend] { return backend.makeService(); }, options);
    connect(&feed, &JobFeed::batchReady, &model, &bitsmon::JobTableModel::applyBatch);
    feed.start({mine});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(backend.listings >= 2, 5000);  // watched: polled at its pace

    feed.setWatched(false);
    bool settled = false;
    feed.afterPendingWork([&] { settled = true; });
    QTRY_VERIFY_WITH_TIMEOUT(settled, 5000);
    const int polls = backend.listings;
    // Callbacks of ours, one after another, for at least four watched poll
    // intervals: each is read at its tick, and no poll runs meanwhile.
    QElapsedTimer elapsed;
    elapsed.start();
    for (int round = 1; elapsed.elapsed() < 4 * options.pollInterval.count(); ++round) {
        backend.notifyModification(mine, [round](JobSnapshot &job) { job.bytesTransferred = std::uint64_t(round); });
        QTRY_VERIFY_WITH_TIMEOUT(rowMatches(model, backend, mine, true), 5000);
    }
    QCOMPARE(backend.listings.load(), polls);
    backend.update(theirs, [](JobSnapshot &job) { job.state = JobState::Transferring; });
    QVERIFY(!rowMatches(model, backend, theirs, false));  // another program's change waits for a poll

    feed.setWatched(true);
    QTRY_VERIFY_WITH_TIMEOUT(rowMatches(model, backend, theirs, false), 5000);
    QVERIFY(backend.listings > polls);
    feed.stop();
}

void TestJobFeed::callbacksDuringAndAfterShutdown()
{
    constexpr int kJobs = 200;
    fakes::FakeBackend backend;
    std::vector<JobId> ids;
    for (int i = 0; i < kJobs; ++i)
        ids.push_back(backend.addJob("job" + std::to_string(i), 1'000'000));
    bitsmon::JobTableModel model;
    auto feed = makeFeed(backend, 10, 600'000);
    connect(feed.get(), &JobFeed::batchReady, &model, &bitsmon::JobTableModel::applyBatch);
    feed->start(ids);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), kJobs, 10000);
    QCOMPARE(backend.subscribed().size(), std::size_t(kJobs));

    std::atomic<bool> stopped{false};
    std::atomic<bool> finish{false};
    std::atomic<long> deliveredBeforeStop{0};
    std::atomic<long> deliveredAfterStop{0};
    std::atomic<long> refusedAfterStop{0};
    std::vector<std::thread> producers;
    for (int t = 0; t < 4; ++t) {
        producers.emplace_back([&, t] {
            std::uint64_t n = 0;
            while (!finish) {
                for (std::size_t j = std::size_t(t); j < ids.size(); j += 4) {
                    const bool afterStop = stopped;
                    const bool delivered =
                        backend.notifyModification(ids[j], [&](JobSnapshot &job) { job.bytesTransferred = ++n; });
                    if (!afterStop)
                        ++deliveredBeforeStop;
                    else if (delivered)
                        ++deliveredAfterStop;
                    else
                        ++refusedAfterStop;
                }
            }
        });
    }
    QTRY_VERIFY(deliveredBeforeStop > 10'000);  // shutdown begins mid-flood
    feed->stop();
    stopped = true;
    feed.reset();
    QTRY_VERIFY(refusedAfterStop > 10'000);  // and the flood goes on after it
    finish = true;
    for (auto &p : producers)
        p.join();
    QCOMPARE(deliveredAfterStop.load(), 0L);
    QVERIFY(backend.subscribed().empty());
    QCOMPARE(model.rowCount(), kJobs);  // the rows stay
}

// The service's process dies mid-session (BITS's svchost killed) and comes
// back: bitsmon says so once, keeps every row as last seen (none marked
// gone), says when it answers again, and watches its own jobs again.
void TestJobFeed::serviceThatVanishesAndReturns()
{
    fakes::FakeBackend backend;
    const JobId mine = backend.addJob("mine", 1'000'000);
    const JobId theirs = backend.addJob("theirs", 1'000'000);
    bitsmon::JobTableModel model;
    auto feed = makeFeed(backend, 10, 50);
    connect(feed.get(), &JobFeed::batchReady, &model, &bitsmon::JobTableModel::applyBatch);
    QStringList notices;
    connect(feed.get(), &JobFeed::notice, this,
            [&](const bits::Sentence &notice) { notices << QString::fromStdString(notice.english()); });
    feed->start({mine});
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(backend.subscribed(), std::set<JobId>{mine});

    backend.down();
    QTRY_COMPARE(notices.size(), 1);
    QVERIFY2(notices[0].contains("stopped"), qPrintable(notices[0]));
    const int readsWhileDown = backend.snapshotReads;
    // Several polls fail: still one notice, both rows kept and not greyed.
    QTRY_VERIFY(backend.refusedListings >= 5);
    QCOMPARE(notices.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.isGone(model.rowOf(mine)) && !model.isGone(model.rowOf(theirs)));
    QCOMPARE(backend.snapshotReads.load(), readsWhileDown);

    backend.update(theirs, [](JobSnapshot &job) { job.bytesTransferred = 5; });  // changed while away
    backend.up();
    QTRY_COMPARE(notices.size(), 2);
    QVERIFY2(notices[1].contains("answers again"), qPrintable(notices[1]));
    QTRY_COMPARE(backend.subscribed(), std::set<JobId>{mine});
    QTRY_COMPARE(model.job(model.rowOf(theirs))->bytesTransferred, std::uint64_t(5));
    // Our job's notifications reach the table again.
    QVERIFY(backend.notifyModification(mine, [](JobSnapshot &job) { job.bytesTransferred = 77; }));
    QTRY_COMPARE(model.job(model.rowOf(mine))->bytesTransferred, std::uint64_t(77));
}

// The worker yields the cores to the GUI thread: on Linux it is
// kWorkerNice nicer than the thread that started the feed.
void TestJobFeed::workerRunsBelowTheGuiThread()
{
#ifndef Q_OS_LINUX
    QSKIP("per-thread nice values are Linux's");
#else
    // A thread's nice value, from /proc (the 19th field of its stat line).
    auto niceOf = [](const QString &tid) -> std::optional<int> {
        QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(tid));
        if (!stat.open(QIODevice::ReadOnly))
            return std::nullopt;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');  // from field 3 on
        return fields.size() > 16 ? std::optional<int>(fields[16].toInt()) : std::nullopt;
    };
    auto tidNamed = [](const QByteArray &name) {
        const QStringList tids = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &tid : tids) {
            QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(tid));
            if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == name)
                return tid;
        }
        return QString();
    };
    fakes::FakeBackend backend;
    backend.addJob("a");
    bitsmon::JobTableModel model;
    auto feed = makeFeed(backend, 20, 200);
    connect(feed.get(), &JobFeed::batchReady, &model, &bitsmon::JobTableModel::applyBatch);
    feed->start({});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 5000);  // the worker has started
    const QString worker = tidNamed("bitsmon-feed");
    QVERIFY(!worker.isEmpty());
    const auto gui = niceOf(QString::number(getpid()));
    const auto feedNice = niceOf(worker);
    QVERIFY(gui && feedNice);
    QCOMPARE(*feedNice, std::min(19, *gui + bits::feed::kWorkerNice));
    feed->stop();
#endif
}
