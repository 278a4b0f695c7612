#include "embedded_service.h"

#include "job_store.h"

#include "engine/bits/hresult.h"
#include "engine/bits/http_headers.h"
#include "engine/bits/range_answer.h"
#include "engine/bits/policy.h"
#include "engine/bits/validation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
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

HResult hresultFromErrno(int error)
{
    switch (error) {
    case ENOENT:
    case ENOTDIR: return hr::E_PathNotFound;
    case EACCES:
    case EPERM:
    case ELOOP: return hr::E_AccessDenied;
    case EROFS: return hr::E_WriteProtect;
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return hr::E_DiskFull;
    case ENAMETOOLONG: return hr::E_FilenameTooLong;
    default: return hr::E_Fail;
    }
}

struct TransportError {
    JobState state;
    HResult code;
};

// How BITS classifies a transport failure: most are transient (retried after
// the minimum retry delay); certificate failures and insecure redirects are not.
TransportError classify(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return {JobState::TransientError, hr::BG_E_ConnectFailure};
    case QNetworkReply::HostNotFoundError:
        return {JobState::TransientError, hr::BG_E_NameResolutionFailure};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:  // the transfer timeout
        return {JobState::TransientError, hr::BG_E_Timeout};
    case QNetworkReply::SslHandshakeFailedError:
        return {JobState::Error, hr::E_InternetSecureFailure};
    case QNetworkReply::InsecureRedirectError:
        return {JobState::Error, hr::E_InternetHttpsToHttpOnRedirect};
    default:
        return {JobState::TransientError, hr::BG_E_NetworkDisconnected};
    }
}

// 5xx but "not implemented" and "version not supported" may pass; BITS
// treats those as final, the rest as the server's passing trouble.
bool isTransientStatus(int status)
{
    return (status >= 500 && status != 501 && status != 505) || status == 408 || status == 429;
}

QString canonicalFolder(const QString &path)
{
    return QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath();
}

}  // namespace

struct EmbeddedService::Job : PersistedJob {
    Observer *observer = nullptr;
    std::size_t currentFile = 0;
    QPointer<QNetworkReply> reply;
    std::unique_ptr<QFile> out;
    QTimer *retryTimer = nullptr;
    TimePoint lastProgress;
    // The request under way.
    std::uint64_t requestStart = 0;
    std::uint64_t requestEnd = kSizeUnknown;  // inclusive; unknown: to the end
    bool requestRanged = false;
    bool sentIfRange = false;
    bool bodyAccepted = false;  // headers checked, the body is the file's
};

EmbeddedService::EmbeddedService(ServiceOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
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
        stopTransfer(*job);
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
        return Failure{hr::BG_E_NotFound, "The job " + id.toString() + " does not exist."};
    if (!serviceAccepts(job->record.state, action))
        return Failure{hr::BG_E_InvalidState,
                       "The job \"" + job->record.displayName + "\" is "
                           + std::string(bits::name(job->record.state)) + ", which does not allow this."};
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
    // Like BITS, completed and cancelled jobs are no longer listed.
    std::vector<JobId> ids;
    ids.reserve(m_order.size());
    for (const JobId &id : m_order) {
        if (!isFinal(m_jobs.at(id)->record.state))
            ids.push_back(id);
    }
    return ids;
}

Outcome<JobSnapshot> EmbeddedService::snapshot(const JobId &id)
{
    if (const Job *job = find(id))
        return job->record;
    return Failure{hr::BG_E_NotFound, "The job " + id.toString() + " does not exist."};
}

Outcome<JobId> EmbeddedService::createDownload(const NewJob &spec)
{
    if (auto failure = checkNewJob(spec, m_options.maxFilesPerJob))
        return *failure;
    const auto active = std::count_if(m_jobs.begin(), m_jobs.end(),
                                      [](const auto &entry) { return !isFinal(entry.second->record.state); });
    if (std::uint32_t(active) >= m_options.maxJobs)
        return Failure{hr::BG_E_TooManyJobsPerUser, "There are already " + std::to_string(active)
                                                        + " jobs; the limit is " + std::to_string(m_options.maxJobs)
                                                        + ". Complete or cancel some, then try again."};

    auto job = std::make_unique<Job>();
    JobSnapshot &r = job->record;
    r.id = JobId::generate();
    r.displayName = spec.displayName.empty() ? fileNameFromUrl(spec.files.front().remoteUrl) : spec.displayName;
    r.description = spec.description;
    r.type = JobType::Download;
    r.state = JobState::Suspended;
    r.priority = spec.priority;
    r.owner = m_options.owner;
    r.filesTotal = std::uint32_t(spec.files.size());
    r.bytesTotal = kSizeUnknown;
    r.created = r.modified = now();
    r.notifyFlags = notify::Default;
    for (const NewFile &file : spec.files) {
        FileSnapshot f;
        f.remoteUrl = file.remoteUrl;
        f.localName = std::filesystem::path(file.localPath).lexically_normal().string();
        FileExtra x;
        x.expectedSha256 = QString::fromStdString(file.expectedSha256).toLower().toStdString();
        // Where the user asked, resolved now: a symlink swapped in later is noticed.
        x.folder = canonicalFolder(QString::fromStdString(f.localName));
        r.files.push_back(std::move(f));
        job->files.push_back(std::move(x));
    }
    job->sequence = ++m_sequence;
    job->lastProgress = now();
    job->minimumRetryDelay = spec.minimumRetryDelay ? std::chrono::milliseconds(*spec.minimumRetryDelay)
                                                    : m_options.minimumRetryDelay;
    job->noProgressTimeout = spec.noProgressTimeout ? std::chrono::milliseconds(*spec.noProgressTimeout)
                                                    : m_options.noProgressTimeout;
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
    stopTransfer(job);
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
    stopTransfer(job);
    job.retryTimer->stop();
    for (FileExtra &file : job.files) {
        if (!file.tempPath.isEmpty())
            QFile::remove(file.tempPath);
        file.tempPath.clear();
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
    for (std::size_t i = 0; i < job.record.files.size(); ++i) {
        const std::string &destination = job.record.files[i].localName;
        const QString folder = canonicalFolder(QString::fromStdString(destination));
        if (folder != job.files[i].folder)
            return Failure{hr::E_AccessDenied, "The folder of \"" + destination + "\" was replaced since the job was "
                                                   "created (it now leads to \"" + folder.toStdString()
                                                   + "\"), so the file is not put there. Cancel the job and start it again."};
        if (std::filesystem::is_directory(destination))
            return Failure{hr::E_AccessDenied, "\"" + destination
                                                  + "\" is now a folder, so the file cannot be put there. "
                                                    "Move the folder away and complete the job again."};
        // rename() replaces a symlink at the destination; it never writes through one.
        std::error_code ec;
        std::filesystem::rename(job.files[i].tempPath.toStdString(), destination, ec);
        if (ec)
            return Failure{hresultFromErrno(ec.value()),
                           "The file could not be moved into place at \"" + destination + "\": " + ec.message()
                               + ". Fix that and complete the job again."};
        job.files[i].tempPath.clear();
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

Status EmbeddedService::subscribe(const JobId &id, Observer *observer)
{
    Job *job = find(id);
    if (!job)
        return Failure{hr::BG_E_NotFound, "The job " + id.toString() + " does not exist."};
    job->observer = observer;
    job->record.notifyFlags = notify::Ours;
    return {};
}

Status EmbeddedService::unsubscribe(const JobId &id)
{
    Job *job = find(id);
    if (!job)
        return Failure{hr::BG_E_NotFound, "The job " + id.toString() + " does not exist."};
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
        } else if (s == JobState::Queued && !job->reply) {
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
        startRequest(*job);
    }
}

bool EmbeddedService::openTempFile(Job &job)
{
    const std::size_t index = job.currentFile;
    FileSnapshot &file = job.record.files[index];
    FileExtra &extra = job.files[index];
    const QString destination = QString::fromStdString(file.localName);
    const QString folder = canonicalFolder(destination);
    if (folder.isEmpty() || folder != extra.folder) {
        const std::string where = QFileInfo(destination).absolutePath().toStdString();
        fail(job, JobState::Error, ErrorContext::LocalFile, folder.isEmpty() ? hr::E_PathNotFound : hr::E_AccessDenied,
             folder.isEmpty() ? "The folder \"" + where + "\" no longer exists. Create it and retry."
                              : "The folder \"" + where + "\" was replaced since the job was created; bitsmon does "
                                "not write through it. Cancel the job and start it again.");
        return false;
    }
    if (extra.tempPath.isEmpty()) {
        // Like BITS: a hidden temporary file beside the destination, renamed
        // into place by Complete.
        extra.tempPath = QDir(folder).filePath(
            QStringLiteral(".BIT%1.tmp")
                .arg(QString::number(QRandomGenerator::global()->generate() & 0xFFFFFF, 16)
                         .rightJustified(6, QLatin1Char('0'))
                         .toUpper()));
    }
    job.out = std::make_unique<QFile>();
    int error = 0;
#ifdef Q_OS_UNIX
    // O_NOFOLLOW: a symlink planted at the temporary name is not written through.
    const int fd = ::open(QFile::encodeName(extra.tempPath).constData(),
                          O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0 || !job.out->open(fd, QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered,
                                 QFileDevice::AutoCloseHandle)) {
        error = errno;
        if (fd >= 0)
            ::close(fd);
    }
#else
    errno = 0;
    job.out->setFileName(extra.tempPath);
    if (!job.out->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        error = errno ? errno : EACCES;
#endif
    if (error) {
        job.out.reset();
        fail(job, JobState::Error, ErrorContext::LocalFile, hresultFromErrno(error),
             "The temporary file for \"" + file.localName + "\" could not be created in \"" + folder.toStdString()
                 + "\": " + std::strerror(error) + ".");
        return false;
    }
    // What is on disk is the truth (after a crash the saved progress may lag).
    file.bytesTransferred = std::uint64_t(job.out->size());
    recountBytes(job);
    return true;
}

void EmbeddedService::startRequest(Job &job)
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
    if (!openTempFile(job))
        return;
    FileSnapshot &file = files[job.currentFile];
    const FileExtra &extra = job.files[job.currentFile];
    const std::uint64_t offset = file.bytesTransferred;
    if (file.bytesTotal != kSizeUnknown && offset >= file.bytesTotal) {
        finishFile(job);
        return;
    }

    // FOREGROUND: one request for the whole file (a range only to resume).
    // Background priorities: the file in ranges, as BITS fetches it.
    const bool foreground = job.record.priority == Priority::Foreground;
    job.requestStart = offset;
    job.requestRanged = !foreground || offset > 0;
    job.requestEnd = kSizeUnknown;
    if (!foreground) {
        job.requestEnd = offset + m_options.rangeSize - 1;
        if (file.bytesTotal != kSizeUnknown)
            job.requestEnd = std::min(job.requestEnd, file.bytesTotal - 1);
    }
    QNetworkRequest request(QUrl(QString::fromStdString(file.remoteUrl)));
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("bitsmon/0.1 (BITS-compatible)"));
    // Compressed bodies would make sizes and ranges meaningless.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setTransferTimeout(int(m_options.transferTimeout.count()));
    if (!m_options.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_options.extraCaCertificates);
        request.setSslConfiguration(tls);  // certificate errors still fail: never ignored
    }
    if (job.requestRanged) {
        QByteArray range = "bytes=" + QByteArray::number(qulonglong(offset)) + '-';
        if (job.requestEnd != kSizeUnknown)
            range += QByteArray::number(qulonglong(job.requestEnd));
        request.setRawHeader("Range", range);
    }
    // Resuming: only if the file is still the one we started (else a 200).
    job.sentIfRange = offset > 0 && !extra.validator.empty();
    if (job.sentIfRange)
        request.setRawHeader("If-Range", QByteArray::fromStdString(extra.validator));
    job.bodyAccepted = false;
    job.reply = m_network->get(request);
    if (job.record.state != JobState::Transferring) {
        job.record.error.reset();
        setState(job, JobState::Connecting);
        notifyModification(job);
    }

    Job *raw = &job;
    connect(job.reply, &QNetworkReply::metaDataChanged, this, [this, raw] { onHeaders(*raw); });
    connect(job.reply, &QNetworkReply::readyRead, this, [this, raw] { onData(*raw); });
    connect(job.reply, &QNetworkReply::finished, this, [this, raw] { onFinished(*raw); });
}

void EmbeddedService::restartFile(Job &job)
{
    // The file changed on the server (or the server will not resume it): start over.
    stopTransfer(job);
    FileSnapshot &file = job.record.files[job.currentFile];
    FileExtra &extra = job.files[job.currentFile];
    if (!extra.tempPath.isEmpty())
        QFile::resize(extra.tempPath, 0);
    file.bytesTransferred = 0;
    file.bytesTotal = kSizeUnknown;
    extra.validator.clear();
    recountBytes(job);
    startRequest(job);
}

RangeRequest EmbeddedService::asked(const Job &job) const
{
    RangeRequest request;
    request.start = job.requestStart;
    request.end = job.requestEnd;
    request.foreground = job.record.priority == Priority::Foreground;
    request.sentIfRange = job.sentIfRange;
    request.validator = job.files[job.currentFile].validator;
    return request;
}

void EmbeddedService::onHeaders(Job &job)
{
    QNetworkReply *reply = job.reply;
    if (!reply || job.bodyAccepted)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return;  // errors and redirects are settled in onFinished
    FileSnapshot &file = job.record.files[job.currentFile];
    FileExtra &extra = job.files[job.currentFile];
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    RangeResponse answer;
    answer.status = status;
    answer.contentRange = reply->rawHeader("Content-Range").toStdString();
    if (length.isValid())
        answer.contentLength = length.toULongLong();
    answer.validator = rangeValidator(reply->rawHeader("ETag").toStdString(),
                                      reply->rawHeader("Last-Modified").toStdString());
    const RangeVerdict verdict = judgeAnswer(asked(job), answer);
    if (verdict.total)
        file.bytesTotal = *verdict.total;
    switch (verdict.act) {
    case RangeVerdict::Act::Fail:
        recountBytes(job);
        stopTransfer(job);
        fail(job, JobState::Error, ErrorContext::RemoteFile, verdict.error,
             verdict.why == RangeVerdict::Why::WrongPart
                 ? "The server answered the range request for " + file.remoteUrl
                       + " with the wrong part of the file (" + answer.contentRange + ")."
             : verdict.why == RangeVerdict::Why::IgnoresRanges
                 ? "The server ignores range requests for " + file.remoteUrl + "."
                 : "The server did not tell the size of " + file.remoteUrl + ".");
        return;
    case RangeVerdict::Act::StartOver:
        restartFile(job);
        return;
    case RangeVerdict::Act::AcceptFromZero:
        // FOREGROUND takes the whole body from the start.
        job.out->resize(0);
        file.bytesTransferred = 0;
        job.requestStart = 0;
        break;
    case RangeVerdict::Act::Accept:
        job.requestEnd = verdict.end;  // what this answer will carry
        break;
    case RangeVerdict::Act::Finished:
        break;  // a 2xx is never "nothing left"
    }
    if (!answer.validator.empty())
        extra.validator = answer.validator;
    job.bodyAccepted = true;
    recountBytes(job);
    if (job.record.state != JobState::Transferring) {
        setState(job, JobState::Transferring);
        persistNow();
    }
    notifyModification(job);
}

void EmbeddedService::onData(Job &job)
{
    QNetworkReply *reply = job.reply;
    if (!reply)
        return;
    if (!job.bodyAccepted) {
        onHeaders(job);
        if (!job.bodyAccepted || job.reply != reply)
            return;  // an error page or a refused answer: not the file
    }
    FileSnapshot &file = job.record.files[job.currentFile];
    // Read into one reused buffer (no allocation per chunk) and write in
    // slices, so a full disk loses at most one slice of what arrived.
    constexpr qint64 kSlice = 256 * 1024;
    if (m_buffer.size() < kSlice)
        m_buffer.resize(kSlice);
    bool progressed = false;
    qint64 n;
    while ((n = reply->read(m_buffer.data(), kSlice)) > 0) {
        errno = 0;
        if (job.out->write(m_buffer.constData(), n) != n) {
            const int error = errno ? errno : ENOSPC;
            // Keep what was written whole, so a resume continues from there.
            job.out->resize(qint64(file.bytesTransferred));
            recountBytes(job);
            stopTransfer(job);
            fail(job, JobState::Error, ErrorContext::LocalFile, hresultFromErrno(error),
                 "Writing the temporary file of \"" + file.localName + "\" failed: " + std::strerror(error)
                     + ". What was downloaded is kept; free some space and retry.");
            return;
        }
        file.bytesTransferred += std::uint64_t(n);
        job.record.bytesTransferred += std::uint64_t(n);
        progressed = true;
    }
    if (!progressed)
        return;
    job.lastProgress = now();
    touch(job);
    notifyModification(job);  // floods, as BITS does; the feed coalesces
    persistSoon();
}

void EmbeddedService::onFinished(Job &job)
{
    QNetworkReply *reply = job.reply;
    if (!reply)
        return;
    onData(job);  // anything still buffered
    if (job.reply != reply)
        return;  // stopped meanwhile (a write failure, a refused answer)
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    const QByteArray contentRange = reply->rawHeader("Content-Range");
    FileSnapshot &file = job.record.files[job.currentFile];
    const std::string url = file.remoteUrl;
    const bool accepted = job.bodyAccepted;
    stopTransfer(job);

    if (statusAttr.isValid() && status >= 400) {
        if (status == 416 && job.requestStart > 0) {
            RangeResponse answer;
            answer.status = status;
            answer.contentRange = contentRange.toStdString();
            const RangeVerdict verdict = judgeAnswer(asked(job), answer);
            if (verdict.act == RangeVerdict::Act::Finished) {
                file.bytesTotal = *verdict.total;
                finishFile(job);
            } else {
                restartFile(job);
            }
            return;
        }
        const bool transient = isTransientStatus(status);
        std::chrono::milliseconds wait{0};
        if (auto after = parseRetryAfter(retryAfter.toStdString(), now()))
            wait = *after;
        fail(job, transient ? JobState::TransientError : JobState::Error, ErrorContext::RemoteFile,
             fromHttpStatus(status),
             "The server answered HTTP " + std::to_string(status) + " for " + url + "."
                 + (transient ? " bitsmon retries later." : ""),
             wait);
        return;
    }
    if (error != QNetworkReply::NoError || !accepted) {
        const TransportError t = error != QNetworkReply::NoError
            ? classify(error)
            : TransportError{JobState::TransientError, hr::BG_E_NetworkDisconnected};
        fail(job, t.state, ErrorContext::GeneralTransport, t.code,
             reply->errorString().toStdString() + " (" + url + ")");
        return;
    }
    const std::uint64_t expectedEnd = job.requestEnd != kSizeUnknown
        ? job.requestEnd + 1
        : (file.bytesTotal != kSizeUnknown ? file.bytesTotal : file.bytesTransferred);
    if (file.bytesTransferred < expectedEnd) {
        // The connection ended early without an error from the transport.
        fail(job, JobState::TransientError, ErrorContext::GeneralTransport, hr::BG_E_NetworkDisconnected,
             "The server closed the connection after " + std::to_string(file.bytesTransferred) + " of "
                 + std::to_string(expectedEnd) + " bytes of " + url + ". bitsmon resumes from there later.");
        return;
    }
    if (file.bytesTotal == kSizeUnknown)
        file.bytesTotal = file.bytesTransferred;  // foreground, no Content-Length: the end is the size
    if (file.bytesTransferred >= file.bytesTotal)
        finishFile(job);
    else
        startRequest(job);  // the next range
}

void EmbeddedService::finishFile(Job &job)
{
    FileSnapshot &file = job.record.files[job.currentFile];
    FileExtra &extra = job.files[job.currentFile];
    job.out.reset();
    if (!extra.expectedSha256.empty()) {
        QFile temp(extra.tempPath);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const bool read = temp.open(QIODevice::ReadOnly) && hash.addData(&temp);
        const std::string actual = hash.result().toHex().toStdString();
        temp.close();  // Windows deletes no file that is still open
        if (!read || actual != extra.expectedSha256) {
            // The bad bytes are not kept, let alone completed into place.
            QFile::remove(extra.tempPath);
            extra.tempPath.clear();
            file.bytesTransferred = 0;
            recountBytes(job);
            fail(job, JobState::Error, ErrorContext::RemoteFile, hr::NTE_BadHash,
                 "The SHA-256 of " + file.remoteUrl + " is " + (read ? actual : std::string("unreadable"))
                     + ", not the expected " + extra.expectedSha256
                     + "; the download was discarded. Check the expected hash, or retry to download it again.");
            return;
        }
    }
    file.bytesTotal = file.bytesTransferred;
    file.completed = true;
    ++job.record.filesTransferred;
    recountBytes(job);
    const auto index = std::uint32_t(job.currentFile);
    touch(job);
    notifyFileTransferred(job, index);
    ++job.currentFile;
    startRequest(job);
    if (job.record.state == JobState::Transferred)
        schedule();
}

void EmbeddedService::stopTransfer(Job &job)
{
    if (job.reply) {
        QNetworkReply *reply = job.reply;
        job.reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    job.out.reset();
    job.bodyAccepted = false;
}

void EmbeddedService::fail(Job &job, JobState state, ErrorContext context, HResult code, std::string message,
                           std::chrono::milliseconds retryAfter)
{
    JobError error;
    error.context = context;
    error.code = code;
    error.description = std::move(message);
    error.fileUrl = job.currentFile < job.record.files.size() ? job.record.files[job.currentFile].remoteUrl
                                                              : std::string();
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
    std::string error;
    if (!m_store->save(jobs, error))
        m_notice = error + " Jobs may not survive a restart.";
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

std::vector<std::string> EmbeddedService::takeNotices()
{
    if (m_notice.empty() || m_notice == m_noticeTaken)
        return {};
    m_noticeTaken = m_notice;
    return {m_notice};
}

}  // namespace bits::embedded
