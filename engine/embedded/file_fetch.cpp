#include "file_fetch.h"

#include "engine/bits/hresult.h"
#include "engine/bits/http_headers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QUrl>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace bits::embedded {

QString canonicalFolder(const QString &path)
{
    return QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath();
}

std::optional<Failure> placeFile(const FileSnapshot &file, FileExtra &extra)
{
    const std::string &destination = file.localName;
    const QString folder = canonicalFolder(QString::fromStdString(destination));
    if (folder != extra.folder)
        return Failure{hr::E_AccessDenied,
                       Sentence(BITS_TR_NOOP("bits",
                                             "The folder of \"%1\" was replaced since the job was created (it now "
                                             "leads to \"%2\"), so the file is not put there. Cancel the job and "
                                             "start it again."),
                                {destination, folder.toStdString()})};
    if (std::filesystem::is_directory(destination))
        return Failure{hr::E_AccessDenied,
                       Sentence(BITS_TR_NOOP("bits",
                                             "\"%1\" is now a folder, so the file cannot be put there. Move the "
                                             "folder away and complete the job again."),
                                {destination})};
    // rename() replaces a symlink at the destination; it never writes through one.
    std::error_code ec;
    std::filesystem::rename(extra.tempPath.toStdString(), destination, ec);
    if (ec)
        return Failure{fromErrno(ec.value()),
                       Sentence(BITS_TR_NOOP("bits",
                                             "The file could not be moved into place at \"%1\": %2. Fix that and "
                                             "complete the job again."),
                                {destination, ec.message()})};
    extra.tempPath.clear();
    return std::nullopt;
}

QString hiddenTempPath(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral(".BIT%1.tmp")
                                     .arg(QString::number(QRandomGenerator::global()->generate() & 0xFFFFFF, 16)
                                              .rightJustified(6, QLatin1Char('0'))
                                              .toUpper()));
}

void discardTempFile(FileExtra &extra)
{
    if (!extra.tempPath.isEmpty())
        QFile::remove(extra.tempPath);
    extra.tempPath.clear();
}

namespace {

// How BITS classifies a transport failure: most are transient (retried after
// the minimum retry delay); certificate failures and insecure redirects are not.
}  // namespace

FetchFailure transportFailure(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return {JobState::TransientError, ErrorContext::GeneralTransport, hr::BG_E_ConnectFailure};
    case QNetworkReply::HostNotFoundError:
        return {JobState::TransientError, ErrorContext::GeneralTransport, hr::BG_E_NameResolutionFailure};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:  // the transfer timeout
        return {JobState::TransientError, ErrorContext::GeneralTransport, hr::BG_E_Timeout};
    case QNetworkReply::SslHandshakeFailedError:
        return {JobState::Error, ErrorContext::GeneralTransport, hr::E_InternetSecureFailure};
    case QNetworkReply::InsecureRedirectError:
        return {JobState::Error, ErrorContext::GeneralTransport, hr::E_InternetHttpsToHttpOnRedirect};
    default:
        return {JobState::TransientError, ErrorContext::GeneralTransport, hr::BG_E_NetworkDisconnected};
    }
}

FileFetch::FileFetch(QNetworkAccessManager &network, const FetchSettings &settings, FileSnapshot &file,
                     FileExtra &extra, std::function<bool()> foreground, QByteArray &buffer, FetchEvents events)
    : m_network(network)
    , m_settings(settings)
    , m_file(file)
    , m_extra(extra)
    , m_foreground(std::move(foreground))
    , m_buffer(buffer)
    , m_events(std::move(events))
{
}

FileFetch::~FileFetch()
{
    stop();
}

void FileFetch::stop()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_out.reset();
    m_bodyAccepted = false;
}

void FileFetch::fail(FetchFailure failure)
{
    stop();
    m_events.failed(std::move(failure));
}

void FileFetch::start()
{
    if (!openTempFile())
        return;
    if (m_file.bytesTotal != kSizeUnknown && m_file.bytesTransferred >= m_file.bytesTotal) {
        finish();
        return;
    }
    request();
}

bool FileFetch::openTempFile()
{
    const QString destination = QString::fromStdString(m_file.localName);
    const QString folder = canonicalFolder(destination);
    if (folder.isEmpty() || folder != m_extra.folder) {
        const std::string where = QFileInfo(destination).absolutePath().toStdString();
        fail({JobState::Error, ErrorContext::LocalFile, folder.isEmpty() ? hr::E_PathNotFound : hr::E_AccessDenied,
              Sentence(folder.isEmpty()
                           ? BITS_TR_NOOP("bits", "The folder \"%1\" no longer exists. Create it and retry.")
                           : BITS_TR_NOOP("bits",
                                          "The folder \"%1\" was replaced since the job was created; bitsmon does "
                                          "not write through it. Cancel the job and start it again."),
                       {where})});
        return false;
    }
    if (m_extra.tempPath.isEmpty()) {
        // Like BITS: a hidden temporary file beside the destination, renamed
        // into place by Complete.
        m_extra.tempPath = hiddenTempPath(folder);
    }
    m_out = std::make_unique<QFile>();
    int error = 0;
#ifdef Q_OS_UNIX
    // O_NOFOLLOW: a symlink planted at the temporary name is not written through.
    const int fd = ::open(QFile::encodeName(m_extra.tempPath).constData(),
                          O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0
        || !m_out->open(fd, QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered,
                        QFileDevice::AutoCloseHandle)) {
        error = errno;
        if (fd >= 0)
            ::close(fd);
    }
#else
    errno = 0;
    m_out->setFileName(m_extra.tempPath);
    if (!m_out->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        error = errno ? errno : EACCES;
#endif
    if (error) {
        m_out.reset();
        fail({JobState::Error, ErrorContext::LocalFile, fromErrno(error),
              Sentence(BITS_TR_NOOP("bits", "The temporary file for \"%1\" could not be created in \"%2\": %3."),
                       {m_file.localName, folder.toStdString(), std::strerror(error)})});
        return false;
    }
    // What is on disk is the truth (after a crash the saved progress may lag).
    m_file.bytesTransferred = std::uint64_t(m_out->size());
    m_events.resized();
    return true;
}

void FileFetch::request()
{
    // FOREGROUND: one request for the whole file (a range only to resume).
    // Background priorities: the file in ranges, as BITS fetches it.
    const bool foreground = m_foreground();
    const std::uint64_t offset = m_file.bytesTransferred;
    m_start = offset;
    m_end = kSizeUnknown;
    if (!foreground) {
        m_end = offset + m_settings.rangeSize - 1;
        if (m_file.bytesTotal != kSizeUnknown)
            m_end = std::min(m_end, m_file.bytesTotal - 1);
    }
    QNetworkRequest request(QUrl(QString::fromStdString(m_file.remoteUrl)));
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("bitsmon/0.1 (BITS-compatible)"));
    // Compressed bodies would make sizes and ranges meaningless.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setTransferTimeout(int(m_settings.transferTimeout.count()));
    if (!m_settings.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_settings.extraCaCertificates);
        request.setSslConfiguration(tls);  // certificate errors still fail: never ignored
    }
    if (!foreground || offset > 0) {
        QByteArray range = "bytes=" + QByteArray::number(qulonglong(offset)) + '-';
        if (m_end != kSizeUnknown)
            range += QByteArray::number(qulonglong(m_end));
        request.setRawHeader("Range", range);
    }
    // Resuming: only if the file is still the one we started (else a 200).
    m_sentIfRange = offset > 0 && !m_extra.validator.empty();
    if (m_sentIfRange)
        request.setRawHeader("If-Range", QByteArray::fromStdString(m_extra.validator));
    m_bodyAccepted = false;
    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &FileFetch::onHeaders);
    connect(m_reply, &QNetworkReply::readyRead, this, &FileFetch::onData);
    connect(m_reply, &QNetworkReply::finished, this, &FileFetch::onFinished);
    m_events.requested();
}

void FileFetch::startOver()
{
    // The file changed on the server (or the server will not resume it).
    stop();
    if (!m_extra.tempPath.isEmpty())
        QFile::resize(m_extra.tempPath, 0);
    m_file.bytesTransferred = 0;
    m_file.bytesTotal = kSizeUnknown;
    m_extra.validator.clear();
    m_events.resized();
    start();
}

RangeRequest FileFetch::asked() const
{
    RangeRequest request;
    request.start = m_start;
    request.end = m_end;
    request.foreground = m_foreground();
    request.sentIfRange = m_sentIfRange;
    request.validator = m_extra.validator;
    return request;
}

void FileFetch::onHeaders()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_bodyAccepted)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return;  // errors and redirects are settled in onFinished
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    RangeResponse answer;
    answer.status = status;
    answer.contentRange = reply->rawHeader("Content-Range").toStdString();
    if (length.isValid())
        answer.contentLength = length.toULongLong();
    answer.validator =
        rangeValidator(reply->rawHeader("ETag").toStdString(), reply->rawHeader("Last-Modified").toStdString());
    const RangeVerdict verdict = judgeAnswer(asked(), answer);
    if (verdict.total)
        m_file.bytesTotal = *verdict.total;
    switch (verdict.act) {
    case RangeVerdict::Act::Fail:
        fail({JobState::Error, ErrorContext::RemoteFile, verdict.error,
              verdict.why == RangeVerdict::Why::WrongPart
                  ? Sentence(BITS_TR_NOOP("bits",
                                          "The server answered the range request for %1 with the wrong part of the "
                                          "file (%2)."),
                             {m_file.remoteUrl, answer.contentRange})
                  : Sentence(verdict.why == RangeVerdict::Why::IgnoresRanges
                                 ? BITS_TR_NOOP("bits", "The server ignores range requests for %1.")
                                 : BITS_TR_NOOP("bits", "The server did not tell the size of %1."),
                             {m_file.remoteUrl})});
        return;
    case RangeVerdict::Act::StartOver:
        startOver();
        return;
    case RangeVerdict::Act::AcceptFromZero:
        // FOREGROUND takes the whole body from the start.
        m_out->resize(0);
        m_file.bytesTransferred = 0;
        m_start = 0;
        break;
    case RangeVerdict::Act::Accept:
        m_end = verdict.end;  // what this answer will carry
        break;
    case RangeVerdict::Act::Finished:
        break;  // a 2xx is never "nothing left"
    }
    if (!answer.validator.empty())
        m_extra.validator = answer.validator;
    m_bodyAccepted = true;
    m_events.answered();
}

void FileFetch::onData()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (!m_bodyAccepted) {
        onHeaders();
        if (!m_bodyAccepted || m_reply != reply)
            return;  // an error page or a refused answer: not the file
    }
    // Read into one reused buffer (no allocation per chunk) and write in
    // slices, so a full disk loses at most one slice of what arrived.
    constexpr qint64 kSlice = 256 * 1024;
    if (m_buffer.size() < kSlice)
        m_buffer.resize(kSlice);
    std::uint64_t written = 0;
    qint64 n;
    while ((n = reply->read(m_buffer.data(), kSlice)) > 0) {
        errno = 0;
        if (m_out->write(m_buffer.constData(), n) != n) {
            const int error = errno ? errno : ENOSPC;
            // Keep what was written whole, so a resume continues from there.
            m_out->resize(qint64(m_file.bytesTransferred));
            fail({JobState::Error, ErrorContext::LocalFile, fromErrno(error),
                  Sentence(BITS_TR_NOOP("bits",
                                        "Writing the temporary file of \"%1\" failed: %2. What was downloaded is "
                                        "kept; free some space and retry."),
                           {m_file.localName, std::strerror(error)})});
            return;
        }
        m_file.bytesTransferred += std::uint64_t(n);
        written += std::uint64_t(n);
    }
    if (written > 0)
        m_events.received(written);
}

void FileFetch::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    onData();  // anything still buffered
    if (m_reply != reply)
        return;  // stopped meanwhile (a write failure, a refused answer)
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    const QByteArray contentRange = reply->rawHeader("Content-Range");
    const std::string transportError = reply->errorString().toStdString();
    const std::string &url = m_file.remoteUrl;
    const bool accepted = m_bodyAccepted;
    stop();

    if (statusAttr.isValid() && status >= 400) {
        if (status == 416 && m_start > 0) {
            RangeResponse answer;
            answer.status = status;
            answer.contentRange = contentRange.toStdString();
            const RangeVerdict verdict = judgeAnswer(asked(), answer);
            if (verdict.act == RangeVerdict::Act::Finished) {
                m_file.bytesTotal = *verdict.total;
                finish();
            } else {
                startOver();
            }
            return;
        }
        const bool transient = isTransientHttpStatus(status);
        std::chrono::milliseconds wait{0};
        if (auto after = parseRetryAfter(retryAfter.toStdString(), std::chrono::system_clock::now()))
            wait = *after;
        fail({transient ? JobState::TransientError : JobState::Error, ErrorContext::RemoteFile, fromHttpStatus(status),
              Sentence(transient ? BITS_TR_NOOP("bits", "The server answered HTTP %1 for %2. bitsmon retries later.")
                                 : BITS_TR_NOOP("bits", "The server answered HTTP %1 for %2."),
                       {std::to_string(status), url}),
              wait});
        return;
    }
    if (error != QNetworkReply::NoError || !accepted) {
        FetchFailure failure = error != QNetworkReply::NoError
            ? transportFailure(error)
            : FetchFailure{JobState::TransientError, ErrorContext::GeneralTransport, hr::BG_E_NetworkDisconnected};
        failure.message = Sentence("%1 (%2)", {transportError, url});
        fail(std::move(failure));
        return;
    }
    const std::uint64_t expectedEnd = m_end != kSizeUnknown
        ? m_end + 1
        : (m_file.bytesTotal != kSizeUnknown ? m_file.bytesTotal : m_file.bytesTransferred);
    if (m_file.bytesTransferred < expectedEnd) {
        // The connection ended early without an error from the transport.
        fail({JobState::TransientError, ErrorContext::GeneralTransport, hr::BG_E_NetworkDisconnected,
              Sentence(BITS_TR_NOOP("bits",
                                    "The server closed the connection after %1 of %2 bytes of %3. bitsmon resumes "
                                    "from there later."),
                       {std::to_string(m_file.bytesTransferred), std::to_string(expectedEnd), url})});
        return;
    }
    if (m_file.bytesTotal == kSizeUnknown)
        m_file.bytesTotal = m_file.bytesTransferred;  // foreground, no Content-Length: the end is the size
    if (m_file.bytesTransferred >= m_file.bytesTotal) {
        finish();
        return;
    }
    start();  // the next range
}

void FileFetch::finish()
{
    m_out.reset();
    if (!m_extra.expectedSha256.empty()) {
        QFile temp(m_extra.tempPath);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const bool read = temp.open(QIODevice::ReadOnly) && hash.addData(&temp);
        const std::string actual = hash.result().toHex().toStdString();
        temp.close();  // Windows deletes no file that is still open
        if (!read || actual != m_extra.expectedSha256) {
            // The bad bytes are not kept, let alone completed into place.
            QFile::remove(m_extra.tempPath);
            m_extra.tempPath.clear();
            m_file.bytesTransferred = 0;
            fail({JobState::Error, ErrorContext::RemoteFile, hr::NTE_BadHash,
                  read ? Sentence(BITS_TR_NOOP("bits",
                                               "The SHA-256 of %1 is %2, not the expected %3; the download was "
                                               "discarded. Check the expected hash, or retry to download it again."),
                                  {m_file.remoteUrl, actual, m_extra.expectedSha256})
                       : Sentence(BITS_TR_NOOP("bits",
                                               "The SHA-256 of %1 could not be read, so it is not the expected %2; "
                                               "the download was discarded. Retry to download it again."),
                                  {m_file.remoteUrl, m_extra.expectedSha256})});
            return;
        }
    }
    m_file.bytesTotal = m_file.bytesTransferred;
    m_file.completed = true;
    m_events.done();
}

}  // namespace bits::embedded
