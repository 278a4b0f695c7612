#include "inbox.h"

namespace bits::feed {

Inbox::Inbox() = default;

void Inbox::track(const JobId &job)
{
    Stripe &stripe = stripeFor(job);
    std::lock_guard lock(stripe.mutex);
    if (stripe.slotOf.contains(job))
        return;
    std::uint32_t slot;
    if (!stripe.freeSlots.empty()) {
        slot = stripe.freeSlots.back();
        stripe.freeSlots.pop_back();
        stripe.slotJobs[slot] = job;
    } else {
        slot = std::uint32_t(stripe.slotJobs.size());
        stripe.slotJobs.push_back(job);
        stripe.dirtyFlags.push_back(0);
        stripe.dirtySlots.reserve(stripe.slotJobs.size());
    }
    stripe.slotOf.emplace(job, slot);
}

void Inbox::untrack(const JobId &job)
{
    Stripe &stripe = stripeFor(job);
    std::lock_guard lock(stripe.mutex);
    auto it = stripe.slotOf.find(job);
    if (it == stripe.slotOf.end())
        return;
    const std::uint32_t slot = it->second;
    stripe.slotOf.erase(it);
    if (stripe.dirtyFlags[slot]) {
        // Keep the pending mark: the feed must still learn the job is gone.
        stripe.dirtyFlags[slot] = 0;
        std::erase(stripe.dirtySlots, slot);
        stripe.dirtyUntracked.push_back(job);
    }
    stripe.freeSlots.push_back(slot);
}

void Inbox::markDirtyLocked(Stripe &stripe, const JobId &job)
{
    auto it = stripe.slotOf.find(job);
    if (it == stripe.slotOf.end()) {
        stripe.dirtyUntracked.push_back(job);
        return;
    }
    std::uint8_t &flag = stripe.dirtyFlags[it->second];
    if (!flag) {
        flag = 1;
        stripe.dirtySlots.push_back(it->second);
    }
}

void Inbox::setWake(std::function<void()> wake)
{
    std::lock_guard lock(m_wakeMutex);
    m_wake = std::move(wake);
}

void Inbox::recorded() noexcept
{
    // Only the first record since a drain wakes: a flood costs one wake-up.
    if (m_holding.exchange(true, std::memory_order_acq_rel))
        return;
    std::lock_guard lock(m_wakeMutex);
    if (!m_wake)
        return;
    try {
        m_wake();
    } catch (...) {
        // Out of memory: the next poll reads the job anyway.
    }
}

void Inbox::jobModification(const JobId &job) noexcept
{
    {
        Stripe &stripe = stripeFor(job);
        std::lock_guard lock(stripe.mutex);
        markDirtyLocked(stripe, job);
    }
    recorded();
}

void Inbox::record(const JobId &job, JobEvent::Kind kind, std::uint32_t fileIndex) noexcept
{
    {
        Stripe &stripe = stripeFor(job);
        std::lock_guard lock(stripe.mutex);
        markDirtyLocked(stripe, job);
        try {
            stripe.events.push_back(JobEvent{kind, job, fileIndex});
        } catch (...) {
            // Out of memory: the dirty mark still makes the feed re-read the job.
        }
    }
    recorded();
}

void Inbox::jobTransferred(const JobId &job) noexcept
{
    record(job, JobEvent::Kind::Transferred, 0);
}

void Inbox::jobError(const JobId &job) noexcept
{
    record(job, JobEvent::Kind::Error, 0);
}

void Inbox::fileTransferred(const JobId &job, std::uint32_t fileIndex) noexcept
{
    record(job, JobEvent::Kind::FileTransferred, fileIndex);
}

void Inbox::drain(std::vector<JobId> &dirty, std::vector<JobEvent> &events)
{
    // First: what is recorded from here on wakes the worker again (at worst
    // for a tick that finds it already drained).
    m_holding.store(false, std::memory_order_release);
    std::vector<JobEvent> taken;
    for (Stripe &stripe : m_stripes) {
        {
            std::lock_guard lock(stripe.mutex);
            if (stripe.dirtySlots.empty() && stripe.dirtyUntracked.empty() && stripe.events.empty())
                continue;
            for (std::uint32_t slot : stripe.dirtySlots) {
                stripe.dirtyFlags[slot] = 0;
                dirty.push_back(stripe.slotJobs[slot]);
            }
            stripe.dirtySlots.clear();  // keeps its capacity
            dirty.insert(dirty.end(), stripe.dirtyUntracked.begin(), stripe.dirtyUntracked.end());
            stripe.dirtyUntracked.clear();
            taken.swap(stripe.events);
        }
        events.insert(events.end(), taken.begin(), taken.end());
        taken.clear();
    }
}

}  // namespace bits::feed
