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
    Entry{hr::S_Ok, "S_OK", BITS_TR_NOOP("bits", "The operation succeeded.")},
    Entry{hr::E_NotImpl, "E_NOTIMPL",
          BITS_TR_NOOP("bits",
                       "This version of the transfer service does not implement the operation; the value is unknown.")},
    Entry{hr::E_NoInterface, "E_NOINTERFACE",
          BITS_TR_NOOP(
              "bits", "This version of the transfer service lacks the interface needed; a newer Windows provides it.")},
    Entry{
        hr::E_Fail, "E_FAIL",
        BITS_TR_NOOP(
            "bits",
            "The operation failed for an unspecified reason; try again, and look at the job's error if it persists.")},
    Entry{hr::E_FileNotFound, "ERROR_FILE_NOT_FOUND",
          BITS_TR_NOOP("bits", "The file was not found; check that it still exists.")},
    Entry{hr::E_PathNotFound, "ERROR_PATH_NOT_FOUND",
          BITS_TR_NOOP("bits", "The destination folder does not exist; create it or pick another folder.")},
    Entry{hr::E_AccessDenied, "E_ACCESSDENIED",
          BITS_TR_NOOP("bits",
                       "Access was denied; pick a location you may write to, or run with the rights the job needs.")},
    Entry{hr::E_OutOfMemory, "E_OUTOFMEMORY",
          BITS_TR_NOOP("bits", "The system ran out of memory; close some programs and try again.")},
    Entry{hr::E_WriteProtect, "ERROR_WRITE_PROTECT",
          BITS_TR_NOOP("bits", "The destination is on a read-only volume; pick a writable folder.")},
    Entry{hr::E_DiskFull, "ERROR_DISK_FULL",
          BITS_TR_NOOP("bits", "The destination disk is full; free some space and resume the job.")},
    Entry{hr::E_InvalidArg, "E_INVALIDARG",
          BITS_TR_NOOP("bits", "A value passed to the transfer service is not valid; check the URL and destination.")},
    Entry{hr::E_FilenameTooLong, "ERROR_FILENAME_EXCED_RANGE",
          BITS_TR_NOOP("bits", "The destination path is too long; pick a shorter path.")},
    Entry{hr::RPC_E_Disconnected, "RPC_E_DISCONNECTED",
          BITS_TR_NOOP("bits", "The transfer service's process has gone away; bitsmon reconnects when it is back.")},
    Entry{hr::RPC_E_ServerDied, "RPC_E_SERVER_DIED",
          BITS_TR_NOOP("bits",
                       "The transfer service's process ended during the call; bitsmon reconnects when it is back.")},
    Entry{
        hr::CO_E_ObjNotConnected, "CO_E_OBJNOTCONNECTED",
        BITS_TR_NOOP("bits",
                     "The transfer service no longer holds this object; bitsmon reconnects when the service is back.")},
    Entry{hr::RPC_S_ServerUnavailable, "RPC_S_SERVER_UNAVAILABLE",
          BITS_TR_NOOP(
              "bits",
              "The transfer service is not running or cannot be reached; check that the BITS service is enabled.")},
    Entry{hr::RPC_S_CallFailed, "RPC_S_CALL_FAILED",
          BITS_TR_NOOP("bits", "The call to the transfer service failed on the way; bitsmon tries again.")},
    Entry{hr::E_InternetSecureFailure, "ERROR_INTERNET_SECURE_FAILURE",
          BITS_TR_NOOP("bits",
                       "The server's TLS certificate is not trusted or the secure connection failed; check the "
                       "server's certificate.")},
    Entry{hr::E_InternetHttpsToHttpOnRedirect, "ERROR_INTERNET_HTTPS_TO_HTTP_ON_REDIR",
          BITS_TR_NOOP("bits",
                       "The server redirected a secure (https) download to an insecure (http) address, which is "
                       "refused; ask for an "
                       "https link.")},
    Entry{hr::BG_E_NotFound, "BG_E_NOT_FOUND",
          BITS_TR_NOOP("bits", "The job no longer exists; it was completed or cancelled meanwhile.")},
    Entry{hr::BG_E_InvalidState, "BG_E_INVALID_STATE",
          BITS_TR_NOOP("bits",
                       "The job's state does not allow this action; refresh and choose an action the state offers.")},
    Entry{hr::BG_E_Empty, "BG_E_EMPTY", BITS_TR_NOOP("bits", "The job has no files; add a file before resuming it.")},
    Entry{hr::BG_E_FileNotAvailable, "BG_E_FILE_NOT_AVAILABLE",
          BITS_TR_NOOP("bits", "The file is not available yet; complete the job first.")},
    Entry{hr::BG_E_ProtocolNotAvailable, "BG_E_PROTOCOL_NOT_AVAILABLE",
          BITS_TR_NOOP("bits", "The URL's protocol is not supported; use an http:// or https:// URL.")},
    Entry{
        hr::BG_E_DestinationLocked, "BG_E_DESTINATION_LOCKED",
        BITS_TR_NOOP("bits", "The destination file is open in another program; close it and complete the job again.")},
    Entry{hr::BG_E_ErrorInformationUnavailable, "BG_E_ERROR_INFORMATION_UNAVAILABLE",
          BITS_TR_NOOP("bits", "The service gave no details about this error; retry the job.")},
    Entry{hr::BG_E_NetworkDisconnected, "BG_E_NETWORK_DISCONNECTED",
          BITS_TR_NOOP("bits", "The network is disconnected; the job resumes when it is back.")},
    Entry{hr::BG_E_MissingFileSize, "BG_E_MISSING_FILE_SIZE",
          BITS_TR_NOOP("bits",
                       "The server did not tell the file's size, which a background download needs; retry at "
                       "foreground priority.")},
    Entry{hr::BG_E_InsufficientHttpSupport, "BG_E_INSUFFICIENT_HTTP_SUPPORT",
          BITS_TR_NOOP(
              "bits",
              "The server does not support HTTP 1.1 as background downloads need; retry at foreground priority.")},
    Entry{hr::BG_E_InsufficientRangeSupport, "BG_E_INSUFFICIENT_RANGE_SUPPORT",
          BITS_TR_NOOP(
              "bits",
              "The server ignores HTTP range requests, which background downloads use; retry at foreground priority.")},
    Entry{hr::BG_S_PartialComplete, "BG_S_PARTIAL_COMPLETE",
          BITS_TR_NOOP("bits", "Only the files that were fully transferred were kept; the others were removed.")},
    Entry{hr::BG_S_UnableToDeleteFiles, "BG_S_UNABLE_TO_DELETE_FILES",
          BITS_TR_NOOP("bits", "The job ended, but some temporary files could not be deleted.")},
    Entry{hr::BG_E_TooManyFiles, "BG_E_TOO_MANY_FILES",
          BITS_TR_NOOP("bits",
                       "The job has more files than the policy allows (200 by default); split it into several jobs.")},
    Entry{hr::BG_E_LocalFileChanged, "BG_E_LOCAL_FILE_CHANGED",
          BITS_TR_NOOP("bits",
                       "The file being uploaded changed after the upload began; cancel the job and upload the file "
                       "again.")},
    Entry{hr::BG_E_SessionNotFound, "BG_E_SESSION_NOT_FOUND",
          BITS_TR_NOOP("bits",
                       "The server no longer knows the upload's session (it restarted or expired it); the upload "
                       "starts over in a new session.")},
    Entry{hr::BG_E_TooLarge, "BG_E_TOO_LARGE",
          BITS_TR_NOOP("bits",
                       "The reply is larger than the 1 MB BITS keeps in memory; complete the job to get the whole "
                       "reply in its reply file.")},
    Entry{hr::BG_E_NoProgress, "BG_E_NO_PROGRESS",
          BITS_TR_NOOP("bits",
                       "The job made no progress for too long and stopped retrying; check the server and retry.")},
    Entry{hr::BG_E_ConnectFailure, "BG_E_CONNECT_FAILURE",
          BITS_TR_NOOP(
              "bits",
              "The server could not be reached; check that it is running and the address is right. The job retries by "
              "itself.")},
    Entry{hr::BG_E_NameResolutionFailure, "BG_E_NAME_RESOLUTION_FAILURE",
          BITS_TR_NOOP("bits", "The server's name could not be resolved; check the URL's host name.")},
    Entry{hr::BG_E_Timeout, "BG_E_TIMEOUT",
          BITS_TR_NOOP("bits", "The server took too long to answer; the job retries by itself.")},
    Entry{hr::BG_E_BlockedByPolicy, "BG_E_BLOCKED_BY_POLICY",
          BITS_TR_NOOP("bits", "Group policy blocks this transfer; ask your administrator.")},
    Entry{hr::BG_E_TooManyJobsPerUser, "BG_E_TOO_MANY_JOBS_PER_USER",
          BITS_TR_NOOP("bits",
                       "You have as many jobs as the policy allows (60 by default); complete or cancel some first.")},
    Entry{hr::NTE_BadHash, "NTE_BAD_HASH",
          BITS_TR_NOOP(
              "bits",
              "The downloaded file does not have the expected SHA-256, so it was not kept; check the expected hash and "
              "retry.")},
    Entry{
        hr::BG_E_RecordDeleted, "BG_E_RECORD_DELETED",
        BITS_TR_NOOP(
            "bits",
            "The transfer service no longer holds the record of this file, so it could not be told whether the file is "
            "valid; bitsmon checks it once the job is complete.")},
    Entry{hr::BG_E_ValidationFailed, "BG_E_VALIDATION_FAILED",
          BITS_TR_NOOP("bits",
                       "The downloaded file did not pass the check (it does not have the expected SHA-256) and was "
                       "discarded; retry "
                       "to download it again, or cancel the job.")},
    Entry{hr::E_Pending, "E_PENDING",
          BITS_TR_NOOP(
              "bits",
              "The transfer service is not ready to take the answer yet (the file is not fully transferred); bitsmon "
              "checks the file once the job is complete.")},
    Entry{hr::E_SharingViolation, "ERROR_SHARING_VIOLATION",
          BITS_TR_NOOP("bits", "Another program holds the file open; close it and try again.")},
    Entry{hr::E_ServiceDisabled, "ERROR_SERVICE_DISABLED",
          BITS_TR_NOOP("bits",
                       "The Background Intelligent Transfer Service is disabled; enable it (services.msc, \"Background "
                       "Intelligent "
                       "Transfer Service\", startup type Manual).")},
    Entry{hr::CO_E_ServerExecFailure, "CO_E_SERVER_EXEC_FAILURE",
          BITS_TR_NOOP("bits", "The transfer service did not start in time; bitsmon tries again by itself.")},
    Entry{hr::BG_E_InvalidCredentials, "BG_E_INVALID_CREDENTIALS",
          BITS_TR_NOOP("bits", "The credentials given for the job are not valid; set them again.")},
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

// %1 is the status said as "HTTP 404 (Not Found)".
const char *httpMeaning(int status)
{
    if (status == 401 || status == 407)
        return BITS_TR_NOOP("bits", "The server answered %1: the server wants credentials; set them and retry.");
    if (status == 403)
        return BITS_TR_NOOP("bits",
                            "The server answered %1: the server refuses access to the file; check the URL or your "
                            "rights.");
    if (status == 404 || status == 410)
        return BITS_TR_NOOP("bits", "The server answered %1: the file is not on the server; check the URL.");
    if (status >= 500)
        return BITS_TR_NOOP("bits", "The server answered %1: the server failed; retry later.");
    return BITS_TR_NOOP("bits", "The server answered %1: check the URL and retry.");
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

bool isTransientHttpStatus(int status)
{
    return (status >= 500 && status != 501 && status != 505) || status == 408 || status == 429;
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
            return HResultInfo{entry.name, Sentence(entry.meaning)};
    }
    if (auto status = httpStatus(code)) {
        // The status and its reason phrase are the protocol's words, not translated.
        std::string said = "HTTP " + std::to_string(*status);
        if (const char *reason = httpReason(*status))
            said += std::string(" (") + reason + ")";
        return HResultInfo{"BG_E_HTTP_ERROR_" + std::to_string(*status), Sentence(httpMeaning(*status), {said})};
    }
    return std::nullopt;
}

Sentence unknownCode(HResult code)
{
    return Sentence(BITS_TR_NOOP("bits", "%1: an error this version of bitsmon has no description for."),
                    {hexCode(code)});
}

std::string describe(HResult code)
{
    if (auto info = lookup(code))
        return info->name + " (" + hexCode(code) + "): " + info->meaning.english();
    return unknownCode(code).english();
}

}  // namespace bits
