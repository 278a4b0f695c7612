#include "vocabulary.h"

namespace bits {

std::string_view name(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return "QUEUED";
    case JobState::Connecting:
        return "CONNECTING";
    case JobState::Transferring:
        return "TRANSFERRING";
    case JobState::Suspended:
        return "SUSPENDED";
    case JobState::Error:
        return "ERROR";
    case JobState::TransientError:
        return "TRANSIENT_ERROR";
    case JobState::Transferred:
        return "TRANSFERRED";
    case JobState::Acknowledged:
        return "ACKNOWLEDGED";
    case JobState::Cancelled:
        return "CANCELLED";
    }
    return "UNKNOWN";
}

std::string_view name(Priority priority)
{
    switch (priority) {
    case Priority::Foreground:
        return "FOREGROUND";
    case Priority::High:
        return "HIGH";
    case Priority::Normal:
        return "NORMAL";
    case Priority::Low:
        return "LOW";
    }
    return "UNKNOWN";
}

std::string_view name(JobType type)
{
    switch (type) {
    case JobType::Download:
        return "DOWNLOAD";
    case JobType::Upload:
        return "UPLOAD";
    case JobType::UploadReply:
        return "UPLOAD_REPLY";
    }
    return "UNKNOWN";
}

std::string_view name(ErrorContext context)
{
    switch (context) {
    case ErrorContext::None:
        return "NONE";
    case ErrorContext::Unknown:
        return "UNKNOWN";
    case ErrorContext::GeneralQueueManager:
        return "GENERAL_QUEUE_MANAGER";
    case ErrorContext::QueueManagerNotification:
        return "QUEUE_MANAGER_NOTIFICATION";
    case ErrorContext::LocalFile:
        return "LOCAL_FILE";
    case ErrorContext::RemoteFile:
        return "REMOTE_FILE";
    case ErrorContext::GeneralTransport:
        return "GENERAL_TRANSPORT";
    case ErrorContext::RemoteApplication:
        return "REMOTE_APPLICATION";
    }
    return "UNKNOWN";
}

}  // namespace bits
