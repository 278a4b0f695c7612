#include "fake_bits.h"

#include "engine/windows/bits_file3.h"

#include <bits1_5.h>
#include <bits2_0.h>
#include <bits3_0.h>
#include <bits5_0.h>
#include <sddl.h>

#include <algorithm>
#include <atomic>
#include <thread>
#include <utility>

namespace fakebits {

namespace {

constexpr HRESULT kNotFound = HRESULT(0x80200001);      // BG_E_NOT_FOUND
constexpr HRESULT kInvalidState = HRESULT(0x80200002);  // BG_E_INVALID_STATE
constexpr HRESULT kTooLarge = HRESULT(0x80200020);      // BG_E_TOO_LARGE
constexpr HRESULT kEmpty = HRESULT(0x80200003);         // BG_E_EMPTY
constexpr HRESULT kTooManyFiles = HRESULT(0x80200021);  // BG_E_TOO_MANY_FILES: an upload has one
constexpr HRESULT kValidationFailed = HRESULT(0x80200053);
constexpr HRESULT kUnableToDelete = HRESULT(0x0020001A);
constexpr HRESULT kPartialComplete = HRESULT(0x00200017);

LPWSTR coTaskCopy(const std::wstring &text)
{
    auto *out = static_cast<LPWSTR>(CoTaskMemAlloc((text.size() + 1) * sizeof(wchar_t)));
    if (out)
        memcpy(out, text.c_str(), (text.size() + 1) * sizeof(wchar_t));
    return out;
}

FILETIME now()
{
    FILETIME time;
    GetSystemTimeAsFileTime(&time);
    return time;
}

}  // namespace

struct FileData {
    std::wstring remote, local, temporary;
    UINT64 total = BG_SIZE_UNKNOWN;
    UINT64 transferred = 0;
    bool completed = false;
    std::optional<bool> validated;
};

struct JobData {
    GUID id{};
    std::wstring name, description, owner;
    BG_JOB_STATE state = BG_JOB_STATE_SUSPENDED;
    BG_JOB_PRIORITY priority = BG_JOB_PRIORITY_NORMAL;
    ULONG flags = BG_NOTIFY_JOB_TRANSFERRED | BG_NOTIFY_JOB_ERROR;
    IUnknown *notify = nullptr;  // one reference, as BITS holds it
    std::vector<FileData> files;
    HRESULT errorCode = S_OK;
    BG_ERROR_CONTEXT context = BG_ERROR_CONTEXT_NONE;
    int errorFile = -1;
    ULONG errorCount = 0;
    ULONG minimumRetryDelay = 600;
    ULONG noProgressTimeout = 1209600;
    FILETIME created{}, modified{};
    bool gone = false;  // completed or cancelled: no longer listed nor found
    // Objects handed out before this epoch answer staleResult.
    unsigned epoch = 0;
    HRESULT staleResult = S_OK;
    IBackgroundCopyJob *object = nullptr;  // the current epoch's, like a proxy's identity
    unsigned objectEpoch = 0, objectGeneration = 0;
    GUID notificationClsid = GUID_NULL;  // BITS_JOB_PROPERTY_NOTIFICATION_CLSID
    BG_JOB_TYPE type = BG_JOB_TYPE_DOWNLOAD;
    // An upload-reply's reply (IBackgroundCopyJob2).
    std::wstring replyFileName;
    BG_JOB_REPLY_PROGRESS replyProgress{BG_SIZE_UNKNOWN, 0};
    std::optional<std::string> replyData;  // none: the server sent no reply
};

struct Fault {
    HRESULT result = S_OK;
    int skip = 0;
    int times = 0;
};

struct State : std::enable_shared_from_this<State> {
    mutable std::mutex mutex;
    std::vector<std::unique_ptr<JobData>> jobs;
    std::map<std::string, Fault> faults;
    std::map<std::string, int> counts;
    unsigned generation = 0;
    HRESULT restartResult = S_OK;
    bool elevated = true;
    bool unableToDelete = false;
    bool upperCase = false;
    std::map<LANGID, std::wstring> descriptions;
    std::wstring ownerSid = FakeBits::currentUserSid();
    int connects = 0;
    unsigned temporaryCounter = 0;
    std::function<void()> afterComplete;
    bool job5 = false;

    // Counts the call and answers the fault or staleness that applies; S_OK
    // lets it proceed. Called with the mutex held.
    HRESULT enter(const std::string &method, unsigned objectGeneration, const JobData *job = nullptr,
                  unsigned objectEpoch = 0)
    {
        ++counts[method];
        if (objectGeneration != generation)
            return restartResult;
        if (job && objectEpoch != job->epoch)
            return job->staleResult;
        auto fault = faults.find(method);
        if (fault == faults.end() || fault->second.times == 0)
            return S_OK;
        if (fault->second.skip > 0) {
            --fault->second.skip;
            return S_OK;
        }
        if (fault->second.times > 0)
            --fault->second.times;
        return fault->second.result;
    }

    JobData *find(const GUID &id)
    {
        for (auto &job : jobs) {
            if (IsEqualGUID(job->id, id))
                return job.get();
        }
        return nullptr;
    }

    IBackgroundCopyJob *jobObject(JobData &job);  // one reference for the caller
};

// IUnknown for single-interface-chain objects.
template <typename Interface>
class Object : public Interface {
public:
    HRESULT STDMETHODCALLTYPE QueryInterface(REFIID iid, void **out) override
    {
        if (!out)
            return E_POINTER;
        if (IsEqualIID(iid, IID_IUnknown) || answers(iid)) {
            *out = static_cast<Interface *>(this);
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

protected:
    Object(std::shared_ptr<State> state, unsigned generation)
        : m_state(std::move(state))
        , m_generation(generation)
    {
    }
    virtual ~Object() = default;
    virtual bool answers(REFIID iid) const = 0;

    std::shared_ptr<State> m_state;
    unsigned m_generation;

private:
    std::atomic<ULONG> m_references{1};
};

// ---- IBackgroundCopyError

class Error final : public Object<IBackgroundCopyError> {
public:
    Error(std::shared_ptr<State> state, unsigned generation, GUID job, unsigned epoch)
        : Object(std::move(state), generation)
        , m_job(job)
        , m_epoch(epoch)
    {
    }
    bool answers(REFIID iid) const override { return IsEqualIID(iid, IID_IBackgroundCopyError); }

    HRESULT STDMETHODCALLTYPE GetError(BG_ERROR_CONTEXT *context, HRESULT *code) override
    {
        std::lock_guard lock(m_state->mutex);
        JobData *job = m_state->find(m_job);
        if (HRESULT hr = m_state->enter("IBackgroundCopyError::GetError", m_generation, job, m_epoch))
            return hr;
        *context = job->context;
        *code = job->errorCode;
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE GetFile(IBackgroundCopyFile **file) override;
    HRESULT STDMETHODCALLTYPE GetErrorDescription(DWORD language, LPWSTR *text) override
    {
        std::lock_guard lock(m_state->mutex);
        JobData *job = m_state->find(m_job);
        if (HRESULT hr = m_state->enter("IBackgroundCopyError::GetErrorDescription", m_generation, job, m_epoch))
            return hr;
        auto found = m_state->descriptions.find(LANGID(language));
        if (found == m_state->descriptions.end())
            return HRESULT_FROM_WIN32(ERROR_MUI_FILE_NOT_LOADED);
        *text = coTaskCopy(found->second);
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE GetErrorContextDescription(DWORD, LPWSTR *) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE GetProtocol(LPWSTR *protocol) override
    {
        *protocol = coTaskCopy(L"http");
        return S_OK;
    }

private:
    GUID m_job;
    unsigned m_epoch;
};

// ---- IBackgroundCopyFile3

class File final : public Object<IBackgroundCopyFile3> {
public:
    File(std::shared_ptr<State> state, unsigned generation, GUID job, unsigned epoch, std::size_t index)
        : Object(std::move(state), generation)
        , m_job(job)
        , m_epoch(epoch)
        , m_index(index)
    {
    }
    bool answers(REFIID iid) const override
    {
        return IsEqualIID(iid, IID_IBackgroundCopyFile) || IsEqualIID(iid, IID_IBackgroundCopyFile2)
            || IsEqualIID(iid, kIID_IBackgroundCopyFile3);
    }

    HRESULT STDMETHODCALLTYPE GetRemoteName(LPWSTR *name) override
    {
        return read("IBackgroundCopyFile::GetRemoteName", [&](FileData &f) { *name = coTaskCopy(f.remote); });
    }
    HRESULT STDMETHODCALLTYPE GetLocalName(LPWSTR *name) override
    {
        const bool upper = m_state->upperCase;
        return read("IBackgroundCopyFile::GetLocalName", [&](FileData &f) {
            std::wstring local = f.local;
            if (upper)
                CharUpperBuffW(local.data(), DWORD(local.size()));
            *name = coTaskCopy(local);
        });
    }
    HRESULT STDMETHODCALLTYPE GetProgress(BG_FILE_PROGRESS *progress) override
    {
        return read("IBackgroundCopyFile::GetProgress", [&](FileData &f) {
            progress->BytesTotal = f.total;
            progress->BytesTransferred = f.transferred;
            progress->Completed = f.completed;
        });
    }
    HRESULT STDMETHODCALLTYPE GetFileRanges(DWORD *, BG_FILE_RANGE **) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE SetRemoteName(LPCWSTR) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE GetTemporaryName(LPWSTR *name) override
    {
        return read("IBackgroundCopyFile3::GetTemporaryName", [&](FileData &f) { *name = coTaskCopy(f.temporary); });
    }
    HRESULT STDMETHODCALLTYPE SetValidationState(BOOL valid) override
    {
        std::lock_guard lock(m_state->mutex);
        JobData *job = m_state->find(m_job);
        if (HRESULT hr = m_state->enter("IBackgroundCopyFile3::SetValidationState", m_generation, job, m_epoch))
            return hr;
        FileData &file = job->files[m_index];
        if (!file.completed)
            return E_PENDING;  // "You cannot validate the file until the download is complete."
        file.validated = bool(valid);
        if (!valid) {
            // From the origin server: the job goes to ERROR with
            // BG_E_VALIDATION_FAILED and the file's progress to zero.
            DeleteFileW(file.temporary.c_str());
            file.completed = false;
            file.transferred = 0;
            job->state = BG_JOB_STATE_ERROR;
            job->errorCode = kValidationFailed;
            job->context = BG_ERROR_CONTEXT_REMOTE_FILE;
            job->errorFile = int(m_index);
            ++job->errorCount;
        }
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE GetValidationState(BOOL *valid) override
    {
        return read("IBackgroundCopyFile3::GetValidationState",
                    [&](FileData &f) { *valid = f.validated.value_or(false); });
    }
    HRESULT STDMETHODCALLTYPE IsDownloadedFromPeer(BOOL *fromPeer) override
    {
        *fromPeer = FALSE;
        return S_OK;
    }

private:
    template <typename F>
    HRESULT read(const char *method, F &&f)
    {
        std::lock_guard lock(m_state->mutex);
        JobData *job = m_state->find(m_job);
        if (HRESULT hr = m_state->enter(method, m_generation, job, m_epoch))
            return hr;
        f(job->files[m_index]);
        return S_OK;
    }

    GUID m_job;
    unsigned m_epoch;
    std::size_t m_index;
};

HRESULT Error::GetFile(IBackgroundCopyFile **file)
{
    std::lock_guard lock(m_state->mutex);
    JobData *job = m_state->find(m_job);
    if (HRESULT hr = m_state->enter("IBackgroundCopyError::GetFile", m_generation, job, m_epoch))
        return hr;
    if (job->errorFile < 0)
        return HRESULT(0x80200004);  // BG_E_FILE_NOT_AVAILABLE
    *file = new File(m_state, m_generation, m_job, m_epoch, std::size_t(job->errorFile));
    return S_OK;
}

// ---- IEnumBackgroundCopyFiles

class FileEnum final : public Object<IEnumBackgroundCopyFiles> {
public:
    FileEnum(std::shared_ptr<State> state, unsigned generation, GUID job, unsigned epoch, ULONG count)
        : Object(std::move(state), generation)
        , m_job(job)
        , m_epoch(epoch)
        , m_count(count)
    {
    }
    bool answers(REFIID iid) const override { return IsEqualIID(iid, IID_IEnumBackgroundCopyFiles); }

    HRESULT STDMETHODCALLTYPE Next(ULONG wanted, IBackgroundCopyFile **out, ULONG *fetched) override
    {
        std::lock_guard lock(m_state->mutex);
        JobData *job = m_state->find(m_job);
        if (HRESULT hr = m_state->enter("IEnumBackgroundCopyFiles::Next", m_generation, job, m_epoch))
            return hr;
        ULONG n = 0;
        while (n < wanted && m_next < m_count)
            out[n++] = new File(m_state, m_generation, m_job, m_epoch, m_next++);
        if (fetched)
            *fetched = n;
        return n == wanted ? S_OK : S_FALSE;
    }
    HRESULT STDMETHODCALLTYPE Skip(ULONG n) override
    {
        m_next = std::min(m_count, m_next + n);
        return m_next < m_count ? S_OK : S_FALSE;
    }
    HRESULT STDMETHODCALLTYPE Reset() override
    {
        m_next = 0;
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE Clone(IEnumBackgroundCopyFiles **) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE GetCount(ULONG *count) override
    {
        *count = m_count;
        return S_OK;
    }

private:
    GUID m_job;
    unsigned m_epoch;
    ULONG m_count;
    ULONG m_next = 0;
};

// ---- IBackgroundCopyJob

// Answers to IBackgroundCopyJob2 as every BITS since 1.5 does (the reply of
// an upload-reply job), to IBackgroundCopyJob3..5 only when the fake plays a
// BITS that has them (setJob5); their methods beyond Job5's properties are
// not needed.
class Job final : public Object<IBackgroundCopyJob5> {
public:
    Job(std::shared_ptr<State> state, unsigned generation, GUID id, unsigned epoch)
        : Object(std::move(state), generation)
        , m_id(id)
        , m_epoch(epoch)
    {
    }
    bool answers(REFIID iid) const override
    {
        if (IsEqualIID(iid, IID_IBackgroundCopyJob) || IsEqualIID(iid, IID_IBackgroundCopyJob2))
            return true;
        std::lock_guard lock(m_state->mutex);
        return m_state->job5
            && (IsEqualIID(iid, IID_IBackgroundCopyJob3) || IsEqualIID(iid, IID_IBackgroundCopyJob4)
                || IsEqualIID(iid, IID_IBackgroundCopyJob5));
    }

    // IBackgroundCopyJob5
    HRESULT STDMETHODCALLTYPE SetProperty(BITS_JOB_PROPERTY_ID id, BITS_JOB_PROPERTY_VALUE value) override
    {
        return change("IBackgroundCopyJob5::SetProperty", [&](JobData &job) -> HRESULT {
            if (id != BITS_JOB_PROPERTY_NOTIFICATION_CLSID)
                return E_NOTIMPL;
            job.notificationClsid = value.ClsID;
            return S_OK;
        });
    }
    HRESULT STDMETHODCALLTYPE GetProperty(BITS_JOB_PROPERTY_ID id, BITS_JOB_PROPERTY_VALUE *value) override
    {
        if (id != BITS_JOB_PROPERTY_NOTIFICATION_CLSID)
            return E_NOTIMPL;
        return read("IBackgroundCopyJob5::GetProperty", [&](JobData &job) {
            *value = {};
            value->ClsID = job.notificationClsid;
        });
    }
    // IBackgroundCopyJob2: the reply, for upload-reply jobs only (E_NOTIMPL
    // for the others, as documented).
    HRESULT STDMETHODCALLTYPE GetReplyProgress(BG_JOB_REPLY_PROGRESS *progress) override
    {
        return readReply("IBackgroundCopyJob2::GetReplyProgress", [&](JobData &job) { *progress = job.replyProgress; });
    }
    HRESULT STDMETHODCALLTYPE SetReplyFileName(LPCWSTR name) override
    {
        return change("IBackgroundCopyJob2::SetReplyFileName", [&](JobData &job) -> HRESULT {
            if (job.type != BG_JOB_TYPE_UPLOAD_REPLY)
                return E_NOTIMPL;
            if (job.state != BG_JOB_STATE_SUSPENDED && job.state != BG_JOB_STATE_QUEUED)
                return kInvalidState;
            job.replyFileName = name ? name : L"";
            return S_OK;
        });
    }
    HRESULT STDMETHODCALLTYPE GetReplyFileName(LPWSTR *name) override
    {
        return readReply("IBackgroundCopyJob2::GetReplyFileName",
                         [&](JobData &job) { *name = coTaskCopy(job.replyFileName); });
    }
    // Only in TRANSFERRED; at most 1 MB, else BG_E_TOO_LARGE with the size.
    HRESULT STDMETHODCALLTYPE GetReplyData(byte **buffer, UINT64 *size) override
    {
        HRESULT result = S_OK;
        const HRESULT hr = readReply("IBackgroundCopyJob2::GetReplyData", [&](JobData &job) {
            *buffer = nullptr;
            *size = job.replyData ? job.replyData->size() : 0;
            if (job.state != BG_JOB_STATE_TRANSFERRED)
                result = kInvalidState;
            else if (*size > 1024 * 1024)
                result = kTooLarge;
            else if (job.replyData) {
                *buffer = static_cast<byte *>(CoTaskMemAlloc(std::max<size_t>(*size, 1)));
                std::copy(job.replyData->begin(), job.replyData->end(), *buffer);
            }
        });
        return FAILED(hr) ? hr : result;
    }
    // IBackgroundCopyJob2..4: not played.
    HRESULT STDMETHODCALLTYPE SetNotifyCmdLine(LPCWSTR, LPCWSTR) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE GetNotifyCmdLine(LPWSTR *, LPWSTR *) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE SetCredentials(BG_AUTH_CREDENTIALS *) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE RemoveCredentials(BG_AUTH_TARGET, BG_AUTH_SCHEME) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE ReplaceRemotePrefix(LPCWSTR, LPCWSTR) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE AddFileWithRanges(LPCWSTR, LPCWSTR, DWORD, BG_FILE_RANGE[]) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE SetFileACLFlags(DWORD) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE GetFileACLFlags(DWORD *) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE SetPeerCachingFlags(DWORD) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE GetPeerCachingFlags(DWORD *) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE GetOwnerIntegrityLevel(ULONG *) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE GetOwnerElevationState(WINBOOL *) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE SetMaximumDownloadTime(ULONG) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE GetMaximumDownloadTime(ULONG *) override { return E_NOTIMPL; }

    HRESULT STDMETHODCALLTYPE AddFileSet(ULONG count, BG_FILE_INFO *files) override
    {
        for (ULONG i = 0; i < count; ++i) {
            if (HRESULT hr = AddFile(files[i].RemoteName, files[i].LocalName); FAILED(hr))
                return hr;
        }
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE AddFile(LPCWSTR remote, LPCWSTR local) override
    {
        return change("IBackgroundCopyJob::AddFile", [&](JobData &job) -> HRESULT {
            if (job.state != BG_JOB_STATE_SUSPENDED)
                return kInvalidState;
            if (job.type != BG_JOB_TYPE_DOWNLOAD && !job.files.empty())
                return kTooManyFiles;
            // BITS keeps the full path, as GetFullPathName makes it.
            wchar_t full[MAX_PATH];
            if (!GetFullPathNameW(local, MAX_PATH, full, nullptr))
                return E_INVALIDARG;
            FileData file;
            file.remote = remote;
            file.local = full;
            job.files.push_back(file);
            return S_OK;
        });
    }
    HRESULT STDMETHODCALLTYPE EnumFiles(IEnumBackgroundCopyFiles **out) override
    {
        std::lock_guard lock(m_state->mutex);
        JobData *job = m_state->find(m_id);
        if (HRESULT hr = m_state->enter("IBackgroundCopyJob::EnumFiles", m_generation, job, m_epoch))
            return hr;
        *out = new FileEnum(m_state, m_generation, m_id, m_epoch, ULONG(job->files.size()));
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE Suspend() override
    {
        return change("IBackgroundCopyJob::Suspend", [](JobData &job) -> HRESULT {
            if (job.state == BG_JOB_STATE_TRANSFERRED)
                return kInvalidState;
            job.state = BG_JOB_STATE_SUSPENDED;
            return S_OK;
        });
    }
    HRESULT STDMETHODCALLTYPE Resume() override
    {
        return change("IBackgroundCopyJob::Resume", [](JobData &job) -> HRESULT {
            if (job.files.empty())
                return kEmpty;
            if (job.state == BG_JOB_STATE_TRANSFERRED)
                return S_OK;
            job.state = BG_JOB_STATE_QUEUED;
            job.errorCode = S_OK;
            job.errorFile = -1;
            return S_OK;
        });
    }
    HRESULT STDMETHODCALLTYPE Cancel() override
    {
        IUnknown *released = nullptr;
        HRESULT result = change("IBackgroundCopyJob::Cancel", [&](JobData &job) -> HRESULT {
            for (FileData &file : job.files)
                DeleteFileW(file.temporary.c_str());
            job.state = BG_JOB_STATE_CANCELLED;
            job.gone = true;
            released = std::exchange(job.notify, nullptr);
            return S_OK;
        });
        if (released)
            released->Release();
        return result;
    }
    HRESULT STDMETHODCALLTYPE Complete() override
    {
        IUnknown *released = nullptr;
        HRESULT result = change("IBackgroundCopyJob::Complete", [&](JobData &job) -> HRESULT {
            bool partial = false;
            for (FileData &file : job.files) {
                if (file.completed && !file.temporary.empty()) {
                    if (!MoveFileExW(file.temporary.c_str(), file.local.c_str(), MOVEFILE_REPLACE_EXISTING))
                        return HRESULT_FROM_WIN32(GetLastError());
                } else {
                    // Files that did not finish are deleted, never placed.
                    if (!file.temporary.empty())
                        DeleteFileW(file.temporary.c_str());
                    partial = true;
                }
            }
            job.state = BG_JOB_STATE_ACKNOWLEDGED;
            job.gone = true;  // Windows drops it from the list at once
            released = std::exchange(job.notify, nullptr);
            if (m_state->unableToDelete)
                return kUnableToDelete;
            return partial ? kPartialComplete : S_OK;
        });
        if (released)
            released->Release();
        std::function<void()> hook;
        {
            std::lock_guard lock(m_state->mutex);
            hook = m_state->afterComplete;
        }
        if (SUCCEEDED(result) && hook)
            hook();
        return result;
    }
    HRESULT STDMETHODCALLTYPE GetId(GUID *id) override
    {
        return read("IBackgroundCopyJob::GetId", [&](JobData &job) { *id = job.id; });
    }
    HRESULT STDMETHODCALLTYPE GetType(BG_JOB_TYPE *type) override
    {
        return read("IBackgroundCopyJob::GetType", [&](JobData &job) { *type = job.type; });
    }
    HRESULT STDMETHODCALLTYPE GetProgress(BG_JOB_PROGRESS *progress) override
    {
        return read("IBackgroundCopyJob::GetProgress", [&](JobData &job) {
            *progress = {};
            for (const FileData &file : job.files) {
                progress->BytesTotal = file.total == BG_SIZE_UNKNOWN || progress->BytesTotal == BG_SIZE_UNKNOWN
                    ? BG_SIZE_UNKNOWN
                    : progress->BytesTotal + file.total;
                progress->BytesTransferred += file.transferred;
                progress->FilesTransferred += file.completed ? 1 : 0;
            }
            progress->FilesTotal = ULONG(job.files.size());
        });
    }
    HRESULT STDMETHODCALLTYPE GetTimes(BG_JOB_TIMES *times) override
    {
        return read("IBackgroundCopyJob::GetTimes", [&](JobData &job) {
            *times = {};
            times->CreationTime = job.created;
            times->ModificationTime = job.modified;
        });
    }
    HRESULT STDMETHODCALLTYPE GetState(BG_JOB_STATE *state) override
    {
        return read("IBackgroundCopyJob::GetState", [&](JobData &job) { *state = job.state; });
    }
    HRESULT STDMETHODCALLTYPE GetError(IBackgroundCopyError **error) override
    {
        std::lock_guard lock(m_state->mutex);
        JobData *job = m_state->find(m_id);
        if (HRESULT hr = m_state->enter("IBackgroundCopyJob::GetError", m_generation, job, m_epoch))
            return hr;
        if (job->state != BG_JOB_STATE_ERROR && job->state != BG_JOB_STATE_TRANSIENT_ERROR)
            return HRESULT(0x8020000F);  // BG_E_ERROR_INFORMATION_UNAVAILABLE
        *error = new Error(m_state, m_generation, m_id, m_epoch);
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE GetOwner(LPWSTR *owner) override
    {
        return read("IBackgroundCopyJob::GetOwner", [&](JobData &job) { *owner = coTaskCopy(job.owner); });
    }
    HRESULT STDMETHODCALLTYPE SetDisplayName(LPCWSTR name) override
    {
        return change("IBackgroundCopyJob::SetDisplayName", [&](JobData &job) -> HRESULT {
            job.name = name;
            return S_OK;
        });
    }
    HRESULT STDMETHODCALLTYPE GetDisplayName(LPWSTR *name) override
    {
        return read("IBackgroundCopyJob::GetDisplayName", [&](JobData &job) { *name = coTaskCopy(job.name); });
    }
    HRESULT STDMETHODCALLTYPE SetDescription(LPCWSTR text) override
    {
        return change("IBackgroundCopyJob::SetDescription", [&](JobData &job) -> HRESULT {
            job.description = text;
            return S_OK;
        });
    }
    HRESULT STDMETHODCALLTYPE GetDescription(LPWSTR *text) override
    {
        return read("IBackgroundCopyJob::GetDescription", [&](JobData &job) { *text = coTaskCopy(job.description); });
    }
    HRESULT STDMETHODCALLTYPE SetPriority(BG_JOB_PRIORITY priority) override
    {
        return change("IBackgroundCopyJob::SetPriority", [&](JobData &job) -> HRESULT {
            job.priority = priority;
            return S_OK;
        });
    }
    HRESULT STDMETHODCALLTYPE GetPriority(BG_JOB_PRIORITY *priority) override
    {
        return read("IBackgroundCopyJob::GetPriority", [&](JobData &job) { *priority = job.priority; });
    }
    HRESULT STDMETHODCALLTYPE SetNotifyFlags(ULONG flags) override
    {
        return change("IBackgroundCopyJob::SetNotifyFlags", [&](JobData &job) -> HRESULT {
            job.flags = flags;
            return S_OK;
        });
    }
    HRESULT STDMETHODCALLTYPE GetNotifyFlags(ULONG *flags) override
    {
        return read("IBackgroundCopyJob::GetNotifyFlags", [&](JobData &job) { *flags = job.flags; });
    }
    HRESULT STDMETHODCALLTYPE SetNotifyInterface(IUnknown *callback) override
    {
        IUnknown *released = nullptr;
        if (callback)
            callback->AddRef();
        HRESULT result = change("IBackgroundCopyJob::SetNotifyInterface", [&](JobData &job) -> HRESULT {
            released = std::exchange(job.notify, callback);
            callback = nullptr;
            return S_OK;
        });
        if (callback)  // refused: not kept
            callback->Release();
        if (released)
            released->Release();
        return result;
    }
    HRESULT STDMETHODCALLTYPE GetNotifyInterface(IUnknown **callback) override
    {
        return read("IBackgroundCopyJob::GetNotifyInterface", [&](JobData &job) {
            *callback = job.notify;
            if (job.notify)
                job.notify->AddRef();
        });
    }
    HRESULT STDMETHODCALLTYPE SetMinimumRetryDelay(ULONG seconds) override
    {
        return change("IBackgroundCopyJob::SetMinimumRetryDelay", [&](JobData &job) -> HRESULT {
            job.minimumRetryDelay = seconds;
            return S_OK;
        });
    }
    HRESULT STDMETHODCALLTYPE GetMinimumRetryDelay(ULONG *seconds) override
    {
        return read("IBackgroundCopyJob::GetMinimumRetryDelay",
                    [&](JobData &job) { *seconds = job.minimumRetryDelay; });
    }
    HRESULT STDMETHODCALLTYPE SetNoProgressTimeout(ULONG seconds) override
    {
        return change("IBackgroundCopyJob::SetNoProgressTimeout", [&](JobData &job) -> HRESULT {
            job.noProgressTimeout = seconds;
            return S_OK;
        });
    }
    HRESULT STDMETHODCALLTYPE GetNoProgressTimeout(ULONG *seconds) override
    {
        return read("IBackgroundCopyJob::GetNoProgressTimeout",
                    [&](JobData &job) { *seconds = job.noProgressTimeout; });
    }
    HRESULT STDMETHODCALLTYPE GetErrorCount(ULONG *errors) override
    {
        return read("IBackgroundCopyJob::GetErrorCount", [&](JobData &job) { *errors = job.errorCount; });
    }
    HRESULT STDMETHODCALLTYPE SetProxySettings(BG_JOB_PROXY_USAGE, const WCHAR *, const WCHAR *) override
    {
        return E_NOTIMPL;
    }
    HRESULT STDMETHODCALLTYPE GetProxySettings(BG_JOB_PROXY_USAGE *, LPWSTR *, LPWSTR *) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE TakeOwnership() override { return E_NOTIMPL; }

private:
    template <typename F>
    HRESULT read(const char *method, F &&f)
    {
        std::lock_guard lock(m_state->mutex);
        JobData *job = m_state->find(m_id);
        if (HRESULT hr = m_state->enter(method, m_generation, job, m_epoch))
            return hr;
        f(*job);
        return S_OK;
    }
    // A read of an upload-reply's reply: E_NOTIMPL for other jobs, as documented.
    template <typename F>
    HRESULT readReply(const char *method, F &&f)
    {
        HRESULT result = S_OK;
        const HRESULT hr = read(method, [&](JobData &job) {
            if (job.type == BG_JOB_TYPE_UPLOAD_REPLY)
                f(job);
            else
                result = E_NOTIMPL;
        });
        return FAILED(hr) ? hr : result;
    }
    // A change: refused once the job is acknowledged or cancelled.
    template <typename F>
    HRESULT change(const char *method, F &&f)
    {
        std::lock_guard lock(m_state->mutex);
        JobData *job = m_state->find(m_id);
        if (HRESULT hr = m_state->enter(method, m_generation, job, m_epoch))
            return hr;
        if (job->state == BG_JOB_STATE_ACKNOWLEDGED || job->state == BG_JOB_STATE_CANCELLED)
            return kInvalidState;
        const HRESULT hr = f(*job);
        job->modified = now();
        return hr;
    }

    GUID m_id;
    unsigned m_epoch;
};

IBackgroundCopyJob *State::jobObject(JobData &job)
{
    if (!job.object || job.objectEpoch != job.epoch || job.objectGeneration != generation) {
        if (job.object)
            job.object->Release();  // our own object: no call leaves the process
        job.object = new Job(shared_from_this(), generation, job.id, job.epoch);
        job.objectEpoch = job.epoch;
        job.objectGeneration = generation;
    }
    job.object->AddRef();
    return job.object;
}

// ---- IEnumBackgroundCopyJobs

class JobEnum final : public Object<IEnumBackgroundCopyJobs> {
public:
    JobEnum(std::shared_ptr<State> state, unsigned generation, std::vector<IBackgroundCopyJob *> jobs)
        : Object(std::move(state), generation)
        , m_jobs(std::move(jobs))
    {
    }
    ~JobEnum() override
    {
        for (IBackgroundCopyJob *job : m_jobs)
            job->Release();
    }
    bool answers(REFIID iid) const override { return IsEqualIID(iid, IID_IEnumBackgroundCopyJobs); }

    HRESULT STDMETHODCALLTYPE Next(ULONG wanted, IBackgroundCopyJob **out, ULONG *fetched) override
    {
        {
            std::lock_guard lock(m_state->mutex);
            if (HRESULT hr = m_state->enter("IEnumBackgroundCopyJobs::Next", m_generation)) {
                if (fetched)
                    *fetched = 0;
                return hr;
            }
        }
        ULONG n = 0;
        while (n < wanted && m_next < m_jobs.size()) {
            out[n] = m_jobs[m_next++];
            out[n++]->AddRef();
        }
        if (fetched)
            *fetched = n;
        return n == wanted ? S_OK : S_FALSE;
    }
    HRESULT STDMETHODCALLTYPE Skip(ULONG n) override
    {
        m_next = std::min(m_jobs.size(), m_next + n);
        return m_next < m_jobs.size() ? S_OK : S_FALSE;
    }
    HRESULT STDMETHODCALLTYPE Reset() override
    {
        m_next = 0;
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE Clone(IEnumBackgroundCopyJobs **) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE GetCount(ULONG *count) override
    {
        *count = ULONG(m_jobs.size());
        return S_OK;
    }

private:
    std::vector<IBackgroundCopyJob *> m_jobs;
    std::size_t m_next = 0;
};

// ---- IBackgroundCopyManager

class Manager final : public Object<IBackgroundCopyManager> {
public:
    Manager(std::shared_ptr<State> state, unsigned generation)
        : Object(std::move(state), generation)
    {
    }
    bool answers(REFIID iid) const override { return IsEqualIID(iid, IID_IBackgroundCopyManager); }

    HRESULT STDMETHODCALLTYPE CreateJob(LPCWSTR name, BG_JOB_TYPE type, GUID *id, IBackgroundCopyJob **job) override
    {
        std::lock_guard lock(m_state->mutex);
        if (HRESULT hr = m_state->enter("IBackgroundCopyManager::CreateJob", m_generation))
            return hr;
        if (type != BG_JOB_TYPE_DOWNLOAD && type != BG_JOB_TYPE_UPLOAD && type != BG_JOB_TYPE_UPLOAD_REPLY)
            return E_INVALIDARG;
        auto data = std::make_unique<JobData>();
        data->type = type;
        CoCreateGuid(&data->id);
        data->name = name;
        data->owner = m_state->ownerSid;
        data->created = data->modified = now();
        *id = data->id;
        JobData &made = *data;
        m_state->jobs.push_back(std::move(data));
        *job = m_state->jobObject(made);
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE GetJob(REFGUID id, IBackgroundCopyJob **job) override
    {
        std::lock_guard lock(m_state->mutex);
        if (HRESULT hr = m_state->enter("IBackgroundCopyManager::GetJob", m_generation))
            return hr;
        JobData *found = m_state->find(id);
        if (!found || found->gone)
            return kNotFound;
        *job = m_state->jobObject(*found);
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE EnumJobs(DWORD flags, IEnumBackgroundCopyJobs **out) override
    {
        std::lock_guard lock(m_state->mutex);
        if (HRESULT hr = m_state->enter("IBackgroundCopyManager::EnumJobs", m_generation))
            return hr;
        if ((flags & BG_JOB_ENUM_ALL_USERS) && !m_state->elevated)
            return E_ACCESSDENIED;
        std::vector<IBackgroundCopyJob *> listed;
        for (auto &job : m_state->jobs) {
            if (!job->gone)
                listed.push_back(m_state->jobObject(*job));
        }
        *out = new JobEnum(m_state, m_generation, std::move(listed));
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE GetErrorDescription(HRESULT, DWORD, LPWSTR *) override { return E_NOTIMPL; }
};

// ---- FakeBits

FakeBits::FakeBits()
    : m_state(std::make_shared<State>())
{
}

FakeBits::~FakeBits()
{
    std::vector<IUnknown *> released;
    {
        std::lock_guard lock(m_state->mutex);
        for (auto &job : m_state->jobs) {
            if (job->notify)
                released.push_back(std::exchange(job->notify, nullptr));
            if (job->object)
                released.push_back(std::exchange(job->object, nullptr));
        }
    }
    for (IUnknown *object : released)
        object->Release();
}

std::function<HRESULT(IBackgroundCopyManager **)> FakeBits::connector()
{
    return [state = m_state](IBackgroundCopyManager **out) -> HRESULT {
        std::lock_guard lock(state->mutex);
        ++state->connects;
        if (HRESULT hr = state->enter("connect", state->generation)) {
            *out = nullptr;
            return hr;
        }
        *out = new Manager(state, state->generation);
        return S_OK;
    };
}

int FakeBits::connects() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->connects;
}

void FakeBits::fail(const std::string &method, HRESULT hr, int skip, int times)
{
    std::lock_guard lock(m_state->mutex);
    m_state->faults[method] = Fault{hr, skip, times};
}

int FakeBits::calls(const std::string &method) const
{
    std::lock_guard lock(m_state->mutex);
    auto found = m_state->counts.find(method);
    return found == m_state->counts.end() ? 0 : found->second;
}

void FakeBits::restart(HRESULT hr)
{
    std::vector<IUnknown *> released;
    {
        std::lock_guard lock(m_state->mutex);
        ++m_state->generation;
        m_state->restartResult = hr;
        for (auto &job : m_state->jobs) {
            if (job->notify)
                released.push_back(std::exchange(job->notify, nullptr));
        }
    }
    for (IUnknown *callback : released)
        callback->Release();
}

void FakeBits::disconnectJobObjects(const GUID &id, HRESULT hr)
{
    std::lock_guard lock(m_state->mutex);
    if (JobData *job = m_state->find(id)) {
        ++job->epoch;
        job->staleResult = hr;
    }
}

void FakeBits::transfer(const GUID &id, const std::vector<std::string> &bodies)
{
    IUnknown *callback = nullptr;
    IBackgroundCopyJob *jobObject = nullptr;
    std::vector<IBackgroundCopyFile *> finished;
    bool allDone = false;
    ULONG flags = 0;
    {
        std::lock_guard lock(m_state->mutex);
        JobData *job = m_state->find(id);
        if (!job)
            return;
        for (std::size_t i = 0; i < bodies.size() && i < job->files.size(); ++i) {
            FileData &file = job->files[i];
            if (file.temporary.empty()) {
                const std::wstring folder = file.local.substr(0, file.local.find_last_of(L'\\') + 1);
                wchar_t name[32];
                swprintf(name, 32, L"BIT%04X.tmp", ++m_state->temporaryCounter);
                file.temporary = folder + name;
            }
            HANDLE out = CreateFileW(file.temporary.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_DELETE,
                                     nullptr, CREATE_ALWAYS, FILE_ATTRIBUTE_HIDDEN, nullptr);
            DWORD written = 0;
            WriteFile(out, bodies[i].data(), DWORD(bodies[i].size()), &written, nullptr);
            CloseHandle(out);
            file.total = file.transferred = bodies[i].size();
            file.completed = true;
            file.validated.reset();
            finished.push_back(new File(m_state, m_state->generation, id, job->epoch, i));
        }
        allDone = true;
        for (const FileData &file : job->files)
            allDone = allDone && file.completed;
        job->state = allDone ? BG_JOB_STATE_TRANSFERRED : BG_JOB_STATE_TRANSFERRING;
        job->modified = now();
        flags = job->flags;
        if ((callback = job->notify))
            callback->AddRef();
        jobObject = m_state->jobObject(*job);
    }
    // The calls come on another thread of the process, as from RPC.
    std::thread rpc([&] {
        CoInitializeEx(nullptr, COINIT_MULTITHREADED);
        IBackgroundCopyCallback2 *two = nullptr;
        IBackgroundCopyCallback *one = nullptr;
        if (callback) {
            callback->QueryInterface(IID_IBackgroundCopyCallback2, reinterpret_cast<void **>(&two));
            callback->QueryInterface(IID_IBackgroundCopyCallback, reinterpret_cast<void **>(&one));
        }
        if (two && (flags & BG_NOTIFY_FILE_TRANSFERRED)) {
            for (IBackgroundCopyFile *file : finished)
                two->FileTransferred(jobObject, file);
        }
        if (one && allDone && (flags & BG_NOTIFY_JOB_TRANSFERRED))
            one->JobTransferred(jobObject);
        if (two)
            two->Release();
        if (one)
            one->Release();
        CoUninitialize();
    });
    rpc.join();
    for (IBackgroundCopyFile *file : finished)
        file->Release();
    jobObject->Release();
    if (callback)
        callback->Release();
}

void FakeBits::setReplyProgress(const GUID &id, UINT64 transferred, UINT64 total)
{
    std::lock_guard lock(m_state->mutex);
    if (JobData *job = m_state->find(id))
        job->replyProgress = {total, transferred};
}

void FakeBits::setReply(const GUID &id, const std::string &bytes)
{
    std::lock_guard lock(m_state->mutex);
    if (JobData *job = m_state->find(id)) {
        job->replyData = bytes;
        job->replyProgress = {bytes.size(), bytes.size()};
    }
}

void FakeBits::failTransfer(const GUID &id, HRESULT code, BG_ERROR_CONTEXT context)
{
    IUnknown *callback = nullptr;
    IBackgroundCopyJob *jobObject = nullptr;
    ULONG flags = 0;
    {
        std::lock_guard lock(m_state->mutex);
        JobData *job = m_state->find(id);
        if (!job)
            return;
        job->state = BG_JOB_STATE_ERROR;
        job->errorCode = code;
        job->context = context;
        job->errorFile = job->files.empty() ? -1 : 0;
        ++job->errorCount;
        flags = job->flags;
        if ((callback = job->notify))
            callback->AddRef();
        jobObject = m_state->jobObject(*job);
    }
    std::thread rpc([&] {
        CoInitializeEx(nullptr, COINIT_MULTITHREADED);
        IBackgroundCopyCallback *one = nullptr;
        if (callback)
            callback->QueryInterface(IID_IBackgroundCopyCallback, reinterpret_cast<void **>(&one));
        IBackgroundCopyError *error = nullptr;
        if (one && (flags & BG_NOTIFY_JOB_ERROR) && SUCCEEDED(jobObject->GetError(&error))) {
            one->JobError(jobObject, error);
            error->Release();
        }
        if (one)
            one->Release();
        CoUninitialize();
    });
    rpc.join();
    jobObject->Release();
    if (callback)
        callback->Release();
}

GUID FakeBits::addForeignJob(const std::wstring &name)
{
    std::lock_guard lock(m_state->mutex);
    auto data = std::make_unique<JobData>();
    CoCreateGuid(&data->id);
    data->name = name;
    data->owner = m_state->ownerSid;
    data->created = data->modified = now();
    FileData file;
    file.remote = L"http://127.0.0.1:9/other.bin";
    file.local = L"C:\\other.bin";
    data->files.push_back(file);
    const GUID id = data->id;
    m_state->jobs.push_back(std::move(data));
    return id;
}

void FakeBits::setElevated(bool elevated)
{
    std::lock_guard lock(m_state->mutex);
    m_state->elevated = elevated;
}

void FakeBits::setUnableToDeleteOnComplete(bool on)
{
    std::lock_guard lock(m_state->mutex);
    m_state->unableToDelete = on;
}

void FakeBits::setUpperCaseLocalNames(bool on)
{
    std::lock_guard lock(m_state->mutex);
    m_state->upperCase = on;
}

void FakeBits::setErrorDescription(LANGID language, const std::wstring &text)
{
    std::lock_guard lock(m_state->mutex);
    m_state->descriptions[language] = text;
}

void FakeBits::setJob5(bool on)
{
    std::lock_guard lock(m_state->mutex);
    m_state->job5 = on;
}

void FakeBits::setAfterComplete(std::function<void()> hook)
{
    std::lock_guard lock(m_state->mutex);
    m_state->afterComplete = std::move(hook);
}

void FakeBits::setOwnerSid(const std::wstring &sid)
{
    std::lock_guard lock(m_state->mutex);
    m_state->ownerSid = sid;
}

std::optional<JobInfo> FakeBits::info(const GUID &id) const
{
    std::lock_guard lock(m_state->mutex);
    JobData *job = m_state->find(id);
    if (!job)
        return std::nullopt;
    JobInfo info;
    info.state = job->state;
    info.notifyFlags = job->flags;
    info.hasNotifyInterface = job->notify != nullptr;
    info.minimumRetryDelay = job->minimumRetryDelay;
    info.noProgressTimeout = job->noProgressTimeout;
    info.errorCode = job->errorCode;
    info.notificationClsid = job->notificationClsid;
    info.type = job->type;
    info.replyFileName = job->replyFileName;
    for (const FileData &file : job->files)
        info.files.push_back({file.remote, file.local, file.temporary, file.completed, file.validated});
    return info;
}

std::vector<GUID> FakeBits::jobIds() const
{
    std::lock_guard lock(m_state->mutex);
    std::vector<GUID> ids;
    for (auto &job : m_state->jobs) {
        if (!job->gone)
            ids.push_back(job->id);
    }
    return ids;
}

std::wstring FakeBits::currentUserSid()
{
    HANDLE token = nullptr;
    std::wstring text;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return text;
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<BYTE> buffer(size);
    LPWSTR sid = nullptr;
    if (GetTokenInformation(token, TokenUser, buffer.data(), size, &size)
        && ConvertSidToStringSidW(reinterpret_cast<TOKEN_USER *>(buffer.data())->User.Sid, &sid)) {
        text = sid;
        LocalFree(sid);
    }
    CloseHandle(token);
    return text;
}

}  // namespace fakebits
