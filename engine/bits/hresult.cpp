#include "hresult.h"

#include <cerrno>

#include <array>
#include <cstdio>

namespace bits {

namespace {

struct Entry {
    HResult code;
    const char *name;
    const char *meaning;
};

constexpr std::array kCatalogue{
    Entry{hr::S_Ok, "S_OK", "The operation succeeded."},
    Entry{hr::E_NotImpl, "E_NOTIMPL",
          "This version of the transfer service does not implement the operation; the value is unknown."},
    Entry{hr::E_NoInterface, "E_NOINTERFACE",
          "This version of the transfer service lacks the interface needed; a newer Windows provides it."},
    Entry{hr::E_Fail, "E_FAIL",
          "The operation failed for an unspecified reason; try again, and look at the job's error if it persists."},
    Entry{hr::E_FileNotFound, "ERROR_FILE_NOT_FOUND", "The file was not found; check that it still exists."},
    Entry{hr::E_PathNotFound, "ERROR_PATH_NOT_FOUND",
          "The destination folder does not exist; create it or pick another folder."},
    Entry{hr::E_AccessDenied, "E_ACCESSDENIED",
          "Access was denied; pick a location you may write to, or run with the rights the job needs."},
    Entry{hr::E_OutOfMemory, "E_OUTOFMEMORY", "The system ran out of memory; close some programs and try again."},
    Entry{hr::E_WriteProtect, "ERROR_WRITE_PROTECT",
          "The destination is on a read-only volume; pick a writable folder."},
    Entry{hr::E_DiskFull, "ERROR_DISK_FULL", "The destination disk is full; free some space and resume the job."},
    Entry{hr::E_InvalidArg, "E_INVALIDARG",
          "A value passed to the transfer service is not valid; check the URL and destination."},
    Entry{hr::E_FilenameTooLong, "ERROR_FILENAME_EXCED_RANGE",
          "The destination path is too long; pick a shorter path."},
    Entry{hr::RPC_E_Disconnected, "RPC_E_DISCONNECTED",
          "The transfer service's process has gone away; bitsmon reconnects when it is back."},
    Entry{hr::RPC_E_ServerDied, "RPC_E_SERVER_DIED",
          "The transfer service's process ended during the call; bitsmon reconnects when it is back."},
    Entry{hr::CO_E_ObjNotConnected, "CO_E_OBJNOTCONNECTED",
          "The transfer service no longer holds this object; bitsmon reconnects when the service is back."},
    Entry{hr::RPC_S_ServerUnavailable, "RPC_S_SERVER_UNAVAILABLE",
          "The transfer service is not running or cannot be reached; check that the BITS service is enabled."},
    Entry{hr::RPC_S_CallFailed, "RPC_S_CALL_FAILED",
          "The call to the transfer service failed on the way; bitsmon tries again."},
    Entry{
        hr::E_InternetSecureFailure, "ERROR_INTERNET_SECURE_FAILURE",
        "The server's TLS certificate is not trusted or the secure connection failed; check the server's certificate."},
    Entry{hr::E_InternetHttpsToHttpOnRedirect, "ERROR_INTERNET_HTTPS_TO_HTTP_ON_REDIR",
          "The server redirected a secure (https) download to an insecure (http) address, which is refused; ask for an "
          "https link."},
    Entry{hr::BG_E_NotFound, "BG_E_NOT_FOUND", "The job no longer exists; it was completed or cancelled meanwhile."},
    Entry{hr::BG_E_InvalidState, "BG_E_INVALID_STATE",
          "The job's state does not allow this action; refresh and choose an action the state offers."},
    Entry{hr::BG_E_Empty, "BG_E_EMPTY", "The job has no files; add a file before resuming it."},
    Entry{hr::BG_E_FileNotAvailable, "BG_E_FILE_NOT_AVAILABLE",
          "The file is not available yet; complete the job first."},
    Entry{hr::BG_E_ProtocolNotAvailable, "BG_E_PROTOCOL_NOT_AVAILABLE",
          "The URL's protocol is not supported; use an http:// or https:// URL."},
    Entry{hr::BG_E_DestinationLocked, "BG_E_DESTINATION_LOCKED",
          "The destination file is open in another program; close it and complete the job again."},
    Entry{hr::BG_E_ErrorInformationUnavailable, "BG_E_ERROR_INFORMATION_UNAVAILABLE",
          "The service gave no details about this error; retry the job."},
    Entry{hr::BG_E_NetworkDisconnected, "BG_E_NETWORK_DISCONNECTED",
          "The network is disconnected; the job resumes when it is back."},
    Entry{hr::BG_E_MissingFileSize, "BG_E_MISSING_FILE_SIZE",
          "The server did not tell the file's size, which a background download needs; retry at foreground priority."},
    Entry{hr::BG_E_InsufficientHttpSupport, "BG_E_INSUFFICIENT_HTTP_SUPPORT",
          "The server does not support HTTP 1.1 as background downloads need; retry at foreground priority."},
    Entry{hr::BG_E_InsufficientRangeSupport, "BG_E_INSUFFICIENT_RANGE_SUPPORT",
          "The server ignores HTTP range requests, which background downloads use; retry at foreground priority."},
    Entry{hr::BG_S_PartialComplete, "BG_S_PARTIAL_COMPLETE",
          "Only the files that were fully transferred were kept; the others were removed."},
    Entry{hr::BG_S_UnableToDeleteFiles, "BG_S_UNABLE_TO_DELETE_FILES",
          "The job ended, but some temporary files could not be deleted."},
    Entry{hr::BG_E_TooManyFiles, "BG_E_TOO_MANY_FILES",
          "The job has more files than the policy allows (200 by default); split it into several jobs."},
    Entry{hr::BG_E_NoProgress, "BG_E_NO_PROGRESS",
          "The job made no progress for too long and stopped retrying; check the server and retry."},
    Entry{hr::BG_E_ConnectFailure, "BG_E_CONNECT_FAILURE",
          "The server could not be reached; check that it is running and the address is right. The job retries by "
          "itself."},
    Entry{hr::BG_E_NameResolutionFailure, "BG_E_NAME_RESOLUTION_FAILURE",
          "The server's name could not be resolved; check the URL's host name."},
    Entry{hr::BG_E_Timeout, "BG_E_TIMEOUT", "The server took too long to answer; the job retries by itself."},
    Entry{hr::BG_E_BlockedByPolicy, "BG_E_BLOCKED_BY_POLICY",
          "Group policy blocks this transfer; ask your administrator."},
    Entry{hr::BG_E_TooManyJobsPerUser, "BG_E_TOO_MANY_JOBS_PER_USER",
          "You have as many jobs as the policy allows (60 by default); complete or cancel some first."},
    Entry{hr::NTE_BadHash, "NTE_BAD_HASH",
          "The downloaded file does not have the expected SHA-256, so it was not kept; check the expected hash and "
          "retry."},
    Entry{hr::BG_E_RecordDeleted, "BG_E_RECORD_DELETED",
          "The transfer service no longer holds the record of this file, so it could not be told whether the file is "
          "valid; bitsmon checks it once the job is complete."},
    Entry{hr::BG_E_ValidationFailed, "BG_E_VALIDATION_FAILED",
          "The downloaded file did not pass the check (it does not have the expected SHA-256) and was discarded; retry "
          "to download it again, or cancel the job."},
    Entry{hr::E_Pending, "E_PENDING",
          "The transfer service is not ready to take the answer yet (the file is not fully transferred); bitsmon "
          "checks the file once the job is complete."},
    Entry{hr::E_SharingViolation, "ERROR_SHARING_VIOLATION",
          "Another program holds the file open; close it and try again."},
    Entry{hr::E_ServiceDisabled, "ERROR_SERVICE_DISABLED",
          "The Background Intelligent Transfer Service is disabled; enable it (services.msc, \"Background Intelligent "
          "Transfer Service\", startup type Manual)."},
    Entry{hr::CO_E_ServerExecFailure, "CO_E_SERVER_EXEC_FAILURE",
          "The transfer service did not start in time; bitsmon tries again by itself."},
    Entry{hr::BG_E_InvalidCredentials, "BG_E_INVALID_CREDENTIALS",
          "The credentials given for the job are not valid; set them again."},
};

const char *httpReason(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 407:
        return "Proxy Authentication Required";
    case 408:
        return "Request Timeout";
    case 410:
        return "Gone";
    case 414:
        return "URI Too Long";
    case 416:
        return "Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return nullptr;
    }
}

std::string httpAdvice(int status)
{
    if (status == 401 || status == 407)
        return "the server wants credentials; set them and retry.";
    if (status == 403)
        return "the server refuses access to the file; check the URL or your rights.";
    if (status == 404 || status == 410)
        return "the file is not on the server; check the URL.";
    if (status >= 500)
        return "the server failed; retry later.";
    return "check the URL and retry.";
}

}  // namespace

HResult fromErrno(int error)
{
    switch (error) {
    case ENOENT:
    case ENOTDIR:
        return hr::E_PathNotFound;
    case EACCES:
    case EPERM:
    case ELOOP:
        return hr::E_AccessDenied;
    case EROFS:
        return hr::E_WriteProtect;
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return hr::E_DiskFull;
    case ENAMETOOLONG:
        return hr::E_FilenameTooLong;
    default:
        return hr::E_Fail;
    }
}

HResult fromHttpStatus(int status)
{
    return HResult(std::uint32_t(hr::BG_E_HttpErrorBase) + std::uint32_t(status));
}

std::optional<int> httpStatus(HResult code)
{
    const auto value = std::uint32_t(code);
    if ((value & 0xFFFF0000u) != std::uint32_t(hr::BG_E_HttpErrorBase))
        return std::nullopt;
    const int status = int(value & 0xFFFFu);
    if (status < 100 || status > 599)
        return std::nullopt;
    return status;
}

std::string hexCode(HResult code)
{
    char buffer[11];
    std::snprintf(buffer, sizeof buffer, "0x%08X", unsigned(std::uint32_t(code)));
    return buffer;
}

std::optional<HResultInfo> lookup(HResult code)
{
    for (const Entry &entry : kCatalogue) {
        if (entry.code == code)
            return HResultInfo{entry.name, entry.meaning};
    }
    if (auto status = httpStatus(code)) {
        std::string meaning = "The server answered HTTP " + std::to_string(*status);
        if (const char *reason = httpReason(*status))
            meaning += std::string(" (") + reason + ")";
        meaning += ": " + httpAdvice(*status);
        return HResultInfo{"BG_E_HTTP_ERROR_" + std::to_string(*status), meaning};
    }
    return std::nullopt;
}

std::string describe(HResult code)
{
    if (auto info = lookup(code))
        return info->name + " (" + hexCode(code) + "): " + info->meaning;
    return hexCode(code) + ": an error this version of bitsmon has no description for.";
}

}  // namespace bits
