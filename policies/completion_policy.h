// bitsmon completes its own jobs as soon as they are transferred, so the
// files appear (other programs complete their own). This keeps the
// bookkeeping: one Complete in flight per job, the jobs the user chose not
// to complete yet (files in the way) left alone until asked again, and one
// line per outcome of our jobs for people and scripts watching the console.
#pragma once

#include "engine/feed/job_batch.h"

#include <QString>

#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace bitsmon {

class CompletionPolicy {
public:
    // Whether to complete this job now: ours, TRANSFERRED, no Complete in
    // flight for it, not set aside by the user.
    bool shouldComplete(const bits::JobSnapshot &job) const;
    // A Complete was sent.
    void completing(const bits::JobId &job) { m_completing.insert(job); }
    // The Complete failed: it may be tried again.
    void failed(const bits::JobId &job) { m_completing.erase(job); }
    // The user chose not to replace what is at the destination: left alone
    // until they choose Complete themselves.
    void setAside(const bits::JobId &job);
    // The user chose Complete: no longer set aside.
    void chosen(const bits::JobId &job) { m_aside.erase(job); }
    // A batch: a job in a final state, or gone, needs nothing more; a gone
    // job is forgotten. After outcomeLine() for the batch's jobs.
    void observe(const bits::feed::JobBatch &batch);

    bool anyInFlight() const { return !m_completing.empty(); }
    const std::unordered_set<bits::JobId> &setAsideJobs() const { return m_aside; }

    // The line to print when one of our jobs reaches an outcome (ERROR,
    // ACKNOWLEDGED, CANCELLED), once per outcome; nothing otherwise.
    std::optional<QString> outcomeLine(const bits::JobSnapshot &job);

private:
    std::unordered_set<bits::JobId> m_completing;
    std::unordered_set<bits::JobId> m_aside;
    std::unordered_map<bits::JobId, bits::JobState> m_reported;
};

}  // namespace bitsmon
