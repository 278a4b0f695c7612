#include "rate_history.h"

#include "job_table_model.h"

#include <algorithm>

namespace bitsmon {

void RateHistory::add(std::deque<RateSample> &samples, RateSample sample) const
{
    samples.push_back(sample);
    while (!samples.empty() && sample.at - samples.front().at > m_span)
        samples.pop_front();
}

void RateHistory::sample(const JobTableModel &model, Clock::time_point at)
{
    double sum = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const double rate = model.rate(row);
        sum += rate;
        const bits::JobId &id = model.job(row)->id;
        auto it = m_jobs.find(id);
        if (it == m_jobs.end()) {
            if (rate <= 0)
                continue;  // only jobs that move are kept
            it = m_jobs.emplace(id, std::deque<RateSample>{}).first;
        }
        add(it->second, {at, rate});
    }
    add(m_total, {at, sum});
    // Jobs still for the whole span, or gone from the table, are forgotten.
    std::erase_if(m_jobs, [&](const auto &entry) {
        const auto &samples = entry.second;
        const bool moved =
            std::any_of(samples.begin(), samples.end(), [](const RateSample &s) { return s.bytesPerSecond > 0; });
        return !moved || samples.back().at != at;
    });
}

const std::deque<RateSample> &RateHistory::job(const bits::JobId &id) const
{
    static const std::deque<RateSample> none;
    auto it = m_jobs.find(id);
    return it == m_jobs.end() ? none : it->second;
}

}  // namespace bitsmon
