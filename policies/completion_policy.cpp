#include "completion_policy.h"

#include "engine/bits/hresult.h"
#include "engine/bits/policy.h"

namespace bitsmon {

using bits::JobState;

bool CompletionPolicy::shouldComplete(const bits::JobSnapshot &job) const
{
    return job.ours && job.state == JobState::Transferred && !m_completing.contains(job.id)
        && !m_aside.contains(job.id);
}

void CompletionPolicy::setAside(const bits::JobId &job)
{
    m_completing.erase(job);
    m_aside.insert(job);
}

void CompletionPolicy::observe(const bits::feed::JobBatch &batch)
{
    for (const auto *jobs : {&batch.added, &batch.changed}) {
        for (const bits::JobSnapshot &job : *jobs) {
            if (bits::isFinal(job.state))
                m_completing.erase(job.id);  // done, whether or not the service still lists it
        }
    }
    for (const bits::JobId &gone : batch.removed) {
        m_completing.erase(gone);
        m_aside.erase(gone);
        m_reported.erase(gone);  // its outcome was told; nothing of it comes again
    }
}

std::optional<QString> CompletionPolicy::outcomeLine(const bits::JobSnapshot &job)
{
    if (!job.ours
        || !(job.state == JobState::Error || job.state == JobState::Acknowledged || job.state == JobState::Cancelled))
        return std::nullopt;
    auto [it, fresh] = m_reported.try_emplace(job.id, job.state);
    if (!fresh && it->second == job.state)
        return std::nullopt;
    it->second = job.state;
    QString line = QStringLiteral("bitsmon: %1 %2: ")
                       .arg(QString::fromStdString(job.id.toString()), QString::fromStdString(job.displayName));
    if (job.state == JobState::Error && job.error)
        line += QStringLiteral("failed: ") + QString::fromStdString(bits::describe(job.error->code));
    else if (job.state == JobState::Acknowledged)
        line += QStringLiteral("completed");
    else if (job.state == JobState::Error)
        line += QStringLiteral("failed");
    else
        line += QStringLiteral("cancelled");
    return line;
}

}  // namespace bitsmon
