// The HRESULT catalogue: a name and one English sentence for the codes a BITS
// monitor meets, and HTTP status codes decoded from 0x8019xxxx.
#pragma once

#include "sentence.h"
#include "vocabulary.h"

#include <optional>
#include <string>

namespace bits {

namespace hr {
inline constexpr HResult S_Ok = 0;
inline constexpr HResult E_NotImpl = HResult(0x80004001);
inline constexpr HResult E_NoInterface = HResult(0x80004002);
inline constexpr HResult E_Fail = HResult(0x80004005);
inline constexpr HResult E_FileNotFound = HResult(0x80070002);
inline constexpr HResult E_PathNotFound = HResult(0x80070003);
inline constexpr HResult E_AccessDenied = HResult(0x80070005);
inline constexpr HResult E_OutOfMemory = HResult(0x8007000E);
inline constexpr HResult E_WriteProtect = HResult(0x80070013);
inline constexpr HResult E_DiskFull = HResult(0x80070070);
inline constexpr HResult E_InvalidArg = HResult(0x80070057);
inline constexpr HResult E_FilenameTooLong = HResult(0x800700CE);
inline constexpr HResult E_InternetSecureFailure = HResult(0x80072F8F);
inline constexpr HResult E_InternetHttpsToHttpOnRedirect = HResult(0x80072F07);
inline constexpr HResult RPC_E_Disconnected = HResult(0x80010108);
inline constexpr HResult RPC_E_ServerDied = HResult(0x80010007);
inline constexpr HResult RPC_E_ServerDiedDne = HResult(0x80010012);
inline constexpr HResult CO_E_ObjNotConnected = HResult(0x800401FD);
inline constexpr HResult RPC_S_ServerUnavailable = HResult(0x800706BA);
inline constexpr HResult RPC_S_CallFailed = HResult(0x800706BE);
inline constexpr HResult RPC_S_CallFailedDne = HResult(0x800706BF);
inline constexpr HResult BG_E_NotFound = HResult(0x80200001);
inline constexpr HResult BG_E_InvalidState = HResult(0x80200002);
inline constexpr HResult BG_E_Empty = HResult(0x80200003);
inline constexpr HResult BG_E_FileNotAvailable = HResult(0x80200004);
inline constexpr HResult BG_E_ProtocolNotAvailable = HResult(0x80200005);
inline constexpr HResult BG_E_DestinationLocked = HResult(0x8020000D);
inline constexpr HResult BG_E_ErrorInformationUnavailable = HResult(0x8020000F);
inline constexpr HResult BG_E_NetworkDisconnected = HResult(0x80200010);
inline constexpr HResult BG_E_MissingFileSize = HResult(0x80200011);
inline constexpr HResult BG_E_InsufficientHttpSupport = HResult(0x80200012);
inline constexpr HResult BG_E_InsufficientRangeSupport = HResult(0x80200013);
inline constexpr HResult BG_S_PartialComplete = HResult(0x00200017);
inline constexpr HResult BG_S_UnableToDeleteFiles = HResult(0x0020001A);
inline constexpr HResult BG_E_TooManyFiles = HResult(0x8020001C);
inline constexpr HResult BG_E_LocalFileChanged = HResult(0x8020001D);
inline constexpr HResult BG_E_SessionNotFound = HResult(0x8020001F);
inline constexpr HResult BG_E_TooLarge = HResult(0x80200020);
inline constexpr HResult BG_E_NoProgress = HResult(0x80200024);
inline constexpr HResult BG_E_ConnectFailure = HResult(0x8020002D);
inline constexpr HResult BG_E_NameResolutionFailure = HResult(0x80200031);
inline constexpr HResult BG_E_Timeout = HResult(0x8020003B);
inline constexpr HResult BG_E_BlockedByPolicy = HResult(0x8020003E);
inline constexpr HResult BG_E_InvalidCredentials = HResult(0x80200040);
inline constexpr HResult BG_E_TooManyJobsPerUser = HResult(0x80200049);
inline constexpr HResult BG_E_RecordDeleted = HResult(0x80200042);
inline constexpr HResult BG_E_ValidationFailed = HResult(0x80200053);
inline constexpr HResult NTE_BadHash = HResult(0x80090002);
inline constexpr HResult E_Pending = HResult(0x8000000A);
inline constexpr HResult E_SharingViolation = HResult(0x80070020);
inline constexpr HResult E_ServiceDisabled = HResult(0x80070422);
inline constexpr HResult CO_E_ServerExecFailure = HResult(0x80080005);
inline constexpr HResult BG_E_HttpErrorBase = HResult(0x80190000);
}  // namespace hr

constexpr bool succeeded(HResult code)
{
    return code >= 0;
}
constexpr bool failed(HResult code)
{
    return code < 0;
}

// True for the codes that say the service's process (BITS) is gone, as
// opposed to a refusal by a service that is there.
constexpr bool isDisconnection(HResult code)
{
    return code == hr::RPC_E_Disconnected || code == hr::RPC_E_ServerDied || code == hr::RPC_E_ServerDiedDne
        || code == hr::CO_E_ObjNotConnected || code == hr::RPC_S_ServerUnavailable || code == hr::RPC_S_CallFailed
        || code == hr::RPC_S_CallFailedDne;
}

struct HResultInfo {
    std::string name;  // "BG_E_NOT_FOUND", "BG_E_HTTP_ERROR_404"
    Sentence meaning;  // one sentence: what happened, what to do
};

// The catalogue entry, or nullopt for a code it does not know.
std::optional<HResultInfo> lookup(HResult code);

// 0x80190000 + N for an HTTP status N in 100..599.
HResult fromHttpStatus(int status);
std::optional<int> httpStatus(HResult code);
// 5xx but "not implemented" and "version not supported", 408 and 429: the
// server's passing trouble, retried later; BITS treats the rest as final.
bool isTransientHttpStatus(int status);

// The HRESULT Windows gives for a file-system errno (ENOSPC: E_DISK_FULL).
HResult fromErrno(int error);

// "0x80200013"
std::string hexCode(HResult code);

// "BG_E_INSUFFICIENT_RANGE_SUPPORT (0x80200013): The server does not ..."
// or unknownCode's sentence, in English; models/ says it translated.
std::string describe(HResult code);
// "0x1234ABCD: an error this version of bitsmon has no description for."
Sentence unknownCode(HResult code);

}  // namespace bits
