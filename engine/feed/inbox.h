// The feed's inbox: the Observer that service callbacks land in, from any
// thread. Recording an event costs one striped lock and no allocation for a
// job the inbox tracks; modifications of one job coalesce into one dirty mark.
#pragma once

#include "engine/bits/service.h"

#include <array>
#include <atomic>
#include <functional>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace bits::feed {

struct JobEvent {
    enum class Kind : std::uint8_t {
        Transferred,
        Error,
        FileTransferred
    };
    Kind kind = Kind::Transferred;
    JobId job;
    std::uint32_t fileIndex = 0;  // for FileTransferred

    friend bool operator==(const JobEvent &, const JobEvent &) = default;
};

class Inbox final : public Observer {
public:
    Inbox();

    // Gives a job a slot so its modifications coalesce without allocating.
    // Called by the feed's worker when it learns of a job.
    void track(const JobId &job);
    void untrack(const JobId &job);

    void jobTransferred(const JobId &job) noexcept override;
    void jobError(const JobId &job) noexcept override;
    void jobModification(const JobId &job) noexcept override;
    void fileTransferred(const JobId &job, std::uint32_t fileIndex) noexcept override;

    // Called, on the recording thread, when something is recorded into an
    // inbox drained since: the worker is idle until then. Null: no call.
    // Set and cleared from any thread; once setWake returns, the old one is
    // no longer running or about to run.
    void setWake(std::function<void()> wake);

    // Moves everything recorded so far into the vectors given (appending):
    // each dirty job once per stripe, and every event in arrival order per job.
    void drain(std::vector<JobId> &dirty, std::vector<JobEvent> &events);

private:
    struct alignas(64) Stripe {
        std::mutex mutex;
        std::unordered_map<JobId, std::uint32_t> slotOf;
        std::vector<JobId> slotJobs;
        std::vector<std::uint8_t> dirtyFlags;
        std::vector<std::uint32_t> freeSlots;
        std::vector<std::uint32_t> dirtySlots;  // capacity kept at slot count
        std::vector<JobId> dirtyUntracked;      // jobs not tracked yet
        std::vector<JobEvent> events;
    };
    static constexpr std::size_t kStripes = 16;

    Stripe &stripeFor(const JobId &job) { return m_stripes[hashValue(job) % kStripes]; }
    static void markDirtyLocked(Stripe &stripe, const JobId &job);
    void record(const JobId &job, JobEvent::Kind kind, std::uint32_t fileIndex) noexcept;
    // After recording: wakes the worker if nothing was waiting.
    void recorded() noexcept;

    std::array<Stripe, kStripes> m_stripes;
    std::atomic<bool> m_holding{false};  // recorded since the last drain began
    std::mutex m_wakeMutex;
    std::function<void()> m_wake;
};

}  // namespace bits::feed
