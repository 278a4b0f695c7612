// TransferService over the real BITS COM API. Create, use and destroy it on
// one COM MTA thread (the feed's worker); callbacks then arrive on RPC
// threads and never re-enter the caller.
#pragma once

#include "com.h"
#include "notify_callback.h"

#include "engine/bits/service.h"

#include <bits.h>

#include <map>
#include <optional>
#include <set>

namespace bits::windows {

enum class Apartment {
    CallerInitialised,  // the creating thread already is in a COM apartment
    EnterMta,           // the service joins the MTA and leaves it when destroyed
};

class WindowsBitsService final : public TransferService {
public:
    // Connects to the BITS service. A failure is kept and reported by every
    // call (and by notice()), so the app shows it instead of crashing.
    explicit WindowsBitsService(Apartment apartment = Apartment::CallerInitialised);
    ~WindowsBitsService() override;

    std::string name() const override;
    Outcome<std::vector<JobId>> listJobs() override;
    Outcome<JobSnapshot> snapshot(const JobId &job) override;
    Outcome<JobId> createDownload(const NewJob &job) override;
    Status resume(const JobId &job) override;
    Status suspend(const JobId &job) override;
    Status cancel(const JobId &job) override;
    Outcome<HResult> complete(const JobId &job) override;
    Status setPriority(const JobId &job, Priority priority) override;
    Status subscribe(const JobId &job, Observer *observer) override;
    Status unsubscribe(const JobId &job) override;
    std::string notice() const override { return m_notice; }
    // Checks the expected SHA-256 of files that finished, on their temporary
    // file (IBackgroundCopyFile3), and tells BITS (SetValidationState).
    void onFileTransferred(const JobId &job) override;

    // Callbacks that had to ask the job for its GUID (a call across
    // processes) because its identity was unknown; 0 when all is well.
    long callbackIdLookups() const { return m_callback ? m_callback->idLookupsByCall() : 0; }

    // For tests and bitsctl: the live job object (null on failure).
    ComPtr<IBackgroundCopyJob> job(const JobId &id, HRESULT *result = nullptr);

private:
    Status call(const JobId &id, const char *what, HRESULT (*action)(IBackgroundCopyJob *));
    // After Complete: files that could not be checked before are checked in
    // place; a mismatch removes the file. Returns the failure, if any.
    std::optional<Failure> checkCompletedFiles(const JobId &id);

    enum class Check { Pending, Passed, Failed, NeedsCompletion };
    struct Expected {
        std::string sha256;  // lowercase hex
        std::string localPath;
        std::string remoteUrl;
        Check check = Check::Pending;
    };
    // Expected hashes of the jobs this service created (this run only).
    std::map<JobId, std::vector<Expected>> m_expected;
    NotifyCallback &callbackFor(Observer *observer);
    // (Re)creates the manager; false with m_connected set when it cannot.
    bool connect();
    // The service's process went away: drops every proxy into it and says so.
    Failure lost(HRESULT hr);

    std::optional<MtaApartment> m_apartment;  // first member: left last
    HRESULT m_connected = E_FAIL;
    bool m_apartmentReady = true;
    ComPtr<IBackgroundCopyManager> m_manager;
    std::map<JobId, ComPtr<IBackgroundCopyJob>> m_jobs;  // from the last listing, and ours
    std::set<JobId> m_subscribed;
    ComPtr<NotifyCallback> m_callback;
    Observer *m_callbackObserver = nullptr;
    std::string m_notice;
};

// "The job could not be resumed: BG_E_INVALID_STATE (0x80200002): ..."
Failure failureFrom(HRESULT hr, const std::string &what);

}  // namespace bits::windows
