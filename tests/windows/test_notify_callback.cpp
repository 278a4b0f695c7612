// The IBackgroundCopyCallback2 object on its own: IUnknown rules, and its
// methods driven from 8 threads with a real job proxy from Wine's service.
#include "../recording_observer.h"
#include "win_http_server.h"
#include "wine_test_support.h"

using namespace bits;
using namespace winsupport;
using bits::windows::ComPtr;
using bits::windows::NotifyCallback;
using bits::windows::WindowsBitsService;

TEST(NotifyCallback, AnswersOnlyItsInterfaces)
{
    RecordingObserver observer;
    ComPtr<NotifyCallback> callback = NotifyCallback::create(&observer);
    void *out = nullptr;
    ASSERT_EQ(callback->QueryInterface(IID_IUnknown, &out), S_OK);
    EXPECT_EQ(out, static_cast<IBackgroundCopyCallback2 *>(callback.get()));
    static_cast<IUnknown *>(out)->Release();
    ASSERT_EQ(callback->QueryInterface(IID_IBackgroundCopyCallback, &out), S_OK);
    static_cast<IUnknown *>(out)->Release();
    ASSERT_EQ(callback->QueryInterface(IID_IBackgroundCopyCallback2, &out), S_OK);
    static_cast<IUnknown *>(out)->Release();
    out = reinterpret_cast<void *>(1);
    EXPECT_EQ(callback->QueryInterface(IID_IBackgroundCopyJob, &out), E_NOINTERFACE);
    EXPECT_EQ(out, nullptr);
    EXPECT_EQ(callback->QueryInterface(IID_IUnknown, nullptr), E_POINTER);
    EXPECT_EQ(callback->AddRef(), 2u);
    EXPECT_EQ(callback->Release(), 1u);
}

TEST(NotifyCallback, EightThreadsWithARealJobProxyLoseNothing)
{
    constexpr int kThreads = 8;
    constexpr int kCalls = 5000;
    TempFolder folder;
    WindowsBitsService service;
    const JobId id = service
                         .createJob([&] {
                             NewJob job;
                             job.files.push_back({"http://127.0.0.1:9/never", folder.file("never")});
                             return job;
                         }())
                         .value();
    ComPtr<IBackgroundCopyJob> job = service.job(id);  // a proxy to Wine's out-of-process job
    ASSERT_TRUE(job);

    RecordingObserver observer;
    const long live = NotifyCallback::liveObjects();
    {
        ComPtr<NotifyCallback> callback = NotifyCallback::create(&observer);
        callback->remember(job.get(), id);
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                bits::windows::MtaApartment apartment;
                for (int i = 0; i < kCalls; ++i) {
                    callback->AddRef();  // as BITS's stub would around a call
                    switch ((i + t) % 4) {
                    case 0:
                        callback->JobModification(job.get(), 0);
                        break;
                    case 1:
                        callback->JobTransferred(job.get());
                        break;
                    case 2:
                        callback->JobError(job.get(), nullptr);
                        break;
                    case 3:
                        callback->FileTransferred(job.get(), nullptr);
                        break;
                    }
                    callback->Release();
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        EXPECT_EQ(callback->AddRef(), 2u);  // reference count back to where it started
        EXPECT_EQ(callback->Release(), 1u);
        EXPECT_EQ(callback->idLookupsByCall(), 0);  // every call named its job by identity
        callback->forget(id);
        callback->detach();
    }
    const int each = kThreads * kCalls / 4;
    EXPECT_EQ(observer.count('M'), each);
    EXPECT_EQ(observer.count('T'), each);
    EXPECT_EQ(observer.count('E'), each);
    EXPECT_EQ(observer.count('F'), each);
    for (std::uint32_t index : observer.files())
        EXPECT_EQ(index, kUnknownFileIndex);
    EXPECT_EQ(NotifyCallback::liveObjects(), live);
    service.cancel(id);
}

TEST(NotifyCallback, DetachedCallbackForwardsNothing)
{
    RecordingObserver observer;
    ComPtr<NotifyCallback> callback = NotifyCallback::create(&observer);
    callback->detach();
    EXPECT_EQ(callback->JobTransferred(nullptr), S_OK);  // still S_OK: BITS must not retry
    EXPECT_EQ(observer.count('T'), 0);
}

int main(int argc, char **argv)
{
    bits::windows::MtaApartment apartment;
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
