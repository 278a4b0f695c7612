// bitsmon's notification class, for BITS to start bitsmon when one of its
// jobs finishes while bitsmon is closed: a job carries the class's CLSID
// (IBackgroundCopyJob5::SetProperty(BITS_JOB_PROPERTY_NOTIFICATION_CLSID)),
// and when no callback object answers, BITS creates one of this class, which
// COM does by starting the registered LocalServer32 (bitsmon.exe -Embedding).
// Windows only; no Qt.
#pragma once

#include "com.h"
#include "notify_callback.h"

#include <atomic>
#include <functional>
#include <string>

namespace bits::windows {

// {9F3069D6-DCDF-4E79-97C1-68228C296484}
inline constexpr GUID kCallbackClsid = {0x9f3069d6, 0xdcdf, 0x4e79, {0x97, 0xc1, 0x68, 0x22, 0x8c, 0x29, 0x64, 0x84}};
// {5E270DC0-0DAE-4F73-980D-A1F0CC13BF08}
inline constexpr GUID kCallbackAppId = {0x5e270dc0, 0x0dae, 0x4f73, {0x98, 0x0d, 0xa1, 0xf0, 0xcc, 0x13, 0xbf, 0x08}};

// "{9F3069D6-...}"
std::wstring guidText(const GUID &guid);

// The class object, registered while this lives: REGCLS_MULTIPLEUSE |
// REGCLS_SUSPENDED, then CoResumeClassObjects, so every activation reaches
// this one process. Each object it makes forwards to `observer` like the
// running app's own callback, and holds the server process
// (CoAddRefServerProcess); when the last is released (BITS may hold one long
// after its last call), `idle` runs, on whatever thread released it.
class CallbackServer {
public:
    CallbackServer(Observer *observer, std::function<void()> idle);
    ~CallbackServer();
    CallbackServer(const CallbackServer &) = delete;
    CallbackServer &operator=(const CallbackServer &) = delete;

    // S_OK once registered; otherwise why not.
    HRESULT result() const { return m_result; }
    // Objects made for COM so far, and alive now.
    long created() const;
    long alive() const;
    // Stops forwarding (the observer may go) and revokes the class object.
    void stop();

private:
    class Factory;
    Factory *m_factory = nullptr;
    DWORD m_cookie = 0;
    HRESULT m_result = E_FAIL;
};

}  // namespace bits::windows
