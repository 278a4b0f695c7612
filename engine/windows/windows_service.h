// TransferService over the real BITS COM API. Create, use and destroy it on
// one COM MTA thread (the feed's worker); callbacks then arrive on RPC
// threads and never re-enter the caller.
#pragma once

#include "com.h"
#include "notify_callback.h"

#include "engine/bits/service.h"

#include <bits.h>

#include <chrono>
#include <functional>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace bits::windows {

enum class Apartment {
    CallerInitialised,  // the creating thread already is in a COM apartment
    EnterMta,           // the service joins the MTA and leaves it when destroyed
};

using ManagerConnector = std::function<HRESULT(IBackgroundCopyManager **)>;

struct ServiceOptions {
    Apartment apartment = Apartment::CallerInitialised;
    // Makes the manager. Empty: the system's BITS (CoCreateInstance); the
    // tests hand an in-process fake here.
    ManagerConnector connect;
    // Where the expected SHA-256 values of our jobs are kept, so that a job
    // is still checked after bitsmon restarts. Empty: kept for this run only.
    std::wstring stateFile;
    // The UI's language for BITS's error texts ("fr-FR"); the thread's when
    // empty. English when BITS has no text in that language.
    std::wstring language;
    // Reaching BITS after it could not be reached: the first wait, doubled
    // after each failure up to the longest.
    std::chrono::milliseconds firstReconnect{1000};
    std::chrono::milliseconds longestReconnect{60000};
    // After E_ACCESSDENIED for every user's jobs, only ours are listed until
    // this has passed (or the user asks again).
    std::chrono::milliseconds refusedListingRetry{std::chrono::minutes(30)};
    // Set on each job we watch, where it answers to IBackgroundCopyJob5, as
    // its notification CLSID: BITS then starts that class's server when the
    // job finishes and no callback object answers (bitsmon closed). Never
    // set on another program's job.
    std::optional<GUID> notificationClsid;
    // Wine's BITS takes upload jobs but only ever downloads (it has no upload
    // protocol), and cancelling one deleted the very file it was to send
    // (seen under Wine 8). Upload jobs are refused when the system's BITS is
    // Wine's; the tests of the in-process fake, which plays a real BITS,
    // turn this off.
    bool refuseUploadsOnWine = true;
};

// Whether this process runs under Wine (ntdll exports wine_get_version).
bool runningOnWine();

class WindowsBitsService final : public TransferService {
public:
    // Connects to the BITS service. A failure is reported by every call
    // until a later listing reaches it (tried again with backoff), so the app
    // shows it instead of crashing.
    explicit WindowsBitsService(ServiceOptions options = {});
    explicit WindowsBitsService(Apartment apartment);
    ~WindowsBitsService() override;

    std::string name() const override;
    Outcome<std::vector<JobId>> listJobs() override;
    Outcome<JobSnapshot> snapshot(const JobId &job) override;
    Outcome<JobId> createJob(const NewJob &job) override;
    Status resume(const JobId &job) override;
    Status suspend(const JobId &job) override;
    Status cancel(const JobId &job) override;
    Outcome<HResult> complete(const JobId &job) override;
    Status setPriority(const JobId &job, Priority priority) override;
    Outcome<std::vector<std::uint8_t>> replyData(const JobId &job) override;
    Status subscribe(const JobId &job, Observer *observer) override;
    Status unsubscribe(const JobId &job) override;
    std::vector<Sentence> takeNotices() override;
    std::string currentUser() const override { return m_currentUser; }
    void askAgain() override;
    // Checks the expected SHA-256 of files that finished, on their temporary
    // file (IBackgroundCopyFile3), and tells BITS (SetValidationState).
    void onFileTransferred(const JobId &job) override;

    // Callbacks that had to ask the job for its GUID (a call across
    // processes) because its identity was unknown; 0 when all is well.
    long callbackIdLookups() const { return m_callback ? m_callback->idLookupsByCall() : 0; }
    // Owner SIDs turned into account names (each SID once).
    int ownerLookups() const { return m_ownerLookups; }

    // For tests and bitsctl: the live job object (null on failure).
    ComPtr<IBackgroundCopyJob> job(const JobId &id, HRESULT *result = nullptr);

private:
    Status call(const JobId &id, const Sentence &what, HRESULT (*action)(IBackgroundCopyJob *));
    // Before Complete: the local names of the files BITS transferred, the
    // only ones Complete places.
    std::vector<std::string> transferredFiles(IBackgroundCopyJob *job);
    // After Complete: files that could not be checked before are checked in
    // place (only those BITS placed); a mismatch removes the file, an
    // unreadable one is kept and said to be unchecked.
    std::optional<Failure> checkCompletedFiles(const JobId &id, const std::vector<std::string> &placed);
    void readError(IBackgroundCopyJob *job, JobSnapshot &snapshot);
    // In the UI's language, else English; without BITS's trailing line break.
    std::string errorDescription(IBackgroundCopyError *error);
    std::string ownerName(const wchar_t *sid);

    enum class Check {
        Pending,
        Passed,
        Failed,
        NeedsCompletion
    };
    struct Expected {
        std::string sha256;  // lowercase hex
        std::string localPath;
        std::string remoteUrl;
        Check check = Check::Pending;
    };
    // Expected hashes of the jobs this service created, kept in the state
    // file when there is one.
    std::map<JobId, std::vector<Expected>> m_expected;
    void loadExpected();
    void saveExpected();
    void forgetExpected(const JobId &id);

    NotifyCallback &callbackFor(Observer *observer);
    // Sets our callback and flags on the job; on failure nothing of ours is
    // left on it.
    HRESULT watch(const JobId &id, IBackgroundCopyJob *job);
    // (Re)creates the manager; false with m_connected set when it cannot.
    bool connect();
    // Connected, or reconnected now if the backoff allows it. What a person
    // asked for (a new job) asks at once: a first activation that timed out
    // (Wine's COM gives up after 30 s with E_NOINTERFACE while a service is
    // starting) must not also refuse the add that bitsmon was started for.
    enum class Attempt {
        WhenDue,
        Now
    };
    bool reachable(Attempt attempt = Attempt::WhenDue);
    // An upload-reply's reply: its file and progress (IBackgroundCopyJob2).
    std::optional<JobSnapshot::Reply> readReply(IBackgroundCopyJob *job);
    // The service's process went away: drops every proxy into it and says so.
    Failure lost(HRESULT hr);
    // What every call answers while BITS cannot be reached.
    Failure unreachable() const;
    // Subscriptions wanted but not in place (failed, or lost with the
    // service's process): tried again.
    void resubscribe();
    void say(Sentence sentence);

    ServiceOptions m_options;
    std::optional<MtaApartment> m_apartment;  // first of the COM members: left last
    HRESULT m_connected = E_FAIL;
    bool m_apartmentReady = true;
    bool m_everConnected = false;
    std::chrono::steady_clock::time_point m_nextConnect{};
    std::chrono::milliseconds m_connectDelay{0};
    ComPtr<IBackgroundCopyManager> m_manager;
    std::map<JobId, ComPtr<IBackgroundCopyJob>> m_jobs;  // from the last listing, and ours
    // Jobs whose notifications we want, and those of them actually set.
    std::set<JobId> m_subscribed;
    std::set<JobId> m_watching;
    ComPtr<NotifyCallback> m_callback;
    Observer *m_callbackObserver = nullptr;
    std::vector<Sentence> m_notices;
    std::string m_currentUser;
    std::map<std::wstring, std::string> m_owners;  // SID -> account name
    std::map<JobId, bool> m_startsBitsmon;         // whether the CLSID is on the job
    int m_ownerLookups = 0;
    LANGID m_language = 0;
    std::optional<std::chrono::steady_clock::time_point> m_refusedAllUsersAt;
    bool m_saidOnlyOurs = false;
};

// "The job could not be resumed: BG_E_INVALID_STATE (0x80200002): ..."
Failure failureFrom(HRESULT hr, const Sentence &what);

}  // namespace bits::windows
