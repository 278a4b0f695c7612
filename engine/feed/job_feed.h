// JobFeed runs a TransferService on its own worker thread and hands the GUI
// thread one JobBatch per tick (see docs/ARCHITECTURE.md, the thread contract).
#pragma once

#include "inbox.h"
#include "job_batch.h"

#include "engine/bits/policy.h"
#include "engine/bits/service.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace bits::feed {

struct FeedOptions {
    // How long after the first callback of a burst the worker reads and
    // delivers: callbacks within it (a JobModification flood) are one batch.
    // With nothing to read the worker does not tick at all.
    std::chrono::milliseconds tick{100};
    // How often every job is re-read: the only source for jobs that are not
    // ours, and the safety net for ours (callbacks can be dropped).
    std::chrono::milliseconds pollInterval{2000};
    // The same while nobody looks (setWatched(false): the window is hidden
    // in the tray); never faster than pollInterval.
    std::chrono::milliseconds unwatchedPollInterval{10000};
};

// The feed's worker thread runs below the GUI thread: on Linux this much
// nicer than the thread that started it, on Windows at QThread::LowPriority.
inline constexpr int kWorkerNice = 5;

// Runs on the worker thread: there the service is created, used and destroyed.
using ServiceFactory = std::function<std::unique_ptr<TransferService>()>;

class FeedWorker;

class JobFeed : public QObject {
    Q_OBJECT
public:
    JobFeed(ServiceFactory factory, FeedOptions options = {}, QObject *parent = nullptr);
    ~JobFeed() override;

    // Starts the worker: creates the service, subscribes to `ownJobs` (jobs
    // bitsmon created in earlier runs) and reads every job once. Own jobs the
    // service no longer knows come back in the first batch's `removed`.
    void start(std::vector<JobId> ownJobs = {});
    // Unsubscribes from our jobs, destroys the service, stops the thread.
    void stop();

    using CreateDone = std::function<void(const Outcome<JobId> &)>;
    // Creates, subscribes and resumes; on any failure nothing is left behind.
    // `done` runs on the GUI thread.
    void createJob(NewJob job, CreateDone done = {});
    void resume(const JobId &job);
    void suspend(const JobId &job);
    void cancel(const JobId &job);
    void complete(const JobId &job);
    void setPriority(const JobId &job, Priority priority);
    using ReplyDone = std::function<void(const Outcome<std::vector<std::uint8_t>> &)>;
    // An upload-reply job's reply in memory (TransferService::replyData);
    // `done` runs on the GUI thread.
    void replyData(const JobId &job, ReplyDone done);
    // A job that turned out to be ours (BITS called bitsmon's notification
    // class about it): watched and treated as ours from now on.
    void adopt(const JobId &job);
    // Where callbacks land: for callback objects made outside the service
    // (bitsmon's notification class, Windows). Any thread.
    Observer &inbox() { return m_inbox; }
    // Whether someone looks at the jobs (the window is shown). Unwatched,
    // other programs' jobs are polled at FeedOptions::unwatchedPollInterval;
    // watched again, every job is re-read at once.
    void setWatched(bool watched);
    // Re-reads every job at the next tick; what the service stopped asking
    // for (a refused all-users listing) is asked for again.
    void rereadAll();
    // Runs `done` on this object's thread once the worker has done what was
    // asked of it before: commands, creations, and freeing the batches
    // already delivered. For tests and benchmarks that must see the feed at
    // rest.
    void afterPendingWork(std::function<void()> done);

    const FeedOptions &options() const { return m_options; }

signals:
    // `currentUser`: the owner name the service gives the user bitsmon runs
    // as (for "only my jobs"); empty when it cannot tell.
    void started(const QString &serviceName, const QString &currentUser);
    void completed(const bits::feed::Completion &completion);
    void batchReady(const bits::feed::JobBatch &batch);
    void commandFailed(const bits::feed::CommandFailure &failure);
    // A sentence from the service to show once (e.g. a restricted listing),
    // said in the user's language by the receiver (models' Format::sentence).
    void notice(const bits::Sentence &sentence);

protected:
    bool event(QEvent *event) override;

private:
    void post(std::function<void(FeedWorker &)> work);

    friend class FeedWorker;
    FeedOptions m_options;
    Inbox m_inbox;
    QThread *m_thread = nullptr;
    FeedWorker *m_worker = nullptr;
};

}  // namespace bits::feed
