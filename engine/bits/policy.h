// Pure policy rules: what each job state allows, and whether a failed job can
// be retried at foreground priority. Used by widgets to enable actions and by
// the services to refuse with BG_E_INVALID_STATE.
#pragma once

#include "outcome.h"
#include "snapshot.h"
#include "vocabulary.h"

#include <string>

namespace bits {

enum class Action : std::uint8_t {
    Resume,           // start a suspended job
    Retry,            // resume a job in ERROR or TRANSIENT_ERROR
    RetryForeground,  // SetPriority(FOREGROUND) then Resume, for range errors
    Suspend,
    Cancel,
    Complete,
    SetPriority,
};
inline constexpr int kActionCount = 7;

// What a person may ask for in this state (the UI's rule).
bool allows(JobState state, Action action);

// What a service accepts in this state: Resume on a job that is already
// working is a harmless no-op in BITS, so the service accepts more than the
// UI offers; final states refuse everything with BG_E_INVALID_STATE.
bool serviceAccepts(JobState state, Action action);

enum class ForegroundRetry : std::uint8_t {
    NotApplicable,  // not in ERROR with BG_E_INSUFFICIENT_RANGE_SUPPORT
    Possible,       // size known and below 2 GB: one request will do
    SizeUnknown,    // dynamic content: BITS still needs ranges
    TooLarge,       // 2 GB or more: BITS uses ranges anyway
};

ForegroundRetry foregroundRetry(const JobSnapshot &job);

// Whether GetReplyData hands over the job's reply: an upload-reply job in
// TRANSFERRED (after Complete, the reply is in its file).
constexpr bool hasReplyData(JobType type, JobState state)
{
    return type == JobType::UploadReply && state == JobState::Transferred;
}
// GetReplyData's refusal of a reply over kReplyDataLimit (BG_E_TOO_LARGE):
// its size, and the file Complete puts all of it in. Every service says it so.
Failure replyTooLarge(std::uint64_t size, const std::string &replyFile);

}  // namespace bits
