#include "windows_service.h"

#include "bits_file3.h"
#include "callback_server.h"
#include "sha256.h"

#include "engine/bits/hresult.h"
#include "engine/bits/policy.h"
#include "engine/bits/validation.h"

#include <bits5_0.h>
#include <sddl.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <vector>

namespace bits::windows {

namespace {

std::optional<TimePoint> fromFileTime(const FILETIME &time)
{
    const std::uint64_t ticks = (std::uint64_t(time.dwHighDateTime) << 32) | time.dwLowDateTime;
    if (ticks == 0)
        return std::nullopt;
    // FILETIME counts 100 ns from 1601-01-01; the Unix epoch is 11644473600 s later.
    constexpr std::uint64_t kEpochDifference = 116444736000000000ull;
    if (ticks < kEpochDifference)
        return std::nullopt;
    return TimePoint(
        std::chrono::duration_cast<TimePoint::duration>(std::chrono::nanoseconds((ticks - kEpochDifference) * 100)));
}

// "DOMAIN\user" for a SID string; the SID itself when it cannot be resolved.
std::string accountName(const wchar_t *sidText)
{
    PSID sid = nullptr;
    if (!ConvertStringSidToSidW(sidText, &sid))
        return narrow(sidText);
    wchar_t user[256];
    wchar_t domain[256];
    DWORD userLength = 256;
    DWORD domainLength = 256;
    SID_NAME_USE use;
    std::string name = narrow(sidText);
    if (LookupAccountSidW(nullptr, sid, user, &userLength, domain, &domainLength, &use))
        name = domainLength ? narrow(domain) + "\\" + narrow(user) : narrow(user);
    LocalFree(sid);
    return name;
}

// "DOMAIN\\user" of the user this process runs as, named like the owners
// of jobs, so "only my jobs" compares like with like.
std::string currentAccountName()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return {};
    std::string name;
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<BYTE> buffer(size);
    LPWSTR sid = nullptr;
    if (size && GetTokenInformation(token, TokenUser, buffer.data(), size, &size)
        && ConvertSidToStringSidW(reinterpret_cast<TOKEN_USER *>(buffer.data())->User.Sid, &sid)) {
        name = accountName(sid);
        LocalFree(sid);
    }
    CloseHandle(token);
    return name;
}

// Calls `visit` with each of the job's files, in order; false when they
// could not be listed.
template <typename Visit>
bool forEachFile(IBackgroundCopyJob *job, Visit &&visit)
{
    ComPtr<IEnumBackgroundCopyFiles> files;
    if (FAILED(job->EnumFiles(files.put())))
        return false;
    for (;;) {
        ComPtr<IBackgroundCopyFile> file;
        ULONG fetched = 0;
        if (files->Next(1, file.put(), &fetched) != S_OK || fetched == 0)
            return true;
        visit(file.get());
    }
}

// The local name of a file BITS has finished transferring; nullopt for one
// it has not (or cannot tell).
std::optional<std::string> transferredName(IBackgroundCopyFile *file)
{
    CoTaskString local;
    BG_FILE_PROGRESS progress;
    if (FAILED(file->GetLocalName(local.put())) || FAILED(file->GetProgress(&progress)) || !progress.Completed)
        return std::nullopt;
    return narrow(local.text);
}

BG_JOB_PRIORITY toBits(Priority priority)
{
    return BG_JOB_PRIORITY(int(priority));
}

}  // namespace

std::wstring widen(const std::string &utf8)
{
    if (utf8.empty())
        return {};
    const int n = MultiByteToWideChar(CP_UTF8, 0, utf8.data(), int(utf8.size()), nullptr, 0);
    std::wstring out(std::size_t(n), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, utf8.data(), int(utf8.size()), out.data(), n);
    return out;
}

std::string narrow(const wchar_t *wide)
{
    if (!wide || !*wide)
        return {};
    const int n = WideCharToMultiByte(CP_UTF8, 0, wide, -1, nullptr, 0, nullptr, nullptr);
    std::string out(std::size_t(n), '\0');
    WideCharToMultiByte(CP_UTF8, 0, wide, -1, out.data(), n, nullptr, nullptr);
    out.resize(std::size_t(n) - 1);
    return out;
}

bool sameWindowsPath(const std::string &a, const std::string &b)
{
    std::wstring left = widen(a);
    std::wstring right = widen(b);
    for (std::wstring *path : {&left, &right}) {
        for (wchar_t &c : *path) {
            if (c == L'/')
                c = L'\\';
        }
    }
    return CompareStringOrdinal(left.data(), int(left.size()), right.data(), int(right.size()), TRUE) == CSTR_EQUAL;
}

Failure failureFrom(HRESULT hr, const Sentence &what)
{
    //: %1 says what failed, %2 why: an error's name, code and meaning
    return Failure{HResult(hr), Sentence(BITS_TR_NOOP("bits", "%1: %2"), {what, Code{HResult(hr)}})};
}

static bool isDisconnection(HRESULT hr)
{
    return bits::isDisconnection(HResult(hr));
}

WindowsBitsService::WindowsBitsService(Apartment apartment)
    : WindowsBitsService([apartment] {
        ServiceOptions options;
        options.apartment = apartment;
        return options;
    }())
{
}

WindowsBitsService::WindowsBitsService(ServiceOptions options)
    : m_options(std::move(options))
{
    if (m_options.apartment == Apartment::EnterMta) {
        m_apartment.emplace();
        if (FAILED(m_apartment->result())) {
            m_apartmentReady = false;
            m_connected = m_apartment->result();
            say(failureFrom(m_connected, BITS_TR_NOOP("bits", "COM could not be initialised on the worker thread"))
                    .message);
            return;
        }
    }
    m_currentUser = currentAccountName();
    m_language = LANGIDFROMLCID(GetThreadLocale());
    if (!m_options.language.empty()) {
        if (const LCID locale = LocaleNameToLCID(m_options.language.c_str(), 0))
            m_language = LANGIDFROMLCID(locale);
    }
    loadExpected();
    reachable();  // if not, every call says so, and listings try again
}

bool WindowsBitsService::connect()
{
    m_manager = {};
    m_jobs.clear();
    m_watching.clear();
    // On Windows (and Wine) this also starts the service if it is not running.
    if (m_options.connect)
        m_connected = m_options.connect(m_manager.put());
    else
        m_connected = CoCreateInstance(CLSID_BackgroundCopyManager, nullptr, CLSCTX_LOCAL_SERVER,
                                       IID_IBackgroundCopyManager, reinterpret_cast<void **>(m_manager.put()));
    if (FAILED(m_connected))
        m_manager = {};
    return SUCCEEDED(m_connected);
}

bool WindowsBitsService::reachable(Attempt attempt)
{
    if (SUCCEEDED(m_connected))
        return true;
    if (!m_apartmentReady || (attempt == Attempt::WhenDue && std::chrono::steady_clock::now() < m_nextConnect))
        return false;
    if (connect()) {
        m_connectDelay = {};
        // BITS keeps no callback across its own restart: ours are set again.
        resubscribe();
        return true;
    }
    m_connectDelay = m_connectDelay.count() == 0 ? m_options.firstReconnect
                                                 : std::min(m_connectDelay * 2, m_options.longestReconnect);
    m_nextConnect = std::chrono::steady_clock::now() + m_connectDelay;
    return false;
}

Failure WindowsBitsService::unreachable() const
{
    if (isDisconnection(m_connected))
        return Failure{HResult(m_connected),
                       Sentence(BITS_TR_NOOP("bits",
                                             "The Background Intelligent Transfer Service stopped answering (%1). "
                                             "bitsmon keeps showing the jobs as it last saw them and reconnects when "
                                             "the service is back."),
                                {Code{HResult(m_connected)}})};
    // The code's name only: the catalogue's sentence is about the code in
    // general (Wine answers a disabled service with ERROR_FILE_NOT_FOUND,
    // whose sentence speaks of a missing file), this one about BITS. Short
    // enough for a status bar; no countdown, which would go stale there.
    const std::optional<HResultInfo> known = lookup(HResult(m_connected));
    const std::string code = (known ? known->name + ", " : std::string()) + hexCode(HResult(m_connected));
    return Failure{HResult(m_connected),
                   Sentence(BITS_TR_NOOP("bits",
                                         "BITS cannot be reached (%1); bitsmon keeps trying. If it lasts, check in "
                                         "services.msc that BITS is not disabled."),
                            {code})};
}

Failure WindowsBitsService::lost(HRESULT hr)
{
    // Every proxy we hold points into the dead process: let them all go.
    m_manager = {};
    m_jobs.clear();
    m_watching.clear();  // and the new process holds none of our callbacks
    m_connected = hr;
    m_connectDelay = {};
    m_nextConnect = {};  // the next listing tries at once
    return unreachable();
}

WindowsBitsService::~WindowsBitsService()
{
    // SetNotifyInterface(NULL) on ours before exit, then let go of the callback.
    for (const JobId &id : std::set<JobId>(m_subscribed))
        unsubscribe(id);
    if (m_callback)
        m_callback->detach();
}

std::string WindowsBitsService::name() const
{
    return "Windows BITS";
}

void WindowsBitsService::say(Sentence sentence)
{
    m_notices.push_back(std::move(sentence));
}

std::vector<Sentence> WindowsBitsService::takeNotices()
{
    return std::exchange(m_notices, {});
}

void WindowsBitsService::askAgain()
{
    m_refusedAllUsersAt.reset();
}

ComPtr<IBackgroundCopyJob> WindowsBitsService::job(const JobId &id, HRESULT *result)
{
    if (FAILED(m_connected)) {
        if (result)
            *result = m_connected;
        return {};
    }
    auto it = m_jobs.find(id);
    if (it != m_jobs.end()) {
        if (result)
            *result = S_OK;
        return it->second;
    }
    ComPtr<IBackgroundCopyJob> found;
    const HRESULT hr = m_manager->GetJob(toGuid(id), found.put());
    if (result)
        *result = hr;
    if (isDisconnection(hr))
        lost(hr);
    if (FAILED(hr))
        return {};
    m_jobs[id] = found;
    return found;
}

Outcome<std::vector<JobId>> WindowsBitsService::listJobs()
{
    if (!reachable())
        return unreachable();
    ComPtr<IEnumBackgroundCopyJobs> jobs;
    HRESULT hr = E_ACCESSDENIED;
    // Every user's jobs need elevation. Once refused, only ours are listed
    // (not a refused call each poll) until a long while passed or the user
    // asks again.
    const auto now = std::chrono::steady_clock::now();
    if (!m_refusedAllUsersAt || now - *m_refusedAllUsersAt >= m_options.refusedListingRetry) {
        hr = m_manager->EnumJobs(BG_JOB_ENUM_ALL_USERS, jobs.put());
        if (hr == E_ACCESSDENIED) {
            if (!std::exchange(m_saidOnlyOurs, true))
                say(BITS_TR_NOOP("bits",
                                 "Only your own jobs are listed: listing every user's jobs needs bitsmon to run as "
                                 "administrator."));
            m_refusedAllUsersAt = now;
        }
    }
    if (hr == E_ACCESSDENIED)
        hr = m_manager->EnumJobs(0, jobs.put());
    if (isDisconnection(hr))
        return lost(hr);
    if (FAILED(hr))
        return failureFrom(hr, BITS_TR_NOOP("bits", "The jobs could not be listed"));

    // A listing cut short is no listing: a job missing from it is not gone.
    auto cutShort = [&](HRESULT cause) -> Outcome<std::vector<JobId>> {
        if (isDisconnection(cause))
            return lost(cause);
        return failureFrom(cause,
                           BITS_TR_NOOP("bits",
                                        "The list of jobs was cut short, so no job is taken as gone; the next "
                                        "poll reads it again"));
    };
    std::map<JobId, ComPtr<IBackgroundCopyJob>> listed;
    std::vector<JobId> ids;
    for (;;) {
        ComPtr<IBackgroundCopyJob> next;
        ULONG fetched = 0;
        hr = jobs->Next(1, next.put(), &fetched);
        if (FAILED(hr))
            return cutShort(hr);
        if (hr != S_OK || fetched == 0)
            break;
        GUID guid;
        if (FAILED(hr = next->GetId(&guid)))
            return cutShort(hr);
        const JobId id = fromGuid(guid);
        ids.push_back(id);
        listed[id] = next;
    }
    // Keep our own jobs' objects even when not listed (they stay addressable).
    for (const JobId &id : m_subscribed) {
        if (!listed.contains(id) && m_jobs.contains(id))
            listed[id] = m_jobs[id];
    }
    m_jobs = std::move(listed);
    resubscribe();
    return ids;
}

std::string WindowsBitsService::ownerName(const wchar_t *sid)
{
    auto [it, fresh] = m_owners.try_emplace(sid);
    if (fresh) {
        ++m_ownerLookups;
        it->second = accountName(sid);
    }
    return it->second;
}

std::string WindowsBitsService::errorDescription(IBackgroundCopyError *error)
{
    constexpr LANGID kEnglish = MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US);
    CoTaskString text, english;
    std::string description;
    if (SUCCEEDED(error->GetErrorDescription(m_language, text.put())))
        description = narrow(text.text);
    else if (m_language != kEnglish && SUCCEEDED(error->GetErrorDescription(kEnglish, english.put())))
        description = narrow(english.text);
    while (!description.empty() && std::isspace(static_cast<unsigned char>(description.back())))
        description.pop_back();  // BITS's texts end with a line break
    return description;
}

Outcome<JobSnapshot> WindowsBitsService::snapshot(const JobId &id)
{
    HRESULT hr = S_OK;
    ComPtr<IBackgroundCopyJob> j = job(id, &hr);
    if (!j) {
        if (isDisconnection(hr))
            return unreachable();
        if (hr == HRESULT(BG_E_NOT_FOUND))
            forgetExpected(id);
        return failureFrom(hr, Sentence(BITS_TR_NOOP("bits", "The job %1 could not be read"), {id.toString()}));
    }

    JobSnapshot s;
    s.id = id;
    BG_JOB_STATE state;
    hr = j->GetState(&state);
    if (isDisconnection(hr)) {
        // This object is cut off. The manager tells whether the job is gone
        // (Wine disconnects a finished job's object), the service is gone,
        // or only the object: then a fresh one reads the live job.
        m_jobs.erase(id);
        ComPtr<IBackgroundCopyJob> again;
        const HRESULT probe = m_manager->GetJob(toGuid(id), again.put());
        if (isDisconnection(probe))
            return lost(probe);
        hr = probe;
        if (SUCCEEDED(probe)) {
            m_jobs[id] = again;
            j = again;
            hr = j->GetState(&state);
            if (isDisconnection(hr))
                return lost(hr);
        }
    }
    if (FAILED(hr)) {
        m_jobs.erase(id);
        if (hr == HRESULT(BG_E_NOT_FOUND))
            forgetExpected(id);
        return failureFrom(hr, Sentence(BITS_TR_NOOP("bits", "The job %1 could not be read"), {id.toString()}));
    }
    s.state = JobState(state);
    // Each optional getter that fails (E_NOTIMPL on Wine or old systems)
    // leaves its field unknown instead of failing the snapshot.
    {
        CoTaskString text;
        if (SUCCEEDED(j->GetDisplayName(text.put())))
            s.displayName = narrow(text.text);
    }
    {
        CoTaskString text;
        if (SUCCEEDED(j->GetDescription(text.put())))
            s.description = narrow(text.text);
    }
    BG_JOB_TYPE type;
    if (SUCCEEDED(j->GetType(&type)))
        s.type = JobType(type);
    BG_JOB_PRIORITY priority;
    if (SUCCEEDED(j->GetPriority(&priority)))
        s.priority = Priority(priority);
    {
        CoTaskString owner;
        if (SUCCEEDED(j->GetOwner(owner.put())) && owner.text)
            s.owner = ownerName(owner.text);
    }
    BG_JOB_PROGRESS progress;
    if (SUCCEEDED(j->GetProgress(&progress))) {
        s.bytesTotal = progress.BytesTotal;
        s.bytesTransferred = progress.BytesTransferred;
        s.filesTotal = progress.FilesTotal;
        s.filesTransferred = progress.FilesTransferred;
    }
    BG_JOB_TIMES times;
    if (SUCCEEDED(j->GetTimes(&times))) {
        s.created = fromFileTime(times.CreationTime);
        s.modified = fromFileTime(times.ModificationTime);
        s.transferCompleted = fromFileTime(times.TransferCompletionTime);
    }
    ULONG errors = 0;
    if (SUCCEEDED(j->GetErrorCount(&errors)))
        s.errorCount = errors;
    ULONG flags = 0;
    if (SUCCEEDED(j->GetNotifyFlags(&flags)))
        s.notifyFlags = flags;
    if (auto starts = m_startsBitsmon.find(id); starts != m_startsBitsmon.end())
        s.startsBitsmon = starts->second;
    if (s.state == JobState::Error || s.state == JobState::TransientError)
        readError(j.get(), s);
    if (s.type == JobType::UploadReply)
        s.reply = readReply(j.get());
    forEachFile(j.get(), [&](IBackgroundCopyFile *file) {
        FileSnapshot f;
        CoTaskString remote, local;
        if (SUCCEEDED(file->GetRemoteName(remote.put())))
            f.remoteUrl = narrow(remote.text);
        if (SUCCEEDED(file->GetLocalName(local.put())))
            f.localName = narrow(local.text);
        BG_FILE_PROGRESS fp;
        if (SUCCEEDED(file->GetProgress(&fp))) {
            f.bytesTotal = fp.BytesTotal;
            f.bytesTransferred = fp.BytesTransferred;
            f.completed = fp.Completed;
        }
        s.files.push_back(std::move(f));
    });
    return s;
}

std::optional<JobSnapshot::Reply> WindowsBitsService::readReply(IBackgroundCopyJob *job)
{
    // IBackgroundCopyJob2 is BITS 1.5's, in every Windows bitsmon runs on;
    // where it is missing the reply is simply not known.
    ComPtr<IBackgroundCopyJob2> job2;
    if (FAILED(job->QueryInterface(IID_IBackgroundCopyJob2, reinterpret_cast<void **>(job2.put()))))
        return std::nullopt;
    JobSnapshot::Reply reply;
    CoTaskString name;
    if (SUCCEEDED(job2->GetReplyFileName(name.put())) && name.text)
        reply.fileName = narrow(name.text);
    BG_JOB_REPLY_PROGRESS progress;
    if (SUCCEEDED(job2->GetReplyProgress(&progress))) {
        reply.bytesTotal = progress.BytesTotal;
        reply.bytesTransferred = progress.BytesTransferred;
    }
    return reply;
}

void WindowsBitsService::readError(IBackgroundCopyJob *job, JobSnapshot &s)
{
    ComPtr<IBackgroundCopyError> error;
    if (FAILED(job->GetError(error.put())))
        return;
    JobError e;
    BG_ERROR_CONTEXT context;
    HRESULT code;
    if (SUCCEEDED(error->GetError(&context, &code))) {
        e.context = ErrorContext(context);
        e.code = HResult(code);
    }
    e.description = Sentence::verbatim(errorDescription(error.get()));
    ComPtr<IBackgroundCopyFile> file;
    if (SUCCEEDED(error->GetFile(file.put())) && file) {
        CoTaskString remote;
        if (SUCCEEDED(file->GetRemoteName(remote.put())))
            e.fileUrl = narrow(remote.text);
    }
    s.error = e;
}

bool runningOnWine()
{
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version");
}

static_assert(BG_JOB_TYPE(JobType::Download) == BG_JOB_TYPE_DOWNLOAD
              && BG_JOB_TYPE(JobType::Upload) == BG_JOB_TYPE_UPLOAD
              && BG_JOB_TYPE(JobType::UploadReply) == BG_JOB_TYPE_UPLOAD_REPLY);

Outcome<JobId> WindowsBitsService::createJob(const NewJob &spec)
{
    if (isUpload(spec.type) && m_options.refuseUploadsOnWine && runningOnWine())
        return Failure{hr::E_NotImpl,
                       BITS_TR_NOOP("bits",
                                    "Wine's BITS cannot send files (and cancelling such a job deletes the file). "
                                    "Start bitsmon with --embedded to upload with its own transfer service.")};
    if (!reachable(Attempt::Now))
        return failureFrom(m_connected, BITS_TR_NOOP("bits", "The job could not be created"));
    if (auto failure = checkNewJob(spec))
        return *failure;
    // An upload is named after the file it sends, a download after the URL.
    const bool upload = isUpload(spec.type);
    const std::string name = !spec.displayName.empty() ? spec.displayName
        : upload ? narrow(std::filesystem::path(widen(spec.files.front().localPath)).filename().c_str())
                 : fileNameFromUrl(spec.files.front().remoteUrl);
    GUID guid;
    ComPtr<IBackgroundCopyJob> created;
    HRESULT hr = m_manager->CreateJob(widen(name).c_str(), BG_JOB_TYPE(spec.type), &guid, created.put());
    if (isDisconnection(hr))
        return lost(hr);
    if (FAILED(hr))
        return failureFrom(hr, BITS_TR_NOOP("bits", "The job could not be created"));
    auto undo = [&](HRESULT cause, const Sentence &what) -> Outcome<JobId> {
        created->Cancel();  // leave no half-made job behind
        return failureFrom(cause, what);
    };
    if (!spec.description.empty() && FAILED(hr = created->SetDescription(widen(spec.description).c_str())))
        return undo(hr, BITS_TR_NOOP("bits", "The job's description could not be set"));
    if (FAILED(hr = created->SetPriority(toBits(spec.priority))))
        return undo(hr, BITS_TR_NOOP("bits", "The job's priority could not be set"));
    if (spec.minimumRetryDelay && FAILED(hr = created->SetMinimumRetryDelay(ULONG(spec.minimumRetryDelay->count()))))
        return undo(hr, BITS_TR_NOOP("bits", "The job's retry delay could not be set"));
    if (spec.noProgressTimeout && FAILED(hr = created->SetNoProgressTimeout(ULONG(spec.noProgressTimeout->count()))))
        return undo(hr, BITS_TR_NOOP("bits", "The job's no-progress timeout could not be set"));
    // The reply before the file: a job undone then holds none of the user's
    // files (a Cancel must never reach the file an upload sends).
    if (spec.type == JobType::UploadReply) {
        ComPtr<IBackgroundCopyJob2> job2;
        hr = created->QueryInterface(IID_IBackgroundCopyJob2, reinterpret_cast<void **>(job2.put()));
        if (SUCCEEDED(hr))
            hr = job2->SetReplyFileName(widen(spec.replyPath).c_str());
        if (FAILED(hr))
            return undo(hr, Sentence(BITS_TR_NOOP("bits", "The reply file %1 could not be set"), {spec.replyPath}));
    }
    for (const NewFile &file : spec.files) {
        // For an upload the local name is the file sent (one per job).
        hr = created->AddFile(widen(file.remoteUrl).c_str(), widen(file.localPath).c_str());
        if (FAILED(hr))
            return undo(hr, Sentence(BITS_TR_NOOP("bits", "The file %1 could not be added"), {file.remoteUrl}));
    }
    const JobId id = fromGuid(guid);
    m_jobs[id] = created;
    std::vector<Expected> expected;
    bool any = false;
    for (const NewFile &file : spec.files) {
        std::string hex = file.expectedSha256;
        for (char &c : hex)
            c = char(std::tolower((unsigned char)c));
        any = any || !hex.empty();
        expected.push_back({hex, file.localPath, file.remoteUrl});
    }
    if (any) {
        m_expected[id] = std::move(expected);
        saveExpected();
    }
    return id;
}

void WindowsBitsService::onFileTransferred(const JobId &id)
{
    auto found = m_expected.find(id);
    if (found == m_expected.end())
        return;
    ComPtr<IBackgroundCopyJob> j = job(id);
    if (!j)
        return;
    bool changed = false;
    forEachFile(j.get(), [&](IBackgroundCopyFile *file) {
        const std::optional<std::string> localName = transferredName(file);
        if (!localName)
            return;
        for (Expected &expected : found->second) {
            if (!sameWindowsPath(expected.localPath, *localName) || expected.sha256.empty()
                || expected.check != Check::Pending)
                continue;
            changed = true;
            // Whatever keeps the file from being checked now, it is checked
            // in place after Complete instead: never "invalid" for that.
            expected.check = Check::NeedsCompletion;
            ComPtr<IBackgroundCopyFile3> file3;
            if (FAILED(file->QueryInterface(kIID_IBackgroundCopyFile3, reinterpret_cast<void **>(file3.put()))))
                continue;  // older Windows (or Wine)
            CoTaskString temporary;
            if (FAILED(file3->GetTemporaryName(temporary.put())) || !temporary.text)
                continue;
            const std::optional<std::string> actual = sha256OfFile(temporary.text);
            if (!actual)
                continue;  // cannot read is not invalid
            const bool match = *actual == expected.sha256;
            const HRESULT told = file3->SetValidationState(match ? TRUE : FALSE);
            if (FAILED(told)) {
                say(Sentence(BITS_TR_NOOP("bits",
                                          "The SHA-256 check of %1 is undecided: the transfer service did not take "
                                          "the answer (%2). bitsmon checks the file again once the job is complete."),
                             {expected.remoteUrl, Code{HResult(told)}}));
                continue;
            }
            expected.check = match ? Check::Passed : Check::Failed;
        }
    });
    if (changed)
        saveExpected();
}

std::vector<std::string> WindowsBitsService::transferredFiles(IBackgroundCopyJob *j)
{
    std::vector<std::string> names;
    forEachFile(j, [&](IBackgroundCopyFile *file) {
        if (std::optional<std::string> name = transferredName(file))
            names.push_back(std::move(*name));
    });
    return names;
}

std::optional<Failure> WindowsBitsService::checkCompletedFiles(const JobId &id, const std::vector<std::string> &placed)
{
    auto found = m_expected.find(id);
    if (found == m_expected.end())
        return std::nullopt;
    std::optional<Failure> mismatch, unchecked;
    for (Expected &expected : found->second) {
        if (expected.sha256.empty() || expected.check == Check::Passed)
            continue;
        // A file BITS did not place (BG_S_PARTIAL_COMPLETE) may be someone
        // else's, already there: it is not ours to check, still less to delete.
        const bool ours = std::any_of(placed.begin(), placed.end(), [&](const std::string &name) {
            return sameWindowsPath(name, expected.localPath);
        });
        if (!ours)
            continue;
        const std::wstring path = widen(expected.localPath);
        unsigned long error = 0;
        const std::optional<std::string> actual = sha256OfFile(path, &error);
        if (!actual) {
            const HRESULT cause = HRESULT_FROM_WIN32(error ? error : ERROR_READ_FAULT);
            unchecked = Failure{HResult(cause),
                                Sentence(BITS_TR_NOOP("bits",
                                                      "\"%1\" was completed but could not be read to check its "
                                                      "SHA-256 (%2). It was kept, NOT checked: check it yourself "
                                                      "before you use it."),
                                         {expected.localPath, Code{HResult(cause)}})};
            continue;
        }
        if (*actual == expected.sha256) {
            expected.check = Check::Passed;
            continue;
        }
        // Not passed off as complete: the wrong bytes go.
        DeleteFileW(path.c_str());
        mismatch = Failure{hr::NTE_BadHash,
                           Sentence(BITS_TR_NOOP("bits",
                                                 "The SHA-256 of %1 is %2, not the expected %3; \"%4\" was removed. "
                                                 "Check the expected hash and download it again."),
                                    {expected.remoteUrl, *actual, expected.sha256, expected.localPath})};
    }
    return mismatch ? mismatch : unchecked;
}

Status WindowsBitsService::call(const JobId &id, const Sentence &what, HRESULT (*action)(IBackgroundCopyJob *))
{
    HRESULT hr = S_OK;
    ComPtr<IBackgroundCopyJob> j = job(id, &hr);
    if (j)
        hr = action(j.get());
    if (isDisconnection(hr) && j)
        lost(hr);
    if (FAILED(hr))
        return failureFrom(hr, what);
    return {};
}

Status WindowsBitsService::resume(const JobId &id)
{
    Status resumed = call(id, BITS_TR_NOOP("bits", "The job could not be resumed"),
                          [](IBackgroundCopyJob *j) { return j->Resume(); });
    // After BG_E_VALIDATION_FAILED, Resume downloads the file again: the new
    // bytes are checked again.
    if (auto found = m_expected.find(id); resumed && found != m_expected.end()) {
        bool changed = false;
        for (Expected &expected : found->second) {
            if (expected.check == Check::Failed) {
                expected.check = Check::Pending;
                changed = true;
            }
        }
        if (changed)
            saveExpected();
    }
    return resumed;
}

Status WindowsBitsService::suspend(const JobId &id)
{
    return call(id, BITS_TR_NOOP("bits", "The job could not be suspended"),
                [](IBackgroundCopyJob *j) { return j->Suspend(); });
}

Status WindowsBitsService::cancel(const JobId &id)
{
    Status cancelled = call(id, BITS_TR_NOOP("bits", "The job could not be cancelled"),
                            [](IBackgroundCopyJob *j) { return j->Cancel(); });
    if (cancelled)
        forgetExpected(id);
    return cancelled;
}

Outcome<HResult> WindowsBitsService::complete(const JobId &id)
{
    HRESULT hr = S_OK;
    ComPtr<IBackgroundCopyJob> j = job(id, &hr);
    if (!j)
        return failureFrom(hr, BITS_TR_NOOP("bits", "The job could not be completed"));
    // Files whose FileTransferred was missed (or came before a restart) are
    // checked on their temporary files first, where this Windows can.
    onFileTransferred(id);
    // A file BITS has been told is invalid is never completed into place.
    if (auto found = m_expected.find(id); found != m_expected.end()) {
        for (const Expected &expected : found->second) {
            if (expected.check == Check::Failed)
                return Failure{hr::BG_E_ValidationFailed,
                               Sentence(BITS_TR_NOOP("bits",
                                                     "The SHA-256 of %1 does not match the expected one; the job is "
                                                     "not completed. Retry to download it again, or cancel it and "
                                                     "check the expected hash."),
                                        {expected.remoteUrl})};
        }
    }
    const std::vector<std::string> placed = transferredFiles(j.get());
    hr = j->Complete();
    if (isDisconnection(hr))
        lost(hr);
    if (FAILED(hr))
        return failureFrom(hr, BITS_TR_NOOP("bits", "The job could not be completed"));
    std::optional<Failure> failure = checkCompletedFiles(id, placed);
    forgetExpected(id);
    if (failure)
        return *failure;
    return HResult(hr);  // BG_S_PARTIAL_COMPLETE and BG_S_UNABLE_TO_DELETE_FILES are successes
}

Status WindowsBitsService::setPriority(const JobId &id, Priority priority)
{
    HRESULT hr = S_OK;
    ComPtr<IBackgroundCopyJob> j = job(id, &hr);
    if (j)
        hr = j->SetPriority(toBits(priority));
    if (FAILED(hr))
        return failureFrom(hr, BITS_TR_NOOP("bits", "The job's priority could not be changed"));
    return {};
}

Outcome<std::vector<std::uint8_t>> WindowsBitsService::replyData(const JobId &id)
{
    HRESULT hr = S_OK;
    ComPtr<IBackgroundCopyJob> j = job(id, &hr);
    ComPtr<IBackgroundCopyJob2> job2;
    if (j)
        hr = j->QueryInterface(IID_IBackgroundCopyJob2, reinterpret_cast<void **>(job2.put()));
    BYTE *buffer = nullptr;
    UINT64 size = 0;
    if (SUCCEEDED(hr))
        hr = job2->GetReplyData(&buffer, &size);
    if (isDisconnection(hr))
        lost(hr);
    if (hr == HRESULT(hr::BG_E_TooLarge)) {
        const std::optional<JobSnapshot::Reply> reply = readReply(j.get());
        return replyTooLarge(size, reply ? reply->fileName : std::string());
    }
    if (FAILED(hr))
        return failureFrom(hr, BITS_TR_NOOP("bits", "The job's reply could not be read"));
    // No buffer: the server sent no reply.
    std::vector<std::uint8_t> bytes(buffer, buffer + (buffer ? size : 0));
    CoTaskMemFree(buffer);
    return bytes;
}

NotifyCallback &WindowsBitsService::callbackFor(Observer *observer)
{
    if (!m_callback || m_callbackObserver != observer) {
        ComPtr<NotifyCallback> previous = std::move(m_callback);
        m_callback = NotifyCallback::create(observer);
        m_callbackObserver = observer;
        if (previous) {
            // The jobs the old object served are handed to the new one, not
            // left with an object that forwards nowhere.
            m_watching.clear();
            resubscribe();
            previous->detach();
        }
    }
    return *m_callback.get();
}

HRESULT WindowsBitsService::watch(const JobId &id, IBackgroundCopyJob *j)
{
    NotifyCallback &callback = *m_callback.get();
    callback.remember(j, id);
    HRESULT hr = j->SetNotifyInterface(static_cast<IBackgroundCopyCallback2 *>(&callback));
    if (SUCCEEDED(hr)) {
        hr = j->SetNotifyFlags(notify::Ours);
        if (FAILED(hr))
            j->SetNotifyInterface(nullptr);  // not left half-subscribed
    }
    if (FAILED(hr)) {
        callback.forget(id);
        return hr;
    }
    if (m_options.notificationClsid) {
        // The object first, the CLSID as the fallback when bitsmon is gone,
        // as Microsoft documents it. Older BITS (and Wine) lack Job5: the
        // object alone, and the details say so.
        ComPtr<IBackgroundCopyJob5> job5;
        bool set = false;
        if (SUCCEEDED(j->QueryInterface(IID_IBackgroundCopyJob5, reinterpret_cast<void **>(job5.put())))) {
            BITS_JOB_PROPERTY_VALUE value{};
            value.ClsID = *m_options.notificationClsid;
            set = SUCCEEDED(job5->SetProperty(BITS_JOB_PROPERTY_NOTIFICATION_CLSID, value));
        }
        m_startsBitsmon[id] = set;
    }
    return S_OK;
}

void WindowsBitsService::resubscribe()
{
    if (!m_callback || FAILED(m_connected))
        return;
    for (const JobId &id : std::set<JobId>(m_subscribed)) {
        if (m_watching.contains(id))
            continue;
        HRESULT hr = S_OK;
        ComPtr<IBackgroundCopyJob> j = job(id, &hr);
        if (j)
            hr = watch(id, j.get());
        if (SUCCEEDED(hr))
            m_watching.insert(id);
        else if (hr == HRESULT(BG_E_NOT_FOUND) || hr == HRESULT(BG_E_INVALID_STATE))
            m_subscribed.erase(id);  // gone, or finished: nothing left to watch
        else if (isDisconnection(hr))
            return;  // lost again: the next reconnection tries
    }
}

Status WindowsBitsService::subscribe(const JobId &id, Observer *observer)
{
    callbackFor(observer);
    HRESULT hr = S_OK;
    ComPtr<IBackgroundCopyJob> j = job(id, &hr);
    if (j)
        hr = watch(id, j.get());
    if (SUCCEEDED(hr)) {
        m_subscribed.insert(id);
        m_watching.insert(id);
        return {};
    }
    // Wanted still, unless the job is gone: tried again on later listings.
    if (hr != HRESULT(BG_E_NOT_FOUND))
        m_subscribed.insert(id);
    return failureFrom(hr, BITS_TR_NOOP("bits", "The job could not be watched"));
}

Status WindowsBitsService::unsubscribe(const JobId &id)
{
    m_subscribed.erase(id);
    const bool watching = m_watching.erase(id) > 0;
    if (m_callback)
        m_callback->forget(id);
    if (!watching || FAILED(m_connected))
        return {};
    HRESULT hr = S_OK;
    ComPtr<IBackgroundCopyJob> j = job(id, &hr);
    if (j)
        hr = j->SetNotifyInterface(nullptr);
    if (FAILED(hr) && hr != HRESULT(BG_E_NOT_FOUND) && hr != HRESULT(BG_E_INVALID_STATE) && !isDisconnection(hr))
        return failureFrom(hr, BITS_TR_NOOP("bits", "The job's notifications could not be released"));
    return {};
}

// The expected hashes on disk: a header line, then one line per file:
// job, state of the check, SHA-256, local path, URL, separated by tabs
// (which neither a Windows path nor a URL holds; escaped all the same).
namespace {

constexpr char kExpectedHeader[] = "bitsmon-windows-expected 1";

std::string escapeField(const std::string &text)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '%':
            out += "%25";
            break;
        case '\t':
            out += "%09";
            break;
        case '\n':
            out += "%0A";
            break;
        case '\r':
            out += "%0D";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string unescapeField(const std::string &text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size()) {
            const std::string code = text.substr(i + 1, 2);
            if (code == "25" || code == "09" || code == "0A" || code == "0D") {
                out += char(std::stoi(code, nullptr, 16));
                i += 2;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

std::vector<std::string> splitTabs(const std::string &line)
{
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (;;) {
        const std::size_t tab = line.find('\t', start);
        fields.push_back(unescapeField(line.substr(start, tab - start)));
        if (tab == std::string::npos)
            return fields;
        start = tab + 1;
    }
}

}  // namespace

void WindowsBitsService::loadExpected()
{
    if (m_options.stateFile.empty())
        return;
    HANDLE file =
        CreateFileW(m_options.stateFile.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING, 0, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return;  // none yet
    std::string bytes;
    char buffer[4096];
    DWORD read = 0;
    while (ReadFile(file, buffer, sizeof buffer, &read, nullptr) && read > 0)
        bytes.append(buffer, read);
    CloseHandle(file);
    std::size_t start = 0;
    bool first = true;
    while (start < bytes.size()) {
        std::size_t end = bytes.find('\n', start);
        if (end == std::string::npos)
            end = bytes.size();
        const std::string line = bytes.substr(start, end - start);
        start = end + 1;
        if (first) {
            first = false;
            if (line != kExpectedHeader) {
                say(Sentence(BITS_TR_NOOP("bits",
                                          "The file of expected SHA-256 values (%1) is not one this bitsmon reads; "
                                          "jobs from an earlier run are completed without their check."),
                             {narrow(m_options.stateFile.c_str())}));
                return;
            }
            continue;
        }
        const std::vector<std::string> fields = splitTabs(line);
        const std::optional<JobId> id = fields.size() == 5 ? JobId::parse(fields[0]) : std::nullopt;
        if (!id)
            continue;
        Expected expected{fields[2], fields[3], fields[4]};
        const std::string &check = fields[1];
        expected.check = check == "passed" ? Check::Passed
            : check == "failed"            ? Check::Failed
            : check == "after-complete"    ? Check::NeedsCompletion
                                           : Check::Pending;
        m_expected[*id].push_back(std::move(expected));
    }
}

void WindowsBitsService::saveExpected()
{
    if (m_options.stateFile.empty())
        return;
    std::string bytes = std::string(kExpectedHeader) + "\n";
    for (const auto &[id, files] : m_expected) {
        for (const Expected &expected : files) {
            const char *check = expected.check == Check::Passed ? "passed"
                : expected.check == Check::Failed               ? "failed"
                : expected.check == Check::NeedsCompletion      ? "after-complete"
                                                                : "pending";
            bytes += id.toString() + "\t" + check + "\t" + escapeField(expected.sha256) + "\t"
                + escapeField(expected.localPath) + "\t" + escapeField(expected.remoteUrl) + "\n";
        }
    }
    // Written beside, then moved over the old one: never half a file.
    const std::wstring next = m_options.stateFile + L".new";
    HANDLE file = CreateFileW(next.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    bool written = file != INVALID_HANDLE_VALUE;
    if (written) {
        DWORD count = 0;
        written = WriteFile(file, bytes.data(), DWORD(bytes.size()), &count, nullptr) && count == bytes.size()
            && FlushFileBuffers(file);
        CloseHandle(file);
    }
    if (!written
        || !MoveFileExW(next.c_str(), m_options.stateFile.c_str(),
                        MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        const HRESULT cause = HRESULT_FROM_WIN32(GetLastError());
        DeleteFileW(next.c_str());
        say(Sentence(BITS_TR_NOOP("bits",
                                  "The expected SHA-256 values could not be saved to %1 (%2); if bitsmon restarts "
                                  "before these jobs finish, they are completed without their check."),
                     {narrow(m_options.stateFile.c_str()), Code{HResult(cause)}}));
    }
}

void WindowsBitsService::forgetExpected(const JobId &id)
{
    if (m_expected.erase(id))
        saveExpected();
}

}  // namespace bits::windows
