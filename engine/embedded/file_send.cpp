#include "file_send.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>

namespace bits::embedded {

using upload::Packet;

FileSend::FileSend(QNetworkAccessManager &network, const FetchSettings &settings, const UploadSettings &upload,
                   FileSnapshot &file, FileExtra &extra, bool wantReply, FetchEvents events)
    : m_network(network)
    , m_settings(settings)
    , m_upload(upload)
    , m_file(file)
    , m_extra(extra)
    , m_wantReply(wantReply)
    , m_events(std::move(events))
    , m_fragment(upload.fragments.initial)
    , m_ceiling(upload.fragments.maximum)
{
}

FileSend::~FileSend()
{
    stop();
}

void FileSend::stop()
{
    m_running = false;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_in.reset();
}

void FileSend::start()
{
    m_running = true;
    m_in = std::make_unique<QFile>(QString::fromStdString(m_file.localName));
    if (!m_in->open(QIODevice::ReadOnly)) {
        const QString why = m_in->errorString();
        m_in.reset();
        fail({JobState::Error, ErrorContext::LocalFile, hr::E_FileNotFound,
              Sentence(BITS_TR_NOOP("bits", "The file to upload \"%1\" could not be read: %2."),
                       {m_file.localName, why.toStdString()})});
        return;
    }
    m_sessionRenewed = false;
    if (m_extra.uploadSource.empty()) {
        // Jobs saved before bitsmon kept the stamp: the file as it is now.
        m_extra.uploadSource = sourceStamp(m_in->fileName());
        m_events.resized();  // saved with the job
        if (!m_running)
            return;
    }
    if (sourceChanged())
        return;
    const auto size = std::uint64_t(m_in->size());
    // A size the job does not know yet, or a file that changed before the
    // job kept its stamp (saved by an older bitsmon): all of it, from 0.
    if (m_file.bytesTotal != size) {
        m_file.bytesTotal = size;
        m_file.bytesTransferred = 0;
        m_extra.uploadSession.clear();
        m_events.resized();
        if (!m_running)
            return;
    }
    if (m_extra.uploadSession.empty())
        send(Packet::Ping, upload::headers(Packet::Ping), {}, [this](QNetworkReply *reply) {
            if (failedOnTheWay(reply))
                return;
            createSession();
        });
    else
        sendFragment();  // where the job was; the server answers where it is
}

void FileSend::send(Packet packet, const upload::Headers &headers, const QByteArray &body,
                    std::function<void(QNetworkReply *)> then)
{
    QNetworkRequest request{QUrl(QString::fromStdString(m_file.remoteUrl))};
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("bitsmon/0.1 (BITS-compatible)"));
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/octet-stream"));
    request.setTransferTimeout(int(m_settings.transferTimeout.count()));
    for (const auto &[name, value] : headers)
        request.setRawHeader(QByteArray::fromStdString(name), QByteArray::fromStdString(value));
    if (packet == Packet::Fragment)
        m_events.requested();
    m_reply = m_network.sendCustomRequest(request, "BITS_POST", body);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, then = std::move(then)] {
        reply->deleteLater();
        m_reply = nullptr;
        then(reply);
    });
}

// True, after failing, when the packet got no HTTP answer at all.
bool FileSend::failedOnTheWay(QNetworkReply *reply)
{
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        return false;
    FetchFailure failure = transportFailure(reply->error());
    failure.message = Sentence("%1 (%2)", {reply->errorString().toStdString(), m_file.remoteUrl});
    fail(std::move(failure));
    return true;
}

namespace {

upload::Ack ackOf(QNetworkReply *reply)
{
    return upload::readAck(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                           [reply](std::string_view name) {
                               return reply->rawHeader(QByteArray(name.data(), qsizetype(name.size()))).toStdString();
                           });
}

}  // namespace

void FileSend::createSession()
{
    send(Packet::CreateSession, upload::headers(Packet::CreateSession), {}, [this](QNetworkReply *reply) {
        if (failedOnTheWay(reply))
            return;
        const upload::Ack ack = ackOf(reply);
        if (auto refused = upload::refusal(ack)) {
            fail({refused->transient ? JobState::TransientError : JobState::Error, refused->context, refused->code,
                  Sentence(BITS_TR_NOOP("bits", "The server did not open an upload session for %1."),
                           {m_file.remoteUrl})});
            return;
        }
        if (ack.sessionId.empty() || ack.protocol.size() != upload::kProtocol15.size()
            || QByteArray::fromStdString(ack.protocol)
                    .compare(QByteArray(upload::kProtocol15.data()), Qt::CaseInsensitive)
                != 0) {
            fail({JobState::Error, ErrorContext::RemoteFile, hr::BG_E_InsufficientHttpSupport,
                  Sentence(BITS_TR_NOOP("bits",
                                        "The server at %1 does not speak the BITS Upload Protocol (no session, or "
                                        "another protocol); upload to a server with BITS uploads enabled."),
                           {m_file.remoteUrl})});
            return;
        }
        m_extra.uploadSession = ack.sessionId;
        m_events.resized();  // the session is the job's now: saved with it
        if (m_running)
            sendFragment();
    });
}

void FileSend::sendFragment()
{
    const std::uint64_t total = m_file.bytesTotal;
    if (m_file.bytesTransferred >= total) {
        closeSession();
        return;
    }
    if (sourceChanged())
        return;
    m_first = m_file.bytesTransferred;
    m_last = std::min(total, m_first + m_fragment) - 1;
    QByteArray body(qsizetype(m_last - m_first + 1), Qt::Uninitialized);
    if (!m_in->seek(qint64(m_first)) || m_in->read(body.data(), body.size()) != body.size()) {
        fail({JobState::Error, ErrorContext::LocalFile, hr::E_Fail,
              Sentence(BITS_TR_NOOP("bits", "The file to upload \"%1\" could not be read: %2."),
                       {m_file.localName, m_in->errorString().toStdString()})});
        return;
    }
    const upload::Headers headers = upload::fragmentHeaders(m_extra.uploadSession, m_first, m_last, total,
                                                            QFileInfo(m_in->fileName()).fileName().toStdString());
    m_sent.start();
    send(Packet::Fragment, headers, body, [this, total](QNetworkReply *reply) {
        if (failedOnTheWay(reply))
            return;
        const upload::Ack ack = ackOf(reply);
        const upload::FragmentVerdict verdict = upload::judgeFragment(ack, total);
        if (verdict.act == upload::FragmentVerdict::Act::Smaller) {
            if (auto smaller = upload::smallerFragment(m_fragment, m_upload.fragments)) {
                m_fragment = m_ceiling = *smaller;  // the server's limit: kept for the rest of the upload
                sendFragment();
                return;
            }
        }
        if (verdict.act == upload::FragmentVerdict::Act::NewSession && !m_sessionRenewed) {
            // The server restarted or expired the session and has none of
            // the file: all of it again, in a new session (once a run, so a
            // server that forgets every session does not keep it busy).
            m_sessionRenewed = true;
            m_extra.uploadSession.clear();
            m_file.bytesTransferred = 0;
            m_events.resized();
            if (m_running)
                createSession();
            return;
        }
        if (verdict.act == upload::FragmentVerdict::Act::Fail || verdict.act == upload::FragmentVerdict::Act::NewSession
            || verdict.act == upload::FragmentVerdict::Act::Smaller) {
            const upload::Refusal &refused = verdict.failure;
            fail({refused.transient ? JobState::TransientError : JobState::Error, refused.context, refused.code,
                  Sentence(BITS_TR_NOOP("bits", "The server refused bytes %1 to %2 of %3."),
                           {std::to_string(m_first), std::to_string(m_last), m_file.localName})});
            return;
        }
        m_events.answered();
        const auto took = std::chrono::milliseconds(m_sent.elapsed());
        m_fragment = std::min(m_ceiling, upload::nextFragmentSize(m_fragment, took, m_upload.fragments));
        const std::uint64_t before = m_file.bytesTransferred;
        m_file.bytesTransferred = verdict.next;
        if (m_running && verdict.next > before)
            m_events.received(verdict.next - before);
        else if (m_running && verdict.next < before)
            m_events.resized();  // the server has less than we thought: sent again from there
        if (!m_running)
            return;  // a listener stopped it
        if (verdict.act == upload::FragmentVerdict::Act::Uploaded && m_wantReply) {
            if (ack.replyUrl.empty()) {
                fail({JobState::Error, ErrorContext::RemoteApplication, hr::BG_E_InsufficientHttpSupport,
                      Sentence(BITS_TR_NOOP("bits", "The server gave no reply for the upload to %1."),
                               {m_file.remoteUrl})});
                return;
            }
            fetchReply(QString::fromStdString(ack.replyUrl));
            return;
        }
        sendFragment();
    });
}

void FileSend::fetchReply(const QString &url)
{
    QNetworkRequest request(QUrl(QString::fromStdString(m_file.remoteUrl)).resolved(QUrl(url)));
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("bitsmon/0.1 (BITS-compatible)"));
    request.setTransferTimeout(int(m_settings.transferTimeout.count()));
    m_reply = m_network.get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reply = nullptr;
        if (failedOnTheWay(reply))
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200) {
            fail({JobState::TransientError, ErrorContext::RemoteApplication, fromHttpStatus(status),
                  Sentence(BITS_TR_NOOP("bits", "The reply to the upload to %1 could not be fetched (HTTP %2)."),
                           {m_file.remoteUrl, std::to_string(status)})});
            return;
        }
        QSaveFile out(m_extra.tempPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(reply->readAll()) < 0 || !out.commit()) {
            fail({JobState::Error, ErrorContext::LocalFile, hr::E_AccessDenied,
                  Sentence(BITS_TR_NOOP("bits", "The reply could not be written to \"%1\": %2."),
                           {m_extra.tempPath.toStdString(), out.errorString().toStdString()})});
            return;
        }
        closeSession();
    });
}

void FileSend::closeSession()
{
    send(Packet::CloseSession, upload::headers(Packet::CloseSession, m_extra.uploadSession), {},
         [this](QNetworkReply *reply) {
             if (failedOnTheWay(reply))
                 return;
             if (auto refused = upload::refusal(ackOf(reply))) {
                 fail({refused->transient ? JobState::TransientError : JobState::Error, refused->context, refused->code,
                       Sentence(BITS_TR_NOOP("bits", "The server did not close the upload session for %1."),
                                {m_file.remoteUrl})});
                 return;
             }
             m_in.reset();
             m_file.completed = true;
             m_events.done();
         });
}

bool FileSend::sourceChanged()
{
    if (sourceStamp(m_in->fileName()) == m_extra.uploadSource)
        return false;
    fail({JobState::Error, ErrorContext::LocalFile, hr::BG_E_LocalFileChanged,
          Sentence(BITS_TR_NOOP("bits",
                                "The file to upload \"%1\" changed after its upload began, so the server cannot get "
                                "one whole file of it; cancel the job and upload the file again."),
                   {m_file.localName})});
    return true;
}

std::string sourceStamp(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return std::to_string(info.size()) + ':' + std::to_string(info.lastModified().toMSecsSinceEpoch());
}

void FileSend::cancelSession()
{
    stop();
    cancelUploadSession(m_network, m_settings, m_file, m_extra);
}

void cancelUploadSession(QNetworkAccessManager &network, const FetchSettings &settings, const FileSnapshot &file,
                         FileExtra &extra)
{
    if (extra.uploadSession.empty())
        return;
    QNetworkRequest request{QUrl(QString::fromStdString(file.remoteUrl))};
    request.setHeader(QNetworkRequest::ContentLengthHeader, 0);
    request.setTransferTimeout(int(settings.transferTimeout.count()));
    for (const auto &[name, value] : upload::headers(Packet::CancelSession, extra.uploadSession))
        request.setRawHeader(QByteArray::fromStdString(name), QByteArray::fromStdString(value));
    QNetworkReply *reply = network.sendCustomRequest(request, "BITS_POST", QByteArray());
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    extra.uploadSession.clear();
}

void FileSend::fail(FetchFailure failure)
{
    m_in.reset();
    m_events.failed(std::move(failure));
}

}  // namespace bits::embedded
