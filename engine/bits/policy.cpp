#include "policy.h"

#include "hresult.h"

namespace bits {

bool allows(JobState state, Action action)
{
    using S = JobState;
    switch (action) {
    case Action::Resume:
        return state == S::Suspended;
    case Action::Retry:
        return state == S::Error || state == S::TransientError;
    case Action::RetryForeground:
        return state == S::Error;
    case Action::Suspend:
        return state == S::Queued || state == S::Connecting || state == S::Transferring || state == S::TransientError
            || state == S::Error;
    case Action::Cancel:
    case Action::SetPriority:
        return !isFinal(state);
    case Action::Complete:
        return state == S::Transferred;
    }
    return false;
}

bool serviceAccepts(JobState state, Action action)
{
    if (isFinal(state))
        return false;
    switch (action) {
    case Action::Resume:
    case Action::Retry:
    case Action::RetryForeground:
        return state != JobState::Transferred;
    case Action::Suspend:
        return state != JobState::Transferred;
    case Action::Cancel:
    case Action::SetPriority:
        return true;
    case Action::Complete:
        // BITS also completes unfinished jobs partially; bitsmon's services
        // complete only transferred jobs so no partial file is passed off.
        return state == JobState::Transferred;
    }
    return false;
}

ForegroundRetry foregroundRetry(const JobSnapshot &job)
{
    if (job.state != JobState::Error || !job.error || job.error->code != hr::BG_E_InsufficientRangeSupport)
        return ForegroundRetry::NotApplicable;
    // The file that failed decides; without a file, the job's total.
    std::uint64_t size = job.bytesTotal;
    for (const FileSnapshot &file : job.files) {
        if (!file.completed && (job.error->fileUrl.empty() || file.remoteUrl == job.error->fileUrl)) {
            size = file.bytesTotal;
            break;
        }
    }
    if (size == kSizeUnknown)
        return ForegroundRetry::SizeUnknown;
    if (size >= kForegroundSingleRequestLimit)
        return ForegroundRetry::TooLarge;
    return ForegroundRetry::Possible;
}

Failure replyTooLarge(std::uint64_t size, const std::string &replyFile)
{
    return Failure{hr::BG_E_TooLarge,
                   Sentence(BITS_TR_NOOP("bits",
                                         "The reply is %1 bytes, more than the 1 MB BITS keeps in memory; complete "
                                         "the job to get it in \"%2\"."),
                            {std::to_string(size), replyFile})};
}

}  // namespace bits
