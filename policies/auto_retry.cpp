#include "auto_retry.h"

#include "engine/bits/policy.h"

namespace bitsmon {

std::vector<bits::JobId> AutoRetry::observe(const bits::feed::JobBatch &batch)
{
    std::vector<bits::JobId> retry;
    for (const auto *jobs : {&batch.added, &batch.changed}) {
        for (const bits::JobSnapshot &job : *jobs) {
            if (m_enabled && job.ours && bits::foregroundRetry(job) == bits::ForegroundRetry::Possible
                && m_tried.insert(job.id).second)
                retry.push_back(job.id);
        }
    }
    for (const bits::JobId &id : batch.removed)
        m_tried.erase(id);
    return retry;
}

}  // namespace bitsmon
