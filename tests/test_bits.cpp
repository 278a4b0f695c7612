// engine/bits: the vocabulary's exact values, GUID text forms, the HRESULT
// catalogue, the policy tables and input validation. GoogleTest, no Qt, so it
// also runs as a MinGW build under Wine.
#include "engine/bits/hresult.h"
#include "engine/bits/http_headers.h"
#include "engine/bits/job_id.h"
#include "engine/bits/policy.h"
#include "engine/bits/snapshot.h"
#include "engine/bits/upload_protocol.h"
#include "engine/bits/validation.h"
#include "engine/bits/vocabulary.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <set>

using namespace bits;

TEST(Vocabulary, JobStatesHaveBitsValues)
{
    EXPECT_EQ(int(JobState::Queued), 0);
    EXPECT_EQ(int(JobState::Connecting), 1);
    EXPECT_EQ(int(JobState::Transferring), 2);
    EXPECT_EQ(int(JobState::Suspended), 3);
    EXPECT_EQ(int(JobState::Error), 4);
    EXPECT_EQ(int(JobState::TransientError), 5);
    EXPECT_EQ(int(JobState::Transferred), 6);
    EXPECT_EQ(int(JobState::Acknowledged), 7);
    EXPECT_EQ(int(JobState::Cancelled), 8);
    EXPECT_EQ(name(JobState::TransientError), "TRANSIENT_ERROR");
}

TEST(Vocabulary, PrioritiesTypesContextsAndFlags)
{
    EXPECT_EQ(int(Priority::Foreground), 0);
    EXPECT_EQ(int(Priority::High), 1);
    EXPECT_EQ(int(Priority::Normal), 2);
    EXPECT_EQ(int(Priority::Low), 3);
    EXPECT_EQ(int(JobType::Download), 0);
    EXPECT_EQ(int(JobType::Upload), 1);
    EXPECT_EQ(int(JobType::UploadReply), 2);
    EXPECT_EQ(int(ErrorContext::None), 0);
    EXPECT_EQ(int(ErrorContext::Unknown), 1);
    EXPECT_EQ(int(ErrorContext::GeneralQueueManager), 2);
    EXPECT_EQ(int(ErrorContext::QueueManagerNotification), 3);
    EXPECT_EQ(int(ErrorContext::LocalFile), 4);
    EXPECT_EQ(int(ErrorContext::RemoteFile), 5);
    EXPECT_EQ(int(ErrorContext::GeneralTransport), 6);
    EXPECT_EQ(int(ErrorContext::RemoteApplication), 7);
    EXPECT_EQ(notify::JobTransferred, 0x1u);
    EXPECT_EQ(notify::JobError, 0x2u);
    EXPECT_EQ(notify::Disable, 0x4u);
    EXPECT_EQ(notify::JobModification, 0x8u);
    EXPECT_EQ(notify::FileTransferred, 0x10u);
    EXPECT_EQ(kEnumAllUsers, 0x1u);
    EXPECT_EQ(kSizeUnknown, 0xFFFFFFFFFFFFFFFFull);
}

TEST(JobIdText, RoundTripsInWindowsForm)
{
    const auto id = JobId::parse("{6ba7b810-9dad-11d1-80b4-00c04fd430c8}");
    ASSERT_TRUE(id);
    EXPECT_EQ(id->data1, 0x6BA7B810u);
    EXPECT_EQ(id->data2, 0x9DAD);
    EXPECT_EQ(id->data3, 0x11D1);
    EXPECT_EQ(id->data4[0], 0x80);
    EXPECT_EQ(id->data4[7], 0xC8);
    EXPECT_EQ(id->toString(), "{6BA7B810-9DAD-11D1-80B4-00C04FD430C8}");
    EXPECT_EQ(JobId::parse("6BA7B810-9DAD-11D1-80B4-00C04FD430C8"), id);
}

TEST(JobIdText, RejectsMalformedText)
{
    for (const char *text : {"", "{}", "6BA7B810-9DAD-11D1-80B4-00C04FD430C", "{6BA7B810-9DAD-11D1-80B4-00C04FD430C8",
                             "6BA7B810-9DAD-11D1-80B4-00C04FD430C8}", "6BA7B810+9DAD-11D1-80B4-00C04FD430C8",
                             "6BA7B810-9DAD-11D1-80B400C04FD430C8-", "6BA7B81G-9DAD-11D1-80B4-00C04FD430C8",
                             "{6BA7B810-9DAD-11D1-80B4-00C04FD430C8}x"})
        EXPECT_FALSE(JobId::parse(text)) << text;
}

TEST(JobIdText, GeneratedIdsAreVersion4AndDistinct)
{
    std::set<JobId> seen;
    for (int i = 0; i < 1000; ++i) {
        const JobId id = JobId::generate();
        EXPECT_EQ(id.data3 >> 12, 4);
        EXPECT_EQ(id.data4[0] & 0xC0, 0x80);
        EXPECT_EQ(JobId::parse(id.toString()), id);
        seen.insert(id);
    }
    EXPECT_EQ(seen.size(), 1000u);
}

TEST(HResultCatalogue, NamesAndMeaningsForBitsCodes)
{
    struct Expect {
        std::uint32_t code;
        const char *name;
    };
    for (const Expect &e : {Expect{0x80200001, "BG_E_NOT_FOUND"},
                            Expect{0x80200002, "BG_E_INVALID_STATE"},
                            Expect{0x80200003, "BG_E_EMPTY"},
                            Expect{0x80200004, "BG_E_FILE_NOT_AVAILABLE"},
                            Expect{0x80200005, "BG_E_PROTOCOL_NOT_AVAILABLE"},
                            Expect{0x8020000D, "BG_E_DESTINATION_LOCKED"},
                            Expect{0x8020000F, "BG_E_ERROR_INFORMATION_UNAVAILABLE"},
                            Expect{0x80200010, "BG_E_NETWORK_DISCONNECTED"},
                            Expect{0x80200011, "BG_E_MISSING_FILE_SIZE"},
                            Expect{0x80200012, "BG_E_INSUFFICIENT_HTTP_SUPPORT"},
                            Expect{0x80200013, "BG_E_INSUFFICIENT_RANGE_SUPPORT"},
                            Expect{0x00200017, "BG_S_PARTIAL_COMPLETE"},
                            Expect{0x0020001A, "BG_S_UNABLE_TO_DELETE_FILES"},
                            Expect{0x8020001C, "BG_E_TOO_MANY_FILES"},
                            Expect{0x80200024, "BG_E_NO_PROGRESS"},
                            Expect{0x8020002D, "BG_E_CONNECT_FAILURE"},
                            Expect{0x80200031, "BG_E_NAME_RESOLUTION_FAILURE"},
                            Expect{0x8020003B, "BG_E_TIMEOUT"},
                            Expect{0x8020003E, "BG_E_BLOCKED_BY_POLICY"},
                            Expect{0x80200040, "BG_E_INVALID_CREDENTIALS"},
                            Expect{0x80070005, "E_ACCESSDENIED"}}) {
        const auto info = lookup(HResult(e.code));
        ASSERT_TRUE(info) << std::hex << e.code;
        EXPECT_EQ(info->name, e.name);
        EXPECT_GT(info->meaning.english().size(), 20u) << e.name;
        EXPECT_EQ(info->meaning.english().back(), '.') << e.name;  // a sentence
    }
}

TEST(HResultCatalogue, DecodesHttpStatus)
{
    EXPECT_EQ(std::uint32_t(fromHttpStatus(404)), 0x80190194u);
    EXPECT_EQ(std::uint32_t(fromHttpStatus(416)), 0x801901A0u);
    EXPECT_EQ(std::uint32_t(fromHttpStatus(500)), 0x801901F4u);
    EXPECT_EQ(httpStatus(HResult(0x80190194)), 404);
    EXPECT_EQ(httpStatus(HResult(0x80200013)), std::nullopt);
    EXPECT_EQ(httpStatus(HResult(0x80190000)), std::nullopt);  // status 0 is no HTTP status
    const auto info = lookup(HResult(0x80190194));
    ASSERT_TRUE(info);
    EXPECT_EQ(info->name, "BG_E_HTTP_ERROR_404");
    EXPECT_NE(info->meaning.english().find("404 (Not Found)"), std::string::npos);
    EXPECT_NE(lookup(fromHttpStatus(503))->meaning.english().find("retry later"), std::string::npos);
}

TEST(HResultCatalogue, DescribesUnknownCodesWithoutInventing)
{
    EXPECT_FALSE(lookup(HResult(0x8123ABCD)));
    EXPECT_EQ(describe(HResult(0x8123ABCD)), "0x8123ABCD: an error this version of bitsmon has no description for.");
    EXPECT_EQ(hexCode(HResult(0x80200013)), "0x80200013");
    EXPECT_EQ(describe(HResult(0x80200001)).rfind("BG_E_NOT_FOUND (0x80200001): ", 0), 0u);
}

// The UI policy, one row per state: Resume, Retry, RetryForeground, Suspend,
// Cancel, Complete, SetPriority.
struct PolicyRow {
    JobState state;
    bool allowed[kActionCount];
};

class PolicyTable : public ::testing::TestWithParam<PolicyRow> { };

TEST_P(PolicyTable, AllowsExactlyTheseActions)
{
    const PolicyRow row = GetParam();
    for (int a = 0; a < kActionCount; ++a)
        EXPECT_EQ(allows(row.state, Action(a)), row.allowed[a]) << name(row.state) << " action " << a;
}

INSTANTIATE_TEST_SUITE_P(EveryState, PolicyTable,
                         ::testing::Values(
                             //                                   Resume Retry  RetryFg Suspend Cancel Complete SetPrio
                             PolicyRow{JobState::Queued, {false, false, false, true, true, false, true}},
                             PolicyRow{JobState::Connecting, {false, false, false, true, true, false, true}},
                             PolicyRow{JobState::Transferring, {false, false, false, true, true, false, true}},
                             PolicyRow{JobState::Suspended, {true, false, false, false, true, false, true}},
                             PolicyRow{JobState::Error, {false, true, true, true, true, false, true}},
                             PolicyRow{JobState::TransientError, {false, true, false, true, true, false, true}},
                             PolicyRow{JobState::Transferred, {false, false, false, false, true, true, true}},
                             PolicyRow{JobState::Acknowledged, {false, false, false, false, false, false, false}},
                             PolicyRow{JobState::Cancelled, {false, false, false, false, false, false, false}}));

TEST(ServicePolicy, FinalStatesRefuseEverything)
{
    for (JobState s : {JobState::Acknowledged, JobState::Cancelled})
        for (int a = 0; a < kActionCount; ++a)
            EXPECT_FALSE(serviceAccepts(s, Action(a)));
    EXPECT_TRUE(serviceAccepts(JobState::Transferring, Action::Resume));  // a harmless no-op
    EXPECT_FALSE(serviceAccepts(JobState::Transferred, Action::Resume));
    EXPECT_FALSE(serviceAccepts(JobState::Suspended, Action::Complete));
    EXPECT_TRUE(serviceAccepts(JobState::Transferred, Action::Complete));
}

namespace {

JobSnapshot rangeFailure(std::uint64_t size)
{
    JobSnapshot job;
    job.state = JobState::Error;
    job.error = JobError{ErrorContext::RemoteFile, hr::BG_E_InsufficientRangeSupport, "", "http://h/f"};
    job.files.push_back({"http://h/other", "/tmp/o", 10, 10, true});
    job.files.push_back({"http://h/f", "/tmp/f", size, 0, false});
    job.bytesTotal = size == kSizeUnknown ? kSizeUnknown : size + 10;
    return job;
}

}  // namespace

TEST(ForegroundRetry, OfferedOnlyForRangeErrorsWithAKnownSizeUnder2GB)
{
    EXPECT_EQ(foregroundRetry(rangeFailure(1000)), ForegroundRetry::Possible);
    EXPECT_EQ(foregroundRetry(rangeFailure(kSizeUnknown)), ForegroundRetry::SizeUnknown);
    EXPECT_EQ(foregroundRetry(rangeFailure(kForegroundSingleRequestLimit)), ForegroundRetry::TooLarge);
    EXPECT_EQ(foregroundRetry(rangeFailure(kForegroundSingleRequestLimit - 1)), ForegroundRetry::Possible);

    JobSnapshot other = rangeFailure(1000);
    other.error->code = fromHttpStatus(404);
    EXPECT_EQ(foregroundRetry(other), ForegroundRetry::NotApplicable);
    JobSnapshot transient = rangeFailure(1000);
    transient.state = JobState::TransientError;
    EXPECT_EQ(foregroundRetry(transient), ForegroundRetry::NotApplicable);
    JobSnapshot noError = rangeFailure(1000);
    noError.error.reset();
    EXPECT_EQ(foregroundRetry(noError), ForegroundRetry::NotApplicable);
}

TEST(Validation, RemoteUrls)
{
    EXPECT_FALSE(checkRemoteUrl("http://127.0.0.1:8080/a/b?c=d"));
    EXPECT_FALSE(checkRemoteUrl("HTTPS://example.org/"));
    EXPECT_FALSE(checkRemoteUrl("http://user@host/x"));
    EXPECT_EQ(checkRemoteUrl("ftp://host/x")->code, hr::BG_E_ProtocolNotAvailable);
    EXPECT_EQ(checkRemoteUrl("file:///etc/passwd")->code, hr::BG_E_ProtocolNotAvailable);
    EXPECT_EQ(checkRemoteUrl("host/x")->code, hr::E_InvalidArg);
    EXPECT_EQ(checkRemoteUrl("://host/x")->code, hr::E_InvalidArg);
    EXPECT_EQ(checkRemoteUrl("http://")->code, hr::E_InvalidArg);
    EXPECT_EQ(checkRemoteUrl("http://:80/x")->code, hr::E_InvalidArg);
    EXPECT_EQ(checkRemoteUrl("http://host/a b")->code, hr::E_InvalidArg);
    EXPECT_EQ(checkRemoteUrl("http://host/" + std::string(kMaxUrlLength, 'a'))->code, hr::E_InvalidArg);
}

TEST(Validation, LocalPaths)
{
    namespace fs = std::filesystem;
    const fs::path root = fs::temp_directory_path() / ("bitsmon-test-" + JobId::generate().toString());
    fs::create_directories(root / "folder");
    std::ofstream(root / "plain") << "x";

    EXPECT_FALSE(checkLocalPath((root / "new.bin").string()));
    EXPECT_EQ(checkLocalPath("")->code, hr::E_InvalidArg);
    EXPECT_EQ(checkLocalPath("relative/file")->code, hr::E_InvalidArg);
    EXPECT_EQ(checkLocalPath((root / "folder").string())->code, hr::E_InvalidArg);
    EXPECT_EQ(checkLocalPath((root / "folder" / "").string())->code, hr::E_InvalidArg);
    EXPECT_EQ(checkLocalPath((root / "missing" / "x").string())->code, hr::E_PathNotFound);
    EXPECT_EQ(checkLocalPath((root / "plain" / "x").string())->code, hr::E_PathNotFound);
    // The write probe leaves nothing behind.
    EXPECT_EQ(std::distance(fs::directory_iterator(root), fs::directory_iterator()), 2);
    fs::remove_all(root);
}

TEST(Validation, FileNamesFromUrls)
{
    EXPECT_EQ(fileNameFromUrl("http://h/dir/file.iso?x=1#y"), "file.iso");
    EXPECT_EQ(fileNameFromUrl("http://h/dir/my%20file.txt"), "my file.txt");
    EXPECT_EQ(fileNameFromUrl("http://h/"), "download");
    EXPECT_EQ(fileNameFromUrl("http://h"), "download");
    EXPECT_EQ(fileNameFromUrl("http://h/a/%2E%2E"), "download");
    EXPECT_EQ(fileNameFromUrl("http://h/a/..%2Fetc%2Fpasswd"), ".._etc_passwd");
    EXPECT_EQ(fileNameFromUrl("http://h/a%5Cb"), "a_b");
}

TEST(HttpHeaders, ContentRange)
{
    auto r = parseContentRange("bytes 0-499/1234");
    ASSERT_TRUE(r);
    EXPECT_EQ(*r->first, 0u);
    EXPECT_EQ(*r->last, 499u);
    EXPECT_EQ(*r->total, 1234u);
    r = parseContentRange("bytes 5-9/*");
    ASSERT_TRUE(r);
    EXPECT_FALSE(r->total);
    r = parseContentRange("bytes */100");
    ASSERT_TRUE(r);
    EXPECT_FALSE(r->first);
    EXPECT_EQ(*r->total, 100u);
    for (const char *bad : {"", "bytes", "bytes */*", "bytes 9-5/10", "bytes 0-10/10", "items 0-1/2", "bytes -1-5/10",
                            "bytes 0-99999999999999999999/*", "bytes 0-1/18446744073709551616", "bytes 1/2"})
        EXPECT_FALSE(parseContentRange(bad)) << bad;
}

TEST(HttpHeaders, RetryAfter)
{
    const TimePoint now{std::chrono::seconds(784111777)};  // Sun, 06 Nov 1994 08:49:37 GMT
    EXPECT_EQ(parseRetryAfter("120", now), std::chrono::seconds(120));
    EXPECT_EQ(parseRetryAfter(" 0 ", now), std::chrono::seconds(0));
    EXPECT_EQ(parseRetryAfter("Sun, 06 Nov 1994 08:51:37 GMT", now), std::chrono::seconds(120));
    EXPECT_EQ(parseRetryAfter("Sat, 05 Nov 1994 08:49:37 GMT", now), std::chrono::seconds(0));  // past
    // Years away is nonsense, not a reason to wait; year 9999 would also
    // overflow a nanosecond clock if it were converted.
    EXPECT_FALSE(parseRetryAfter("Fri, 31 Dec 9999 23:59:59 GMT", now));
    EXPECT_FALSE(parseRetryAfter("999999999999", now));
    for (const char *bad : {"", "-5", "1.5", "soon", "Sun, 06 Nov 1994 08:49:37 UTC", "Xyz, 06 Nov 1994 08:49:37 GMT",
                            "Sun, 06 Foo 1994 08:49:37 GMT", "Sun, 32 Nov 1994 08:49:37 GMT"})
        EXPECT_FALSE(parseRetryAfter(bad, now)) << bad;
}

TEST(HttpHeaders, RangeValidatorIsAStrongEtagOrAWellFormedDate)
{
    const char *date = "Sun, 06 Nov 1994 08:49:37 GMT";
    EXPECT_EQ(rangeValidator("\"abc\"", date), "\"abc\"");
    EXPECT_EQ(rangeValidator(" \"abc\" ", ""), "\"abc\"");
    EXPECT_EQ(rangeValidator("W/\"abc\"", date), date);  // weak: not usable with ranges
    EXPECT_EQ(rangeValidator("abc", date), date);        // unquoted: malformed
    EXPECT_EQ(rangeValidator("\"a\"b\"", ""), "");
    EXPECT_EQ(rangeValidator("\"a\r\nX-Injected: 1\"", ""), "");
    EXPECT_EQ(rangeValidator("", "yesterday"), "");
    EXPECT_EQ(rangeValidator("", ""), "");
}

TEST(HResultCatalogue, DisconnectionsAreToldApartFromRefusals)
{
    for (HResult code :
         {hr::RPC_E_Disconnected, hr::RPC_E_ServerDied, hr::RPC_E_ServerDiedDne, hr::CO_E_ObjNotConnected,
          hr::RPC_S_ServerUnavailable, hr::RPC_S_CallFailed, hr::RPC_S_CallFailedDne})
        EXPECT_TRUE(isDisconnection(code)) << hexCode(code);
    for (HResult code : {hr::S_Ok, hr::E_Fail, hr::E_AccessDenied, hr::BG_E_NotFound, hr::BG_E_InvalidState})
        EXPECT_FALSE(isDisconnection(code)) << hexCode(code);
    EXPECT_EQ(lookup(hr::RPC_S_ServerUnavailable)->name, "RPC_S_SERVER_UNAVAILABLE");
}

namespace {

JobSnapshot sampleJob()
{
    JobSnapshot job;
    job.id = JobId::generate();
    job.displayName = "update-package-0042.cab";
    job.description = "monthly rollup";
    job.state = JobState::Transferring;
    job.priority = Priority::Normal;
    job.owner = "NT AUTHORITY\\SYSTEM";
    job.bytesTotal = 3'000'000;
    job.bytesTransferred = 1'000'000;
    job.filesTotal = 2;
    job.filesTransferred = 1;
    job.created = TimePoint(std::chrono::seconds(1'763'800'000));
    job.modified = TimePoint(std::chrono::seconds(1'763'800'100));
    job.notifyFlags = 3;
    for (int f = 0; f < 2; ++f)
        job.files.push_back({"http://127.0.0.1/pool/part" + std::to_string(f) + ".bin",
                             "/home/user/Downloads/part" + std::to_string(f) + ".bin", 1'500'000,
                             f == 0 ? 1'500'000u : 0u, f == 0});
    return job;
}

// One way to change a job, and the field that must then differ.
struct Mutation {
    const char *what;
    JobFields field;
    std::function<void(JobSnapshot &, std::mt19937 &)> apply;
};

std::vector<Mutation> mutations()
{
    using R = std::mt19937;
    return {
        {"id", field::Id, [](JobSnapshot &j, R &) { j.id = JobId::generate(); }},
        {"name", field::DisplayName, [](JobSnapshot &j, R &r) { j.displayName += char('a' + r() % 26); }},
        {"description", field::Description, [](JobSnapshot &j, R &) { j.description += '!'; }},
        {"type", field::Type,
         [](JobSnapshot &j, R &) { j.type = j.type == JobType::Download ? JobType::Upload : JobType::Download; }},
        {"state", field::State,
         [](JobSnapshot &j, R &r) { j.state = JobState((int(j.state) + 1 + r() % 8) % kJobStateCount); }},
        {"priority", field::Priority,
         [](JobSnapshot &j, R &) { j.priority = j.priority ? std::optional<Priority>() : Priority::Low; }},
        {"owner", field::Owner, [](JobSnapshot &j, R &) { j.owner = j.owner.empty() ? "alice" : ""; }},
        {"bytes done", field::Bytes, [](JobSnapshot &j, R &r) { j.bytesTransferred += 1 + r() % 4096; }},
        {"size", field::Bytes,
         [](JobSnapshot &j, R &) { j.bytesTotal = j.bytesTotal == kSizeUnknown ? 5 : kSizeUnknown; }},
        {"files done", field::FileCounts, [](JobSnapshot &j, R &) { ++j.filesTransferred; }},
        {"file count", field::FileCounts, [](JobSnapshot &j, R &) { ++j.filesTotal; }},
        {"created", field::Created, [](JobSnapshot &j, R &) { j.created.reset(); }},
        {"modified", field::Modified, [](JobSnapshot &j, R &r) { j.modified = TimePoint(std::chrono::seconds(r())); }},
        {"completed at", field::TransferCompleted,
         [](JobSnapshot &j, R &r) { j.transferCompleted = TimePoint(std::chrono::seconds(r())); }},
        {"error count", field::Errors, [](JobSnapshot &j, R &) { ++j.errorCount; }},
        {"error", field::Errors,
         [](JobSnapshot &j, R &r) {
             j.error = JobError{ErrorContext::RemoteFile, HResult(0x80190194),
                                Sentence::verbatim("Not found " + std::to_string(r() % 9)), "http://127.0.0.1/x"};
         }},
        {"reply", field::Reply,
         [](JobSnapshot &j, R &r) {
             if (!j.reply)
                 j.reply = JobSnapshot::Reply{"/tmp/reply.bin", 10, 0};
             j.reply->bytesTransferred += 1 + r() % 4;
         }},
        {"notify flags", field::NotifyFlags,
         [](JobSnapshot &j, R &) { j.notifyFlags = j.notifyFlags ? std::optional<std::uint32_t>() : 11u; }},
        {"file added", field::FileList | field::FileProgress,
         [](JobSnapshot &j, R &) {
             j.files.push_back({"http://127.0.0.1/extra.bin", "/tmp/extra.bin", 10, 10, true});
         }},
        {"file dropped", field::FileList,
         [](JobSnapshot &j, R &) {
             if (!j.files.empty())
                 j.files.pop_back();
             else
                 j.files.push_back({});
         }},
        {"file URL", field::FileList,
         [](JobSnapshot &j, R &) {
             if (j.files.empty())
                 j.files.push_back({});
             j.files[0].remoteUrl += "?v=2";
         }},
        {"file local name", field::FileList,
         [](JobSnapshot &j, R &) {
             if (j.files.empty())
                 j.files.push_back({});
             j.files.back().localName += ".part";
         }},
        {"file bytes", field::FileProgress,
         [](JobSnapshot &j, R &r) {
             if (j.files.empty())
                 j.files.push_back({"http://127.0.0.1/a", "/tmp/a", 10, 0, false});
             j.files.back().bytesTransferred += 1 + r() % 100;
         }},
        {"file size", field::FileProgress,
         [](JobSnapshot &j, R &) {
             if (j.files.empty())
                 j.files.push_back({"http://127.0.0.1/a", "/tmp/a", 10, 0, false});
             j.files[0].bytesTotal += 7;
         }},
        {"file completed", field::FileProgress,
         [](JobSnapshot &j, R &) {
             if (j.files.empty())
                 j.files.push_back({"http://127.0.0.1/a", "/tmp/a", 10, 0, false});
             j.files[0].completed = !j.files[0].completed;
         }},
        {"ours", field::Ours, [](JobSnapshot &j, R &) { j.ours = !j.ours; }},
    };
}

}  // namespace

TEST(SnapshotFields, EachChangeIsNamedByItsField)
{
    std::mt19937 random(7);
    for (const Mutation &m : mutations()) {
        const JobSnapshot before = sampleJob();
        JobSnapshot after = before;
        m.apply(after, random);
        ASSERT_NE(before, after) << m.what;
        // "file added" also reads as progress: the new file has some.
        EXPECT_EQ(differences(before, after) & ~field::FileProgress, m.field & ~field::FileProgress) << m.what;
        EXPECT_TRUE(differences(before, after) & m.field) << m.what;
        EXPECT_EQ(differences(before, before), 0u);
    }
}

// Any mix of changes: no difference exactly when equal, and copying just
// the fields that differ makes the old snapshot equal to the new one.
TEST(SnapshotFields, CopyingTheDifferingFieldsMakesEqual)
{
    std::mt19937 random(2026);
    const std::vector<Mutation> all = mutations();
    for (int round = 0; round < 5000; ++round) {
        JobSnapshot before = sampleJob();
        const int changes = int(random() % 4);  // sometimes none
        JobSnapshot after = before;
        for (int c = 0; c < changes; ++c)
            all[random() % all.size()].apply(after, random);
        const JobFields fields = differences(before, after);
        EXPECT_EQ(fields == 0, before == after) << "round " << round;
        assignChanged(before, after, fields);
        ASSERT_EQ(before, after) << "round " << round;
    }
}

// The BITS Upload Protocol's client side: the packets' headers, and what an
// Ack to a Fragment means.
TEST(UploadProtocol, PacketsCarryWhatTheProtocolAsks)
{
    using namespace bits::upload;
    const Headers create = headers(Packet::CreateSession);
    EXPECT_EQ(create,
              (Headers{{"BITS-Packet-Type", "Create-Session"},
                       {"BITS-Supported-Protocols", "{7df0354d-249b-430f-820d-3d2a9bef4931}"}}));
    EXPECT_EQ(headers(Packet::CloseSession, "{S}"),
              (Headers{{"BITS-Packet-Type", "Close-Session"}, {"BITS-Session-Id", "{S}"}}));
    EXPECT_EQ(fragmentHeaders("{S}", 0, 99, 300, "a.bin"),
              (Headers{{"BITS-Packet-Type", "Fragment"},
                       {"BITS-Session-Id", "{S}"},
                       {"Content-Name", "a.bin"},
                       {"Content-Range", "bytes 0-99/300"}}));
    // Only the first fragment names the file.
    EXPECT_EQ(fragmentHeaders("{S}", 100, 199, 300, "a.bin").size(), 3u);
}

TEST(UploadProtocol, AckToAFragmentSaysWhereToGoOn)
{
    using namespace bits::upload;
    using Act = FragmentVerdict::Act;
    auto ack = [](int status, std::vector<std::pair<std::string, std::string>> fields) {
        return readAck(status, [&](std::string_view name) {
            for (const auto &[key, value] : fields)
                if (key == name)
                    return value;
            return std::string();
        });
    };
    // Taken whole, then the last one.
    EXPECT_EQ(judgeFragment(ack(200, {{"BITS-Received-Content-Range", "100"}}), 300),
              (FragmentVerdict{Act::SendFrom, 100, {}}));
    EXPECT_EQ(judgeFragment(ack(200, {{"BITS-Received-Content-Range", "300"}}), 300),
              (FragmentVerdict{Act::Uploaded, 300, {}}));
    // Part of it taken: go on from what the server has.
    EXPECT_EQ(judgeFragment(ack(200, {{"BITS-Received-Content-Range", "150"}}), 300).next, 150u);
    // 416: the server is elsewhere (after a drop, or a restart): go on from there.
    EXPECT_EQ(judgeFragment(ack(416, {{"BITS-Received-Content-Range", "64"}}), 300),
              (FragmentVerdict{Act::SendFrom, 64, {}}));
    // The server's own error: its code and context, transient for a 5xx.
    const FragmentVerdict failed =
        judgeFragment(ack(500, {{"BITS-Error-Code", "0x80070070"}, {"BITS-Error-Context", "0x7"}}), 300);
    EXPECT_EQ(failed.act, Act::Fail);
    EXPECT_EQ(failed.failure, (Refusal{hr::E_DiskFull, ErrorContext::RemoteApplication, true}));
    // A plain HTTP error: the status's code.
    EXPECT_EQ(judgeFragment(ack(403, {}), 300).failure,
              (Refusal{fromHttpStatus(403), ErrorContext::RemoteFile, false}));
    // An Ack that does not say where the server is, or says nonsense.
    EXPECT_EQ(judgeFragment(ack(200, {}), 300).act, Act::Fail);
    EXPECT_EQ(judgeFragment(ack(200, {{"BITS-Received-Content-Range", "400"}}), 300).act, Act::Fail);
    EXPECT_EQ(judgeFragment(ack(200, {{"BITS-Received-Content-Range", "12x"}}), 300).act, Act::Fail);
    // Wherever else the server says it is: on from there (after a restart
    // bitsmon may know less than the server has).
    EXPECT_EQ(judgeFragment(ack(200, {{"BITS-Received-Content-Range", "250"}}), 300),
              (FragmentVerdict{Act::SendFrom, 250, {}}));
    // The server no longer knows the session: all of it again, in a new one.
    const FragmentVerdict lost =
        judgeFragment(ack(400, {{"BITS-Error-Code", "0x8020001F"}, {"BITS-Error-Context", "0x5"}}), 300);
    EXPECT_EQ(lost.act, Act::NewSession);
    EXPECT_EQ(lost.failure.code, hr::BG_E_SessionNotFound);
    // 413: the fragment is too large for the server; a smaller one may do.
    const FragmentVerdict tooLarge = judgeFragment(ack(413, {}), 300);
    EXPECT_EQ(tooLarge.act, Act::Smaller);
    EXPECT_EQ(tooLarge.failure.code, fromHttpStatus(413));
}

TEST(UploadProtocol, FragmentsFollowTheLink)
{
    using namespace bits::upload;
    using namespace std::chrono_literals;
    const FragmentSizing sizing{1 << 20, 64 << 10, 32 << 20, 2000ms};
    EXPECT_EQ(nextFragmentSize(1 << 20, 10ms, sizing), 2u << 20);    // fast: twice as large
    EXPECT_EQ(nextFragmentSize(1 << 20, 999ms, sizing), 2u << 20);   // under half the target
    EXPECT_EQ(nextFragmentSize(1 << 20, 1000ms, sizing), 1u << 20);  // about right: kept
    EXPECT_EQ(nextFragmentSize(1 << 20, 4000ms, sizing), 1u << 20);
    EXPECT_EQ(nextFragmentSize(1 << 20, 4001ms, sizing), 512u << 10);  // slow: half
    EXPECT_EQ(nextFragmentSize(32 << 20, 1ms, sizing), 32u << 20);     // never past the maximum
    EXPECT_EQ(nextFragmentSize(20 << 20, 1ms, sizing), 32u << 20);
    EXPECT_EQ(nextFragmentSize(64 << 10, 60s, sizing), 64u << 10);  // nor under the minimum
    EXPECT_EQ(nextFragmentSize(4096, 1ms, FragmentSizing::fixed(4096)), 4096u);
    EXPECT_EQ(smallerFragment(1 << 20, sizing), std::optional<std::uint64_t>(512 << 10));
    EXPECT_EQ(smallerFragment(100 << 10, sizing), std::optional<std::uint64_t>(64 << 10));
    EXPECT_EQ(smallerFragment(64 << 10, sizing), std::nullopt);
}
