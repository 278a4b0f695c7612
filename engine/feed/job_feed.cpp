#include "job_feed.h"

#include "engine/bits/hresult.h"
#include "handoff.h"

#include <QThread>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <cerrno>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <future>

#include <unordered_map>
#include <unordered_set>

namespace bits::feed {

// Everything here runs on the worker thread.
class FeedWorker : public QObject {
public:
    FeedWorker(JobFeed *feed, ServiceFactory factory)
        : m_feed(feed)
        , m_inbox(feed->m_inbox)
        , m_options(feed->m_options)
        , m_factory(std::move(factory))
    {
    }

    bool event(QEvent *event) override { return runPosted(event) || QObject::event(event); }

    void start(const std::vector<JobId> &ownJobs)
    {
        yieldToTheGuiThread();
        m_service = m_factory();
        // No work, no wake-up: a tick runs `tick` after the inbox was first
        // touched (so a flood of callbacks is one batch) or a command asked
        // for a re-read, and the poll timer runs the poll when it is due.
        m_tick = new QTimer(this);
        m_tick->setSingleShot(true);
        m_tick->setTimerType(Qt::PreciseTimer);
        m_tick->setInterval(m_options.tick);
        connect(m_tick, &QTimer::timeout, this, [this] { tick(); });
        m_pollTimer = new QTimer(this);
        m_pollTimer->setSingleShot(true);
        connect(m_pollTimer, &QTimer::timeout, this, [this] {
            m_nextPoll = {};  // due, even if the timer came a little early
            tick();
        });

        const QString name = QString::fromStdString(m_service->name());
        const QString user = QString::fromStdString(m_service->currentUser());
        postTo(m_feed, [feed = m_feed, name, user] { emit feed->started(name, user); });

        for (const JobId &id : ownJobs) {
            // A job of ours may have finished or vanished while we were away.
            // Any other failure (the service not answering yet) keeps it
            // ours: the service subscribes it when it can.
            Status subscribed = m_service->subscribe(id, &m_inbox);
            if (subscribed || subscribed.failure().code != hr::BG_E_NotFound)
                adopt(id);
            else
                m_batch.removed.push_back(id);  // so the app forgets it
        }
        poll();
        deliver();
    }

    void shutdown()
    {
        if (m_tick)
            m_tick->stop();
        if (m_pollTimer)
            m_pollTimer->stop();
        if (m_service) {
            for (const JobId &id : m_ours)
                m_service->unsubscribe(id);  // SetNotifyInterface(NULL) before exit
        }
        m_service.reset();
    }

    void createJob(const NewJob &spec, JobFeed::CreateDone done)
    {
        Outcome<JobId> created = m_service->createJob(spec);
        if (created) {
            const JobId id = created.value();
            adopt(id);
            Status subscribed = m_service->subscribe(id, &m_inbox);
            Status resumed = subscribed ? m_service->resume(id) : subscribed;
            if (!resumed) {
                // Leave nothing half-made behind.
                m_service->unsubscribe(id);
                m_service->cancel(id);
                disown(id);
                created = resumed.failure();
            } else {
                m_pending.insert(id);
                wake();
            }
        }
        if (done) {
            postTo(m_feed, [done = std::move(done), created] { done(created); });
        }
    }

    void command(const JobId &id, Action action, const std::function<Status()> &call)
    {
        Status status = call();
        m_pending.insert(id);  // re-read even if no notification comes
        wake();
        if (!status) {
            CommandFailure failure{id, action, status.failure()};
            postTo(m_feed, [feed = m_feed, failure] { emit feed->commandFailed(failure); });
        }
    }

    void adoptOwn(const JobId &id)
    {
        if (m_ours.contains(id))
            return;
        adopt(id);
        m_service->subscribe(id, &m_inbox);
        m_pending.insert(id);  // re-read: now marked ours
        wake();
    }

    bool hasService() const { return m_service != nullptr; }
    TransferService &service() { return *m_service; }
    JobFeed *feed() const { return m_feed; }
    void pollSoon()
    {
        m_service->askAgain();
        m_nextPoll = {};
        wake();
    }

    // Something waits to be read: a tick within FeedOptions::tick.
    void wake()
    {
        if (m_tick && !m_tick->isActive())
            m_tick->start();
    }

    // Nobody looks (the window is hidden): other programs' jobs are polled
    // at FeedOptions::unwatchedPollInterval; when someone looks again, at
    // once and then at the usual pace.
    void setWatched(bool watched)
    {
        if (watched == m_watched)
            return;
        m_watched = watched;
        if (watched) {
            pollSoon();
        } else if (m_pollTimer && m_pollTimer->isActive()) {
            m_nextPoll = m_lastPoll + pollInterval();
            schedulePoll();
        }
    }

private:
    void adopt(const JobId &id)
    {
        m_ours.insert(id);
        m_inbox.track(id);
    }

    void disown(const JobId &id)
    {
        m_ours.erase(id);
        m_inbox.untrack(id);
    }

    void tick()
    {
        std::vector<JobId> dirty;
        m_inbox.drain(dirty, m_batch.events);
        bool checked = false;
        for (const JobEvent &event : m_batch.events) {
            if (event.kind == JobEvent::Kind::FileTransferred) {
                m_service->onFileTransferred(event.job);
                checked = true;
            }
            dirty.push_back(event.job);
        }
        if (checked) {
            for (const Sentence &sentence : m_service->takeNotices())
                notice(sentence);
        }
        m_pending.insert(dirty.begin(), dirty.end());

        if (std::chrono::steady_clock::now() >= m_nextPoll) {
            poll();  // reads every job, pending ones included
        } else {
            for (const JobId &id : m_pending)
                read(id);
        }
        m_pending.clear();
        deliver();
    }

    std::chrono::milliseconds pollInterval() const
    {
        return m_watched ? m_options.pollInterval : std::max(m_options.pollInterval, m_options.unwatchedPollInterval);
    }

    void schedulePoll()
    {
        const auto wait =
            std::chrono::duration_cast<std::chrono::milliseconds>(m_nextPoll - std::chrono::steady_clock::now());
        m_pollTimer->start(std::max(wait, std::chrono::milliseconds(0)));
    }

    // Lists every job, reads each once, and notices jobs that left the list.
    void poll()
    {
        m_lastPoll = std::chrono::steady_clock::now();
        m_nextPoll = m_lastPoll + pollInterval();
        if (m_pollTimer)
            schedulePoll();
        Outcome<std::vector<JobId>> listed = m_service->listJobs();
        for (const Sentence &sentence : m_service->takeNotices())
            notice(sentence);
        if (!listed) {
            // The rows stay as they were last seen; the next poll tries again.
            if (!m_listFailing)
                notice(listed.failure().message);
            m_listFailing = true;
            return;
        }
        if (m_listFailing) {
            // Back after an outage: a restarted service has forgotten who
            // watches which job, so ours are subscribed again.
            m_listFailing = false;
            for (const JobId &id : std::vector<JobId>(m_ours.begin(), m_ours.end()))
                m_service->subscribe(id, &m_inbox);
            notice(BITS_TR_NOOP("bits", "The transfer service answers again; the list is up to date."));
        }

        std::unordered_set<JobId> present(listed.value().begin(), listed.value().end());
        for (const JobId &id : listed.value())
            read(id);
        std::vector<JobId> gone;
        for (const auto &[id, last] : m_last) {
            if (!present.contains(id))
                gone.push_back(id);
        }
        for (const JobId &id : gone) {
            read(id);  // its final state (ACKNOWLEDGED, CANCELLED) if still readable
            remove(id);
        }
        // Ours the service has not shown yet (it did not answer when we
        // started): read on their own, and forgotten if it says they are gone.
        for (const JobId &id : std::vector<JobId>(m_ours.begin(), m_ours.end())) {
            if (!present.contains(id) && !m_last.contains(id))
                read(id);
        }
        m_pending.clear();
    }

    void read(const JobId &id)
    {
        Outcome<JobSnapshot> snapshot = m_service->snapshot(id);
        if (!snapshot) {
            if (snapshot.failure().code == hr::BG_E_NotFound)
                remove(id);
            return;  // other failures: keep the last good row, try again later
        }
        JobSnapshot job = std::move(snapshot).value();
        job.ours = m_ours.contains(id);
        auto it = m_last.find(id);
        if (it == m_last.end()) {
            m_inbox.track(id);
            m_last.emplace(id, job);
            m_batch.added.push_back(std::move(job));
        } else if (const JobFields fields = differences(it->second, job)) {
            assignChanged(it->second, job, fields);
            m_batch.changed.push_back(std::move(job));
            m_batch.changedFields.push_back(fields);
        }
    }

    void remove(const JobId &id)
    {
        if (m_last.erase(id) == 0 && !m_ours.contains(id))
            return;
        if (m_ours.contains(id))
            m_service->unsubscribe(id);
        disown(id);
        m_batch.removed.push_back(id);
    }

    void deliver()
    {
        if (m_batch.empty())
            return;
        // A job added and changed in one tick goes out once, as added.
        if (!m_batch.added.empty() && !m_batch.changed.empty()) {
            std::unordered_map<JobId, std::size_t> addedAt;
            for (std::size_t i = 0; i < m_batch.added.size(); ++i)
                addedAt.emplace(m_batch.added[i].id, i);
            std::size_t kept = 0;
            for (std::size_t i = 0; i < m_batch.changed.size(); ++i) {
                auto it = addedAt.find(m_batch.changed[i].id);
                if (it != addedAt.end()) {
                    m_batch.added[it->second] = std::move(m_batch.changed[i]);
                    continue;
                }
                if (kept != i) {
                    m_batch.changed[kept] = std::move(m_batch.changed[i]);
                    m_batch.changedFields[kept] = m_batch.changedFields[i];
                }
                ++kept;
            }
            m_batch.changed.resize(kept);
            m_batch.changedFields.resize(kept);
        }
        m_batch.takenAt = std::chrono::steady_clock::now();
        postTo(m_feed, [feed = m_feed, worker = this, batch = std::move(m_batch)]() mutable {
            emit feed->batchReady(batch);
            // Freeing 10,000 snapshots (their names, URLs and file lists) took
            // as long as applying them: the worker that made them frees them.
            postTo(worker, [spent = std::move(batch)] {});
        });
        m_batch = {};
    }

    // Reading every job each tick must not make the window late: the worker
    // runs below the GUI thread. QThread::LowPriority does that on Windows;
    // on Linux it does nothing for ordinary threads, a nice value does (a
    // thread starts with its creator's).
    static void yieldToTheGuiThread()
    {
#ifdef Q_OS_LINUX
        const auto self = id_t(syscall(SYS_gettid));
        errno = 0;
        const int inherited = getpriority(PRIO_PROCESS, self);
        if (errno == 0)
            setpriority(PRIO_PROCESS, self, std::min(19, inherited + kWorkerNice));  // if refused, it stays as it was
#endif
    }

    void notice(const Sentence &sentence)
    {
        postTo(m_feed, [feed = m_feed, sentence] { emit feed->notice(sentence); });
    }

    JobFeed *m_feed;
    Inbox &m_inbox;
    const FeedOptions m_options;
    ServiceFactory m_factory;
    std::unique_ptr<TransferService> m_service;
    QTimer *m_tick = nullptr;
    QTimer *m_pollTimer = nullptr;
    bool m_watched = true;
    std::chrono::steady_clock::time_point m_lastPoll{};
    std::unordered_map<JobId, JobSnapshot> m_last;
    std::unordered_set<JobId> m_ours;
    std::unordered_set<JobId> m_pending;
    std::chrono::steady_clock::time_point m_nextPoll{};
    JobBatch m_batch;
    bool m_listFailing = false;
};

JobFeed::JobFeed(ServiceFactory factory, FeedOptions options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_thread(new QThread(this))
    , m_worker(new FeedWorker(this, std::move(factory)))
{
    qRegisterMetaType<JobBatch>();
    qRegisterMetaType<CommandFailure>();
    qRegisterMetaType<Completion>();
    m_thread->setObjectName(QStringLiteral("bitsmon-feed"));
    m_worker->moveToThread(m_thread);
    // Emitted on the feed's thread as it ends; stop() waits for that.
    connect(
        m_thread, &QThread::finished, m_thread, [thread = m_thread] { publish(thread); }, Qt::DirectConnection);
}

bool JobFeed::event(QEvent *event)
{
    return runPosted(event) || QObject::event(event);
}

JobFeed::~JobFeed()
{
    stop();
    delete m_worker;
}

void JobFeed::start(std::vector<JobId> ownJobs)
{
    if (m_thread->isRunning())
        return;
    m_inbox.setWake([worker = m_worker] { postTo(worker, [worker] { worker->wake(); }); });
    m_thread->start(QThread::LowPriority);
    postTo(m_worker, [worker = m_worker, own = std::move(ownJobs)] { worker->start(own); });
}

void JobFeed::stop()
{
    if (!m_thread->isRunning())
        return;
    m_inbox.setWake(nullptr);  // no more posts to the worker
    // Waits for the worker to let its service go (std::promise: a hand-off
    // ThreadSanitizer sees, unlike Qt's blocking queued call).
    std::promise<void> done;
    postTo(m_worker, [worker = m_worker, &done] {
        worker->shutdown();
        done.set_value();
    });
    done.get_future().wait();
    m_thread->quit();
    m_thread->wait();
    receive(m_thread);
}

void JobFeed::post(std::function<void(FeedWorker &)> work)
{
    postTo(m_worker, [worker = m_worker, work = std::move(work)] {
        if (worker->hasService())
            work(*worker);
    });
}

void JobFeed::createJob(NewJob job, CreateDone done)
{
    post([job = std::move(job), done = std::move(done)](FeedWorker &worker) mutable {
        worker.createJob(job, std::move(done));
    });
}

void JobFeed::replyData(const JobId &job, ReplyDone done)
{
    post([this, job, done = std::move(done)](FeedWorker &worker) mutable {
        postTo(this, [done = std::move(done), reply = worker.service().replyData(job)] { done(reply); });
    });
}

void JobFeed::resume(const JobId &job)
{
    post([job](FeedWorker &w) { w.command(job, Action::Resume, [&] { return w.service().resume(job); }); });
}

void JobFeed::suspend(const JobId &job)
{
    post([job](FeedWorker &w) { w.command(job, Action::Suspend, [&] { return w.service().suspend(job); }); });
}

void JobFeed::cancel(const JobId &job)
{
    post([job](FeedWorker &w) { w.command(job, Action::Cancel, [&] { return w.service().cancel(job); }); });
}

void JobFeed::complete(const JobId &job)
{
    post([job](FeedWorker &w) {
        w.command(job, Action::Complete, [&]() -> Status {
            Outcome<HResult> done = w.service().complete(job);
            if (!done)
                return done.failure();
            const Completion completion{job, done.value()};
            postTo(w.feed(), [feed = w.feed(), completion] { emit feed->completed(completion); });
            return {};
        });
    });
}

void JobFeed::setPriority(const JobId &job, Priority priority)
{
    post([job, priority](FeedWorker &w) {
        w.command(job, Action::SetPriority, [&] { return w.service().setPriority(job, priority); });
    });
}

void JobFeed::adopt(const JobId &job)
{
    post([job](FeedWorker &w) { w.adoptOwn(job); });
}

void JobFeed::rereadAll()
{
    post([](FeedWorker &w) { w.pollSoon(); });
}

void JobFeed::setWatched(bool watched)
{
    post([watched](FeedWorker &w) { w.setWatched(watched); });
}

void JobFeed::afterPendingWork(std::function<void()> done)
{
    // The worker runs what is posted to it in order: by the time it runs
    // this, it has run everything posted before.
    postTo(m_worker, [feed = this, done = std::move(done)]() mutable { postTo(feed, std::move(done)); });
}

}  // namespace bits::feed
