#include "embedded_service.h"

#include "engine/bits/hresult.h"
#include "engine/bits/policy.h"
#include "engine/bits/validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstring>
#include <cerrno>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace bits::embedded {

namespace {

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
    case EPERM: return hr::E_AccessDenied;
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
// the minimum retry delay), certificate failures are not.
TransportError classify(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return {JobState::TransientError, hr::BG_E_ConnectFailure};
    case QNetworkReply::HostNotFoundError:
        return {JobState::TransientError, hr::BG_E_NameResolutionFailure};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return {JobState::TransientError, hr::BG_E_Timeout};
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return {JobState::TransientError, hr::BG_E_NetworkDisconnected};
    case QNetworkReply::SslHandshakeFailedError:
        return {JobState::Error, hr::E_InternetSecureFailure};
    case QNetworkReply::InsecureRedirectError:
        return {JobState::Error, hr::E_AccessDenied};
    default:
        return {JobState::TransientError, hr::BG_E_ConnectFailure};
    }
}

}  // namespace

struct EmbeddedService::Job {
    JobSnapshot record;
    std::uint64_t sequence = 0;  // age, for scheduling
    std::vector<QString> tempPaths;  // one per file, empty until created
    Observer *observer = nullptr;
    std::size_t currentFile = 0;
    QPointer<QNetworkReply> reply;
    std::unique_ptr<QFile> out;
    QTimer *retryTimer = nullptr;
    TimePoint lastProgress;
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
}

EmbeddedService::~EmbeddedService()
{
    for (auto &[id, job] : m_jobs) {
        if (job->reply) {
            job->reply->disconnect(this);
            job->reply->abort();
        }
    }
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

    auto job = std::make_unique<Job>();
    JobSnapshot &r = job->record;
    r.id = JobId::generate();
    r.displayName = spec.displayName.empty() ? fileNameFromUrl(spec.files.front().remoteUrl)
                                             : spec.displayName;
    r.description = spec.description;
    r.type = JobType::Download;
    r.state = JobState::Suspended;
    r.priority = spec.priority;
    r.owner = m_options.owner;
    r.filesTotal = std::uint32_t(spec.files.size());
    r.created = r.modified = now();
    r.notifyFlags = notify::Default;
    for (const NewFile &file : spec.files) {
        FileSnapshot f;
        f.remoteUrl = file.remoteUrl;
        f.localName = std::filesystem::path(file.localPath).lexically_normal().string();
        r.files.push_back(std::move(f));
    }
    job->tempPaths.resize(spec.files.size());
    job->sequence = ++m_sequence;
    job->lastProgress = now();
    job->retryTimer = new QTimer(this);
    job->retryTimer->setSingleShot(true);
    Job *raw = job.get();
    connect(job->retryTimer, &QTimer::timeout, this, [this, raw] {
        if (raw->record.state != JobState::TransientError)
            return;
        if (now() - raw->lastProgress >= m_options.noProgressTimeout) {
            // Keeps the last transient error as the reason, as BITS does.
            setState(*raw, JobState::Error);
            notifyError(*raw);
            return;
        }
        setState(*raw, JobState::Queued);
        notifyModification(*raw);
        schedule();
    });

    const JobId id = r.id;
    m_order.push_back(id);
    m_jobs.emplace(id, std::move(job));
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
    for (QString &temp : job.tempPaths) {
        if (!temp.isEmpty())
            QFile::remove(temp);
        temp.clear();
    }
    setState(job, JobState::Cancelled);
    notifyModification(job);
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
        if (std::filesystem::is_directory(destination))
            return Failure{hr::E_AccessDenied, "\"" + destination
                                                  + "\" is now a folder, so the file cannot be put there. "
                                                    "Move the folder away and complete the job again."};
        std::error_code ec;
        std::filesystem::rename(job.tempPaths[i].toStdString(), destination, ec);
        if (ec)
            return Failure{hresultFromErrno(ec.value()),
                           "The file could not be moved into place at \"" + destination + "\": "
                               + ec.message() + ". Fix that and complete the job again."};
        job.tempPaths[i].clear();
    }
    setState(job, JobState::Acknowledged);
    notifyModification(job);
    return hr::S_Ok;
}

Status EmbeddedService::setPriority(const JobId &id, Priority priority)
{
    auto found = findForAction(id, Action::SetPriority);
    if (!found)
        return found.failure();
    Job &job = *found.value();
    job.record.priority = priority;
    touch(job);
    notifyModification(job);
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
        startNextFile(*job);
    }
}

void EmbeddedService::startNextFile(Job &job)
{
    auto &files = job.record.files;
    while (job.currentFile < files.size() && files[job.currentFile].completed)
        ++job.currentFile;
    if (job.currentFile >= files.size()) {
        job.record.transferCompleted = now();
        setState(job, JobState::Transferred);  // no modification for this switch, as in BITS
        notifyTransferred(job);
        return;
    }

    const std::size_t index = job.currentFile;
    FileSnapshot &file = files[index];
    QString &temp = job.tempPaths[index];
    const QFileInfo destination(QString::fromStdString(file.localName));
    if (temp.isEmpty()) {
        // Like BITS: a hidden temporary file beside the destination, renamed
        // into place by Complete.
        temp = destination.absoluteDir().filePath(
            QStringLiteral(".BIT%1.tmp")
                .arg(QString::number(QRandomGenerator::global()->generate() & 0xFFFFFF, 16)
                         .rightJustified(6, QLatin1Char('0'))
                         .toUpper()));
    }
    // The first cut restarts a file from zero after an interruption.
    job.out = std::make_unique<QFile>(temp);
    errno = 0;
    if (!job.out->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const int error = errno;
        const std::string folder = destination.absolutePath().toStdString();
        job.out.reset();
        temp.clear();
        fail(job, JobState::Error, ErrorContext::LocalFile, hresultFromErrno(error),
             "The temporary file for \"" + file.localName + "\" could not be created in \"" + folder
                 + "\": " + std::strerror(error) + ".");
        return;
    }
    file.bytesTransferred = 0;

    QNetworkRequest request(QUrl(QString::fromStdString(file.remoteUrl)));
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("bitsmon/0.1 (BITS-compatible)"));
    // Compressed bodies would make progress and sizes meaningless.
    request.setRawHeader("Accept-Encoding", "identity");
    job.reply = m_network->get(request);
    job.record.error.reset();
    setState(job, JobState::Connecting);
    notifyModification(job);

    Job *raw = &job;
    connect(job.reply, &QNetworkReply::metaDataChanged, this, [this, raw] { onMetaData(*raw); });
    connect(job.reply, &QNetworkReply::readyRead, this, [this, raw] { onReadyRead(*raw); });
    connect(job.reply, &QNetworkReply::finished, this, [this, raw] { onFinished(*raw); });
}

void EmbeddedService::onMetaData(Job &job)
{
    const QVariant status = job.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid() || status.toInt() >= 300)
        return;  // redirects and errors are settled in onFinished
    FileSnapshot &file = job.record.files[job.currentFile];
    const QVariant length = job.reply->header(QNetworkRequest::ContentLengthHeader);
    file.bytesTotal = length.isValid() ? length.toULongLong() : kSizeUnknown;
    std::uint64_t total = 0;
    for (const FileSnapshot &f : job.record.files) {
        if (f.bytesTotal == kSizeUnknown) {
            total = kSizeUnknown;
            break;
        }
        total += f.bytesTotal;
    }
    job.record.bytesTotal = total;
    setState(job, JobState::Transferring);
    notifyModification(job);
}

void EmbeddedService::onReadyRead(Job &job)
{
    QNetworkReply *reply = job.reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return;  // an error page: not the file
    const QByteArray data = reply->readAll();
    if (data.isEmpty())
        return;
    errno = 0;
    if (job.out->write(data) != data.size()) {
        const int error = errno;
        const std::string reason = job.out->errorString().toStdString();
        stopTransfer(job);
        fail(job, JobState::Error, ErrorContext::LocalFile, hresultFromErrno(error),
             "Writing \"" + job.record.files[job.currentFile].localName + "\" failed: " + reason + ".");
        return;
    }
    job.record.files[job.currentFile].bytesTransferred += std::uint64_t(data.size());
    job.record.bytesTransferred += std::uint64_t(data.size());
    job.lastProgress = now();
    touch(job);
    notifyModification(job);  // floods, as BITS does; the feed coalesces
}

void EmbeddedService::onFinished(Job &job)
{
    QNetworkReply *reply = job.reply;
    if (!reply)
        return;
    onReadyRead(job);  // anything still buffered
    if (job.reply != reply)
        return;  // the write failed and the job was stopped
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const std::string url = job.record.files[job.currentFile].remoteUrl;
    stopTransfer(job);

    if (statusAttr.isValid() && status >= 400) {
        fail(job, JobState::Error, ErrorContext::RemoteFile, fromHttpStatus(status),
             "The server answered HTTP " + std::to_string(status) + " for " + url + ".");
        return;
    }
    if (error != QNetworkReply::NoError) {
        const TransportError t = classify(error);
        fail(job, t.state, ErrorContext::GeneralTransport, t.code,
             reply->errorString().toStdString() + " (" + url + ")");
        return;
    }
    finishFile(job);
}

void EmbeddedService::finishFile(Job &job)
{
    FileSnapshot &file = job.record.files[job.currentFile];
    if (file.bytesTotal != kSizeUnknown && file.bytesTransferred != file.bytesTotal) {
        // The connection ended early without an error from the transport.
        fail(job, JobState::TransientError, ErrorContext::GeneralTransport, hr::BG_E_NetworkDisconnected,
             "The server closed the connection after " + std::to_string(file.bytesTransferred) + " of "
                 + std::to_string(file.bytesTotal) + " bytes of " + file.remoteUrl + ".");
        return;
    }
    file.bytesTotal = file.bytesTransferred;
    file.completed = true;
    ++job.record.filesTransferred;
    const auto index = std::uint32_t(job.currentFile);
    touch(job);
    notifyFileTransferred(job, index);
    ++job.currentFile;
    startNextFile(job);
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
    if (job.out) {
        job.out->close();
        job.out.reset();
    }
}

void EmbeddedService::fail(Job &job, JobState state, ErrorContext context, HResult code, std::string message)
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
        retryLater(job);
    }
    schedule();
}

void EmbeddedService::retryLater(Job &job)
{
    job.retryTimer->start(std::chrono::duration_cast<std::chrono::milliseconds>(m_options.minimumRetryDelay));
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

}  // namespace bits::embedded
