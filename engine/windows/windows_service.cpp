#include "windows_service.h"

#include "bits_file3.h"
#include "sha256.h"

#include "engine/bits/hresult.h"
#include "engine/bits/policy.h"
#include "engine/bits/validation.h"

#include <sddl.h>

#include <cctype>
#include <chrono>

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
    return TimePoint(std::chrono::duration_cast<TimePoint::duration>(
        std::chrono::nanoseconds((ticks - kEpochDifference) * 100)));
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

Failure failureFrom(HRESULT hr, const std::string &what)
{
    return Failure{HResult(hr), what + ": " + describe(HResult(hr))};
}

static bool isDisconnection(HRESULT hr)
{
    return bits::isDisconnection(HResult(hr));
}

WindowsBitsService::WindowsBitsService(Apartment apartment)
{
    if (apartment == Apartment::EnterMta) {
        m_apartment.emplace();
        if (FAILED(m_apartment->result())) {
            m_apartmentReady = false;
            m_connected = m_apartment->result();
            m_notice = failureFrom(m_connected, "COM could not be initialised on the worker thread").message;
            return;
        }
    }
    if (!connect())
        m_notice = failureFrom(m_connected, "The Background Intelligent Transfer Service could not be reached").message
            + " Check that the BITS service is enabled.";
}

bool WindowsBitsService::connect()
{
    m_manager = {};
    m_jobs.clear();
    // On Windows (and Wine) this also starts the service if it is not running.
    m_connected = CoCreateInstance(CLSID_BackgroundCopyManager, nullptr, CLSCTX_LOCAL_SERVER,
                                   IID_IBackgroundCopyManager, reinterpret_cast<void **>(m_manager.put()));
    return SUCCEEDED(m_connected);
}

Failure WindowsBitsService::lost(HRESULT hr)
{
    // Every proxy we hold points into the dead process: let them all go.
    m_manager = {};
    m_jobs.clear();
    m_connected = hr;
    return Failure{HResult(hr), "The Background Intelligent Transfer Service stopped answering (" + describe(HResult(hr))
                                    + "). bitsmon keeps showing the jobs as it last saw them and reconnects when the "
                                      "service is back."};
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
    // After the service went away, each listing tries to reach it again.
    if (FAILED(m_connected) && m_apartmentReady && isDisconnection(m_connected) && !connect())
        return lost(m_connected);
    if (FAILED(m_connected))
        return failureFrom(m_connected, "The jobs could not be listed");
    ComPtr<IEnumBackgroundCopyJobs> jobs;
    HRESULT hr = m_manager->EnumJobs(BG_JOB_ENUM_ALL_USERS, jobs.put());
    if (hr == E_ACCESSDENIED) {
        m_notice = "Only your own jobs are listed: listing every user's jobs needs bitsmon to run as administrator.";
        hr = m_manager->EnumJobs(0, jobs.put());
    }
    if (isDisconnection(hr))
        return lost(hr);
    if (FAILED(hr))
        return failureFrom(hr, "The jobs could not be listed");

    std::map<JobId, ComPtr<IBackgroundCopyJob>> listed;
    std::vector<JobId> ids;
    for (;;) {
        ComPtr<IBackgroundCopyJob> next;
        ULONG fetched = 0;
        if (jobs->Next(1, next.put(), &fetched) != S_OK || fetched == 0)
            break;
        GUID guid;
        if (FAILED(next->GetId(&guid)))
            continue;  // vanished meanwhile
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
    return ids;
}

Outcome<JobSnapshot> WindowsBitsService::snapshot(const JobId &id)
{
    HRESULT hr = S_OK;
    ComPtr<IBackgroundCopyJob> j = job(id, &hr);
    if (!j) {
        if (isDisconnection(hr))
            return lost(hr);
        return failureFrom(hr, "The job " + id.toString() + " could not be read");
    }

    JobSnapshot s;
    s.id = id;
    BG_JOB_STATE state;
    hr = j->GetState(&state);
    if (FAILED(hr)) {
        // Gone between listing and reading: Wine disconnects a finished
        // job's object. Unless the whole service went away, which the
        // manager tells.
        m_jobs.erase(id);
        if (isDisconnection(hr)) {
            ComPtr<IBackgroundCopyJob> again;
            const HRESULT probe = m_manager->GetJob(toGuid(id), again.put());
            if (isDisconnection(probe))
                return lost(probe);
        }
        return failureFrom(hr == HRESULT(BG_E_NOT_FOUND) || hr == HRESULT(RPC_E_DISCONNECTED) ? HRESULT(BG_E_NOT_FOUND) : hr,
                           "The job " + id.toString() + " could not be read");
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
            s.owner = accountName(owner.text);
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
    if (s.state == JobState::Error || s.state == JobState::TransientError) {
        ComPtr<IBackgroundCopyError> error;
        if (SUCCEEDED(j->GetError(error.put()))) {
            JobError e;
            BG_ERROR_CONTEXT context;
            HRESULT code;
            if (SUCCEEDED(error->GetError(&context, &code))) {
                e.context = ErrorContext(context);
                e.code = HResult(code);
            }
            CoTaskString description;
            if (SUCCEEDED(error->GetErrorDescription(LANGIDFROMLCID(GetThreadLocale()), description.put())))
                e.description = narrow(description.text);
            ComPtr<IBackgroundCopyFile> file;
            if (SUCCEEDED(error->GetFile(file.put())) && file) {
                CoTaskString remote;
                if (SUCCEEDED(file->GetRemoteName(remote.put())))
                    e.fileUrl = narrow(remote.text);
            }
            s.error = e;
        }
    }
    ComPtr<IEnumBackgroundCopyFiles> files;
    if (SUCCEEDED(j->EnumFiles(files.put()))) {
        for (;;) {
            ComPtr<IBackgroundCopyFile> file;
            ULONG fetched = 0;
            if (files->Next(1, file.put(), &fetched) != S_OK || fetched == 0)
                break;
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
        }
    }
    return s;
}

Outcome<JobId> WindowsBitsService::createDownload(const NewJob &spec)
{
    if (FAILED(m_connected))
        return failureFrom(m_connected, "The job could not be created");
    if (auto failure = checkNewJob(spec))
        return *failure;
    const std::string name = spec.displayName.empty() ? fileNameFromUrl(spec.files.front().remoteUrl)
                                                      : spec.displayName;
    GUID guid;
    ComPtr<IBackgroundCopyJob> created;
    HRESULT hr = m_manager->CreateJob(widen(name).c_str(), BG_JOB_TYPE_DOWNLOAD, &guid, created.put());
    if (FAILED(hr))
        return failureFrom(hr, "The job could not be created");
    auto undo = [&](HRESULT cause, const std::string &what) -> Outcome<JobId> {
        created->Cancel();  // leave no half-made job behind
        return failureFrom(cause, what);
    };
    if (!spec.description.empty() && FAILED(hr = created->SetDescription(widen(spec.description).c_str())))
        return undo(hr, "The job's description could not be set");
    if (FAILED(hr = created->SetPriority(toBits(spec.priority))))
        return undo(hr, "The job's priority could not be set");
    for (const NewFile &file : spec.files) {
        hr = created->AddFile(widen(file.remoteUrl).c_str(), widen(file.localPath).c_str());
        if (FAILED(hr))
            return undo(hr, "The file " + file.remoteUrl + " could not be added");
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
    if (any)
        m_expected[id] = std::move(expected);
    return id;
}

void WindowsBitsService::onFileTransferred(const JobId &id)
{
    auto found = m_expected.find(id);
    ComPtr<IBackgroundCopyJob> j = job(id);
    if (found == m_expected.end() || !j)
        return;
    ComPtr<IEnumBackgroundCopyFiles> files;
    if (FAILED(j->EnumFiles(files.put())))
        return;
    for (;;) {
        ComPtr<IBackgroundCopyFile> file;
        ULONG fetched = 0;
        if (files->Next(1, file.put(), &fetched) != S_OK || fetched == 0)
            break;
        CoTaskString remote, local;
        BG_FILE_PROGRESS progress;
        if (FAILED(file->GetLocalName(local.put())) || FAILED(file->GetProgress(&progress)) || !progress.Completed)
            continue;
        const std::string localName = narrow(local.text);
        for (Expected &expected : found->second) {
            if (expected.localPath != localName || expected.sha256.empty() || expected.check != Check::Pending)
                continue;
            ComPtr<IBackgroundCopyFile3> file3;
            if (FAILED(file->QueryInterface(kIID_IBackgroundCopyFile3, reinterpret_cast<void **>(file3.put())))) {
                expected.check = Check::NeedsCompletion;  // older Windows (or Wine): checked after Complete
                continue;
            }
            CoTaskString temporary;
            std::optional<std::string> actual;
            if (SUCCEEDED(file3->GetTemporaryName(temporary.put())))
                actual = sha256OfFile(temporary.text ? temporary.text : L"");
            const bool match = actual && *actual == expected.sha256;
            file3->SetValidationState(match ? TRUE : FALSE);
            expected.check = match ? Check::Passed : Check::Failed;
        }
    }
}

std::optional<Failure> WindowsBitsService::checkCompletedFiles(const JobId &id)
{
    auto found = m_expected.find(id);
    if (found == m_expected.end())
        return std::nullopt;
    std::optional<Failure> failure;
    for (Expected &expected : found->second) {
        if (expected.sha256.empty() || expected.check == Check::Passed)
            continue;
        const std::wstring path = widen(expected.localPath);
        const std::optional<std::string> actual = sha256OfFile(path);
        if (actual && *actual == expected.sha256) {
            expected.check = Check::Passed;
            continue;
        }
        // Not passed off as complete: the wrong bytes go.
        DeleteFileW(path.c_str());
        failure = Failure{hr::NTE_BadHash, "The SHA-256 of " + expected.remoteUrl + " is "
                                               + (actual ? *actual : std::string("unreadable")) + ", not the expected "
                                               + expected.sha256 + "; \"" + expected.localPath
                                               + "\" was removed. Check the expected hash and download it again."};
    }
    m_expected.erase(found);
    return failure;
}

Status WindowsBitsService::call(const JobId &id, const char *what, HRESULT (*action)(IBackgroundCopyJob *))
{
    HRESULT hr = S_OK;
    ComPtr<IBackgroundCopyJob> j = job(id, &hr);
    if (j)
        hr = action(j.get());
    if (FAILED(hr))
        return failureFrom(hr, std::string("The job could not be ") + what);
    return {};
}

Status WindowsBitsService::resume(const JobId &id)
{
    return call(id, "resumed", [](IBackgroundCopyJob *j) { return j->Resume(); });
}

Status WindowsBitsService::suspend(const JobId &id)
{
    return call(id, "suspended", [](IBackgroundCopyJob *j) { return j->Suspend(); });
}

Status WindowsBitsService::cancel(const JobId &id)
{
    return call(id, "cancelled", [](IBackgroundCopyJob *j) { return j->Cancel(); });
}

Outcome<HResult> WindowsBitsService::complete(const JobId &id)
{
    HRESULT hr = S_OK;
    ComPtr<IBackgroundCopyJob> j = job(id, &hr);
    if (j) {
        // A file BITS has been told is invalid is never completed into place.
        if (auto found = m_expected.find(id); found != m_expected.end()) {
            for (const Expected &expected : found->second) {
                if (expected.check == Check::Failed)
                    return Failure{hr::NTE_BadHash, "The SHA-256 of " + expected.remoteUrl
                                                        + " does not match the expected one; the job is not completed. "
                                                          "Cancel it, check the expected hash and download it again."};
            }
        }
        hr = j->Complete();
    }
    if (FAILED(hr))
        return failureFrom(hr, "The job could not be completed");
    if (auto failure = checkCompletedFiles(id))
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
        return failureFrom(hr, "The job's priority could not be changed");
    return {};
}

NotifyCallback &WindowsBitsService::callbackFor(Observer *observer)
{
    if (!m_callback || m_callbackObserver != observer) {
        if (m_callback)
            m_callback->detach();
        m_callback = NotifyCallback::create(observer);
        m_callbackObserver = observer;
    }
    return *m_callback.get();
}

Status WindowsBitsService::subscribe(const JobId &id, Observer *observer)
{
    HRESULT hr = S_OK;
    ComPtr<IBackgroundCopyJob> j = job(id, &hr);
    if (!j)
        return failureFrom(hr, "The job could not be watched");
    NotifyCallback &callback = callbackFor(observer);
    callback.remember(j.get(), id);
    if (FAILED(hr = j->SetNotifyInterface(static_cast<IBackgroundCopyCallback2 *>(&callback)))
        || FAILED(hr = j->SetNotifyFlags(notify::Ours))) {
        callback.forget(id);
        return failureFrom(hr, "The job could not be watched");
    }
    m_subscribed.insert(id);
    return {};
}

Status WindowsBitsService::unsubscribe(const JobId &id)
{
    m_subscribed.erase(id);
    if (m_callback)
        m_callback->forget(id);
    HRESULT hr = S_OK;
    ComPtr<IBackgroundCopyJob> j = job(id, &hr);
    if (j)
        hr = j->SetNotifyInterface(nullptr);
    if (FAILED(hr) && hr != HRESULT(BG_E_NOT_FOUND) && hr != HRESULT(BG_E_INVALID_STATE) && !isDisconnection(hr))
        return failureFrom(hr, "The job's notifications could not be released");
    return {};
}

}  // namespace bits::windows
