// bitsmon's notification class (engine/windows/callback_server.h) and its
// machine-wide registration, under Wine: activation through COM, what the
// objects forward, the server going idle, and the registry round trip.
#include "../recording_observer.h"
#include "fake_bits.h"
#include "wine_test_support.h"

#include "engine/bits/hresult.h"
#include "engine/windows/callback_server.h"
#include "engine/windows/registration.h"

#include <bits3_0.h>

#include <fstream>

using namespace bits;
using namespace bits::windows;
using namespace winsupport;

namespace {

std::wstring thisProgram()
{
    wchar_t path[MAX_PATH];
    GetModuleFileNameW(nullptr, path, MAX_PATH);
    return path;
}

}  // namespace

TEST(Registration, RoundTripAndRegistrationsThatWouldNotWorkAreReported)
{
    ASSERT_TRUE(unregisterCallbackServer());
    EXPECT_FALSE(readCallbackRegistration(thisProgram()).registered);
    EXPECT_NE(readCallbackRegistration(thisProgram()).sentence().find("Not registered"), std::string::npos);

    ASSERT_TRUE(registerCallbackServer(thisProgram()));
    CallbackRegistration here = readCallbackRegistration(thisProgram());
    EXPECT_TRUE(here.registered);
    EXPECT_TRUE(here.pathExists);
    EXPECT_TRUE(here.isThisProgram);
    EXPECT_TRUE(here.runsAsInteractiveUser);
    EXPECT_EQ(here.command, L"\"" + thisProgram() + L"\"");
    EXPECT_NE(here.sentence().find("Registered to this bitsmon"), std::string::npos) << here.sentence();

    TempFolder folder;
    const std::wstring gone = widen(folder.file("old\\bitsmon.exe"));
    ASSERT_TRUE(registerCallbackServer(gone));
    CallbackRegistration stale = readCallbackRegistration(thisProgram());
    EXPECT_FALSE(stale.pathExists);
    EXPECT_NE(stale.sentence().find("no longer exists"), std::string::npos) << stale.sentence();

    {
        std::ofstream other(folder.file("bitsmon.exe"), std::ios::binary);
        other << "another copy";
    }
    ASSERT_TRUE(registerCallbackServer(widen(folder.file("bitsmon.exe"))));
    CallbackRegistration elsewhere = readCallbackRegistration(thisProgram());
    EXPECT_TRUE(elsewhere.pathExists);
    EXPECT_FALSE(elsewhere.isThisProgram);
    EXPECT_NE(elsewhere.sentence().find("another copy"), std::string::npos) << elsewhere.sentence();

    ASSERT_TRUE(unregisterCallbackServer());
    EXPECT_FALSE(readCallbackRegistration(thisProgram()).registered);
    ASSERT_TRUE(unregisterCallbackServer()) << "unregistering twice is not an error";
}

// Activation as BITS does it (CoCreateInstance of the CLSID, local server),
// here within the process that registered the class object: the object
// forwards BITS's calls until the server stops.
TEST(CallbackServer, ActivatedObjectsForwardUntilTheServerStops)
{
    ASSERT_TRUE(registerCallbackServer(thisProgram()));
    RecordingObserver observer;
    std::atomic<int> idle{0};
    CallbackServer server(&observer, [&] { ++idle; });
    ASSERT_EQ(server.result(), S_OK) << hexCode(HResult(server.result()));

    fakebits::FakeBits fake;
    IBackgroundCopyManager *manager = nullptr;
    ASSERT_EQ(fake.connector()(&manager), S_OK);
    IBackgroundCopyJob *job = nullptr;
    GUID id;
    ASSERT_EQ(manager->CreateJob(L"finished while closed", BG_JOB_TYPE_DOWNLOAD, &id, &job), S_OK);

    IBackgroundCopyCallback2 *callback = nullptr;
    const HRESULT created = CoCreateInstance(kCallbackClsid, nullptr, CLSCTX_LOCAL_SERVER, IID_IBackgroundCopyCallback2,
                                             reinterpret_cast<void **>(&callback));
    ASSERT_EQ(created, S_OK) << hexCode(HResult(created));
    EXPECT_EQ(server.created(), 1);
    EXPECT_EQ(callback->JobTransferred(job), S_OK);
    EXPECT_EQ(callback->JobError(job, nullptr), S_OK);
    EXPECT_EQ(observer.count('T'), 1);
    EXPECT_EQ(observer.count('E'), 1);
    EXPECT_EQ(idle.load(), 0);

    // Stopped (bitsmon quitting) while BITS still holds the object: it answers
    // S_OK and forwards nothing.
    server.stop();
    EXPECT_EQ(callback->JobTransferred(job), S_OK);
    EXPECT_EQ(observer.count('T'), 1);
    callback->Release();
    EXPECT_EQ(server.alive(), 0);
    job->Release();
    manager->Release();
    unregisterCallbackServer();
}

TEST(CallbackServer, TheServerGoesIdleWhenBitsReleasesTheLastObject)
{
    ASSERT_TRUE(registerCallbackServer(thisProgram()));
    RecordingObserver observer;
    std::atomic<int> idle{0};
    CallbackServer server(&observer, [&] { ++idle; });
    ASSERT_EQ(server.result(), S_OK);
    IBackgroundCopyCallback *first = nullptr, *second = nullptr;
    ASSERT_EQ(CoCreateInstance(kCallbackClsid, nullptr, CLSCTX_LOCAL_SERVER, IID_IBackgroundCopyCallback,
                               reinterpret_cast<void **>(&first)),
              S_OK);
    ASSERT_EQ(CoCreateInstance(kCallbackClsid, nullptr, CLSCTX_LOCAL_SERVER, IID_IBackgroundCopyCallback,
                               reinterpret_cast<void **>(&second)),
              S_OK);
    EXPECT_EQ(server.created(), 2);
    first->Release();
    EXPECT_EQ(idle.load(), 0) << "idle while BITS still held an object";
    second->Release();
    ASSERT_TRUE(waitUntil([&] { return idle.load() == 1; })) << "the server did not go idle once released";
    EXPECT_EQ(server.alive(), 0);
    unregisterCallbackServer();
}

int main(int argc, char **argv)
{
    bits::windows::MtaApartment apartment;  // like bitsmon's server thread
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
