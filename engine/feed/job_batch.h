// What the feed hands the GUI thread, one value at a time: a batch of job
// changes per tick, a command the service refused, a Complete it accepted.
// Plain values, so the models and policies that read them need no JobFeed.
#pragma once

#include "inbox.h"  // JobEvent

#include "engine/bits/policy.h"
#include "engine/bits/service.h"
#include "engine/bits/snapshot.h"

#include <QMetaType>

#include <chrono>
#include <vector>

namespace bits::feed {

struct JobBatch {
    std::vector<JobSnapshot> added;
    std::vector<JobSnapshot> changed;
    // changedFields[i]: where changed[i] differs from the job's snapshot in
    // the batch before. Empty if not known (then a receiver compares).
    std::vector<JobFields> changedFields;
    std::vector<JobId> removed;
    std::vector<JobEvent> events;
    std::chrono::steady_clock::time_point takenAt;

    bool empty() const { return added.empty() && changed.empty() && removed.empty() && events.empty(); }
};

struct CommandFailure {
    JobId job;
    Action action = Action::Resume;
    Failure failure;
};

// A Complete the service accepted, with its success code: S_OK, or
// BG_S_PARTIAL_COMPLETE / BG_S_UNABLE_TO_DELETE_FILES, which the user is told.
struct Completion {
    JobId job;
    HResult code = 0;
};

}  // namespace bits::feed

Q_DECLARE_METATYPE(bits::feed::JobBatch)
Q_DECLARE_METATYPE(bits::feed::CommandFailure)
Q_DECLARE_METATYPE(bits::feed::Completion)
Q_DECLARE_METATYPE(bits::Sentence)
