#include "callback_server.h"

#include <thread>

namespace bits::windows {

std::wstring guidText(const GUID &guid)
{
    wchar_t text[40] = {};
    StringFromGUID2(guid, text, 40);
    return text;
}

namespace {

// What every object made for COM forwards to: closed at stop(), after which
// no call reaches the observer (objects BITS still holds answer S_OK and
// forward nothing).
class Gate final : public Observer {
public:
    explicit Gate(Observer *target)
        : m_target(target)
    {
    }
    void close()
    {
        m_target.store(nullptr);
        while (m_inFlight.load() != 0)
            std::this_thread::yield();
    }
    void jobTransferred(const JobId &job) noexcept override
    {
        pass([&](Observer &o) { o.jobTransferred(job); });
    }
    void jobError(const JobId &job) noexcept override
    {
        pass([&](Observer &o) { o.jobError(job); });
    }
    void jobModification(const JobId &job) noexcept override
    {
        pass([&](Observer &o) { o.jobModification(job); });
    }
    void fileTransferred(const JobId &job, std::uint32_t file) noexcept override
    {
        pass([&](Observer &o) { o.fileTransferred(job, file); });
    }

private:
    template <typename F>
    void pass(F &&call)
    {
        ++m_inFlight;
        if (Observer *target = m_target.load())
            call(*target);
        --m_inFlight;
    }
    std::atomic<Observer *> m_target;
    std::atomic<int> m_inFlight{0};
};

}  // namespace

// IClassFactory for NotifyCallback objects that hold the server process.
// Each object holds a reference to the factory, so the gate outlives them.
class CallbackServer::Factory final : public IClassFactory {
public:
    Factory(Observer *observer, std::function<void()> idle)
        : m_gate(observer)
        , m_idle(std::move(idle))
    {
    }

    HRESULT STDMETHODCALLTYPE QueryInterface(REFIID iid, void **out) override
    {
        if (!out)
            return E_POINTER;
        if (IsEqualIID(iid, IID_IUnknown) || IsEqualIID(iid, IID_IClassFactory)) {
            *out = static_cast<IClassFactory *>(this);
            AddRef();
            return S_OK;
        }
        *out = nullptr;
        return E_NOINTERFACE;
    }
    ULONG STDMETHODCALLTYPE AddRef() override { return ++m_references; }
    ULONG STDMETHODCALLTYPE Release() override
    {
        const ULONG left = --m_references;
        if (left == 0)
            delete this;
        return left;
    }

    HRESULT STDMETHODCALLTYPE CreateInstance(IUnknown *outer, REFIID iid, void **out) override
    {
        if (!out)
            return E_POINTER;
        *out = nullptr;
        if (outer)
            return CLASS_E_NOAGGREGATION;
        if (m_stopped.load())
            return CO_E_SERVER_STOPPING;
        ComPtr<NotifyCallback> callback = NotifyCallback::create(&m_gate);
        AddRef();
        CoAddRefServerProcess();
        ++m_created;
        ++m_alive;
        callback->onDestroyed([this] {
            --m_alive;
            releaseProcess();
            Release();
        });
        return callback->QueryInterface(iid, out);
    }
    HRESULT STDMETHODCALLTYPE LockServer(BOOL lock) override
    {
        if (lock)
            CoAddRefServerProcess();
        else
            releaseProcess();
        return S_OK;
    }

    void stop()
    {
        m_stopped = true;
        m_gate.close();
    }
    long created() const { return m_created.load(); }
    long alive() const { return m_alive.load(); }

private:
    void releaseProcess()
    {
        // At 0 COM has suspended activations of our classes: the process may end.
        if (CoReleaseServerProcess() == 0 && m_idle && !m_stopped.load())
            m_idle();
    }

    std::atomic<ULONG> m_references{1};
    Gate m_gate;
    std::function<void()> m_idle;
    std::atomic<bool> m_stopped{false};
    std::atomic<long> m_created{0};
    std::atomic<long> m_alive{0};
};

CallbackServer::CallbackServer(Observer *observer, std::function<void()> idle)
    : m_factory(new Factory(observer, std::move(idle)))
{
    m_result = CoRegisterClassObject(kCallbackClsid, static_cast<IClassFactory *>(m_factory), CLSCTX_LOCAL_SERVER,
                                     REGCLS_MULTIPLEUSE | REGCLS_SUSPENDED, &m_cookie);
    if (SUCCEEDED(m_result))
        m_result = CoResumeClassObjects();
}

CallbackServer::~CallbackServer()
{
    stop();
    m_factory->Release();
}

void CallbackServer::stop()
{
    if (m_cookie) {
        CoRevokeClassObject(m_cookie);
        m_cookie = 0;
    }
    m_factory->stop();
}

long CallbackServer::created() const
{
    return m_factory->created();
}

long CallbackServer::alive() const
{
    return m_factory->alive();
}

}  // namespace bits::windows
