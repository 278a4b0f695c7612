// The automatic "retry at foreground priority" for bitsmon's own jobs that
// failed with BG_E_INSUFFICIENT_RANGE_SUPPORT: once per failure, and only
// where foreground priority can help.
#pragma once

#include "engine/feed/job_batch.h"

#include <unordered_set>
#include <vector>

namespace bitsmon {

class AutoRetry {
public:
    void setEnabled(bool enabled) { m_enabled = enabled; }
    // The jobs to retry now.
    std::vector<bits::JobId> observe(const bits::feed::JobBatch &batch);

private:
    bool m_enabled = false;
    std::unordered_set<bits::JobId> m_tried;
};

}  // namespace bitsmon
