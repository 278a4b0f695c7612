#include "notify_callback.h"

#include <algorithm>
#include <thread>
#include <utility>

namespace bits::windows {

namespace {
std::atomic<long> g_live{0};
}

ComPtr<NotifyCallback> NotifyCallback::create(Observer *observer)
{
    return ComPtr<NotifyCallback>(new NotifyCallback(observer), false);
}

NotifyCallback::NotifyCallback(Observer *observer)
    : m_observer(observer)
{
    ++g_live;
}

NotifyCallback::~NotifyCallback()
{
    for (auto &[identity, id] : m_identities)
        identity->Release();
    --g_live;
    if (m_onDestroyed)
        m_onDestroyed();
}

long NotifyCallback::liveObjects()
{
    return g_live.load();
}

HRESULT NotifyCallback::QueryInterface(REFIID iid, void **out)
{
    if (!out)
        return E_POINTER;
    if (IsEqualIID(iid, IID_IUnknown) || IsEqualIID(iid, IID_IBackgroundCopyCallback)
        || IsEqualIID(iid, IID_IBackgroundCopyCallback2)) {
        *out = static_cast<IBackgroundCopyCallback2 *>(this);
        AddRef();
        return S_OK;
    }
    *out = nullptr;
    return E_NOINTERFACE;
}

ULONG NotifyCallback::AddRef()
{
    return m_references.fetch_add(1, std::memory_order_relaxed) + 1;
}

ULONG NotifyCallback::Release()
{
    const ULONG left = m_references.fetch_sub(1, std::memory_order_acq_rel) - 1;
    if (left == 0)
        delete this;
    return left;
}

void NotifyCallback::remember(IBackgroundCopyJob *job, const JobId &id)
{
    IUnknown *identity = nullptr;
    if (FAILED(job->QueryInterface(IID_IUnknown, reinterpret_cast<void **>(&identity))))
        return;
    IUnknown *replaced = nullptr;
    {
        std::lock_guard lock(m_mutex);
        auto it = std::find_if(m_identities.begin(), m_identities.end(), [&](auto &e) { return e.second == id; });
        if (it != m_identities.end())
            replaced = std::exchange(it->first, identity);
        else
            m_identities.emplace_back(identity, id);
    }
    // Releasing a proxy is a call into BITS's process, which may wait on
    // that process; a callback arriving meanwhile needs the lock.
    if (replaced)
        replaced->Release();
}

void NotifyCallback::forget(const JobId &id)
{
    IUnknown *released = nullptr;
    {
        std::lock_guard lock(m_mutex);
        auto it = std::find_if(m_identities.begin(), m_identities.end(), [&](auto &e) { return e.second == id; });
        if (it != m_identities.end()) {
            released = it->first;
            m_identities.erase(it);
        }
    }
    if (released)
        released->Release();  // outside the lock, as above
}

void NotifyCallback::detach()
{
    m_observer.store(nullptr);
    while (m_inFlight.load() != 0)
        std::this_thread::yield();
}

bool NotifyCallback::identify(IBackgroundCopyJob *job, JobId &id)
{
    if (!job)
        return false;
    IUnknown *identity = nullptr;
    if (SUCCEEDED(job->QueryInterface(IID_IUnknown, reinterpret_cast<void **>(&identity)))) {
        bool found = false;
        {
            std::lock_guard lock(m_mutex);
            for (const auto &[known, knownId] : m_identities) {
                if (known == identity) {
                    id = knownId;
                    found = true;
                    break;
                }
            }
        }
        identity->Release();
        if (found)
            return true;
    }
    // Not one we remember (it should not happen for our jobs): ask the job.
    ++m_idLookupsByCall;
    GUID guid;
    if (FAILED(job->GetId(&guid)))
        return false;
    id = fromGuid(guid);
    return true;
}

template <typename F>
HRESULT NotifyCallback::forward(IBackgroundCopyJob *job, F &&call)
{
    m_inFlight.fetch_add(1);
    if (Observer *observer = m_observer.load()) {
        JobId id;
        if (identify(job, id))
            call(*observer, id);
    }
    m_inFlight.fetch_sub(1);
    return S_OK;  // anything else makes BITS call again later
}

HRESULT NotifyCallback::JobTransferred(IBackgroundCopyJob *job)
{
    return forward(job, [](Observer &o, const JobId &id) { o.jobTransferred(id); });
}

HRESULT NotifyCallback::JobError(IBackgroundCopyJob *job, IBackgroundCopyError *)
{
    // The error is read with the next snapshot, on the worker.
    return forward(job, [](Observer &o, const JobId &id) { o.jobError(id); });
}

HRESULT NotifyCallback::JobModification(IBackgroundCopyJob *job, DWORD)
{
    return forward(job, [](Observer &o, const JobId &id) { o.jobModification(id); });
}

HRESULT NotifyCallback::FileTransferred(IBackgroundCopyJob *job, IBackgroundCopyFile *)
{
    return forward(job, [](Observer &o, const JobId &id) { o.fileTransferred(id, kUnknownFileIndex); });
}

}  // namespace bits::windows
