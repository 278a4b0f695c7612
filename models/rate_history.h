// The transfer rate over the last minutes: of every job that transferred in
// that time, and of all of them together. Sampled once a second while
// anything transfers (the window's timer), drawn by the details pane's graph.
#pragma once

#include "engine/bits/job_id.h"

#include <chrono>
#include <deque>
#include <unordered_map>
#include <vector>

namespace bitsmon {

class JobTableModel;

struct RateSample {
    std::chrono::steady_clock::time_point at;
    double bytesPerSecond = 0;
};

class RateHistory {
public:
    using Clock = std::chrono::steady_clock;
    explicit RateHistory(std::chrono::seconds span = std::chrono::minutes(5))
        : m_span(span)
    {
    }

    // One sample of every row's rate and of their sum, taken `at`. A job
    // with no rate above zero within the span is forgotten.
    void sample(const JobTableModel &model, Clock::time_point at);
    // The samples within the span, oldest first.
    const std::deque<RateSample> &total() const { return m_total; }
    const std::deque<RateSample> &job(const bits::JobId &id) const;
    std::chrono::seconds span() const { return m_span; }
    std::size_t jobsKept() const { return m_jobs.size(); }

private:
    void add(std::deque<RateSample> &samples, RateSample sample) const;

    std::chrono::seconds m_span;
    std::deque<RateSample> m_total;
    std::unordered_map<bits::JobId, std::deque<RateSample>> m_jobs;
};

}  // namespace bitsmon
