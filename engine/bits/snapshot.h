// Value types that describe a job at one moment. They cross threads by value.
#pragma once

#include "job_id.h"
#include "sentence.h"
#include "vocabulary.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bits {

using TimePoint = std::chrono::system_clock::time_point;

struct FileSnapshot {
    std::string remoteUrl;
    std::string localName;
    std::uint64_t bytesTotal = kSizeUnknown;
    std::uint64_t bytesTransferred = 0;
    bool completed = false;

    friend bool operator==(const FileSnapshot &, const FileSnapshot &) = default;
};

struct JobError {
    ErrorContext context = ErrorContext::None;
    HResult code = 0;
    // The service's own description: BITS's localized text where it has one
    // (verbatim), the embedded service's sentence; empty when the service gave
    // none. models/ falls back to the catalogue.
    Sentence description;
    // The file the error is about, when the service says (remote URL).
    std::string fileUrl;

    friend bool operator==(const JobError &, const JobError &) = default;
};

struct JobSnapshot {
    JobId id;
    std::string displayName;
    std::string description;
    JobType type = JobType::Download;
    JobState state = JobState::Suspended;
    // Fields a service may be unable to read (E_NOTIMPL on Wine or old
    // systems) are optional: unknown, not wrong.
    std::optional<Priority> priority;
    std::string owner;  // empty: unknown
    std::uint64_t bytesTotal = kSizeUnknown;
    std::uint64_t bytesTransferred = 0;
    std::uint32_t filesTotal = 0;
    std::uint32_t filesTransferred = 0;
    std::optional<TimePoint> created;
    std::optional<TimePoint> modified;
    std::optional<TimePoint> transferCompleted;
    std::uint32_t errorCount = 0;
    std::optional<JobError> error;
    std::optional<std::uint32_t> notifyFlags;
    // Whether BITS can start bitsmon for this job while bitsmon is closed
    // (the job carries bitsmon's notification CLSID): false where this BITS
    // has no such thing (IBackgroundCopyJob5 missing); unknown for jobs that
    // are not ours and for services without it.
    std::optional<bool> startsBitsmon;
    std::vector<FileSnapshot> files;
    // An upload-reply job's reply (IBackgroundCopyJob2::GetReplyFileName,
    // GetReplyProgress); none for other jobs.
    struct Reply {
        std::string fileName;  // where the reply goes
        std::uint64_t bytesTotal = kSizeUnknown;
        std::uint64_t bytesTransferred = 0;
        friend bool operator==(const Reply &, const Reply &) = default;
    };
    std::optional<Reply> reply;
    // Set by the feed: bitsmon created this job and takes its notifications.
    bool ours = false;

    friend bool operator==(const JobSnapshot &, const JobSnapshot &) = default;
};

// The parts of a job that can differ between two snapshots of it. The feed,
// which compares each snapshot with the last one it sent anyway, says which
// parts differ; the GUI then neither compares nor copies the strings that
// did not change (applying a batch was mostly that, 10,000 jobs at a time).
namespace field {
inline constexpr std::uint32_t DisplayName = 1u << 0;
inline constexpr std::uint32_t Description = 1u << 1;
inline constexpr std::uint32_t Type = 1u << 2;
inline constexpr std::uint32_t State = 1u << 3;
inline constexpr std::uint32_t Priority = 1u << 4;
inline constexpr std::uint32_t Owner = 1u << 5;
inline constexpr std::uint32_t Bytes = 1u << 6;       // bytesTotal, bytesTransferred
inline constexpr std::uint32_t FileCounts = 1u << 7;  // filesTotal, filesTransferred
inline constexpr std::uint32_t Created = 1u << 8;
inline constexpr std::uint32_t Modified = 1u << 9;
inline constexpr std::uint32_t TransferCompleted = 1u << 10;
inline constexpr std::uint32_t Errors = 1u << 11;        // errorCount, error
inline constexpr std::uint32_t NotifyFlags = 1u << 12;   // notifyFlags, startsBitsmon
inline constexpr std::uint32_t FileList = 1u << 13;      // which files: count, URLs, local names
inline constexpr std::uint32_t FileProgress = 1u << 14;  // the files' bytes and completion
inline constexpr std::uint32_t Ours = 1u << 15;
inline constexpr std::uint32_t Id = 1u << 16;     // another job altogether
inline constexpr std::uint32_t Reply = 1u << 17;  // an upload-reply's reply
}  // namespace field
using JobFields = std::uint32_t;

// The fields in which `after` differs from `before`: 0 exactly when they are
// equal.
JobFields differences(const JobSnapshot &before, const JobSnapshot &after);
// Makes `to` equal to `from`, given the fields in which they differ:
// strings and file lists only when they changed.
void assignChanged(JobSnapshot &to, const JobSnapshot &from, JobFields fields);

// What a new job consists of.
struct NewFile {
    std::string remoteUrl;  // a download's source, an upload's target
    std::string localPath;  // absolute path: a download's destination, an upload's file
    // Lowercase hex SHA-256 the file must have; empty: not checked.
    std::string expectedSha256;
};

struct NewJob {
    JobType type = JobType::Download;
    // UPLOAD_REPLY: where the server's reply is put (absolute path).
    std::string replyPath;
    std::string displayName;
    std::string description;
    Priority priority = Priority::Normal;
    std::vector<NewFile> files;
    // BITS's per-job retry settings; the service's defaults when unset
    // (600 s and 14 days in BITS).
    std::optional<std::chrono::seconds> minimumRetryDelay;
    std::optional<std::chrono::seconds> noProgressTimeout;
};

}  // namespace bits
