// An in-process fake of the BITS COM interfaces (manager, job enumeration,
// job, file enumeration, file up to IBackgroundCopyFile3, error) for what
// Wine's BITS cannot do: fail a chosen call with a chosen HRESULT, lose the
// service mid-session, place files only where it transferred them, keep a
// validation state. It follows Microsoft's documentation of each method; the
// tests drive the "network" side themselves (transfer(), fail()).
//
// Wine's real BITS stays the reference for everything it does implement
// (test_windows_service.cpp); this is only for the faults.
#pragma once

#include <objbase.h>
#include <windows.h>

#include <bits.h>

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace fakebits {

struct State;

// What a test can read back about one job.
struct JobInfo {
    BG_JOB_STATE state = BG_JOB_STATE_SUSPENDED;
    ULONG notifyFlags = 0;
    bool hasNotifyInterface = false;
    ULONG minimumRetryDelay = 0;
    ULONG noProgressTimeout = 0;
    HRESULT errorCode = S_OK;
    GUID notificationClsid = GUID_NULL;  // what IBackgroundCopyJob5 was told
    BG_JOB_TYPE type = BG_JOB_TYPE_DOWNLOAD;
    std::wstring replyFileName;  // what IBackgroundCopyJob2 was told
    struct File {
        std::wstring remoteName, localName, temporaryName;
        bool completed = false;
        std::optional<bool> validated;  // what SetValidationState was told
    };
    std::vector<File> files;
};

class FakeBits {
public:
    FakeBits();
    ~FakeBits();
    FakeBits(const FakeBits &) = delete;
    FakeBits &operator=(const FakeBits &) = delete;

    // The seam WindowsBitsService takes instead of CoCreateInstance.
    std::function<HRESULT(IBackgroundCopyManager **)> connector();
    int connects() const;

    // The (skip+1)-th call of `method` from now on and the `times - 1` after
    // it answer `hr` (times < 0: every call). Methods are named
    // "Interface::Method" after the documented interfaces, e.g.
    // "IEnumBackgroundCopyJobs::Next", "IBackgroundCopyJob::GetId",
    // "IBackgroundCopyFile3::SetValidationState", and "connect" for the seam.
    void fail(const std::string &method, HRESULT hr, int skip = 0, int times = 1);
    // How often `method` was called (failed calls included).
    int calls(const std::string &method) const;

    // The service's process ends: every object handed out so far answers
    // `hr`, and the callbacks BITS held are released (BITS keeps none across
    // a restart). Jobs survive, as BITS keeps them on disk. A new connect()
    // reaches the new process.
    void restart(HRESULT hr = RPC_E_DISCONNECTED);
    // Only this job's objects handed out so far answer `hr`; GetJob and new
    // listings hand out working ones (the job itself is alive).
    void disconnectJobObjects(const GUID &job, HRESULT hr = RPC_E_DISCONNECTED);

    // The transfer side. Writes bodies[i] to file i's temporary file (hidden,
    // beside the destination, like BITS), marks those files transferred and
    // calls FileTransferred for each and JobTransferred when all are, on
    // another thread, as RPC would, and returns when the calls returned.
    // Fewer bodies than files: the rest stay untransferred.
    void transfer(const GUID &job, const std::vector<std::string> &bodies);
    // An upload-reply's reply as BITS reports it (GetReplyProgress).
    void setReplyProgress(const GUID &job, UINT64 transferred, UINT64 total);
    // The server's whole reply (GetReplyData; its progress: all of it).
    void setReply(const GUID &job, const std::string &bytes);
    // The job stops with this error (JobError is called).
    void failTransfer(const GUID &job, HRESULT code, BG_ERROR_CONTEXT context);
    // A job another program made (its notifications are not ours).
    GUID addForeignJob(const std::wstring &name);

    // Not elevated: EnumJobs(BG_JOB_ENUM_ALL_USERS) answers E_ACCESSDENIED.
    void setElevated(bool elevated);
    // Complete answers BG_S_UNABLE_TO_DELETE_FILES (files still placed).
    void setUnableToDeleteOnComplete(bool on);
    // GetLocalName answers in upper case, as a case-insensitive file system
    // may hand a path back.
    void setUpperCaseLocalNames(bool on);
    // IBackgroundCopyError::GetErrorDescription's text per LANGID; other
    // languages answer ERROR_MUI_FILE_NOT_LOADED's HRESULT.
    void setErrorDescription(LANGID language, const std::wstring &text);
    // Plays a BITS 5 (Windows 8 and later): jobs answer to
    // IBackgroundCopyJob2..5, whose SetProperty/GetProperty keep
    // BITS_JOB_PROPERTY_NOTIFICATION_CLSID. Off: E_NOINTERFACE, as on Wine.
    void setJob5(bool on);
    // Runs at the end of every successful Complete, outside the fake's lock
    // (say, to open a placed file as another program would).
    void setAfterComplete(std::function<void()> hook);
    // The owner SID string GetOwner answers (default: this process's user).
    void setOwnerSid(const std::wstring &sid);

    std::optional<JobInfo> info(const GUID &job) const;
    std::vector<GUID> jobIds() const;
    // The SID string of this process's user, as BITS would name it.
    static std::wstring currentUserSid();

private:
    std::shared_ptr<State> m_state;
};

}  // namespace fakebits
