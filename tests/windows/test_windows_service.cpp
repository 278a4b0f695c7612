// engine/windows against Wine's own BITS service (out of process, like on
// Windows) and an HTTP server on 127.0.0.1 inside this test.
#include "../recording_observer.h"
#include "win_http_server.h"
#include "wine_test_support.h"

#include "engine/bits/hresult.h"
#include "engine/windows/sha256.h"

#include <fstream>
#include <set>

using namespace bits;
using namespace winsupport;
using bits::windows::ComPtr;
using bits::windows::NotifyCallback;
using bits::windows::WindowsBitsService;

namespace {

// Records which thread each JobTransferred arrived on.
struct ThreadObserver final : Observer {
    void jobTransferred(const JobId &job) noexcept override
    {
        std::lock_guard lock(mutex);
        transferred.insert(job);
        threads.insert(std::this_thread::get_id());
    }
    void jobError(const JobId &job) noexcept override
    {
        std::lock_guard lock(mutex);
        errors.insert(job);
    }
    void jobModification(const JobId &) noexcept override { }
    void fileTransferred(const JobId &, std::uint32_t) noexcept override { }

    bool hasTransferred(const JobId &job)
    {
        std::lock_guard lock(mutex);
        return transferred.contains(job);
    }
    std::size_t transferredCount()
    {
        std::lock_guard lock(mutex);
        return transferred.size();
    }

    std::mutex mutex;
    std::set<JobId> transferred, errors;
    std::set<std::thread::id> threads;
};

NewJob download(const std::string &url, const std::string &path)
{
    NewJob job;
    job.displayName = "bitsmon test";
    job.files.push_back({url, path});
    return job;
}

// Runs bitsctl.exe (another process) and returns what it printed.
std::string runBitsctl(const std::string &arguments, DWORD &exitCode)
{
    SECURITY_ATTRIBUTES inherit{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
    HANDLE readEnd, writeEnd;
    CreatePipe(&readEnd, &writeEnd, &inherit, 0);
    SetHandleInformation(readEnd, HANDLE_FLAG_INHERIT, 0);
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdOutput = writeEnd;
    startup.hStdError = writeEnd;
    PROCESS_INFORMATION process{};
    std::wstring command = bits::windows::widen("\"" BITSCTL_EXE "\" " + arguments);
    if (!CreateProcessW(nullptr, command.data(), nullptr, nullptr, TRUE, 0, nullptr, nullptr, &startup, &process)) {
        exitCode = DWORD(-1);
        return {};
    }
    CloseHandle(writeEnd);
    std::string output;
    char buffer[512];
    DWORD n = 0;
    while (ReadFile(readEnd, buffer, sizeof buffer, &n, nullptr) && n > 0)
        output.append(buffer, n);
    WaitForSingleObject(process.hProcess, 60000);
    GetExitCodeProcess(process.hProcess, &exitCode);
    CloseHandle(process.hProcess);
    CloseHandle(process.hThread);
    CloseHandle(readEnd);
    return output;
}

}  // namespace

TEST(WindowsService, DownloadsWithACallbackFromAnotherThreadAndCompletes)
{
    WinHttpServer server;
    const std::string body = randomBody(256 * 1024 + 3, 1);
    server.add("/file.bin", body);
    TempFolder folder;
    WindowsBitsService service;
    ThreadObserver observer;

    auto created = service.createJob(download(server.url("/file.bin"), folder.file("file.bin")));
    ASSERT_TRUE(created) << created.failure().message.english();
    const JobId id = created.value();
    EXPECT_EQ(stateOf(service, id), JobState::Suspended);
    ASSERT_TRUE(service.subscribe(id, &observer));
    ASSERT_TRUE(service.resume(id));

    ASSERT_TRUE(waitUntil([&] { return observer.hasTransferred(id); })) << name(stateOf(service, id));
    {
        std::lock_guard lock(observer.mutex);
        EXPECT_FALSE(observer.threads.contains(std::this_thread::get_id()));  // an RPC thread, not ours
    }
    auto snapshot = service.snapshot(id);
    ASSERT_TRUE(snapshot);
    EXPECT_EQ(snapshot.value().state, JobState::Transferred);
    EXPECT_EQ(snapshot.value().notifyFlags, notify::Ours);
    ASSERT_EQ(snapshot.value().files.size(), 1u);
    EXPECT_EQ(snapshot.value().files[0].remoteUrl, server.url("/file.bin"));
    EXPECT_TRUE(snapshot.value().files[0].completed);
    EXPECT_EQ(snapshot.value().files[0].bytesTransferred, body.size());
    EXPECT_EQ(snapshot.value().displayName, "bitsmon test");

    // Optional getters Wine leaves unimplemented (E_NOTIMPL) make a field
    // unknown, never the snapshot fail or show a wrong value.
    ComPtr<IBackgroundCopyJob> raw = service.job(id);
    BG_JOB_PRIORITY priority;
    const HRESULT priorityResult = raw->GetPriority(&priority);
    EXPECT_EQ(snapshot.value().priority.has_value(), SUCCEEDED(priorityResult));
    BG_JOB_TIMES times;
    const HRESULT timesResult = raw->GetTimes(&times);
    EXPECT_EQ(snapshot.value().created.has_value(), SUCCEEDED(timesResult) && times.CreationTime.dwHighDateTime != 0);
    LPWSTR owner = nullptr;
    const HRESULT ownerResult = raw->GetOwner(&owner);
    CoTaskMemFree(owner);
    EXPECT_EQ(snapshot.value().owner.empty(), FAILED(ownerResult));

    auto completed = service.complete(id);
    ASSERT_TRUE(completed) << completed.failure().message.english();
    EXPECT_EQ(readFile(folder.file("file.bin")), body);
}

TEST(WindowsService, UnimplementedActionsSayWhatHappened)
{
    WinHttpServer server;
    TempFolder folder;
    WindowsBitsService service;
    const JobId id = service.createJob(download(server.url("/x"), folder.file("x"))).value();
    ComPtr<IBackgroundCopyJob> raw = service.job(id);
    const HRESULT direct = raw->Suspend();  // E_NOTIMPL on Wine, S_OK on Windows
    auto suspended = service.suspend(id);
    EXPECT_EQ(bool(suspended), SUCCEEDED(direct));
    if (!suspended) {
        EXPECT_EQ(suspended.failure().code, HResult(direct));
        EXPECT_NE(suspended.failure().message.english().find("The job could not be suspended: "), std::string::npos);
        EXPECT_NE(suspended.failure().message.english().find(hexCode(HResult(direct))), std::string::npos);
    }
    service.cancel(id);
}

TEST(Bitsctl, RefusesBadInputWithASentenceAndListsJobs)
{
    WindowsBitsService service;  // keeps Wine's BITS up between the runs
    TempFolder folder;
    DWORD exitCode = 0;
    std::string out = runBitsctl("create ftp://127.0.0.1/x \"" + folder.file("x") + "\"", exitCode);
    EXPECT_EQ(exitCode, 1u);
    EXPECT_NE(out.find("Use an http:// or https:// URL"), std::string::npos) << out;
    out = runBitsctl("create http://127.0.0.1/x relative\\x", exitCode);
    EXPECT_EQ(exitCode, 1u);
    EXPECT_NE(out.find("not an absolute path"), std::string::npos) << out;
    out = runBitsctl("cancel not-a-guid", exitCode);
    EXPECT_EQ(exitCode, 2u);
    EXPECT_NE(out.find("is not a job GUID"), std::string::npos) << out;
    out = runBitsctl("complete " + JobId::generate().toString(), exitCode);
    EXPECT_EQ(exitCode, 1u);
    EXPECT_NE(out.find("BG_E_NOT_FOUND"), std::string::npos) << out;
    out = runBitsctl("frobnicate", exitCode);
    EXPECT_EQ(exitCode, 2u);
    EXPECT_NE(out.find("usage: bitsctl"), std::string::npos) << out;

    WinHttpServer server;
    server.add("/m", randomBody(1000, 9));
    out = runBitsctl("create " + server.url("/m") + " \"" + folder.file("m") + "\" --name monitored", exitCode);
    ASSERT_EQ(exitCode, 0u) << out;
    const std::string guid = out.substr(0, out.find_first_of("\r\n"));
    out = runBitsctl("monitor --count 1", exitCode);
    EXPECT_EQ(exitCode, 0u);
    EXPECT_NE(out.find("+ " + guid), std::string::npos) << out;
    EXPECT_NE(out.find("monitored"), std::string::npos) << out;
    out = runBitsctl("cancel " + guid, exitCode);
    EXPECT_EQ(exitCode, 0u) << out;
}

TEST(WindowsService, NotFoundEndsInErrorWithRemoteFileContext)
{
    WinHttpServer server;
    TempFolder folder;
    WindowsBitsService service;
    auto created = service.createJob(download(server.url("/missing"), folder.file("missing.bin")));
    ASSERT_TRUE(created);
    const JobId id = created.value();
    ASSERT_TRUE(service.resume(id));
    // Wine never calls JobError: polling is what sees it, as in the app.
    ASSERT_TRUE(waitUntil([&] { return stateOf(service, id) == JobState::Error; })) << name(stateOf(service, id));
    const JobSnapshot job = service.snapshot(id).value();
    ASSERT_TRUE(job.error.has_value());
    EXPECT_EQ(job.error->context, ErrorContext::RemoteFile);
    EXPECT_EQ(std::uint32_t(job.error->code), 0x80190194u);
    EXPECT_EQ(job.error->fileUrl, server.url("/missing"));
    EXPECT_TRUE(service.cancel(id));
    EXPECT_FALSE(std::filesystem::exists(folder.file("missing.bin")));
}

TEST(WindowsService, CancelEndsTheJob)
{
    WinHttpServer server;
    server.add("/x", randomBody(1000, 2));
    TempFolder folder;
    WindowsBitsService service;
    const JobId id = service.createJob(download(server.url("/x"), folder.file("x"))).value();
    ASSERT_TRUE(service.cancel(id));
    EXPECT_EQ(stateOf(service, id), JobState::Cancelled);
    auto again = service.resume(id);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.failure().code, hr::BG_E_InvalidState);
    EXPECT_NE(again.failure().message.english().find("BG_E_INVALID_STATE"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(folder.file("x")));
}

TEST(WindowsService, TwentyJobsAtOnceAllComplete)
{
    WinHttpServer server;
    TempFolder folder;
    WindowsBitsService service;
    ThreadObserver observer;
    std::vector<JobId> ids;
    std::vector<std::string> bodies;
    for (int i = 0; i < 20; ++i) {
        bodies.push_back(randomBody(20'000 + std::size_t(i) * 997, unsigned(100 + i)));
        server.add("/f" + std::to_string(i), bodies.back());
        auto created =
            service.createJob(download(server.url("/f" + std::to_string(i)), folder.file("f" + std::to_string(i))));
        ASSERT_TRUE(created) << created.failure().message.english();
        ids.push_back(created.value());
        ASSERT_TRUE(service.subscribe(ids.back(), &observer));
    }
    for (const JobId &id : ids)
        ASSERT_TRUE(service.resume(id));
    ASSERT_TRUE(waitUntil([&] { return observer.transferredCount() == ids.size(); }, std::chrono::seconds(60)))
        << observer.transferredCount() << " of 20 transferred";
    // Each callback named its job by COM identity, without a call back to BITS.
    EXPECT_EQ(service.callbackIdLookups(), 0);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        ASSERT_TRUE(service.complete(ids[i]));
        EXPECT_EQ(readFile(folder.file("f" + std::to_string(i))), bodies[i]) << i;
    }
}

TEST(WindowsService, AnotherProgramsJobIsListedButItsNotificationsAreLeftAlone)
{
    WinHttpServer server;
    server.add("/theirs", randomBody(5000, 3));
    TempFolder folder;
    WindowsBitsService service;  // holds the BITS service up for the other process's job
    ThreadObserver observer;
    ASSERT_TRUE(service.listJobs());

    DWORD exitCode = 0;
    const std::string printed =
        runBitsctl("create " + server.url("/theirs") + " \"" + folder.file("theirs") + "\"", exitCode);
    ASSERT_EQ(exitCode, 0u) << printed;
    auto foreign = JobId::parse(printed.substr(0, printed.find_first_of("\r\n")));
    ASSERT_TRUE(foreign) << printed;

    auto listed = service.listJobs();
    ASSERT_TRUE(listed);
    EXPECT_NE(std::find(listed.value().begin(), listed.value().end(), *foreign), listed.value().end());
    // Polled like the feed does, several times, until it is transferred.
    ASSERT_TRUE(waitUntil([&] { return stateOf(service, *foreign) == JobState::Transferred; }));
    ComPtr<IBackgroundCopyJob> job = service.job(*foreign);
    ASSERT_TRUE(job);
    IUnknown *notify = reinterpret_cast<IUnknown *>(1);
    ASSERT_EQ(job->GetNotifyInterface(&notify), S_OK);
    EXPECT_EQ(notify, nullptr);  // never touched
    ULONG flags = 0;
    ASSERT_EQ(job->GetNotifyFlags(&flags), S_OK);
    EXPECT_EQ(flags, notify::Default);
    EXPECT_TRUE(observer.transferred.empty());
    EXPECT_TRUE(service.complete(*foreign));
}

TEST(WindowsService, AfterShutdownNoCallbackReachesFreedMemoryAndAllAreReleased)
{
    WinHttpServer server;
    server.add("/late", randomBody(300 * 1024, 4));
    TempFolder folder;
    const long before = NotifyCallback::liveObjects();
    JobId id;
    {
        auto observer = std::make_unique<ThreadObserver>();
        WindowsBitsService service;
        id = service.createJob(download(server.url("/late"), folder.file("late"))).value();
        ASSERT_TRUE(service.subscribe(id, observer.get()));
        ASSERT_TRUE(service.resume(id));
        EXPECT_EQ(NotifyCallback::liveObjects(), before + 1);
    }  // the service unsubscribes and detaches before the observer goes
    // BITS lets go of its reference once the notify interface is cleared.
    EXPECT_TRUE(waitUntil([&] { return NotifyCallback::liveObjects() == before; }, std::chrono::seconds(20)))
        << NotifyCallback::liveObjects();
    WindowsBitsService after;
    ASSERT_TRUE(waitUntil([&] { return stateOf(after, id) == JobState::Transferred; }));
    EXPECT_EQ(NotifyCallback::liveObjects(), before);
    after.cancel(id);
}

TEST(WindowsService, BadInputIsRefusedWithASentence)
{
    TempFolder folder;
    WindowsBitsService service;
    auto ftp = service.createJob(download("ftp://127.0.0.1/x", folder.file("x")));
    ASSERT_FALSE(ftp);
    EXPECT_EQ(ftp.failure().code, hr::BG_E_ProtocolNotAvailable);
    auto relative = service.createJob(download("http://127.0.0.1/x", "relative\\x"));
    ASSERT_FALSE(relative);
    EXPECT_EQ(relative.failure().code, hr::E_InvalidArg);
    NewJob tooMany;
    for (int i = 0; i < 201; ++i)
        tooMany.files.push_back({"http://127.0.0.1/x", folder.file("x" + std::to_string(i))});
    EXPECT_EQ(service.createJob(tooMany).failure().code, hr::BG_E_TooManyFiles);
    auto vanished = service.snapshot(JobId::generate());
    ASSERT_FALSE(vanished);
    EXPECT_EQ(vanished.failure().code, hr::BG_E_NotFound);
    EXPECT_NE(vanished.failure().message.english().find("BG_E_NOT_FOUND"), std::string::npos);
    // No half-made job was left behind.
    auto listed = service.listJobs();
    ASSERT_TRUE(listed);
    for (const JobId &id : listed.value()) {
        auto job = service.snapshot(id);
        if (!job)
            continue;
        for (const FileSnapshot &file : job.value().files)
            EXPECT_EQ(file.localName.find(folder.path.string()), std::string::npos) << file.localName;
    }
}

// Wine's BITS takes an upload job but only downloads, and cancelling it
// deleted the file to send: bitsmon refuses uploads there, says what to do
// instead, and the file is untouched. The positive control: a download to
// the same folder is accepted.
TEST(WindowsService, UploadsAreRefusedOnWinesBitsAndTheFileIsKept)
{
    ASSERT_TRUE(bits::windows::runningOnWine()) << "this test describes Wine's BITS";
    TempFolder folder;
    const std::string body = randomBody(4096, 7);
    {
        std::ofstream out(folder.file("report.zip"), std::ios::binary);
        out << body;
    }
    WindowsBitsService service;
    const std::size_t before = service.listJobs().value().size();
    for (JobType type : {JobType::Upload, JobType::UploadReply}) {
        NewJob job;
        job.type = type;
        job.files.push_back({"http://127.0.0.1:9/upload/report.zip", folder.file("report.zip")});
        if (type == JobType::UploadReply)
            job.replyPath = folder.file("report.reply");
        auto created = service.createJob(job);
        ASSERT_FALSE(created) << "Wine's BITS was given an upload";
        EXPECT_EQ(created.failure().code, hr::E_NotImpl);
        EXPECT_NE(created.failure().message.english().find("--embedded"), std::string::npos)
            << created.failure().message.english();
    }
    EXPECT_EQ(readFile(folder.file("report.zip")), body);
    EXPECT_EQ(service.listJobs().value().size(), before);
    auto fetch = service.createJob(download("http://127.0.0.1:9/report.zip", folder.file("copy.zip")));
    ASSERT_TRUE(fetch) << fetch.failure().message.english();
    EXPECT_TRUE(service.cancel(fetch.value()));
}

TEST(WindowsService, ExpectedSha256IsCheckedAndWrongBytesAreNotKept)
{
    TempFolder folder;
    {
        std::ofstream abc(folder.file("abc"), std::ios::binary);
        abc << "abc";
    }
    EXPECT_EQ(bits::windows::sha256OfFile(bits::windows::widen(folder.file("abc"))),
              std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    EXPECT_FALSE(bits::windows::sha256OfFile(bits::windows::widen(folder.file("missing"))));

    WinHttpServer server;
    const std::string body = randomBody(40'000, 5);
    server.add("/hashed", body);
    WindowsBitsService service;
    // What `sha256sum` would say, computed the same way the service does.
    {
        std::ofstream copy(folder.file("copy"), std::ios::binary);
        copy << body;
    }
    const std::string good = *bits::windows::sha256OfFile(bits::windows::widen(folder.file("copy")));

    NewJob right = download(server.url("/hashed"), folder.file("right"));
    right.files[0].expectedSha256 = good;
    NewJob wrong = download(server.url("/hashed"), folder.file("wrong"));
    wrong.files[0].expectedSha256 = std::string(64, 'b');
    const JobId ok = service.createJob(right).value();
    const JobId bad = service.createJob(wrong).value();
    ASSERT_TRUE(service.resume(ok));
    ASSERT_TRUE(service.resume(bad));
    ASSERT_TRUE(waitUntil([&] {
        return stateOf(service, ok) == JobState::Transferred && stateOf(service, bad) == JobState::Transferred;
    }));
    // What a FileTransferred event makes the feed do; Wine has no
    // IBackgroundCopyFile3, so the check moves to Complete.
    service.onFileTransferred(ok);
    service.onFileTransferred(bad);
    ASSERT_TRUE(service.complete(ok));
    EXPECT_EQ(readFile(folder.file("right")), body);
    auto refused = service.complete(bad);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.failure().code, hr::NTE_BadHash);
    EXPECT_NE(refused.failure().message.english().find(good), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(folder.file("wrong")));  // not passed off as complete
}

int main(int argc, char **argv)
{
    bits::windows::MtaApartment apartment;  // like the feed's worker thread
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

namespace {

// The process a service runs in, from the service control manager; 0 when
// it is not running.
DWORD serviceProcess(const wchar_t *service)
{
    SC_HANDLE manager = OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT);
    if (!manager)
        return 0;
    DWORD pid = 0;
    if (SC_HANDLE bits = OpenServiceW(manager, service, SERVICE_QUERY_STATUS)) {
        SERVICE_STATUS_PROCESS status{};
        DWORD needed = 0;
        if (QueryServiceStatusEx(bits, SC_STATUS_PROCESS_INFO, reinterpret_cast<BYTE *>(&status), sizeof status,
                                 &needed)
            && status.dwCurrentState == SERVICE_RUNNING)
            pid = status.dwProcessId;
        CloseServiceHandle(bits);
    }
    CloseServiceHandle(manager);
    return pid;
}

DWORD bitsServiceProcess()
{
    return serviceProcess(L"BITS");
}

bool killProcess(DWORD pid)
{
    HANDLE process = OpenProcess(PROCESS_TERMINATE | SYNCHRONIZE, FALSE, pid);
    if (!process)
        return false;
    const bool killed = TerminateProcess(process, 1) && WaitForSingleObject(process, 30'000) == WAIT_OBJECT_0;
    CloseHandle(process);
    return killed;
}

}  // namespace

// Wine's BITS service killed mid-session (its svchost terminated): the next
// listing says so in a sentence; a later one reconnects (COM activation
// starts the service again) and downloads work again. Wine's RPCSS keeps the
// dead process's class registration, so every activation would fail until
// it restarts; Windows' RPCSS drops it. The test therefore ends Wine's
// rpcss.exe too, which Wine starts again on demand. Last in this file: it
// restarts the services the other tests use.
TEST(WindowsService, ServiceKilledMidSessionIsReportedAndReconnected)
{
    WinHttpServer server;
    const std::string body = randomBody(64 * 1024, 11);
    server.add("/after.bin", body);
    TempFolder folder;
    WindowsBitsService service;
    ASSERT_TRUE(service.listJobs()) << "BITS must answer before the test starts";
    const DWORD pid = bitsServiceProcess();
    ASSERT_NE(pid, 0u) << "the BITS service's process was not found";
    ASSERT_TRUE(killProcess(pid)) << "could not terminate process " << pid;

    auto listed = service.listJobs();
    ASSERT_FALSE(listed) << "a listing succeeded although the service's process was killed";
    EXPECT_TRUE(bits::isDisconnection(listed.failure().code)) << hexCode(listed.failure().code);
    EXPECT_NE(listed.failure().message.english().find("stopped answering"), std::string::npos)
        << listed.failure().message.english();
    EXPECT_NE(listed.failure().message.english().find("reconnects"), std::string::npos)
        << listed.failure().message.english();
    if (const DWORD rpcss = serviceProcess(L"RpcSs")) {
        ASSERT_TRUE(killProcess(rpcss)) << "could not end Wine's rpcss.exe";
    }

    std::string lastFailure;
    ASSERT_TRUE(waitUntil(
        [&] {
            auto again = service.listJobs();
            if (!again)
                lastFailure = again.failure().message.english();
            return bool(again);
        },
        std::chrono::seconds(60)))
        << "bitsmon did not reconnect to the restarted service: " << lastFailure;
    EXPECT_NE(bitsServiceProcess(), 0u);
    EXPECT_NE(bitsServiceProcess(), pid);

    ThreadObserver observer;
    auto created = service.createJob(download(server.url("/after.bin"), folder.file("after.bin")));
    ASSERT_TRUE(created) << created.failure().message.english();
    ASSERT_TRUE(service.subscribe(created.value(), &observer));
    ASSERT_TRUE(service.resume(created.value()));
    ASSERT_TRUE(waitUntil([&] { return observer.hasTransferred(created.value()); }))
        << name(stateOf(service, created.value()));
    ASSERT_TRUE(service.complete(created.value()));
    EXPECT_EQ(readFile(folder.file("after.bin")), body);
}
