// The IBackgroundCopyCallback2 object BITS calls on our jobs. Each method
// only records "job X: event" into the Observer (the feed's inbox) and returns
// S_OK: BITS runs at most four notifications per user at once, so a slow
// callback stalls every other program.
#pragma once

#include "com.h"

#include "engine/bits/service.h"

#include <bits.h>
#include <bits3_0.h>

#include <atomic>
#include <functional>
#include <mutex>
#include <vector>

namespace bits::windows {

class NotifyCallback final : public IBackgroundCopyCallback2 {
public:
    // A new object with one reference, forwarding to `observer`.
    static ComPtr<NotifyCallback> create(Observer *observer);

    // IUnknown
    HRESULT STDMETHODCALLTYPE QueryInterface(REFIID iid, void **out) override;
    ULONG STDMETHODCALLTYPE AddRef() override;
    ULONG STDMETHODCALLTYPE Release() override;

    // IBackgroundCopyCallback / IBackgroundCopyCallback2
    HRESULT STDMETHODCALLTYPE JobTransferred(IBackgroundCopyJob *job) override;
    HRESULT STDMETHODCALLTYPE JobError(IBackgroundCopyJob *job, IBackgroundCopyError *error) override;
    HRESULT STDMETHODCALLTYPE JobModification(IBackgroundCopyJob *job, DWORD reserved) override;
    HRESULT STDMETHODCALLTYPE FileTransferred(IBackgroundCopyJob *job, IBackgroundCopyFile *file) override;

    // Worker side. Remembers which job object is which GUID, so a callback
    // names its job by COM identity (a QueryInterface for IUnknown, answered
    // by the local proxy) instead of calling GetId across processes.
    void remember(IBackgroundCopyJob *job, const JobId &id);
    void forget(const JobId &id);
    // Stops forwarding; returns once no call is inside the Observer any more,
    // so the Observer may be destroyed afterwards.
    void detach();
    // Runs when the object is destroyed (its last reference released).
    void onDestroyed(std::function<void()> hook) { m_onDestroyed = std::move(hook); }

    // Objects alive in this process (tests check that BITS released them).
    static long liveObjects();
    // Calls that fell back to GetId because the identity was unknown.
    long idLookupsByCall() const { return m_idLookupsByCall.load(); }

private:
    explicit NotifyCallback(Observer *observer);
    ~NotifyCallback();

    // Finds the job's GUID; false if it cannot be told.
    bool identify(IBackgroundCopyJob *job, JobId &id);
    template <typename F>
    HRESULT forward(IBackgroundCopyJob *job, F &&call);

    std::atomic<ULONG> m_references{1};
    std::atomic<Observer *> m_observer;
    std::atomic<int> m_inFlight{0};
    std::atomic<long> m_idLookupsByCall{0};
    std::mutex m_mutex;
    std::vector<std::pair<IUnknown *, JobId>> m_identities;  // holds a reference each
    std::function<void()> m_onDestroyed;
};

}  // namespace bits::windows
