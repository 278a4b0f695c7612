#include "embedded_service.h"

#include "file_fetch.h"
#include "job_store.h"

#include "engine/bits/hresult.h"
#include "engine/bits/policy.h"
#include "engine/bits/validation.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>
#include <filesystem>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace bits::embedded {

std::string currentUserName()
{
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name)
        return entry->pw_name;
#endif
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name.toStdString();
    }
    return {};  // unknown
}

namespace {

TimePoint now()
{
    return std::chrono::system_clock::now();
}

Failure notFound(const JobId &id)
{
    return Failure{hr::BG_E_NotFound, Sentence(BITS_TR_NOOP("bits", "The job %1 does not exist."), {id.toString()})};
}

}  // namespace

struct EmbeddedService::Job : PersistedJob {
    Observer *observer = nullptr;
    std::size_t currentFile = 0;
    std::unique_ptr<FileTransfer> fetch;  // the current file on the wire, if any
    QTimer *retryTimer = nullptr;
    TimePoint lastProgress;
    bool unlisted = false;  // final, and left out of a listing already
};

EmbeddedService::EmbeddedService(ServiceOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
    m_fetchSettings.rangeSize = m_options.rangeSize;
    m_fetchSettings.transferTimeout = m_options.transferTimeout;
    m_fetchSettings.extraCaCertificates = m_options.extraCaCertificates;
    m_uploadSettings.fragments = m_options.fragments;
    if (m_options.owner.empty())
        m_options.owner = currentUserName();
    // Never follow a redirect from https to http.
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_persistTimer = new QTimer(this);
    m_persistTimer->setSingleShot(true);
    m_persistTimer->setInterval(1000);  // progress is saved at most once a second
    connect(m_persistTimer, &QTimer::timeout, this, &EmbeddedService::persistNow);
    if (!m_options.stateFile.isEmpty()) {
        m_store = std::make_unique<JobStore>(m_options.stateFile);
        load();
    }
}

EmbeddedService::~EmbeddedService()
{
    for (auto &[id, job] : m_jobs)
        job->fetch.reset();  // aborts its request
    if (m_persistTimer->isActive())
        persistNow();
}

std::string EmbeddedService::name() const
{
    return "embedded";
}

EmbeddedService::Job *EmbeddedService::find(const JobId &id)
{
    auto it = m_jobs.find(id);
    return it == m_jobs.end() ? nullptr : it->second.get();
}

Outcome<EmbeddedService::Job *> EmbeddedService::findForAction(const JobId &id, Action action)
{
    Job *job = find(id);
    if (!job)
        return notFound(id);
    if (!serviceAccepts(job->record.state, action))
        return Failure{hr::BG_E_InvalidState,
                       Sentence(BITS_TR_NOOP("bits", "The job \"%1\" is %2, which does not allow this."),
                                {job->record.displayName, std::string(bits::name(job->record.state))})};
    return job;
}

EmbeddedService::Job &EmbeddedService::insert(std::unique_ptr<Job> job)
{
    job->retryTimer = new QTimer(this);
    job->retryTimer->setSingleShot(true);
    // Never earlier than asked: a coarse timer may fire 5% early, and a
    // server's Retry-After is a minimum.
    job->retryTimer->setTimerType(Qt::PreciseTimer);
    Job *raw = job.get();
    connect(job->retryTimer, &QTimer::timeout, this, [this, raw] {
        if (raw->record.state != JobState::TransientError)
            return;
        if (now() - raw->lastProgress >= raw->noProgressTimeout) {
            // Keeps the last transient error as the reason, as BITS does.
            setState(*raw, JobState::Error);
            notifyError(*raw);
            persistNow();
            return;
        }
        setState(*raw, JobState::Queued);
        notifyModification(*raw);
        schedule();
    });
    m_sequence = std::max(m_sequence, job->sequence);
    const JobId id = job->record.id;
    m_order.push_back(id);
    return *m_jobs.emplace(id, std::move(job)).first->second;
}

Outcome<std::vector<JobId>> EmbeddedService::listJobs()
{
    // Like BITS, completed and cancelled jobs are no longer listed. Their
    // last state can still be read until the next listing; then they are
    // forgotten, timer and all, so a long-running service does not grow.
    std::vector<JobId> ids;
    ids.reserve(m_order.size());
    std::erase_if(m_order, [&](const JobId &id) {
        auto it = m_jobs.find(id);
        Job &job = *it->second;
        if (!isFinal(job.record.state)) {
            ids.push_back(id);
            return false;
        }
        if (!job.unlisted) {
            job.unlisted = true;
            return false;
        }
        delete job.retryTimer;
        m_jobs.erase(it);
        return true;
    });
    return ids;
}

Outcome<JobSnapshot> EmbeddedService::snapshot(const JobId &id)
{
    if (const Job *job = find(id))
        return job->record;
    return notFound(id);
}

Outcome<JobId> EmbeddedService::createJob(const NewJob &spec)
{
    if (auto failure = checkNewJob(spec, m_options.maxFilesPerJob))
        return *failure;
    const auto active = std::count_if(m_jobs.begin(), m_jobs.end(),
                                      [](const auto &entry) { return !isFinal(entry.second->record.state); });
    if (std::uint32_t(active) >= m_options.maxJobs)
        return Failure{hr::BG_E_TooManyJobsPerUser,
                       Sentence::counted(BITS_TR_N_NOOP("bits",
                                                        "There are already %n jobs; the limit is %1. Complete or "
                                                        "cancel some, then try again."),
                                         active, {std::to_string(m_options.maxJobs)})};

    auto job = std::make_unique<Job>();
    JobSnapshot &r = job->record;
    r.id = JobId::generate();
    r.displayName = spec.displayName.empty() ? fileNameFromUrl(spec.files.front().remoteUrl) : spec.displayName;
    r.description = spec.description;
    r.type = spec.type;
    r.state = JobState::Suspended;
    r.priority = spec.priority;
    r.owner = m_options.owner;
    r.filesTotal = std::uint32_t(spec.files.size());
    r.bytesTotal = kSizeUnknown;
    r.created = r.modified = now();
    r.notifyFlags = notify::Default;
    const bool upload = isUpload(spec.type);
    for (const NewFile &file : spec.files) {
        FileSnapshot f;
        f.remoteUrl = file.remoteUrl;
        f.localName = std::filesystem::path(file.localPath).lexically_normal().string();
        FileExtra x;
        if (upload) {
            // The file as it is now: a change before or during the upload
            // fails it (BG_E_LOCAL_FILE_CHANGED) rather than mixing versions.
            x.uploadSource = sourceStamp(QString::fromStdString(f.localName));
            f.bytesTotal = std::uint64_t(QFileInfo(QString::fromStdString(f.localName)).size());
            r.bytesTotal = f.bytesTotal;
        }
        if (spec.type == JobType::UploadReply) {
            // The reply arrives hidden beside where it goes, and is put there
            // by Complete, like a download's file.
            const std::string replyPath = std::filesystem::path(spec.replyPath).lexically_normal().string();
            r.reply = JobSnapshot::Reply{replyPath, kSizeUnknown, 0};
            x.folder = canonicalFolder(QString::fromStdString(replyPath));
            x.tempPath = hiddenTempPath(x.folder);
            r.files.push_back(std::move(f));
            job->files.push_back(std::move(x));
            continue;
        }
        x.expectedSha256 = QString::fromStdString(file.expectedSha256).toLower().toStdString();
        // Where the user asked, resolved now: a symlink swapped in later is noticed.
        x.folder = canonicalFolder(QString::fromStdString(f.localName));
        r.files.push_back(std::move(f));
        job->files.push_back(std::move(x));
    }
    job->sequence = ++m_sequence;
    job->lastProgress = now();
    job->minimumRetryDelay =
        spec.minimumRetryDelay ? std::chrono::milliseconds(*spec.minimumRetryDelay) : m_options.minimumRetryDelay;
    job->noProgressTimeout =
        spec.noProgressTimeout ? std::chrono::milliseconds(*spec.noProgressTimeout) : m_options.noProgressTimeout;
    const JobId id = insert(std::move(job)).record.id;
    persistNow();
    return id;
}

Status EmbeddedService::resume(const JobId &id)
{
    auto found = findForAction(id, Action::Resume);
    if (!found)
        return found.failure();
    Job &job = *found.value();
    if (job.record.state == JobState::Queued || job.record.state == JobState::Connecting
        || job.record.state == JobState::Transferring)
        return {};  // already working: a no-op, as in BITS
    job.retryTimer->stop();
    job.lastProgress = now();
    setState(job, JobState::Queued);
    notifyModification(job);
    persistNow();
    schedule();
    return {};
}

Status EmbeddedService::suspend(const JobId &id)
{
    auto found = findForAction(id, Action::Suspend);
    if (!found)
        return found.failure();
    Job &job = *found.value();
    if (job.record.state == JobState::Suspended)
        return {};
    stopFetch(job);
    job.retryTimer->stop();
    setState(job, JobState::Suspended);
    notifyModification(job);
    persistNow();
    schedule();
    return {};
}

Status EmbeddedService::cancel(const JobId &id)
{
    auto found = findForAction(id, Action::Cancel);
    if (!found)
        return found.failure();
    Job &job = *found.value();
    stopFetch(job);
    job.retryTimer->stop();
    for (std::size_t i = 0; i < job.files.size(); ++i) {
        discardTempFile(job.files[i]);
        cancelUploadSession(*m_network, m_fetchSettings, job.record.files[i],
                            job.files[i]);  // uploads: the server's part
    }
    setState(job, JobState::Cancelled);
    notifyModification(job);
    persistNow();
    schedule();
    return {};
}

Outcome<HResult> EmbeddedService::complete(const JobId &id)
{
    auto found = findForAction(id, Action::Complete);
    if (!found)
        return found.failure();
    Job &job = *found.value();
    if (!isUpload(job.record.type)) {
        for (std::size_t i = 0; i < job.record.files.size(); ++i) {
            if (auto failure = placeFile(job.record.files[i], job.files[i]))
                return *failure;
        }
    } else if (job.record.reply) {
        // Complete makes an upload-reply's reply available where it goes.
        FileSnapshot reply;
        reply.localName = job.record.reply->fileName;
        if (auto failure = placeFile(reply, job.files.front()))
            return *failure;
    }
    setState(job, JobState::Acknowledged);
    notifyModification(job);
    persistNow();
    return hr::S_Ok;
}

Status EmbeddedService::setPriority(const JobId &id, Priority priority)
{
    auto found = findForAction(id, Action::SetPriority);
    if (!found)
        return found.failure();
    Job &job = *found.value();
    job.record.priority = priority;  // the next request follows it
    touch(job);
    notifyModification(job);
    persistNow();
    schedule();
    return {};
}

Outcome<std::vector<std::uint8_t>> EmbeddedService::replyData(const JobId &id)
{
    Job *job = find(id);
    if (!job)
        return notFound(id);
    if (job->record.type != JobType::UploadReply)
        return Failure{hr::E_NotImpl,
                       Sentence(BITS_TR_NOOP("bits",
                                             "The job \"%1\" is not an upload-reply job: it "
                                             "has no reply."),
                                {job->record.displayName})};
    if (!hasReplyData(job->record.type, job->record.state))
        return Failure{hr::BG_E_InvalidState,
                       Sentence(BITS_TR_NOOP("bits",
                                             "The reply of \"%1\" can be read only once the job is "
                                             "transferred and before it is completed; it is %2."),
                                {job->record.displayName, std::string(bits::name(job->record.state))})};
    // Until Complete, the reply waits in the hidden file it arrived in.
    QFile file(job->files.front().tempPath);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{
            hr::E_FileNotFound,
            Sentence(BITS_TR_NOOP("bits", "The reply of \"%1\" could not be read from \"%2\": %3."),
                     {job->record.displayName, file.fileName().toStdString(), file.errorString().toStdString()})};
    if (std::uint64_t(file.size()) > kReplyDataLimit)
        return replyTooLarge(std::uint64_t(file.size()),
                             job->record.reply ? job->record.reply->fileName : std::string());
    const QByteArray bytes = file.readAll();
    return std::vector<std::uint8_t>(bytes.begin(), bytes.end());
}

Status EmbeddedService::subscribe(const JobId &id, Observer *observer)
{
    Job *job = find(id);
    if (!job)
        return notFound(id);
    job->observer = observer;
    job->record.notifyFlags = notify::Ours;
    return {};
}

Status EmbeddedService::unsubscribe(const JobId &id)
{
    Job *job = find(id);
    if (!job)
        return notFound(id);
    job->observer = nullptr;
    job->record.notifyFlags = notify::Default;
    return {};
}

void EmbeddedService::schedule()
{
    std::vector<Job *> queued;
    int running = 0;
    for (auto &[id, job] : m_jobs) {
        const JobState s = job->record.state;
        if (s == JobState::Connecting || s == JobState::Transferring) {
            if (job->record.priority != Priority::Foreground)
                ++running;
        } else if (s == JobState::Queued && !job->fetch) {
            queued.push_back(job.get());
        }
    }
    std::sort(queued.begin(), queued.end(), [](const Job *a, const Job *b) {
        if (a->record.priority != b->record.priority)
            return a->record.priority < b->record.priority;  // FOREGROUND = 0 first
        return a->sequence < b->sequence;
    });
    for (Job *job : queued) {
        const bool foreground = job->record.priority == Priority::Foreground;
        if (!foreground && running >= m_options.maxConcurrentJobs)
            continue;
        if (!foreground)
            ++running;
        fetchNext(*job);
    }
}

void EmbeddedService::fetchNext(Job &job)
{
    auto &files = job.record.files;
    while (job.currentFile < files.size() && files[job.currentFile].completed)
        ++job.currentFile;
    if (job.currentFile >= files.size()) {
        job.record.transferCompleted = now();
        setState(job, JobState::Transferred);  // no modification for this switch, as in BITS
        notifyTransferred(job);
        persistNow();
        return;
    }
    Job *raw = &job;
    FetchEvents events;
    events.resized = [this, raw] { recountBytes(*raw); };
    events.requested = [this, raw] {
        if (raw->record.state != JobState::Transferring) {
            raw->record.error.reset();
            setState(*raw, JobState::Connecting);
            notifyModification(*raw);
        }
    };
    events.answered = [this, raw] {
        recountBytes(*raw);
        if (raw->record.state != JobState::Transferring) {
            setState(*raw, JobState::Transferring);
            persistNow();
        }
        notifyModification(*raw);
    };
    events.received = [this, raw](std::uint64_t bytes) {
        raw->record.bytesTransferred += bytes;
        raw->lastProgress = now();
        touch(*raw);
        notifyModification(*raw);  // floods, as BITS does; the feed coalesces
        persistSoon();
    };
    events.done = [this, raw] { onFileDone(*raw); };
    events.failed = [this, raw](FetchFailure failure) {
        stopFetch(*raw);
        recountBytes(*raw);
        fail(*raw, failure.state, failure.context, failure.code, std::move(failure.message), failure.retryAfter);
    };
    if (!isUpload(job.record.type))
        job.fetch = std::make_unique<FileFetch>(
            *m_network, m_fetchSettings, files[job.currentFile], job.files[job.currentFile],
            [raw] { return raw->record.priority == Priority::Foreground; }, m_buffer, std::move(events));
    else
        job.fetch = std::make_unique<FileSend>(*m_network, m_fetchSettings, m_uploadSettings, files[job.currentFile],
                                               job.files[job.currentFile], job.record.type == JobType::UploadReply,
                                               std::move(events));
    job.fetch->start();
}

void EmbeddedService::onFileDone(Job &job)
{
    stopFetch(job);
    if (job.record.reply) {
        const auto size = std::uint64_t(QFileInfo(job.files.front().tempPath).size());
        job.record.reply->bytesTotal = job.record.reply->bytesTransferred = size;
    }
    ++job.record.filesTransferred;
    recountBytes(job);
    const auto index = std::uint32_t(job.currentFile);
    touch(job);
    notifyFileTransferred(job, index);
    ++job.currentFile;
    fetchNext(job);
    if (job.record.state == JobState::Transferred)
        schedule();
}

void EmbeddedService::stopFetch(Job &job)
{
    // Retired, not deleted: this may run inside one of the fetch's own events.
    if (job.fetch) {
        job.fetch->stop();
        job.fetch.release()->deleteLater();
    }
}

void EmbeddedService::fail(Job &job, JobState state, ErrorContext context, HResult code, Sentence message,
                           std::chrono::milliseconds retryAfter)
{
    JobError error;
    error.context = context;
    error.code = code;
    error.description = std::move(message);
    error.fileUrl =
        job.currentFile < job.record.files.size() ? job.record.files[job.currentFile].remoteUrl : std::string();
    job.record.error = std::move(error);
    ++job.record.errorCount;
    setState(job, state);
    if (state == JobState::Error) {
        notifyError(job);  // no modification for the switch to ERROR, as in BITS
    } else {
        notifyModification(job);  // transient errors never reach JobError
        // The server may ask for longer than our delay; never for shorter.
        job.retryTimer->start(std::max(job.minimumRetryDelay, retryAfter));
    }
    persistNow();
    schedule();
}

void EmbeddedService::setState(Job &job, JobState state)
{
    job.record.state = state;
    touch(job);
}

void EmbeddedService::touch(Job &job)
{
    job.record.modified = now();
}

void EmbeddedService::recountBytes(Job &job)
{
    std::uint64_t total = 0;
    std::uint64_t transferred = 0;
    for (const FileSnapshot &f : job.record.files) {
        transferred += f.bytesTransferred;
        if (total != kSizeUnknown)
            total = f.bytesTotal == kSizeUnknown ? kSizeUnknown : total + f.bytesTotal;
    }
    job.record.bytesTotal = total;
    job.record.bytesTransferred = transferred;
}

void EmbeddedService::load()
{
    JobStore::Loaded loaded = m_store->load();
    m_notice = loaded.notice;
    if (!loaded.writable)
        m_store.reset();  // never overwrite what we could not read
    for (PersistedJob &stored : loaded.jobs) {
        if (isFinal(stored.record.state))
            continue;
        auto job = std::make_unique<Job>();
        static_cast<PersistedJob &>(*job) = std::move(stored);
        job->record.owner = job->record.owner.empty() ? m_options.owner : job->record.owner;
        job->lastProgress = now();
        // Files without their temporary file start over; the others resume.
        for (std::size_t i = 0; i < job->record.files.size(); ++i) {
            FileSnapshot &f = job->record.files[i];
            const QString temp = job->files[i].tempPath;
            if (!f.completed)
                f.bytesTransferred = temp.isEmpty() ? 0 : std::uint64_t(std::max<qint64>(0, QFileInfo(temp).size()));
        }
        recountBytes(*job);
        Job &inserted = insert(std::move(job));
        // What was under way when bitsmon stopped carries on, as BITS does after a restart.
        const JobState s = inserted.record.state;
        if (s == JobState::Connecting || s == JobState::Transferring || s == JobState::TransientError)
            inserted.record.state = JobState::Queued;
    }
    if (!m_jobs.empty())
        QTimer::singleShot(0, this, [this] { schedule(); });
}

void EmbeddedService::persistSoon()
{
    if (m_store && !m_persistTimer->isActive())
        m_persistTimer->start();
}

void EmbeddedService::persistNow()
{
    m_persistTimer->stop();
    if (!m_store)
        return;
    std::vector<const PersistedJob *> jobs;
    for (const JobId &id : m_order) {
        const Job &job = *m_jobs.at(id);
        if (!isFinal(job.record.state))
            jobs.push_back(&job);
    }
    Sentence error;
    if (!m_store->save(jobs, error))
        m_notice = Sentence(BITS_TR_NOOP("bits", "%1 Jobs may not survive a restart."), {error});
}

void EmbeddedService::notifyModification(const Job &job)
{
    if (job.observer && (*job.record.notifyFlags & notify::JobModification))
        job.observer->jobModification(job.record.id);
}

void EmbeddedService::notifyTransferred(const Job &job)
{
    if (job.observer && (*job.record.notifyFlags & notify::JobTransferred))
        job.observer->jobTransferred(job.record.id);
}

void EmbeddedService::notifyError(const Job &job)
{
    if (job.observer && (*job.record.notifyFlags & notify::JobError))
        job.observer->jobError(job.record.id);
}

void EmbeddedService::notifyFileTransferred(const Job &job, std::uint32_t fileIndex)
{
    if (job.observer && (*job.record.notifyFlags & notify::FileTransferred))
        job.observer->fileTransferred(job.record.id, fileIndex);
}

std::vector<Sentence> EmbeddedService::takeNotices()
{
    if (m_notice.empty() || m_notice == m_noticeTaken)
        return {};
    m_noticeTaken = m_notice;
    return {m_notice};
}

}  // namespace bits::embedded
