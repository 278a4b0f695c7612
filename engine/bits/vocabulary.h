// The BITS vocabulary with the exact values of the BG_* enumerations
// (bits.h, bits1_5.h ... bits5_0.h). Plain C++: no Qt, no windows.h.
#pragma once

#include <cstdint>
#include <string_view>

namespace bits {

using HResult = std::int32_t;

enum class JobState : std::uint8_t {
    Queued = 0,
    Connecting = 1,
    Transferring = 2,
    Suspended = 3,
    Error = 4,
    TransientError = 5,
    Transferred = 6,
    Acknowledged = 7,
    Cancelled = 8,
};
inline constexpr int kJobStateCount = 9;

enum class Priority : std::uint8_t {
    Foreground = 0,
    High = 1,
    Normal = 2,
    Low = 3,
};

enum class JobType : std::uint8_t {
    Download = 0,
    Upload = 1,
    UploadReply = 2,
};
inline constexpr int kJobTypeCount = 3;

// Upload and upload-reply jobs both send a file; only the second brings
// one back.
constexpr bool isUpload(JobType type)
{
    return type != JobType::Download;
}

enum class ErrorContext : std::uint8_t {
    None = 0,
    Unknown = 1,
    GeneralQueueManager = 2,
    QueueManagerNotification = 3,
    LocalFile = 4,
    RemoteFile = 5,
    GeneralTransport = 6,
    RemoteApplication = 7,
};

// BG_NOTIFY_* flags: a bit set, stored as the raw DWORD.
namespace notify {
inline constexpr std::uint32_t JobTransferred = 0x1;
inline constexpr std::uint32_t JobError = 0x2;
inline constexpr std::uint32_t Disable = 0x4;
inline constexpr std::uint32_t JobModification = 0x8;
inline constexpr std::uint32_t FileTransferred = 0x10;
// What BITS sets on a new job.
inline constexpr std::uint32_t Default = JobTransferred | JobError;
// What bitsmon asks for on the jobs it created.
inline constexpr std::uint32_t Ours = JobTransferred | JobError | JobModification | FileTransferred;
}  // namespace notify

inline constexpr std::uint32_t kEnumAllUsers = 0x1;                                        // BG_JOB_ENUM_ALL_USERS
inline constexpr std::uint64_t kSizeUnknown = UINT64_MAX;                                  // BG_SIZE_UNKNOWN
inline constexpr std::uint32_t kMaxFilesPerJob = 200;                                      // BITS default policy
inline constexpr std::uint32_t kMaxJobsPerUser = 60;                                       // BITS default policy
inline constexpr std::uint64_t kForegroundSingleRequestLimit = 2ull * 1024 * 1024 * 1024;  // 2 GB
// The most of an upload-reply's reply GetReplyData hands over (more: BG_E_TOO_LARGE).
inline constexpr std::uint64_t kReplyDataLimit = 1024 * 1024;  // 1 MB

// Stable names in the BITS vocabulary (BG_JOB_STATE_QUEUED -> "QUEUED"),
// for logs, bitsctl and tests; user-visible text is translated by models/.
std::string_view name(JobState state);
std::string_view name(Priority priority);
std::string_view name(JobType type);
std::string_view name(ErrorContext context);

// True for states in which a job no longer changes by itself.
constexpr bool isFinal(JobState s)
{
    return s == JobState::Acknowledged || s == JobState::Cancelled;
}

// True for states in which the job failed and its error says why.
constexpr bool isFailed(JobState s)
{
    return s == JobState::Error || s == JobState::TransientError;
}

// True for states in which BITS is working on the job (or waiting to).
constexpr bool isActive(JobState s)
{
    return s == JobState::Queued || s == JobState::Connecting || s == JobState::Transferring
        || s == JobState::TransientError;
}

}  // namespace bits
