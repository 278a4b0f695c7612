// engine/windows when BITS answers with anything but success, against the
// in-process BITS fake (fake_bits.h): the paths Wine's BITS cannot reach.
// Built with MinGW and run under Wine like the other Windows tests. Each
// test is named after the rule it holds (issue 14's numbered list).
#include "../recording_observer.h"
#include "fake_bits.h"
#include "wine_test_support.h"

#include "engine/bits/hresult.h"
#include "engine/windows/callback_server.h"
#include "engine/windows/sha256.h"

#include <bits5_0.h>

#include <atomic>
#include <condition_variable>
#include <fstream>

using namespace bits;
using namespace winsupport;
using bits::windows::NotifyCallback;
using bits::windows::ServiceOptions;
using bits::windows::WindowsBitsService;
using fakebits::FakeBits;

namespace {

ServiceOptions on(FakeBits &fake)
{
    ServiceOptions options;
    options.connect = fake.connector();
    options.firstReconnect = std::chrono::milliseconds(50);
    options.longestReconnect = std::chrono::milliseconds(400);
    options.refuseUploadsOnWine = false;  // the fake plays a real BITS, which sends files
    return options;
}

std::string sha256Of(const std::string &bytes)
{
    TempFolder folder;
    {
        std::ofstream out(folder.file("bytes"), std::ios::binary);
        out << bytes;
    }
    return *bits::windows::sha256OfFile(bits::windows::widen(folder.file("bytes")));
}

NewJob download(const TempFolder &folder, const std::string &name, const std::string &sha256 = {})
{
    NewJob job;
    job.displayName = name;
    job.files.push_back({"http://127.0.0.1:9/" + name, folder.file(name), sha256});
    return job;
}

JobId create(WindowsBitsService &service, const NewJob &job)
{
    auto created = service.createJob(job);
    EXPECT_TRUE(created) << created.failure().message.english();
    return created ? created.value() : JobId{};
}

GUID guid(const JobId &id)
{
    return bits::windows::toGuid(id);
}

bool contains(const std::vector<Sentence> &sentences, const std::string &part)
{
    for (const Sentence &sentence : sentences) {
        if (sentence.english().find(part) != std::string::npos)
            return true;
    }
    return false;
}

// A file held open by "another program" with the given sharing.
struct HeldFile {
    HANDLE handle;
    HeldFile(const std::wstring &path, DWORD access, DWORD share)
        : handle(CreateFileW(path.c_str(), access, share, nullptr, OPEN_EXISTING, 0, nullptr))
    {
    }
    ~HeldFile() { release(); }
    void release()
    {
        if (handle != INVALID_HANDLE_VALUE)
            CloseHandle(std::exchange(handle, INVALID_HANDLE_VALUE));
    }
};

}  // namespace

// ---- 1. A partial listing is a failed listing.

TEST(PartialListing, NextFailingMidwayFailsThePollAndForgetsNoJob)
{
    FakeBits fake;
    TempFolder folder;
    WindowsBitsService service(on(fake));
    const JobId a = create(service, download(folder, "a"));
    const JobId b = create(service, download(folder, "b"));
    const JobId c = create(service, download(folder, "c"));
    fake.fail("IEnumBackgroundCopyJobs::Next", E_OUTOFMEMORY, /*skip*/ 1);

    auto cut = service.listJobs();
    ASSERT_FALSE(cut) << "a listing cut short after one job was taken as the whole list";
    EXPECT_EQ(cut.failure().code, hr::E_OutOfMemory);
    EXPECT_NE(cut.failure().message.english().find("no job is taken as gone"), std::string::npos)
        << cut.failure().message.english();

    auto again = service.listJobs();  // the next poll tries again
    ASSERT_TRUE(again) << again.failure().message.english();
    EXPECT_EQ(again.value(), (std::vector<JobId>{a, b, c}));
}

TEST(PartialListing, GetIdFailingForOneJobFailsThePoll)
{
    FakeBits fake;
    TempFolder folder;
    WindowsBitsService service(on(fake));
    create(service, download(folder, "a"));
    create(service, download(folder, "b"));
    fake.fail("IBackgroundCopyJob::GetId", HRESULT(0x80200001), /*skip*/ 1);

    auto cut = service.listJobs();
    ASSERT_FALSE(cut) << "a job whose GetId failed was left out and the rest passed off as the list";
    auto again = service.listJobs();
    ASSERT_TRUE(again);
    EXPECT_EQ(again.value().size(), 2u);
}

// ---- 2. "Cannot read" is not "invalid".

TEST(CannotRead, UnreadableTemporaryFileIsNotCalledInvalid)
{
    FakeBits fake;
    TempFolder folder;
    const std::string body = "the right bytes";
    WindowsBitsService service(on(fake));
    const JobId id = create(service, download(folder, "f", sha256Of(body)));
    ASSERT_TRUE(service.resume(id));
    fake.transfer(guid(id), {body});

    {
        // Another program holds the temporary file with no sharing at all.
        HeldFile held(fake.info(guid(id))->files[0].temporaryName, GENERIC_READ, 0);
        ASSERT_NE(held.handle, INVALID_HANDLE_VALUE);
        service.onFileTransferred(id);
        EXPECT_FALSE(fake.info(guid(id))->files[0].validated.has_value())
            << "BITS was told a file it could not read is invalid";
        EXPECT_EQ(fake.info(guid(id))->state, BG_JOB_STATE_TRANSFERRED);
    }
    auto done = service.complete(id);  // checked in place after Complete
    ASSERT_TRUE(done) << done.failure().message.english();
    EXPECT_EQ(readFile(folder.file("f")), body);
}

TEST(CannotRead, TemporaryFileHeldOpenForWritingIsStillChecked)
{
    FakeBits fake;
    TempFolder folder;
    const std::string body = "bytes BITS still holds open";
    WindowsBitsService service(on(fake));
    const JobId id = create(service, download(folder, "f", sha256Of(body)));
    ASSERT_TRUE(service.resume(id));
    fake.transfer(guid(id), {body});
    // As BITS may: open for writing, sharing read, write and delete.
    HeldFile held(fake.info(guid(id))->files[0].temporaryName, GENERIC_WRITE,
                  FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE);
    ASSERT_NE(held.handle, INVALID_HANDLE_VALUE);
    service.onFileTransferred(id);
    EXPECT_EQ(fake.info(guid(id))->files[0].validated, std::optional<bool>(true))
        << "the hash was not read because the file was opened without write sharing";
}

TEST(CannotRead, UnreadableAfterCompleteIsKeptAndSaidUnchecked)
{
    FakeBits fake;
    TempFolder folder;
    const std::string body = "kept, not checked";
    WindowsBitsService service(on(fake));
    const JobId id = create(service, download(folder, "f", sha256Of(body)));
    ASSERT_TRUE(service.resume(id));
    fake.transfer(guid(id), {body});
    fake.fail("IBackgroundCopyFile3::GetTemporaryName", E_NOTIMPL, 0, -1);  // so: checked after Complete
    service.onFileTransferred(id);
    // The moment the file is placed, another program opens it, sharing
    // nothing but deletion: it cannot be read, and could be deleted.
    std::unique_ptr<HeldFile> held;
    fake.setAfterComplete([&] {
        held = std::make_unique<HeldFile>(bits::windows::widen(folder.file("f")), GENERIC_READ, FILE_SHARE_DELETE);
    });

    auto done = service.complete(id);
    ASSERT_FALSE(done) << "an unreadable file was passed off as checked";
    EXPECT_NE(done.failure().message.english().find("NOT checked"), std::string::npos)
        << done.failure().message.english();
    EXPECT_EQ(done.failure().code, hr::E_SharingViolation) << hexCode(done.failure().code);
    held.reset();
    EXPECT_EQ(readFile(folder.file("f")), body) << "a file that could not be read was deleted";
}

// ---- 3. SetValidationState's answer counts.

TEST(ValidationAnswer, PendingLeavesTheCheckUndecidedAndSaysSo)
{
    FakeBits fake;
    TempFolder folder;
    const std::string body = "good bytes";
    WindowsBitsService service(on(fake));
    const JobId id = create(service, download(folder, "f", sha256Of(body)));
    ASSERT_TRUE(service.resume(id));
    fake.transfer(guid(id), {body});
    fake.fail("IBackgroundCopyFile3::SetValidationState", E_PENDING);
    service.onFileTransferred(id);
    const std::vector<Sentence> notices = service.takeNotices();
    EXPECT_TRUE(contains(notices, "undecided")) << "E_PENDING was taken as a decided check";
    EXPECT_TRUE(contains(notices, "E_PENDING"));
    auto done = service.complete(id);  // decided now, in place
    ASSERT_TRUE(done) << done.failure().message.english();
    EXPECT_EQ(readFile(folder.file("f")), body);
}

TEST(ValidationAnswer, RecordDeletedLeavesAWrongFileToTheCheckAfterComplete)
{
    FakeBits fake;
    TempFolder folder;
    WindowsBitsService service(on(fake));
    const JobId id = create(service, download(folder, "f", std::string(64, 'a')));
    ASSERT_TRUE(service.resume(id));
    fake.transfer(guid(id), {"wrong bytes"});
    fake.fail("IBackgroundCopyFile3::SetValidationState", HRESULT(0x80200042));  // BG_E_RECORD_DELETED
    service.onFileTransferred(id);
    EXPECT_TRUE(contains(service.takeNotices(), "BG_E_RECORD_DELETED"));
    // BITS did not take "invalid": the job completes, and the check after
    // Complete removes the wrong bytes.
    auto done = service.complete(id);
    ASSERT_FALSE(done);
    EXPECT_EQ(done.failure().code, hr::NTE_BadHash);
    EXPECT_FALSE(std::filesystem::exists(folder.file("f")));
}

// ---- 4. A failed check can be retried.

TEST(FailedCheck, RetryDownloadsAgainAndChecksTheNewBytes)
{
    ASSERT_TRUE(lookup(hr::BG_E_ValidationFailed));
    EXPECT_EQ(lookup(hr::BG_E_ValidationFailed)->name, "BG_E_VALIDATION_FAILED");

    FakeBits fake;
    TempFolder folder;
    const std::string body = "what the publisher signed";
    WindowsBitsService service(on(fake));
    const JobId id = create(service, download(folder, "f", sha256Of(body)));
    ASSERT_TRUE(service.resume(id));
    fake.transfer(guid(id), {"a mirror's corrupt copy"});
    service.onFileTransferred(id);
    ASSERT_EQ(fake.info(guid(id))->files[0].validated, std::optional<bool>(false));
    EXPECT_EQ(fake.info(guid(id))->errorCode, HRESULT(0x80200053));
    auto refused = service.complete(id);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.failure().code, hr::BG_E_ValidationFailed);

    ASSERT_TRUE(service.resume(id));  // Retry
    fake.transfer(guid(id), {body});
    service.onFileTransferred(id);
    EXPECT_EQ(fake.info(guid(id))->files[0].validated, std::optional<bool>(true)) << "the new bytes were not checked";
    auto done = service.complete(id);
    ASSERT_TRUE(done) << done.failure().message.english();
    EXPECT_EQ(readFile(folder.file("f")), body);
}

// ---- 5. Expected SHA-256 values survive a restart.

TEST(Restart, ExpectedHashesSurviveARestartOfBitsmon)
{
    FakeBits fake;
    TempFolder folder;
    const std::string body = "the file";
    ServiceOptions options = on(fake);
    options.stateFile = bits::windows::widen(folder.file("expected.txt"));
    JobId good, bad;
    {
        WindowsBitsService first(options);
        good = create(first, download(folder, "good", sha256Of(body)));
        bad = create(first, download(folder, "bad", std::string(64, 'c')));
        ASSERT_TRUE(first.resume(good));
        ASSERT_TRUE(first.resume(bad));
    }
    fake.transfer(guid(good), {body});  // while bitsmon is closed
    fake.transfer(guid(bad), {body});

    WindowsBitsService second(options);
    auto refused = second.complete(bad);
    ASSERT_FALSE(refused) << "after a restart a job was completed without its check";
    EXPECT_EQ(refused.failure().code, hr::BG_E_ValidationFailed);
    EXPECT_FALSE(std::filesystem::exists(folder.file("bad")));
    auto done = second.complete(good);
    ASSERT_TRUE(done) << done.failure().message.english();
    EXPECT_EQ(readFile(folder.file("good")), body);
}

// ---- 6. Complete never deletes what BITS did not put there.

TEST(PartialComplete, FilesBitsDidNotPlaceAreLeftAlone)
{
    FakeBits fake;
    TempFolder folder;
    {
        std::ofstream mine(folder.file("second"), std::ios::binary);
        mine << "the user's own file, already there";
    }
    WindowsBitsService service(on(fake));
    NewJob job = download(folder, "first", sha256Of("one"));
    job.files.push_back({"http://127.0.0.1:9/second", folder.file("second"), std::string(64, 'd')});
    const JobId id = create(service, job);
    ASSERT_TRUE(service.resume(id));
    fake.transfer(guid(id), {"one"});  // the second never arrives
    fake.fail("IBackgroundCopyFile3::GetTemporaryName", E_NOTIMPL, 0, -1);

    auto done = service.complete(id);
    ASSERT_TRUE(done) << done.failure().message.english();
    EXPECT_EQ(done.value(), hr::BG_S_PartialComplete);
    EXPECT_EQ(readFile(folder.file("first")), "one");
    EXPECT_EQ(readFile(folder.file("second")), "the user's own file, already there")
        << "a file BITS did not place was checked and deleted";
}

// ---- 7. Complete's success codes come back (the feed and the app show them).

TEST(CompleteCodes, UnableToDeleteFilesIsASuccessThatComesBack)
{
    FakeBits fake;
    TempFolder folder;
    WindowsBitsService service(on(fake));
    const JobId id = create(service, download(folder, "f"));
    ASSERT_TRUE(service.resume(id));
    fake.transfer(guid(id), {"x"});
    fake.setUnableToDeleteOnComplete(true);
    auto done = service.complete(id);
    ASSERT_TRUE(done);
    EXPECT_EQ(done.value(), hr::BG_S_UnableToDeleteFiles);
}

// ---- 8. The service comes back.

TEST(Reconnect, UnreachableAtStartIsTriedAgainWithBackoffAndOurJobsAreSubscribed)
{
    FakeBits fake;
    TempFolder folder;
    JobId ours;
    {
        WindowsBitsService earlier(on(fake));  // an earlier run made it
        ours = create(earlier, download(folder, "f"));
    }
    fake.fail("connect", HRESULT(0x80070422), 0, 3);  // ERROR_SERVICE_DISABLED, then it is enabled
    RecordingObserver observer;
    WindowsBitsService service(on(fake));
    auto subscribed = service.subscribe(ours, &observer);
    ASSERT_FALSE(subscribed);
    EXPECT_NE(subscribed.failure().code, hr::BG_E_NotFound);

    const int before = fake.connects();
    auto listed = service.listJobs();
    ASSERT_FALSE(listed);
    const std::string &said = listed.failure().message.english();
    EXPECT_EQ(listed.failure().code, hr::E_ServiceDisabled);
    EXPECT_NE(said.find("cannot be reached"), std::string::npos) << said;
    EXPECT_NE(said.find("keeps trying"), std::string::npos) << said;
    EXPECT_NE(said.find("not disabled"), std::string::npos) << said;
    EXPECT_NE(said.find("ERROR_SERVICE_DISABLED, 0x80070422"), std::string::npos) << said;
    EXPECT_EQ(fake.connects(), before) << "no backoff: asked again at once";

    ASSERT_TRUE(waitUntil([&] { return bool(service.listJobs()); }, std::chrono::seconds(20)))
        << "bitsmon never reached BITS once it was enabled";
    EXPECT_EQ(fake.connects(), 5);  // 1 for the earlier run, 3 refused, 1 accepted
    EXPECT_TRUE(fake.info(guid(ours))->hasNotifyInterface) << "our job was not subscribed once BITS answered";
    fake.transfer(guid(ours), {"x"});
    EXPECT_EQ(observer.count('T'), 1);
}

// What Wine's COM answers when a starting service did not register its class
// within 30 s: bitsmon started with --add met it in CI. The add asks again
// at once instead of failing on the backoff the failed start left.
TEST(Reconnect, ANewJobAsksForTheServiceAtOnceDespiteTheBackoff)
{
    FakeBits fake;
    TempFolder folder;
    fake.fail("connect", HRESULT(E_NOINTERFACE), 0, 1);
    ServiceOptions options = on(fake);
    options.firstReconnect = std::chrono::hours(1);  // a listing would not ask again in this test
    WindowsBitsService service(options);
    EXPECT_FALSE(service.listJobs()) << "the start's failed activation was not kept";
    EXPECT_EQ(fake.connects(), 1);

    auto created = service.createJob(download(folder, "f"));
    ASSERT_TRUE(created) << created.failure().message.english();
    EXPECT_EQ(fake.connects(), 2);
    EXPECT_TRUE(fake.info(guid(created.value())).has_value());
    EXPECT_TRUE(service.listJobs()) << "connected by the add, listings work again";
}

TEST(Reconnect, AfterARestartNoticedByASnapshotEveryOwnJobIsSubscribedAgain)
{
    FakeBits fake;
    TempFolder folder;
    RecordingObserver observer;
    WindowsBitsService service(on(fake));
    const JobId a = create(service, download(folder, "a"));
    const JobId b = create(service, download(folder, "b"));
    ASSERT_TRUE(service.subscribe(a, &observer));
    ASSERT_TRUE(service.subscribe(b, &observer));

    fake.restart();  // BITS's process ends; it keeps the jobs, not the callbacks
    ASSERT_FALSE(fake.info(guid(a))->hasNotifyInterface);
    auto read = service.snapshot(a);
    ASSERT_FALSE(read);
    EXPECT_TRUE(isDisconnection(read.failure().code)) << hexCode(read.failure().code);
    auto listed = service.listJobs();
    ASSERT_TRUE(listed) << listed.failure().message.english();
    EXPECT_TRUE(fake.info(guid(a))->hasNotifyInterface);
    EXPECT_TRUE(fake.info(guid(b))->hasNotifyInterface);
    fake.transfer(guid(b), {"x"});
    EXPECT_EQ(observer.count('T'), 1);
}

TEST(Reconnect, AFailedSubscriptionIsTriedAgain)
{
    FakeBits fake;
    TempFolder folder;
    RecordingObserver observer;
    WindowsBitsService service(on(fake));
    const JobId id = create(service, download(folder, "f"));
    fake.fail("IBackgroundCopyJob::SetNotifyInterface", E_OUTOFMEMORY);
    ASSERT_FALSE(service.subscribe(id, &observer));
    ASSERT_TRUE(service.listJobs());
    EXPECT_TRUE(fake.info(guid(id))->hasNotifyInterface) << "a subscription that failed once was given up";
}

// ---- 9. A live job is not "gone".

TEST(LiveJob, ADisconnectedObjectOfALiveJobIsReadAfresh)
{
    FakeBits fake;
    TempFolder folder;
    WindowsBitsService service(on(fake));
    const JobId id = create(service, download(folder, "f"));
    ASSERT_TRUE(service.snapshot(id));
    fake.disconnectJobObjects(guid(id));
    auto read = service.snapshot(id);
    ASSERT_TRUE(read) << "a live job was reported as " << read.failure().message.english();
    EXPECT_EQ(read.value().state, JobState::Suspended);
}

// ---- 10. Paths compare as Windows compares them.

TEST(Paths, LocalNamesCompareAsWindowsDoes)
{
    using bits::windows::sameWindowsPath;
    EXPECT_TRUE(sameWindowsPath("C:/dl/f.iso", "c:\\DL\\F.ISO"));
    EXPECT_TRUE(sameWindowsPath("C:\\Données\\É.bin", "c:\\données\\é.BIN"));
    EXPECT_FALSE(sameWindowsPath("C:\\dl\\f.iso", "C:\\dl\\f.iso2"));

    FakeBits fake;
    TempFolder folder;
    fake.setUpperCaseLocalNames(true);
    const std::string body = "bytes";
    WindowsBitsService service(on(fake));
    NewJob job = download(folder, "f", sha256Of(body));
    std::string forward = job.files[0].localPath;
    for (char &c : forward) {
        if (c == '\\')
            c = '/';
    }
    job.files[0].localPath = forward;
    const JobId id = create(service, job);
    ASSERT_TRUE(service.resume(id));
    fake.transfer(guid(id), {body});
    service.onFileTransferred(id);
    EXPECT_EQ(fake.info(guid(id))->files[0].validated, std::optional<bool>(true))
        << "BITS's name for the file did not match the one asked for";
}

// ---- 11. "Only my jobs" works on Windows.

TEST(Owner, TheCurrentUserIsNamedLikeTheOwnersOfJobs)
{
    FakeBits fake;
    TempFolder folder;
    WindowsBitsService service(on(fake));
    const JobId id = create(service, download(folder, "f"));
    auto read = service.snapshot(id);
    ASSERT_TRUE(read);
    EXPECT_FALSE(service.currentUser().empty());
    EXPECT_EQ(service.currentUser(), read.value().owner);
    EXPECT_NE(service.currentUser().find('\\'), std::string::npos) << service.currentUser();  // DOMAIN\user
}

// ---- 12. Subscriptions are tracked exactly.

TEST(Subscriptions, FailedNotifyFlagsLeavesNoInterfaceBehind)
{
    FakeBits fake;
    TempFolder folder;
    RecordingObserver observer;
    WindowsBitsService service(on(fake));
    const JobId id = create(service, download(folder, "f"));
    fake.fail("IBackgroundCopyJob::SetNotifyFlags", E_ACCESSDENIED);
    ASSERT_FALSE(service.subscribe(id, &observer));
    EXPECT_FALSE(fake.info(guid(id))->hasNotifyInterface) << "our callback was left on a job we do not watch";
}

TEST(Subscriptions, ANewObserverTakesOverEveryJobTheOldOneServed)
{
    FakeBits fake;
    TempFolder folder;
    RecordingObserver first, second;
    WindowsBitsService service(on(fake));
    const JobId a = create(service, download(folder, "a"));
    const JobId b = create(service, download(folder, "b"));
    ASSERT_TRUE(service.subscribe(a, &first));
    ASSERT_TRUE(service.subscribe(b, &second));
    fake.transfer(guid(a), {"x"});
    EXPECT_EQ(second.count('T'), 1) << "job a's notifications went to an object that forwards nowhere";
    EXPECT_EQ(first.count('T'), 0);
}

namespace {

// An identity whose last Release waits for a callback from another thread,
// as releasing a proxy waits on BITS's process while RPC delivers a call.
struct SlowRelease final : IUnknown {
    std::atomic<ULONG> references{1};
    std::function<void()> onLastRelease;
    HRESULT STDMETHODCALLTYPE QueryInterface(REFIID iid, void **out) override
    {
        if (!IsEqualIID(iid, IID_IUnknown))
            return E_NOINTERFACE;
        AddRef();
        *out = this;
        return S_OK;
    }
    ULONG STDMETHODCALLTYPE AddRef() override { return ++references; }
    ULONG STDMETHODCALLTYPE Release() override
    {
        const ULONG left = --references;
        if (left == 0 && onLastRelease)
            onLastRelease();
        return left;
    }
};

}  // namespace

TEST(Subscriptions, ProxiesAreReleasedOutsideTheCallbackLock)
{
    FakeBits fake;
    IBackgroundCopyManager *manager = nullptr;
    ASSERT_EQ(fake.connector()(&manager), S_OK);
    IBackgroundCopyJob *other = nullptr;
    GUID otherId;
    ASSERT_EQ(manager->CreateJob(L"other", BG_JOB_TYPE_DOWNLOAD, &otherId, &other), S_OK);

    RecordingObserver observer;
    auto callback = NotifyCallback::create(&observer);
    callback->remember(other, bits::windows::fromGuid(otherId));
    SlowRelease slow;
    bool callbackGotThrough = false;
    slow.onLastRelease = [&] {
        std::thread rpc([&] { callback->JobModification(other, 0); });
        // The callback needs the lock; if Release runs under it, it waits.
        callbackGotThrough = waitUntil([&] { return observer.count('M') == 1; }, std::chrono::seconds(3));
        if (callbackGotThrough)
            rpc.join();
        else
            rpc.detach();  // it gets through once forget() lets go of the lock
    };
    const JobId slowId = JobId::generate();
    callback->remember(reinterpret_cast<IBackgroundCopyJob *>(static_cast<IUnknown *>(&slow)), slowId);
    slow.Release();  // only the callback's reference is left
    callback->forget(slowId);
    ASSERT_TRUE(waitUntil([&] { return observer.count('M') == 1; }));
    EXPECT_TRUE(callbackGotThrough) << "a proxy was released while holding the lock every callback needs";
    callback->forget(bits::windows::fromGuid(otherId));
    other->Release();
    manager->Release();
}

// ---- 13. New jobs get the retry settings they ask for.

TEST(NewJobs, RetrySettingsReachBits)
{
    FakeBits fake;
    TempFolder folder;
    WindowsBitsService service(on(fake));
    NewJob job = download(folder, "f");
    job.minimumRetryDelay = std::chrono::seconds(30);
    job.noProgressTimeout = std::chrono::seconds(7200);
    const JobId id = create(service, job);
    EXPECT_EQ(fake.info(guid(id))->minimumRetryDelay, 30u);
    EXPECT_EQ(fake.info(guid(id))->noProgressTimeout, 7200u);

    const JobId defaults = create(service, download(folder, "g"));
    EXPECT_EQ(fake.info(guid(defaults))->minimumRetryDelay, 600u);  // BITS's own, untouched
}

TEST(NewJobs, ARefusedRetrySettingLeavesNoJobBehind)
{
    FakeBits fake;
    TempFolder folder;
    WindowsBitsService service(on(fake));
    NewJob job = download(folder, "f");
    job.minimumRetryDelay = std::chrono::seconds(30);
    fake.fail("IBackgroundCopyJob::SetMinimumRetryDelay", E_INVALIDARG);
    auto created = service.createJob(job);
    ASSERT_FALSE(created);
    EXPECT_NE(created.failure().message.english().find("retry delay"), std::string::npos)
        << created.failure().message.english();
    EXPECT_TRUE(fake.jobIds().empty());
}

// ---- Issue 18: upload and upload-reply jobs through BITS's COM API.

NewJob upload(const TempFolder &folder, bits::JobType type)
{
    {
        std::ofstream out(folder.file("report.zip"), std::ios::binary);
        out << "the bytes to send";
    }
    NewJob job;
    job.type = type;
    job.files.push_back({"http://127.0.0.1:9/upload/report.zip", folder.file("report.zip"), {}});
    if (type == bits::JobType::UploadReply)
        job.replyPath = folder.file("report.reply");
    return job;
}

TEST(Uploads, AnUploadReplyJobIsCreatedWithItsFileAndReplyAndReadBack)
{
    FakeBits fake;
    TempFolder folder;
    WindowsBitsService service(on(fake));
    const JobId id = create(service, upload(folder, bits::JobType::UploadReply));
    ASSERT_FALSE(id.toString().empty());
    const auto made = fake.info(guid(id));
    ASSERT_TRUE(made);
    EXPECT_EQ(made->type, BG_JOB_TYPE_UPLOAD_REPLY);
    ASSERT_EQ(made->files.size(), 1u);
    EXPECT_TRUE(bits::windows::sameWindowsPath(bits::windows::narrow(made->files[0].localName.c_str()),
                                               folder.file("report.zip")));
    EXPECT_EQ(bits::windows::narrow(made->files[0].remoteName.c_str()), "http://127.0.0.1:9/upload/report.zip");
    EXPECT_EQ(bits::windows::narrow(made->replyFileName.c_str()), folder.file("report.reply"));

    fake.setReplyProgress(guid(id), 512, 2048);
    auto read = service.snapshot(id);
    ASSERT_TRUE(read) << read.failure().message.english();
    EXPECT_EQ(read.value().type, bits::JobType::UploadReply);
    EXPECT_EQ(read.value().displayName, "report.zip");  // after the file it sends
    ASSERT_TRUE(read.value().reply);
    EXPECT_EQ(read.value().reply->fileName, folder.file("report.reply"));
    EXPECT_EQ(read.value().reply->bytesTransferred, 512u);
    EXPECT_EQ(read.value().reply->bytesTotal, 2048u);
}

TEST(Uploads, AnUploadHasNoReplyAndADownloadStaysADownload)
{
    FakeBits fake;
    TempFolder folder;
    WindowsBitsService service(on(fake));
    const JobId sent = create(service, upload(folder, bits::JobType::Upload));
    const JobId fetched = create(service, download(folder, "f"));
    EXPECT_EQ(fake.info(guid(sent))->type, BG_JOB_TYPE_UPLOAD);
    EXPECT_EQ(fake.info(guid(fetched))->type, BG_JOB_TYPE_DOWNLOAD);
    auto read = service.snapshot(sent);
    ASSERT_TRUE(read);
    EXPECT_EQ(read.value().type, bits::JobType::Upload);
    EXPECT_FALSE(read.value().reply);
    EXPECT_EQ(fake.calls("IBackgroundCopyJob2::GetReplyProgress"), 0) << "asked a plain upload for a reply";
    EXPECT_EQ(service.snapshot(fetched).value().type, bits::JobType::Download);
}

// The same rules as downloads, before anything is created: one file per
// upload, a file that exists, somewhere to put the reply.
TEST(Uploads, BadUploadsAreRefusedBeforeBitsIsAsked)
{
    FakeBits fake;
    TempFolder folder;
    WindowsBitsService service(on(fake));
    NewJob two = upload(folder, bits::JobType::Upload);
    two.files.push_back(two.files.front());
    NewJob missing = upload(folder, bits::JobType::Upload);
    missing.files.front().localPath = folder.file("not-there.zip");
    NewJob noReply = upload(folder, bits::JobType::UploadReply);
    noReply.replyPath.clear();
    for (const NewJob &bad : {two, missing, noReply}) {
        auto created = service.createJob(bad);
        ASSERT_FALSE(created);
        EXPECT_FALSE(created.failure().message.english().empty());
    }
    EXPECT_EQ(fake.calls("IBackgroundCopyManager::CreateJob"), 0);
    EXPECT_TRUE(fake.jobIds().empty());
}

TEST(Uploads, AReplyFileBitsRefusesLeavesNoJobBehind)
{
    FakeBits fake;
    TempFolder folder;
    WindowsBitsService service(on(fake));
    fake.fail("IBackgroundCopyJob2::SetReplyFileName", E_ACCESSDENIED);
    auto created = service.createJob(upload(folder, bits::JobType::UploadReply));
    ASSERT_FALSE(created);
    EXPECT_EQ(created.failure().code, bits::HResult(E_ACCESSDENIED));
    EXPECT_NE(created.failure().message.english().find("report.reply"), std::string::npos)
        << created.failure().message.english();
    EXPECT_TRUE(fake.jobIds().empty());
    // Asked before the file is added: the job cancelled never held it.
    EXPECT_EQ(fake.calls("IBackgroundCopyJob::AddFile"), 0);
}

// GetReplyData: the reply in memory once the job is transferred; BITS's
// refusals (not yet, too large, not an upload-reply) come back as they are,
// the size said where the reply is too large.
TEST(Uploads, TheReplyIsReadInMemoryOnceTransferred)
{
    FakeBits fake;
    TempFolder folder;
    WindowsBitsService service(on(fake));
    const JobId id = create(service, upload(folder, bits::JobType::UploadReply));
    fake.setReply(guid(id), "{\"stored\": true}");
    auto early = service.replyData(id);
    ASSERT_FALSE(early);
    EXPECT_EQ(early.failure().code, bits::hr::BG_E_InvalidState);

    fake.transfer(guid(id), {"sent"});
    auto reply = service.replyData(id);
    ASSERT_TRUE(reply) << reply.failure().message.english();
    EXPECT_EQ(std::string(reply.value().begin(), reply.value().end()), "{\"stored\": true}");

    fake.setReply(guid(id), std::string(1024 * 1024 + 1, 'r'));
    auto large = service.replyData(id);
    ASSERT_FALSE(large);
    EXPECT_EQ(large.failure().code, bits::hr::BG_E_TooLarge);
    EXPECT_NE(large.failure().message.english().find("1048577 bytes"), std::string::npos)
        << large.failure().message.english();
    EXPECT_NE(large.failure().message.english().find("report.reply"), std::string::npos)
        << large.failure().message.english();  // where Complete puts all of it

    fake.setReply(guid(id), "");  // the server sent nothing back
    auto empty = service.replyData(id);
    ASSERT_TRUE(empty) << empty.failure().message.english();
    EXPECT_TRUE(empty.value().empty());

    const JobId plain = create(service, upload(folder, bits::JobType::Upload));
    fake.transfer(guid(plain), {"sent"});
    auto none = service.replyData(plain);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.failure().code, bits::hr::E_NotImpl);
}

// ---- 14. Cheap polling.

TEST(Polling, OwnerNamesAreLookedUpOncePerSid)
{
    FakeBits fake;
    TempFolder folder;
    WindowsBitsService service(on(fake));
    std::vector<JobId> ids;
    for (const char *name : {"a", "b", "c"})
        ids.push_back(create(service, download(folder, name)));
    for (int poll = 0; poll < 3; ++poll) {
        for (const JobId &id : ids)
            ASSERT_TRUE(service.snapshot(id));
    }
    EXPECT_EQ(service.ownerLookups(), 1);
}

TEST(Polling, ARefusedAllUsersListingIsNotAskedForEachPoll)
{
    FakeBits fake;
    fake.setElevated(false);
    WindowsBitsService service(on(fake));
    for (int poll = 0; poll < 5; ++poll)
        ASSERT_TRUE(service.listJobs());
    // One refused all-users listing, then five of our own.
    EXPECT_EQ(fake.calls("IBackgroundCopyManager::EnumJobs"), 6);
    const std::vector<Sentence> notices = service.takeNotices();
    EXPECT_EQ(notices.size(), 1u);
    EXPECT_TRUE(contains(notices, "Only your own jobs"));

    service.askAgain();  // the user asks to see everything again
    ASSERT_TRUE(service.listJobs());
    EXPECT_EQ(fake.calls("IBackgroundCopyManager::EnumJobs"), 8);
    EXPECT_TRUE(service.takeNotices().empty()) << "the same sentence again";
}

TEST(Polling, ErrorTextsAreInTheUiLanguageElseEnglishWithoutALineBreak)
{
    FakeBits fake;
    TempFolder folder;
    fake.setErrorDescription(MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US),
                             L"The server name could not be resolved.\r\n");
    ServiceOptions options = on(fake);
    options.language = L"fr-FR";
    WindowsBitsService service(options);
    const JobId id = create(service, download(folder, "f"));
    fake.failTransfer(guid(id), HRESULT(0x80200031), BG_ERROR_CONTEXT_REMOTE_FILE);
    auto read = service.snapshot(id);
    ASSERT_TRUE(read && read.value().error);
    EXPECT_EQ(read.value().error->description, Sentence::verbatim("The server name could not be resolved."));

    fake.setErrorDescription(MAKELANGID(LANG_FRENCH, SUBLANG_FRENCH), L"Le nom du serveur n'a pas pu être résolu.\r\n");
    read = service.snapshot(id);
    ASSERT_TRUE(read && read.value().error);
    EXPECT_EQ(read.value().error->description, Sentence::verbatim("Le nom du serveur n'a pas pu être résolu."));
}

// ---- Issue 15: our jobs carry bitsmon's notification CLSID where BITS has
// IBackgroundCopyJob5; another program's never does.

TEST(ClosedApp, OurJobsCarryTheClsidWhereBitsHasJob5)
{
    FakeBits fake;
    fake.setJob5(true);
    TempFolder folder;
    RecordingObserver observer;
    ServiceOptions options = on(fake);
    options.notificationClsid = bits::windows::kCallbackClsid;
    WindowsBitsService service(options);
    const JobId ours = create(service, download(folder, "ours"));
    ASSERT_TRUE(service.subscribe(ours, &observer));
    EXPECT_TRUE(IsEqualGUID(fake.info(guid(ours))->notificationClsid, bits::windows::kCallbackClsid));
    EXPECT_TRUE(fake.info(guid(ours))->hasNotifyInterface) << "the object comes first, the CLSID is the fallback";
    EXPECT_EQ(service.snapshot(ours).value().startsBitsmon, std::optional<bool>(true));
    // Read back as BITS would answer anyone: IBackgroundCopyJob5::GetProperty.
    {
        bits::windows::ComPtr<IBackgroundCopyManager> manager;
        ASSERT_EQ(fake.connector()(manager.put()), S_OK);
        GUID id = guid(ours);
        bits::windows::ComPtr<IBackgroundCopyJob> job;
        ASSERT_EQ(manager->GetJob(id, job.put()), S_OK);
        bits::windows::ComPtr<IBackgroundCopyJob5> job5;
        ASSERT_EQ(job->QueryInterface(IID_IBackgroundCopyJob5, reinterpret_cast<void **>(job5.put())), S_OK);
        BITS_JOB_PROPERTY_VALUE value{};
        ASSERT_EQ(job5->GetProperty(BITS_JOB_PROPERTY_NOTIFICATION_CLSID, &value), S_OK);
        EXPECT_TRUE(IsEqualGUID(value.ClsID, bits::windows::kCallbackClsid));
    }

    const GUID theirs = fake.addForeignJob(L"another program's");
    ASSERT_TRUE(service.listJobs());
    auto read = service.snapshot(bits::windows::fromGuid(theirs));
    ASSERT_TRUE(read);
    EXPECT_FALSE(read.value().startsBitsmon.has_value());
    EXPECT_TRUE(IsEqualGUID(fake.info(theirs)->notificationClsid, GUID_NULL)) << "a CLSID was set on another's job";
}

TEST(ClosedApp, WithoutJob5TheJobKeepsItsCallbackAndSaysSo)
{
    FakeBits fake;  // like Wine: no IBackgroundCopyJob5
    TempFolder folder;
    RecordingObserver observer;
    ServiceOptions options = on(fake);
    options.notificationClsid = bits::windows::kCallbackClsid;
    WindowsBitsService service(options);
    const JobId ours = create(service, download(folder, "ours"));
    ASSERT_TRUE(service.subscribe(ours, &observer));
    EXPECT_TRUE(fake.info(guid(ours))->hasNotifyInterface);
    EXPECT_EQ(service.snapshot(ours).value().startsBitsmon, std::optional<bool>(false));
}

int main(int argc, char **argv)
{
    bits::windows::MtaApartment apartment;  // like the feed's worker thread
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
