// A thread-safe, in-memory BITS service for feed and model tests. The test
// owns the FakeBackend; the feed owns a FakeService that forwards to it, so
// the test can change jobs behind the feed's back, as another program would.
#pragma once

#include "engine/bits/hresult.h"
#include "engine/bits/policy.h"
#include "engine/bits/service.h"

#include <atomic>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <utility>
#include <vector>

namespace fakes {

class FakeBackend {
public:
    // A job that exists in the service (another program's, or ours from an
    // earlier run); SUSPENDED, one file of `size` bytes.
    bits::JobId addJob(const std::string &name, std::uint64_t size = 1000)
    {
        bits::JobSnapshot job;
        job.id = bits::JobId::generate();
        job.displayName = name;
        job.state = bits::JobState::Suspended;
        job.priority = bits::Priority::Normal;
        job.owner = "tester";
        job.bytesTotal = size;
        job.filesTotal = 1;
        job.files.push_back({"http://127.0.0.1/" + name, "/tmp/" + name, size, 0, false});
        std::lock_guard lock(m_mutex);
        m_jobs[job.id] = job;
        m_order.push_back(job.id);
        return job.id;
    }

    // Changes a job; returns the observer subscribed to it (or null).
    bits::Observer *update(const bits::JobId &id, const std::function<void(bits::JobSnapshot &)> &change)
    {
        std::lock_guard lock(m_mutex);
        auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            return nullptr;
        change(it->second);
        auto o = m_observers.find(id);
        return o == m_observers.end() ? nullptr : o->second;
    }

    // Changes a job and calls its observer's JobModification while holding
    // the lock, as BITS holds its reference to a callback for the length of
    // a call: once unsubscribe() returns, the observer is never called
    // again. Returns whether an observer was called.
    bool notifyModification(const bits::JobId &id, const std::function<void(bits::JobSnapshot &)> &change)
    {
        std::lock_guard lock(m_mutex);
        auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            return false;
        change(it->second);
        auto o = m_observers.find(id);
        if (o == m_observers.end())
            return false;
        o->second->jobModification(id);
        return true;
    }

    void erase(const bits::JobId &id)
    {
        std::lock_guard lock(m_mutex);
        m_jobs.erase(id);
        std::erase(m_order, id);
        m_observers.erase(id);
    }

    std::optional<bits::JobSnapshot> get(const bits::JobId &id) const
    {
        std::lock_guard lock(m_mutex);
        auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            return std::nullopt;
        return it->second;
    }

    std::set<bits::JobId> subscribed() const
    {
        std::lock_guard lock(m_mutex);
        std::set<bits::JobId> ids;
        for (const auto &[id, observer] : m_observers)
            ids.insert(id);
        return ids;
    }

    bits::Observer *observerOf(const bits::JobId &id) const
    {
        std::lock_guard lock(m_mutex);
        auto it = m_observers.find(id);
        return it == m_observers.end() ? nullptr : it->second;
    }

    std::vector<bits::JobId> calls(bits::Action action) const
    {
        std::lock_guard lock(m_mutex);
        std::vector<bits::JobId> out;
        for (const auto &[a, id] : m_calls)
            if (a == action)
                out.push_back(id);
        return out;
    }

    // The service's process goes away (as BITS's does when its svchost is
    // killed): every call fails with RPC_S_SERVER_UNAVAILABLE and the
    // notification subscriptions are lost. up() brings it back with its jobs.
    void down()
    {
        std::lock_guard lock(m_mutex);
        m_down = true;
        m_observers.clear();
    }
    void up()
    {
        std::lock_guard lock(m_mutex);
        m_down = false;
    }
    bool isDown() const
    {
        std::lock_guard lock(m_mutex);
        return m_down;
    }

    void failNextResume(bits::Failure failure)
    {
        std::lock_guard lock(m_mutex);
        m_resumeFailure = std::move(failure);
    }

    // What the next completions answer on success (BG_S_PARTIAL_COMPLETE...).
    void setCompleteCode(bits::HResult code)
    {
        std::lock_guard lock(m_mutex);
        m_completeCode = code;
    }
    // What replyData() hands over for an upload-reply job in TRANSFERRED.
    void setReply(const bits::JobId &id, std::vector<std::uint8_t> bytes)
    {
        std::lock_guard lock(m_mutex);
        m_replies[id] = std::move(bytes);
    }
    // A sentence the service hands out with takeNotices().
    void say(std::string sentence)  // words of the test, not ours to translate
    {
        std::lock_guard lock(m_mutex);
        m_notices.push_back(bits::Sentence::verbatim(std::move(sentence)));
    }

    std::unique_ptr<bits::TransferService> makeService();

    std::atomic<bool> serviceAlive{false};
    std::atomic<int> snapshotReads{0};
    std::atomic<int> refusedListings{0};  // listJobs while down()
    std::atomic<int> listings{0};         // listJobs answered: the feed's polls
    std::atomic<int> serviceThreadViolations{0};
    std::atomic<int> fileTransferredHooks{0};
    std::atomic<int> askedAgain{0};

private:
    friend class FakeService;
    mutable std::mutex m_mutex;
    std::map<bits::JobId, bits::JobSnapshot> m_jobs;
    std::vector<bits::JobId> m_order;
    std::map<bits::JobId, bits::Observer *> m_observers;
    std::vector<std::pair<bits::Action, bits::JobId>> m_calls;
    std::optional<bits::Failure> m_resumeFailure;
    bits::HResult m_completeCode = bits::hr::S_Ok;
    std::map<bits::JobId, std::vector<std::uint8_t>> m_replies;
    std::vector<bits::Sentence> m_notices;
    bool m_down = false;
};

class FakeService final : public bits::TransferService {
public:
    explicit FakeService(FakeBackend &backend)
        : m_backend(backend)
        , m_thread(std::this_thread::get_id())
    {
        m_backend.serviceAlive = true;
    }
    ~FakeService() override { m_backend.serviceAlive = false; }

    std::string name() const override { return "fake"; }

    bits::Outcome<std::vector<bits::JobId>> listJobs() override
    {
        checkThread();
        if (m_backend.isDown()) {
            ++m_backend.refusedListings;
            return gone();
        }
        std::lock_guard lock(m_backend.m_mutex);
        ++m_backend.listings;
        return m_backend.m_order;
    }

    bits::Outcome<bits::JobSnapshot> snapshot(const bits::JobId &id) override
    {
        checkThread();
        if (m_backend.isDown())
            return gone();
        ++m_backend.snapshotReads;
        if (auto job = m_backend.get(id))
            return *job;
        return notFound();
    }

    bits::Outcome<bits::JobId> createJob(const bits::NewJob &spec) override
    {
        checkThread();
        const bits::JobId id = m_backend.addJob(spec.displayName);
        m_backend.update(id, [&](bits::JobSnapshot &job) { job.priority = spec.priority; });
        return id;
    }

    bits::Status resume(const bits::JobId &id) override
    {
        return act(bits::Action::Resume, id, [&](bits::JobSnapshot &job) -> bits::Status {
            std::optional<bits::Failure> failure;
            failure.swap(m_backend.m_resumeFailure);
            if (failure)
                return *failure;
            job.state = bits::JobState::Queued;
            return {};
        });
    }
    bits::Status suspend(const bits::JobId &id) override
    {
        return act(bits::Action::Suspend, id, [](bits::JobSnapshot &job) -> bits::Status {
            job.state = bits::JobState::Suspended;
            return {};
        });
    }
    bits::Status cancel(const bits::JobId &id) override
    {
        return act(bits::Action::Cancel, id, [](bits::JobSnapshot &job) -> bits::Status {
            job.state = bits::JobState::Cancelled;
            return {};
        });
    }
    bits::Outcome<bits::HResult> complete(const bits::JobId &id) override
    {
        bits::Status status = act(bits::Action::Complete, id, [](bits::JobSnapshot &job) -> bits::Status {
            job.state = bits::JobState::Acknowledged;
            return {};
        });
        if (!status)
            return status.failure();
        std::lock_guard lock(m_backend.m_mutex);
        return m_backend.m_completeCode;
    }
    bits::Status setPriority(const bits::JobId &id, bits::Priority priority) override
    {
        return act(bits::Action::SetPriority, id, [&](bits::JobSnapshot &job) -> bits::Status {
            job.priority = priority;
            return {};
        });
    }

    bits::Outcome<std::vector<std::uint8_t>> replyData(const bits::JobId &id) override
    {
        checkThread();
        std::lock_guard lock(m_backend.m_mutex);
        auto it = m_backend.m_jobs.find(id);
        if (it == m_backend.m_jobs.end())
            return notFound();
        if (it->second.type != bits::JobType::UploadReply)
            return bits::Failure{bits::hr::E_NotImpl, "Not an upload-reply job."};
        if (!bits::hasReplyData(it->second.type, it->second.state))
            return bits::Failure{bits::hr::BG_E_InvalidState, "The job is not transferred."};
        return m_backend.m_replies[id];
    }

    bits::Status subscribe(const bits::JobId &id, bits::Observer *observer) override
    {
        checkThread();
        if (m_backend.isDown())
            return gone();
        std::lock_guard lock(m_backend.m_mutex);
        if (!m_backend.m_jobs.contains(id))
            return notFound();
        m_backend.m_observers[id] = observer;
        m_backend.m_jobs[id].notifyFlags = bits::notify::Ours;
        return {};
    }

    bits::Status unsubscribe(const bits::JobId &id) override
    {
        checkThread();
        std::lock_guard lock(m_backend.m_mutex);
        m_backend.m_observers.erase(id);
        return {};
    }

    void onFileTransferred(const bits::JobId &) override
    {
        checkThread();
        ++m_backend.fileTransferredHooks;
    }

    std::vector<bits::Sentence> takeNotices() override
    {
        checkThread();
        std::lock_guard lock(m_backend.m_mutex);
        return std::exchange(m_backend.m_notices, {});
    }
    std::string currentUser() const override { return "tester"; }
    void askAgain() override { ++m_backend.askedAgain; }

private:
    static bits::Failure notFound() { return {bits::hr::BG_E_NotFound, "The job does not exist."}; }
    static bits::Failure gone() { return {bits::hr::RPC_S_ServerUnavailable, "The transfer service stopped."}; }

    void checkThread()
    {
        if (std::this_thread::get_id() != m_thread)
            ++m_backend.serviceThreadViolations;
    }

    bits::Status act(bits::Action action, const bits::JobId &id,
                     const std::function<bits::Status(bits::JobSnapshot &)> &change)
    {
        checkThread();
        std::lock_guard lock(m_backend.m_mutex);
        m_backend.m_calls.emplace_back(action, id);
        auto it = m_backend.m_jobs.find(id);
        if (it == m_backend.m_jobs.end())
            return notFound();
        if (!bits::serviceAccepts(it->second.state, action))
            return bits::Failure{bits::hr::BG_E_InvalidState, "The job's state does not allow this."};
        return change(it->second);
    }

    FakeBackend &m_backend;
    std::thread::id m_thread;
};

inline std::unique_ptr<bits::TransferService> FakeBackend::makeService()
{
    return std::make_unique<FakeService>(*this);
}

}  // namespace fakes
