#include "pause_ours.h"

#include "engine/bits/policy.h"

namespace bitsmon {

std::vector<bits::JobId> jobsToPause(const std::vector<const bits::JobSnapshot *> &jobs)
{
    std::vector<bits::JobId> pause;
    for (const bits::JobSnapshot *job : jobs) {
        if (job->ours && bits::allows(job->state, bits::Action::Suspend))
            pause.push_back(job->id);
    }
    return pause;
}

}  // namespace bitsmon
