// Which job outcomes deserve a desktop notification: observed from the
// batches (state transitions, so polled jobs count too), each outcome once.
#pragma once

#include "engine/feed/job_batch.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace bitsmon {

struct Notice {
    enum class Kind {
        Finished,
        Failed,
        FinishedWithNote
    };
    Kind kind;
    bits::JobId job;
    QString title;
    QString body;
};

class NotificationPolicy {
    Q_DECLARE_TR_FUNCTIONS(NotificationPolicy)
public:
    // Off by default: other programs' jobs are theirs to announce.
    void setAllJobs(bool all) { m_allJobs = all; }
    bool allJobs() const { return m_allJobs; }

    std::vector<Notice> observe(const bits::feed::JobBatch &batch);
    // What the user is told when Complete succeeded with a note
    // (BG_S_PARTIAL_COMPLETE, BG_S_UNABLE_TO_DELETE_FILES), in plain words;
    // nothing for a plain success.
    static std::optional<Notice> completionNotice(const bits::feed::Completion &completion, const QString &jobName);
    // A Complete that failed, told as a failure. The job may still end
    // ACKNOWLEDGED (where BITS cannot take a SHA-256 verdict, the check runs
    // after Complete and removes the wrong file): it is then not announced
    // as finished as well.
    Notice completeFailed(const bits::feed::CommandFailure &failure, const QString &jobName);

private:
    std::unordered_map<bits::JobId, bits::JobState> m_last;
    std::unordered_set<bits::JobId> m_notCompleted;
    bool m_allJobs = false;
};

}  // namespace bitsmon
